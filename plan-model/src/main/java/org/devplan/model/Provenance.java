package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a figure, task or chapter came from: the document, whether it is a table cell or narrative text, and its
 * start (and end) in the decoded text as 1-based line and code-point column, with table row and cell where it is
 * a cell. Immutable and thread-safe.
 *
 * <pre>{@code
 * Provenance p = Provenance.narrative("seeds/zibo-2026-plan.txt", Position.of(7, 28));
 * p.toString();   // "narrative:7:28"
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Provenance implements WithProvenance {
  Provenance() {}

  /** Whether a figure was read from the indicator table or from the narrative. */
  public enum Origin {
    /** A table cell. */
    TABLE,
    /** Running text. */
    NARRATIVE
  }

  /** The document: a file name or other identifier. */
  public abstract String document();

  /** Table or narrative. */
  public abstract Origin origin();

  /** Where it starts. */
  public abstract Position start();

  /** Where it ends (exclusive), when known. */
  public abstract Optional<Position> end();

  /** The 1-based table row (data rows and group rows counted, header rows not), for a table cell. */
  public abstract Optional<Integer> row();

  /** The 1-based table column, for a table cell. */
  public abstract Optional<Integer> cell();

  /** Narrative text of {@code document} at {@code start}. */
  public static Provenance narrative(String document, Position start) {
    return new Builder().document(document).origin(Origin.NARRATIVE).start(start).build();
  }

  /** Table cell {@code row}/{@code cell} of {@code document}, at {@code start}. */
  public static Provenance table(String document, Position start, int row, int cell) {
    return new Builder().document(document).origin(Origin.TABLE).start(start).row(row).cell(cell).build();
  }

  /** Builds a {@link Provenance}. */
  public static class Builder extends ImmutableProvenance.Builder {}

  @Value.Check
  void check() {
    end().ifPresent(e -> checkArgument(e.compareTo(start()) >= 0, "provenance %s: end %s is before start %s",
        document(), e, start()));
    row().ifPresent(r -> checkArgument(r >= 1, "provenance %s: row %s must be at least 1", document(), r));
    cell().ifPresent(c -> checkArgument(c >= 1, "provenance %s: cell %s must be at least 1", document(), c));
  }

  /** {@code table:12:48} or {@code narrative:12:48}, the form of the tidy CSV's {@code source} column. */
  @Override
  public String toString() {
    return origin().name().toLowerCase(java.util.Locale.ROOT) + ":" + start();
  }
}
