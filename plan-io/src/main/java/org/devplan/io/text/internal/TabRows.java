package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/** One row per line, cells separated by TABs (at least two); empty cells before the first row's first are cut. */
final class TabRows extends RowLayout {
  @Override
  boolean isRow(Lines lines, int k) {
    return lines.contentStart(k) < lines.contentEnd(k) && !startsWithPipe(lines, k) && lines.tabs(k) >= 2;
  }

  @Override
  List<Table.Cell> cells(Lines lines, int k, int width) {
    String t = lines.text();
    int e = lines.end(k);
    List<Table.Cell> cells = new ArrayList<>();
    int cellStart = lines.start(k);
    for (int i = cellStart; i <= e; i++) {
      if (i == e || t.charAt(i) == '\t') {
        cells.add(lines.cell(cellStart, i));
        cellStart = i + 1;
      }
    }
    while (cells.size() > 1 && cells.get(0).text().isEmpty() && cells.get(0).end() == lines.start(k) && width < 0) {
      cells.remove(0);
    }
    return cells;
  }
}
