package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.devplan.model.Concepts;
import org.immutables.value.Value;

/**
 * The rounding policy, tolerances and concepts of every calculation, and the {@link Calculator} that applies them
 * ({@link #calc()}). Immutable and thread-safe.
 *
 * <h2>Rounding policy</h2>
 * <ol>
 *   <li><b>Intermediate results</b> are exact where the operation is exact (sums, differences, products, unit
 *   conversions) and otherwise computed to {@link #mathContext()} significant digits (default 34,
 *   {@link RoundingMode#HALF_EVEN}): quotients, n-th roots and fractional powers. Every result keeps this value as
 *   {@link CalcResult#unrounded()}.</li>
 *   <li><b>Reported results</b> ({@link CalcResult#value()}) are rounded with {@link #roundingMode()} (default
 *   {@link RoundingMode#HALF_UP}, 四舍五入) to the precision justified by the printed inputs:
 *   <ul>
 *     <li>a <i>level</i> derived from a level (grown, implied previous, part from a share, whole from a part,
 *     doubled) gets the decimals of that level: {@code 8969.75 × 1.08 = 9687.33};</li>
 *     <li>a <i>rate</i> (percent or percentage points: growth, share, change in points, compound growth, required
 *     rate, contribution, relative gap) gets the fewest decimals among the printed figures it is computed from,
 *     but never fewer than {@link #minRateScale()} (default 1): growth from {@code 419.73} to {@code 428.12} is
 *     {@code 2.00}%, from {@code 5088.9} to {@code 5374} is reported to one decimal;</li>
 *     <li>a <i>difference</i> of two printed figures (a gap) is exact and keeps the larger of their decimals.</li>
 *   </ul>
 *   A figure's decimals are its {@link BigDecimal#scale()} as written, counted as 0 when negative.</li>
 * </ol>
 *
 * <h2>Tolerances</h2>
 * A bound written {@code 左右} ({@link org.devplan.model.Bound.Kind#ABOUT}) is met within
 * {@link #aboutPointTolerance()} percentage points when its figure is in % (default 0.5), else within
 * {@link #aboutRelativeTolerance()} of the figure's magnitude (default 0.05, i.e. ±5%). A plan's own arithmetic
 * (level × (1 + growth)) is checked to half a unit of the target's last printed digit.
 *
 * <pre>{@code
 * CalcContext ctx = CalcContext.defaults();
 * ctx.rateScale(new BigDecimal("419.73"), new BigDecimal("428.12"));   // 2
 * CalcContext strict = new CalcContext.Builder().aboutRelativeTolerance(new BigDecimal("0.02"))
 *     .allowComparablePriceApproximation(true).build();
 * Calculator calc = strict.calc();
 * calc.context() == strict;                                            // true
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CalcContext {
  private static final CalcContext DEFAULTS = new Builder().build();

  CalcContext() {}

  /** The default policy: 34 digits HALF_EVEN intermediates, HALF_UP reporting, rates to at least one decimal. */
  public static CalcContext defaults() {
    return DEFAULTS;
  }

  /** Precision of intermediate quotients, roots and powers; default 34 digits, {@code HALF_EVEN}. */
  @Value.Default
  public MathContext mathContext() {
    return MathContext.DECIMAL128;
  }

  /** How reported values are rounded; default {@link RoundingMode#HALF_UP} (四舍五入). */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_UP;
  }

  /** The fewest decimals a reported rate gets; default 1. */
  @Value.Default
  public int minRateScale() {
    return 1;
  }

  /** Relative tolerance of an ABOUT (左右) bound whose figure is not in %; default 0.05 (±5%). */
  @Value.Default
  public BigDecimal aboutRelativeTolerance() {
    return new BigDecimal("0.05");
  }

  /** Tolerance, in percentage points, of an ABOUT (左右) bound whose figure is in %; default 0.5. */
  @Value.Default
  public BigDecimal aboutPointTolerance() {
    return new BigDecimal("0.5");
  }

  /**
   * True if a level may be grown by a comparable-price growth rate (GDP, value added); the result is then
   * flagged {@link CalcResult.Flag#APPROXIMATE_COMPARABLE_PRICES}. Default false: such calculations are refused.
   */
  @Value.Default
  public boolean allowComparablePriceApproximation() {
    return false;
  }

  /**
   * The concepts a panel ({@link Calculator#panel}) compares plans by; default {@link Concepts#standard()}.
   * Compared by identity in {@link #equals}: build contexts from one {@code Concepts} instance to compare them.
   */
  @Value.Default
  public Concepts concepts() {
    return Concepts.standard();
  }

  /**
   * The calculator of this context: every growth, share, gap, attainment, progress, summary, audit and panel
   * operation under this policy. Computed once per context.
   *
   * <pre>{@code
   * CalcContext.defaults().calc().doublingRate(10).value();   // 7.2
   * }</pre>
   */
  @Value.Lazy
  public Calculator calc() {
    return new Calculator(this);
  }

  @Value.Check
  void check() {
    checkArgument(mathContext().getPrecision() >= 16,
        "calc context: mathContext precision %s is below 16 digits", mathContext().getPrecision());
    checkArgument(minRateScale() >= 0 && minRateScale() <= 20, "calc context: minRateScale %s is outside 0..20",
        minRateScale());
    checkArgument(aboutRelativeTolerance().signum() >= 0, "calc context: aboutRelativeTolerance %s is negative",
        aboutRelativeTolerance());
    checkArgument(aboutPointTolerance().signum() >= 0, "calc context: aboutPointTolerance %s is negative",
        aboutPointTolerance());
  }

  /** The decimals of a printed figure: its scale, or 0 if negative ({@code 1E+3} has 0). */
  public static int decimals(BigDecimal printed) {
    return Math.max(0, printed.scale());
  }

  /**
   * The reported scale of a rate computed from {@code printed} figures: their fewest decimals, at least
   * {@link #minRateScale()}; {@link #minRateScale()} when no figure is given.
   */
  public int rateScale(BigDecimal... printed) {
    int min = Integer.MAX_VALUE;
    for (BigDecimal p : printed) {
      min = Math.min(min, decimals(p));
    }
    return Math.max(minRateScale(), min == Integer.MAX_VALUE ? 0 : min);
  }

  /** {@code value} rounded to {@code scale} decimals with {@link #roundingMode()}. */
  public BigDecimal round(BigDecimal value, int scale) {
    return value.setScale(scale, roundingMode());
  }

  /** Builds a {@link CalcContext}; unset attributes take their defaults. */
  public static class Builder extends ImmutableCalcContext.Builder {}
}
