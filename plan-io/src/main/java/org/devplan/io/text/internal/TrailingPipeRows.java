package org.devplan.io.text.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row per line, each cell followed by a pipe ({@code 经济发展 | 地区生产总值增长 | % | 6左右 |}), as an HTML table
 * turned into markdown-ish text writes it. A row under a merged category starts with the pipe of its empty first
 * cell ({@code  | 一般公共预算收入 | 亿元 | 430 |}); the first row does not (a table whose first row starts with a
 * pipe is {@link PipeRows}). A separator row ({@code --- | --- |}) is skipped. Ranked before {@link PipeRows}, which
 * would drop the empty first cells.
 */
final class TrailingPipeRows extends RowLayout {
  @Override
  boolean opens(Lines lines, int k) {
    return isRow(lines, k) && !startsWithPipe(lines, k);
  }

  @Override
  boolean isRow(Lines lines, int k) {
    return endsWithPipe(lines, k) && lines.pipes(k) >= 2;
  }

  @Override
  @Nullable List<Table.Cell> cells(Lines lines, int k, int width) {
    List<Table.Cell> cells = pipeCells(lines, k, lines.contentStart(k));
    return isSeparator(cells) ? null : cells;
  }
}
