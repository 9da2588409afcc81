package org.devplan.io.text.internal;

/**
 * Stage 4 output: a run of whole lines of one kind. Lines are 0-based normalised line numbers, {@code end}
 * exclusive.
 *
 * @param kind what the lines are
 * @param startLine first line
 * @param endLine line after the last
 * @param label the heading label, for a heading
 * @param table the table, for a table
 */
public record Block(Kind kind, int startLine, int endLine, HeadingLabel label, Table table) {

  /** Kinds of blocks. */
  public enum Kind {
    /** The title lines. */
    TITLE,
    /** A heading line (possibly followed by text on the same line). */
    HEADING,
    /** A paragraph line. */
    PARAGRAPH,
    /** A table caption, 表1 / 专栏1 line or a repeated annex label. */
    CAPTION,
    /** A table. */
    TABLE,
    /** Notes under a table (注：…). */
    NOTE,
    /** Blank lines. */
    BLANK,
    /** Table-of-contents lines. */
    CONTENTS
  }

  static Block of(Kind kind, int startLine, int endLine) {
    return new Block(kind, startLine, endLine, null, null);
  }
}
