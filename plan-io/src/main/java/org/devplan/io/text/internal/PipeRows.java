package org.devplan.io.text.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row per line, cells between pipes ({@code | 指标 | 单位 |}); a {@code | --- |} separator row is skipped. */
final class PipeRows extends RowLayout {
  @Override
  boolean isRow(Lines lines, int k) {
    return startsWithPipe(lines, k) && lines.pipes(k) >= 3;
  }

  @Override
  @Nullable List<Table.Cell> cells(Lines lines, int k, int width) {
    List<Table.Cell> cells = pipeCells(lines, k, lines.contentStart(k) + 1);
    if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty() && endsWithPipe(lines, k)) {
      cells.remove(cells.size() - 1);
    }
    return isSeparator(cells) ? null : cells;
  }
}
