package org.devplan.io.text.internal;

import java.util.List;

/**
 * A table read from the text, in any of its layouts, as rows of cells.
 *
 * @param layout how the table was written
 * @param rows the rows, header rows included, separator rows excluded
 */
public record Table(TableLayout layout, List<Row> rows) {

  /**
   * One row.
   *
   * @param cells its cells
   * @param line the 0-based normalised line it starts on
   */
  public record Row(List<Cell> cells, int line) {}

  /**
   * One cell: its normalised text (stripped) and where it is.
   *
   * @param text the normalised text, continuation lines joined
   * @param start normalised index of its first character (or of its place, if empty)
   * @param end normalised index after its last character
   * @param original the decoded text of the cell, continuation lines joined
   */
  public record Cell(String text, int start, int end, String original) {}
}
