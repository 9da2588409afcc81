package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Written by hand rather than generated: a plan holds hundreds of provenances, and this one keeps its places as
 * {@code int} fields (0 where a part is absent) instead of {@link Position} objects and boxed integers, and its
 * origin in the sign of its start line.
 *
 * @since 0.1
 */
public final class Provenance {
  private static final int ABSENT = 0;

  // Package-private: Observation copies them into fields of its own and back (ofFields).
  final String document;
  /** The start line, negated for a table cell: the origin without a field of its own (40 bytes instead of 48). */
  final int startLine;
  final int startColumn;
  final int endLine;
  final int endColumn;
  final int row;
  final int cell;

  private Provenance(String document, Origin origin, Position start, @Nullable Position end, @Nullable Integer row,
      @Nullable Integer cell) {
    this.document = document;
    startLine = origin == Origin.TABLE ? -start.line() : start.line();
    startColumn = start.column();
    endLine = end == null ? ABSENT : end.line();
    endColumn = end == null ? ABSENT : end.column();
    this.row = row == null ? ABSENT : row;
    this.cell = cell == null ? ABSENT : cell;
  }

  private Provenance(String document, int startLine, int startColumn, int endLine, int endColumn, int row, int cell) {
    this.document = document;
    this.startLine = startLine;
    this.startColumn = startColumn;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.row = row;
    this.cell = cell;
  }

  /**
   * The provenance with these fields, read from one: for a value that keeps a provenance's places in fields of its
   * own ({@link Observation}).
   */
  static Provenance ofFields(String document, int startLine, int startColumn, int endLine, int endColumn, int row,
      int cell) {
    return new Provenance(document, startLine, startColumn, endLine, endColumn, row, cell);
  }

  /** Whether a figure was read from the indicator table or from the narrative. */
  public enum Origin {
    /** A table cell. */
    TABLE,
    /** Running text. */
    NARRATIVE
  }

  /** The document: a file name or other identifier. */
  public String document() {
    return document;
  }

  /** Table or narrative. */
  public Origin origin() {
    return startLine < 0 ? Origin.TABLE : Origin.NARRATIVE;
  }

  /** Where it starts. */
  public Position start() {
    return Position.of(Math.abs(startLine), startColumn);
  }

  /** Where it ends (exclusive), when known. */
  public Optional<Position> end() {
    return endLine == ABSENT ? Optional.empty() : Optional.of(Position.of(endLine, endColumn));
  }

  /** The 1-based table row (data rows and group rows counted, header rows not), for a table cell. */
  public Optional<Integer> row() {
    return row == ABSENT ? Optional.empty() : Optional.of(row);
  }

  /** The 1-based table column, for a table cell. */
  public Optional<Integer> cell() {
    return cell == ABSENT ? Optional.empty() : Optional.of(cell);
  }

  /** A copy with {@code value} as its document. */
  public Provenance withDocument(String value) {
    return new Builder().from(this).document(value).build();
  }

  /** A copy with {@code value} as its origin. */
  public Provenance withOrigin(Origin value) {
    return new Builder().from(this).origin(value).build();
  }

  /** A copy with {@code value} as its start. */
  public Provenance withStart(Position value) {
    return new Builder().from(this).start(value).build();
  }

  /** A copy with {@code value} as its end. */
  public Provenance withEnd(Position value) {
    return new Builder().from(this).end(value).build();
  }

  /** A copy with {@code optional} as its end. */
  public Provenance withEnd(Optional<? extends Position> optional) {
    return new Builder().from(this).end(optional).build();
  }

  /** A copy with {@code value} as its row. */
  public Provenance withRow(int value) {
    return new Builder().from(this).row(value).build();
  }

  /** A copy with {@code optional} as its row. */
  public Provenance withRow(Optional<Integer> optional) {
    return new Builder().from(this).row(optional).build();
  }

  /** A copy with {@code value} as its cell. */
  public Provenance withCell(int value) {
    return new Builder().from(this).cell(value).build();
  }

