package org.devplan.examples.bench;

import java.math.BigDecimal;

/**
 * A flat observation row, what a hand-written reader produces: the same values as a tidy CSV row or an
 * observation in the plan JSON, as strings and exact decimals.
 */
record ObsRow(String planId, String indicatorCode, String indicatorName, String unit, String id, String kind,
    int start, int end, String aggregation, Figure level, Figure growth, boolean isChange, String source) {

  /** A bound as kind, wording and figures (null where absent). */
  record Figure(String kind, String text, BigDecimal value, BigDecimal low, BigDecimal high) {}
}
