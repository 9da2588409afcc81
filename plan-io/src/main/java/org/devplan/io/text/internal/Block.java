package org.devplan.io.text.internal;

/**
 * Outline stage input: a run of whole lines of one kind, one record per kind. Lines are 0-based normalised line
 * numbers, {@code endLine} exclusive.
 */
public sealed interface Block {
  /** The first line. */
  int startLine();

  /** The line after the last. */
  int endLine();

  /** This block from line {@code line} on (when the frame takes its first lines). */
  default Block from(int line) {
    int end = endLine();
    if (this instanceof Heading h) {
      return new Heading(line, end, h.label());
    } else if (this instanceof TableBlock t) {
      return new TableBlock(line, end, t.table());
    } else if (this instanceof Title) {
      return new Title(line, end);
    } else if (this instanceof Caption) {
      return new Caption(line, end);
    } else if (this instanceof Note) {
      return new Note(line, end);
    } else if (this instanceof Blank) {
      return new Blank(line, end);
    } else if (this instanceof Contents) {
      return new Contents(line, end);
    }
    return new Paragraph(line, end);
  }

  /** The title lines. */
  record Title(int startLine, int endLine) implements Block {}

  /**
   * A heading line (possibly followed by text on the same line).
   *
   * @param label its label
   */
  record Heading(int startLine, int endLine, HeadingLabel label) implements Block {}

  /** A paragraph line. */
  record Paragraph(int startLine, int endLine) implements Block {}

  /** A table caption, 表1 / 专栏1 line or a repeated annex label. */
  record Caption(int startLine, int endLine) implements Block {}

  /**
   * A table.
   *
   * @param table its rows
   */
  record TableBlock(int startLine, int endLine, Table table) implements Block {}

  /** Notes under a table (注：…). */
  record Note(int startLine, int endLine) implements Block {}

  /** Blank lines. */
  record Blank(int startLine, int endLine) implements Block {}

  /** Table-of-contents lines. */
  record Contents(int startLine, int endLine) implements Block {}
}
