package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.Iterables;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One piece of an imported document's text, in document order: the title line, a heading, a paragraph, a table
 * caption or cell, a note, a run of blank lines. The spans of a plan partition its decoded text: concatenated in
 * order they give it back exactly. Immutable and thread-safe.
 *
 * <pre>{@code
 * Span s = Span.of(Span.Kind.TITLE, Position.of(1, 1), "淄博市2026年国民经济和社会发展计划\n");
 * }</pre>
 *
 * <p>Written by hand rather than generated: a plan holds hundreds of spans, and this one keeps its start as two
 * {@code int} fields instead of a {@link Position} object, and can keep its text as parts ({@link #ofParts}) that
 * the plan holds anyway (a heading's label and title, a table cell's indicator name), joined when {@link #text()}
 * is read.
 *
 * @since 0.1
 */
public final class Span {
  private final Kind kind;
  private final int line;
  private final int column;
  /** The text, or null when it is kept as {@link #parts}. */
  private final @Nullable String text;
  /** The parts to join, or null when the text is one string. */
  private final String @Nullable [] parts;

  private Span(Kind kind, Position start, @Nullable String text, String @Nullable [] parts) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = start.line();
    this.column = start.column();
    this.text = text;
    this.parts = parts;
    checkArgument(!text().isEmpty(), "span %s at %s: text must not be empty", kind, start);
  }

  /** What a span is. */
  public enum Kind {
    /** The document title (and subtitle) lines. */
    TITLE,
    /** A heading line, or an inline heading's first sentence. */
    HEADING,
    /** Running text. */
    PARAGRAPH,
    /** A table caption or an 附件 line. */
    CAPTION,
    /** A table cell or header cell, with its separator. */
    TABLE_CELL,
    /** A note or footnote (注：…). */
    NOTE,
    /**
     * Blank lines and other white space between blocks; a paragraph followed by blank lines ends where its text
     * ends, and its line break is the first character of the blank span after it.
     */
    BLANK
  }

  /** What the span is. */
  public Kind kind() {
    return kind;
  }

  /** Where it starts in the decoded text. */
  public Position start() {
    return Position.of(line, column);
  }

  /** Its exact text, line breaks included. */
  public String text() {
    return text != null ? text : String.join("", Objects.requireNonNull(parts));
  }

  /**
   * The span {@code text} of kind {@code kind} starting at {@code start}.
   *
   * @throws IllegalArgumentException if {@code text} is empty
   */
  public static Span of(Kind kind, Position start, String text) {
    return new Span(kind, Objects.requireNonNull(start, "start"), Objects.requireNonNull(text, "text"), null);
  }

  /**
   * The span of kind {@code kind} starting at {@code start} whose text is the concatenation of {@code parts}: the
   * span {@code of(kind, start, String.join("", parts))} is, but it keeps the parts and joins them whenever
   * {@link #text()} is read, so strings it shares with the rest of the plan are not copied.
   *
   * @throws IllegalArgumentException if the parts join to an empty text
   */
  public static Span ofParts(Kind kind, Position start, Iterable<String> parts) {
    String[] array = Iterables.toArray(parts, String.class);
    for (String part : array) {
      Objects.requireNonNull(part, "parts element");
    }
    return array.length == 1 ? of(kind, start, array[0])
        : new Span(kind, Objects.requireNonNull(start, "start"), null, array);
  }

  @Override
  public boolean equals(@Nullable Object another) {
    return this == another || (another instanceof Span s && kind == s.kind && line == s.line && column == s.column
        && text().equals(s.text()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, line, column, text());
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Span").add("kind", kind).add("start", start()).add("text", text()).toString();
  }
}
