package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a plan's text comes from: the document's title, and where known its date, publisher, URL and the SHA-256
 * of its text. Immutable and thread-safe.
 *
 * <pre>{@code
 * Source s = new Source.Builder()
 *     .documentTitle("淄博市2026年国民经济和社会发展计划")
 *     .publisher("淄博市发展和改革委员会")
 *     .date(LocalDate.of(2026, 2, 1))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Source implements WithSource {
  Source() {}

  /** The document's title as published. */
  public abstract String documentTitle();

  /** The publication date. */
  public abstract Optional<LocalDate> date();

  /** The publishing body. */
  public abstract Optional<String> publisher();

  /** Where the document was published. */
  public abstract Optional<String> url();

  /** The SHA-256 of the document's bytes, as 64 lower-case hexadecimal digits. */
  public abstract Optional<String> sha256();

  /** A source known only by its title. */
  public static Source of(String documentTitle) {
    return new Builder().documentTitle(documentTitle).build();
  }

  @Value.Check
  void check() {
    checkArgument(!documentTitle().isBlank(), "source: documentTitle must not be blank");
    sha256().ifPresent(h -> checkArgument(h.matches("[0-9a-f]{64}"),
        "source %s: sha256 \"%s\" must be 64 lower-case hexadecimal digits", documentTitle(), h));
  }

  /** Builds a {@link Source}. */
  public static class Builder extends ImmutableSource.Builder {}
}