  /** A copy with {@code optional} as its cell. */
  public Provenance withCell(Optional<Integer> optional) {
    return new Builder().from(this).cell(optional).build();
  }

  /** Narrative text of {@code document} at {@code start}. */
  public static Provenance narrative(String document, Position start) {
    return new Builder().document(document).origin(Origin.NARRATIVE).start(start).build();
  }

  /** Table cell {@code row}/{@code cell} of {@code document}, at {@code start}. */
  public static Provenance table(String document, Position start, int row, int cell) {
    return new Builder().document(document).origin(Origin.TABLE).start(start).row(row).cell(cell).build();
  }

  @Override
  public boolean equals(@Nullable Object another) {
    return this == another || (another instanceof Provenance p && document.equals(p.document)
        && startLine == p.startLine && startColumn == p.startColumn && endLine == p.endLine
        && endColumn == p.endColumn && row == p.row && cell == p.cell);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, startLine, startColumn, endLine, endColumn, row, cell);
  }

  /** {@code table:12:48} or {@code narrative:12:48}, the form of the tidy CSV's {@code source} column. */
  @Override
  public String toString() {
    return origin().name().toLowerCase(Locale.ROOT) + ":" + Math.abs(startLine) + ":" + startColumn;
  }

  /** Builds a {@link Provenance}: document, origin and start are required. Not thread-safe. */
  public static class Builder {
    private @Nullable String document;
    private @Nullable Origin origin;
    private @Nullable Position start;
    private @Nullable Position end;
    private @Nullable Integer row;
    private @Nullable Integer cell;

    /** Fills the builder with every part of {@code instance}; its absent parts leave the builder's as they are. */
    public final Builder from(Provenance instance) {
      document(instance.document()).origin(instance.origin()).start(instance.start());
      instance.end().ifPresent(this::end);
      instance.row().ifPresent(this::row);
      instance.cell().ifPresent(this::cell);
      return this;
    }

    /** The document. */
    public final Builder document(String document) {
      this.document = Objects.requireNonNull(document, "document");
      return this;
    }

    /** Table or narrative. */
    public final Builder origin(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /** Where it starts. */
    public final Builder start(Position start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Where it ends. */
    public final Builder end(Position end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /** Where it ends, or no end. */
    public final Builder end(Optional<? extends Position> end) {
      this.end = end.orElse(null);
      return this;
    }

    /** The table row. */
    public final Builder row(int row) {
      this.row = row;
      return this;
    }

    /** The table row, or none. */
    public final Builder row(Optional<Integer> row) {
      this.row = row.orElse(null);
      return this;
    }

    /** The table column. */
    public final Builder cell(int cell) {
      this.cell = cell;
      return this;
    }

    /** The table column, or none. */
    public final Builder cell(Optional<Integer> cell) {
      this.cell = cell.orElse(null);
      return this;
    }

    /**
     * The provenance.
     *
     * @throws IllegalStateException if document, origin or start is not set
     * @throws IllegalArgumentException if the end is before the start, or row or cell is below 1
     */
    public Provenance build() {
      String d = document;
      Origin o = origin;
      Position s = start;
      if (d == null || o == null || s == null) {
        throw new IllegalStateException("Cannot build Provenance, some of required attributes are not set "
            + missing());
      }
      Position e = end;
      if (e != null) {
        checkArgument(e.compareTo(s) >= 0, "provenance %s: end %s is before start %s", d, e, s);
      }
      if (row != null) {
        checkArgument(row >= 1, "provenance %s: row %s must be at least 1", document, row);
      }
      if (cell != null) {
        checkArgument(cell >= 1, "provenance %s: cell %s must be at least 1", document, cell);
      }
      return new Provenance(d, o, s, e, row, cell);
    }

    private List<String> missing() {
      List<String> names = new ArrayList<>();
      if (document == null) {
        names.add("document");
      }
      if (origin == null) {
        names.add("origin");
      }
      if (start == null) {
        names.add("start");
      }
      return names;
    }
  }
}
