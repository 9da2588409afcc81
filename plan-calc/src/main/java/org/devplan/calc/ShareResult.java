package org.devplan.calc;

import org.immutables.value.Value;

/**
 * The result of a share calculation ({@link Shares}): value, unrounded value, unit, inputs, math context,
 * rounding and flags (see {@link CalcResult}). Immutable and thread-safe.
 *
 * <pre>{@code
 * ShareResult r = Shares.part(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("50.4"));
 * r.value();       // 2564.8 (亿元, one decimal like the whole)
 * r.unrounded();   // 2564.8056
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ShareResult implements CalcResult {
  ShareResult() {}

  /** {@code 2.00%}, {@code 9687.33亿元}: the reported value with its unit. */
  @Override
  public String toString() {
    return value().toPlainString() + unit().symbol() + (flags().isEmpty() ? "" : " " + flags());
  }
}
