package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The layouts with one row per line: at least two such lines, bare group rows (一、经济发展) allowed between them.
 * A subclass says which lines are its rows and cuts a row into cells.
 */
abstract class RowLayout implements TableLayout {
  /** True if line {@code k} is a row of this layout. */
  abstract boolean isRow(Lines lines, int k);

  /** True if line {@code k} can be the first row of a table of this layout: by default, any row. */
  boolean opens(Lines lines, int k) {
    return isRow(lines, k);
  }

  /**
   * The cells of row line {@code k}, or null if the line is no row of cells (a separator);
   * {@code width} is the number of cells of the first row, -1 for the first row itself.
   */
  abstract @Nullable List<Table.Cell> cells(Lines lines, int k, int width);

  @Override
  public final Optional<Found> recognise(Lines lines, int k) {
    if (!opens(lines, k) || !continues(lines, k + 1)) {
      return Optional.empty();
    }
    int end = k + 1;
    while (continues(lines, end)) {
      end++;
    }
    return Optional.of(new Found(read(lines, k, end), end));
  }

  /** True if line {@code k} is a row, or a bare group row followed by one. */
  private boolean continues(Lines lines, int k) {
    return k < lines.count()
        && (isRow(lines, k) || (lines.isGroupLine(k) && k + 1 < lines.count() && isRow(lines, k + 1)));
  }

  private Table read(Lines lines, int from, int to) {
    List<Table.Row> rows = new ArrayList<>();
    int width = -1;
    for (int k = from; k < to; k++) {
      List<Table.Cell> cells = isRow(lines, k) ? cells(lines, k, width) : List.of(lines.cell(k));
      if (cells == null) {
        continue;
      }
      if (width < 0) {
        width = cells.size();
      }
      rows.add(new Table.Row(List.copyOf(cells), k));
    }
    return new Table(this, rows);
  }

  /** True if line {@code k}'s content starts with a pipe. */
  static boolean startsWithPipe(Lines lines, int k) {
    int s = lines.contentStart(k);
    return s < lines.contentEnd(k) && lines.text().charAt(s) == '|';
  }


  /** True if line {@code k}'s content ends with a pipe. */
  static boolean endsWithPipe(Lines lines, int k) {
    int e = lines.contentEnd(k);
    return e > lines.contentStart(k) && lines.text().charAt(e - 1) == '|';
  }

  /** The cells between the pipes of line {@code k}, from {@code from} to its content's end (the last one unless empty). */
  static List<Table.Cell> pipeCells(Lines lines, int k, int from) {
    List<Table.Cell> cells = new ArrayList<>();
    int cellStart = from;
    int ce = lines.contentEnd(k);
    for (int i = from; i < ce; i++) {
      if (lines.text().charAt(i) == '|') {
        cells.add(lines.cell(cellStart, i));
        cellStart = i + 1;
      }
    }
    if (cellStart < ce) {
      cells.add(lines.cell(cellStart, ce));
    }
    return cells;
  }

  /** True if {@code cells} are a markdown separator row ({@code --- | :---: |}): dashes, colons and spaces only. */
  static boolean isSeparator(List<Table.Cell> cells) {
    return !cells.isEmpty() && cells.stream().allMatch(c -> !c.text().isEmpty() && c.text().chars().allMatch(
        ch -> ch == '-' || ch == ':' || ch == ' '));
  }
}
