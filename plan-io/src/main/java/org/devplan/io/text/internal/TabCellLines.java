package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cell per line, each starting with a TAB, rows separated by blank lines (a Word table copied as text). A
 * short line without the TAB right after a cell continues it (a cell broken over lines: 与经济 / 增长同步).
 */
final class TabCellLines implements TableLayout {
  @Override
  public Optional<Found> recognise(Lines lines, int k) {
    if (!lines.isTabCell(k) || !cellsAhead(lines, k)) {
      return Optional.empty();
    }
    int end = end(lines, k);
    return Optional.of(new Found(read(lines, k, end), end));
  }

  private static boolean cellsAhead(Lines lines, int k) {
    int cells = 0;
    for (int j = k; j < lines.count() && j < k + 16; j++) {
      if (lines.isTabCell(j)) {
        cells++;
      } else if (!lines.isBlank(j)) {
        break;
      }
    }
    return cells >= 3;
  }

  private static boolean isContinuation(Lines lines, int k) {
    String c = lines.content(k);
    return !c.isEmpty() && c.length() <= 12 && c.indexOf('。') < 0 && lines.label(k) == null
        && (k + 1 >= lines.count() || lines.isBlank(k + 1) || lines.isTabCell(k + 1));
  }

  private static int end(Lines lines, int k) {
    int last = k;
    for (int j = k; j < lines.count(); j++) {
      if (lines.isTabCell(j)) {
        last = j;
      } else if (!lines.isBlank(j)) { // blank lines between cells belong to the row
        if (!isContinuation(lines, j) || !lines.isTabCell(previousNonBlank(lines, j))) {
          break;
        }
        last = j;
      }
    }
    return last + 1;
  }

  private static int previousNonBlank(Lines lines, int j) {
    int i = j - 1;
    while (i > 0 && lines.isBlank(i) && !lines.isTabCell(i)) {
      i--;
    }
    return i;
  }

  private Table read(Lines lines, int from, int to) {
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> current = new ArrayList<>();
    int rowLine = from;
    for (int k = from; k < to; k++) {
      if (lines.isTabCell(k)) {
        if (current.isEmpty()) {
          rowLine = k;
        }
        current.add(lines.cell(k));
      } else if (lines.isBlank(k)) {
        if (!current.isEmpty()) {
          rows.add(new Table.Row(List.copyOf(current), rowLine));
          current.clear();
        }
      } else {
        continueCell(rows, current, lines.cell(k));
      }
    }
    if (!current.isEmpty()) {
      rows.add(new Table.Row(List.copyOf(current), rowLine));
    }
    return new Table(this, rows);
  }

  /** Appends a continuation line to the last cell: of the current row, or of the last row read. */
  private static void continueCell(List<Table.Row> rows, List<Table.Cell> current, Table.Cell more) {
    List<Table.Cell> target = !current.isEmpty() ? current
        : rows.isEmpty() ? current : new ArrayList<>(rows.get(rows.size() - 1).cells());
    if (target.isEmpty()) {
      target.add(more);
    } else {
      Table.Cell last = target.get(target.size() - 1);
      target.set(target.size() - 1, new Table.Cell(last.text() + more.text(), last.start(), more.end(),
          last.original() + more.original()));
    }
    if (target != current) {
      Table.Row previous = rows.remove(rows.size() - 1);
      rows.add(new Table.Row(List.copyOf(target), previous.line()));
    }
  }
}
