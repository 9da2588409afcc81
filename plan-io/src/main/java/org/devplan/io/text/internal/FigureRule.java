package org.devplan.io.text.internal;

import java.util.List;

/**
 * Stage 5b: one way a figure is written (in digits, as a share in words, with an implied one, as a count in Chinese
 * numerals). {@link FigureScanner} asks each rule at each position of a clause.
 */
interface FigureRule {
  /**
   * Reads the figure this rule knows at {@code at} of {@code clause}, adding it to {@code figs}; returns where the
   * scan goes on, or {@code at} if no figure of this rule is there.
   */
  int read(Clause clause, int at, List<Figure> figs);
}
