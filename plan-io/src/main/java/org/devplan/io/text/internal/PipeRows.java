package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/** One row per line, cells between pipes ({@code | 指标 | 单位 |}); a {@code | --- |} separator row is skipped. */
final class PipeRows extends RowLayout {
  @Override
  boolean isRow(Lines lines, int k) {
    if (!startsWithPipe(lines, k)) {
      return false;
    }
    int pipes = 0;
    for (int i = lines.contentStart(k); i < lines.contentEnd(k); i++) {
      if (lines.text().charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes >= 3;
  }

  @Override
  List<Table.Cell> cells(Lines lines, int k, int width) {
    String t = lines.text();
    int ce = lines.contentEnd(k);
    List<Table.Cell> cells = new ArrayList<>();
    int cellStart = lines.contentStart(k) + 1;
    for (int i = cellStart; i <= ce; i++) {
      if (i == ce || t.charAt(i) == '|') {
        if (i < ce || cellStart < ce) {
          cells.add(lines.cell(cellStart, Math.min(i, ce)));
        }
        cellStart = i + 1;
      }
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty() && t.charAt(ce - 1) == '|') {
      cells.remove(cells.size() - 1);
    }
    boolean separator = cells.stream().allMatch(c -> !c.text().isEmpty() && c.text().chars().allMatch(
        ch -> ch == '-' || ch == ':' || ch == ' '));
    return separator ? null : cells;
  }
}
