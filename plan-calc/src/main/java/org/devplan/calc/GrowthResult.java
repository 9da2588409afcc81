package org.devplan.calc;

import org.immutables.value.Value;

/**
 * The result of a growth calculation ({@link Growth}): value, unrounded value, unit, inputs, math context,
 * rounding and flags (see {@link CalcResult}). Immutable and thread-safe.
 *
 * <pre>{@code
 * GrowthResult r = Growth.growthPercent(Quantity.of("419.73", Unit.YI_YUAN), Quantity.of("428.12", Unit.YI_YUAN));
 * r.value();       // 2.00 (two decimals: the levels are printed to two)
 * r.unit();        // %
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class GrowthResult implements CalcResult {
  GrowthResult() {}

  /** {@code 2.00%}, {@code 9687.33亿元}: the reported value with its unit. */
  @Override
  public String toString() {
    return value().toPlainString() + unit().symbol() + (flags().isEmpty() ? "" : " " + flags());
  }
}
