package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One piece of an imported document's text, in document order: the title line, a heading, a paragraph, a table
 * caption or cell, a note, a run of blank lines. The spans of a plan partition its decoded text: concatenated in
 * order they give it back exactly. Immutable and thread-safe.
 *
 * <pre>{@code
 * Span s = Span.of(Span.Kind.TITLE, Position.of(1, 1), "淄博市2026年国民经济和社会发展计划\n");
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Span {
  Span() {}

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
  @Value.Parameter
  public abstract Kind kind();

  /** Where it starts in the decoded text. */
  @Value.Parameter
  public abstract Position start();

  /** Its exact text, line breaks included. */
  @Value.Parameter
  public abstract String text();

  /** The span {@code text} of kind {@code kind} starting at {@code start}. */
  public static Span of(Kind kind, Position start, String text) {
    return ImmutableSpan.of(kind, start, text);
  }

  @Value.Check
  void check() {
    checkArgument(!text().isEmpty(), "span %s at %s: text must not be empty", kind(), start());
  }
}
