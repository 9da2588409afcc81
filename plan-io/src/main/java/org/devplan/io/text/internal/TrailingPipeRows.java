package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per line, each cell followed by a pipe ({@code 经济发展 | 地区生产总值增长 | % | 6左右 |}), as an HTML table
 * turned into markdown-ish text writes it. A row under a merged category starts with the pipe of its empty first
 * cell ({@code  | 一般公共预算收入 | 亿元 | 430 |}); the first row does not (a table whose first row starts with a
 * pipe is {@link PipeRows}). Ranked before {@link PipeRows}, which would drop the empty first cells.
 */
final class TrailingPipeRows extends RowLayout {
  @Override
  boolean opens(Lines lines, int k) {
    return isRow(lines, k) && !startsWithPipe(lines, k);
  }

  @Override
  boolean isRow(Lines lines, int k) {
    int s = lines.contentStart(k);
    int e = lines.contentEnd(k);
    if (e <= s || lines.text().charAt(e - 1) != '|') {
      return false;
    }
    int pipes = 0;
    for (int i = s; i < e; i++) {
      pipes += lines.text().charAt(i) == '|' ? 1 : 0;
    }
    return pipes >= 2;
  }

  @Override
  List<Table.Cell> cells(Lines lines, int k, int width) {
    List<Table.Cell> cells = new ArrayList<>();
    int cellStart = lines.contentStart(k);
    for (int i = cellStart; i < lines.contentEnd(k); i++) {
      if (lines.text().charAt(i) == '|') {
        cells.add(lines.cell(cellStart, i));
        cellStart = i + 1;
      }
    }
    return cells;
  }
}
