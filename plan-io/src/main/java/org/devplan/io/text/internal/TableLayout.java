package org.devplan.io.text.internal;

import java.util.List;
import java.util.Optional;

/**
 * One way a table is written in text. The block reader tries the layouts of {@link #RANKED} in order at each line;
 * the first that recognises a table there reads it. To read a new layout, write one class that implements this
 * interface and give it its place in {@link #RANKED}: before the layouts that would misread its lines.
 */
interface TableLayout {
  /** The layouts, in the order they are tried. */
  List<TableLayout> RANKED = List.of(
      new TabCellLines(),
      new TrailingPipeRows(),
      new PipeRows(),
      new TabRows(),
      new SpaceRows(),
      new HeaderCellLines());

  /** The table that starts at line {@code k} of {@code lines} in this layout, or empty. */
  Optional<Found> recognise(Lines lines, int k);

  /**
   * A table recognised in its layout.
   *
   * @param table the table read
   * @param endLine the line after its last line
   */
  record Found(Table table, int endLine) {}

  /** The table that starts at line {@code k} in the first layout of {@link #RANKED} that recognises one. */
  static Optional<Found> first(Lines lines, int k) {
    for (TableLayout layout : RANKED) {
      Optional<Found> found = layout.recognise(lines, k);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
