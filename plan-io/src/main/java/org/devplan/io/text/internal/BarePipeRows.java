package org.devplan.io.text.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row per line, cells separated by pipes with none at either end ({@code 类别 | 指标 | 2025年 | 属性}), as a
 * markdown table written without its outer pipes. A row under a merged category starts with the pipe after its empty
 * first cell ({@code  | 2.全员劳动生产率增长（%） | 5.8 | 预期性}) and a row whose last cell is empty ends with a pipe;
 * the first row does neither (else it is {@link PipeRows} or {@link TrailingPipeRows}). A separator row
 * ({@code --- | ---}) is skipped.
 */
final class BarePipeRows extends RowLayout {
  @Override
  boolean opens(Lines lines, int k) {
    return isRow(lines, k) && !startsWithPipe(lines, k) && !endsWithPipe(lines, k);
  }

  @Override
  boolean isRow(Lines lines, int k) {
    return lines.pipes(k) >= 2;
  }

  @Override
  @Nullable List<Table.Cell> cells(Lines lines, int k, int width) {
    List<Table.Cell> cells = pipeCells(lines, k, lines.contentStart(k));
    if (endsWithPipe(lines, k)) {
      cells.add(lines.cell(lines.contentEnd(k), lines.contentEnd(k)));
    }
    return isSeparator(cells) ? null : cells;
  }
}
