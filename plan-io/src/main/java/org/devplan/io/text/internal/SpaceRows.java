package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per line, cells separated by runs of two or more spaces (PDF text); an indented row with fewer cells
 * than the first has its leading (merged category) cells padded empty.
 */
final class SpaceRows extends RowLayout {
  @Override
  boolean isRow(Lines lines, int k) {
    int s = lines.contentStart(k);
    int e = lines.contentEnd(k);
    if (s >= e || startsWithPipe(lines, k) || lines.tabs(k) >= 2) {
      return false;
    }
    String t = lines.text();
    int runs = 0;
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == ' ' && i + 1 < e && t.charAt(i + 1) == ' ' && (i == s || t.charAt(i - 1) != ' ')) {
        runs++;
      }
    }
    return runs >= 2 && t.substring(s, e).indexOf('。') < 0;
  }

  @Override
  List<Table.Cell> cells(Lines lines, int k, int width) {
    String t = lines.text();
    int s = lines.contentStart(k);
    int ce = lines.contentEnd(k);
    List<Table.Cell> cells = new ArrayList<>();
    int cellStart = s;
    for (int i = s; i <= ce; i++) {
      if (i == ce || (t.charAt(i) == ' ' && i + 1 < ce && t.charAt(i + 1) == ' ')) {
        if (i > cellStart) {
          cells.add(lines.cell(cellStart, i));
        }
        while (i < ce && t.charAt(i) == ' ') {
          i++;
        }
        cellStart = i;
        i--;
        if (cellStart >= ce) {
          break;
        }
      }
    }
    if (width > 0 && cells.size() < width && s > lines.start(k)) {
      List<Table.Cell> padded = new ArrayList<>();
      for (int p = cells.size(); p < width; p++) {
        padded.add(new Table.Cell("", lines.start(k), lines.start(k), ""));
      }
      padded.addAll(cells);
      cells = padded;
    }
    return cells;
  }
}
