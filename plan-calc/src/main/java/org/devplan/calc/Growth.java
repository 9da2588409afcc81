package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devplan.calc.internal.Decimals;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/**
 * Growth arithmetic, exact and rounded by {@link CalcContext}: year-on-year growth in percent, change in percentage
 * points, a level grown by a rate and the level implied before it, compound annual growth (CAGR), cumulative
 * change, the annual rate required to reach a target, and doubling (翻一番). Levels in convertible units (亿元 and
 * 万元) are converted exactly before use. Every method has an overload without a context that uses
 * {@link CalcContext#defaults()}. Stateless and thread-safe.
 *
 * <p>Growth of a percent-valued figure is a change in percentage points: use {@link #changeInPoints} or
 * {@link #change} (which picks points for % and percent otherwise); {@link #growthPercent} of two percentages is the
 * relative change, which is rarely what a plan means. Growth at comparable prices (GDP, value added) is refused by
 * {@link #impliedLevel} unless {@link CalcContext#allowComparablePriceApproximation()} is set, and then flagged.
 *
 * <pre>{@code
 * Quantity revenue2025 = Quantity.of("419.73", Unit.YI_YUAN);
 * Growth.grow(revenue2025, Rate.percent("2")).value();                              // 428.12 (428.1246)
 * Growth.growthPercent(revenue2025, Quantity.of("428.12", Unit.YI_YUAN)).value();   // 2.00
 * Growth.previous(Quantity.of("419.73", Unit.YI_YUAN), Rate.percent("2.01")).value(); // 411.46
 * Growth.changeInPoints(Quantity.of("10.8", Unit.PERCENT), Quantity.of("13", Unit.PERCENT)).value(); // 2.2
 * Growth.cagr(Quantity.of("100", Unit.YI_YUAN), Quantity.of("121", Unit.YI_YUAN), 2).value();      // 10.0
 * Growth.requiredRate(Quantity.of("100", Unit.YI_YUAN), Quantity.of("200", Unit.YI_YUAN), 10).value(); // 7.2
 * }</pre>
 *
 * @since 0.1
 */
public final class Growth {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Growth() {}

  /** {@link #growthPercent(Quantity, Quantity, CalcContext)} with the default context. */
  public static GrowthResult growthPercent(Quantity previous, Quantity current) {
    return growthPercent(previous, current, CalcContext.defaults());
  }

  /**
   * Year-on-year (or any two-point) growth in percent: {@code (current − previous) / |previous| × 100}, reported
   * to the fewest decimals of the two levels (at least {@link CalcContext#minRateScale()}).
   *
   * <pre>{@code
   * Growth.growthPercent(Quantity.of("8969.75", Unit.YI_YUAN), Quantity.of("9687", Unit.YI_YUAN)).value(); // 8.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert into each other or {@code previous} is zero
   */
  public static GrowthResult growthPercent(Quantity previous, Quantity current, CalcContext ctx) {
    BigDecimal cur = convert(current, previous.unit(), "growthPercent");
    checkArgument(previous.amount().signum() != 0, "growthPercent: growth from %s is undefined", previous);
    BigDecimal exact = cur.subtract(previous.amount())
        .divide(previous.amount().abs(), ctx.mathContext()).multiply(HUNDRED);
    return result("growthPercent", exact, ctx.rateScale(previous.amount(), current.amount()), Unit.PERCENT, ctx,
        inputs("previous", previous, "current", current), ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #changeInPoints(Quantity, Quantity, CalcContext)} with the default context. */
  public static GrowthResult changeInPoints(Quantity previous, Quantity current) {
    return changeInPoints(previous, current, CalcContext.defaults());
  }

  /**
   * The change of a percent-valued figure in percentage points: {@code current − previous}, both in %; a difference
   * of printed figures, so exact, at the larger of their decimals (6.97% → 7% is +0.03 points).
   *
   * <pre>{@code
   * Growth.changeInPoints(Quantity.of("50.1", Unit.PERCENT), Quantity.of("50.4", Unit.PERCENT)).unit(); // 个百分点
   * }</pre>
   *
   * @throws IllegalArgumentException if either figure is not in %
   */
  public static GrowthResult changeInPoints(Quantity previous, Quantity current, CalcContext ctx) {
    checkArgument(previous.unit().equals(Unit.PERCENT) && current.unit().equals(Unit.PERCENT),
        "changeInPoints: %s and %s must both be in %%", previous, current);
    BigDecimal exact = current.amount().subtract(previous.amount());
    return result("changeInPoints", exact, Math.max(CalcContext.decimals(previous.amount()),
            CalcContext.decimals(current.amount())),
        Unit.PERCENTAGE_POINT, ctx, inputs("previous", previous, "current", current), ImmutableSet.of(),
        ImmutableList.of());
  }

  /** {@link #change(Quantity, Quantity, CalcContext)} with the default context. */
  public static GrowthResult change(Quantity previous, Quantity current) {
    return change(previous, current, CalcContext.defaults());
  }

  /**
   * The natural change: in percentage points if both figures are in %, else growth in percent.
   *
   * <pre>{@code
   * Growth.change(Quantity.of("5.3", Unit.PERCENT), Quantity.of("5.5", Unit.PERCENT)).unit();  // 个百分点
   * Growth.change(Quantity.of("100", Unit.YUAN), Quantity.of("105", Unit.YUAN)).unit();        // %
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #growthPercent} or {@link #changeInPoints}
   */
  public static GrowthResult change(Quantity previous, Quantity current, CalcContext ctx) {
    return previous.unit().equals(Unit.PERCENT) && current.unit().equals(Unit.PERCENT)
        ? changeInPoints(previous, current, ctx) : growthPercent(previous, current, ctx);
  }

  /** {@link #grow(Quantity, Rate, CalcContext)} with the default context. */
  public static GrowthResult grow(Quantity previous, Rate rate) {
    return grow(previous, rate, CalcContext.defaults());
  }

  /**
   * A level grown by a rate: {@code previous × (1 + rate/100)}, exact before reporting, reported to the level's
   * decimals, in the level's unit. For a level whose growth is at comparable prices use {@link #impliedLevel}.
   *
   * <pre>{@code
   * Growth.grow(Quantity.of("583.28", Unit.YI_YUAN), Rate.percent("1.5")).unrounded();   // 592.02920
   * }</pre>
   *
   * @throws IllegalArgumentException if the rate is in percentage points, or the level is in % (grow a percentage
   *     by points with {@link #addPoints})
   */
  public static GrowthResult grow(Quantity previous, Rate rate, CalcContext ctx) {
    checkPercentRate("grow", rate);
    checkArgument(!previous.unit().equals(Unit.PERCENT),
        "grow: %s is a percentage; add percentage points with addPoints, or scale it explicitly", previous);
    BigDecimal exact = previous.amount().multiply(rate.factor());
    return result("grow", exact, CalcContext.decimals(previous.amount()), previous.unit(), ctx,
        inputs("previous", previous, "rate", quantity(rate)), ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #addPoints(Quantity, Rate, CalcContext)} with the default context. */
  public static GrowthResult addPoints(Quantity percentage, Rate points) {
    return addPoints(percentage, points, CalcContext.defaults());
  }

  /**
   * A percentage raised by percentage points ({@code 提高1个百分点}): {@code percentage + points}, in %.
   *
   * <pre>{@code
   * Growth.addPoints(Quantity.of("50.4", Unit.PERCENT), Rate.points("1")).value();   // 51.4
   * }</pre>
   *
   * @throws IllegalArgumentException if the figure is not in % or the rate is not in points
   */
  public static GrowthResult addPoints(Quantity percentage, Rate points, CalcContext ctx) {
    checkArgument(percentage.unit().equals(Unit.PERCENT), "addPoints: %s is not in %%", percentage);
    checkArgument(points.isPoints(), "addPoints: %s is not in 个百分点", points);
    BigDecimal exact = percentage.amount().add(points.amount());
    return result("addPoints", exact, Math.max(CalcContext.decimals(percentage.amount()),
            CalcContext.decimals(points.amount())), Unit.PERCENT, ctx,
        inputs("percentage", percentage, "points", quantity(points)), ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #previous(Quantity, Rate, CalcContext)} with the default context. */
  public static GrowthResult previous(Quantity current, Rate rate) {
    return previous(current, rate, CalcContext.defaults());
  }

  /**
   * The level implied before a growth: {@code current / (1 + rate/100)}, to {@link CalcContext#mathContext()}
   * digits, reported to the level's decimals.
   *
   * <pre>{@code
   * Growth.previous(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6")).value();   // 4819.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the rate is in points, is −100% or less, or the level is in %
   */
  public static GrowthResult previous(Quantity current, Rate rate, CalcContext ctx) {
    checkPercentRate("previous", rate);
    checkArgument(!current.unit().equals(Unit.PERCENT), "previous: %s is a percentage; subtract points instead",
        current);
    checkArgument(rate.factor().signum() > 0, "previous: rate %s leaves nothing to grow from", rate);
    BigDecimal exact = current.amount().divide(rate.factor(), ctx.mathContext());
    return result("previous", exact, CalcContext.decimals(current.amount()), current.unit(), ctx,
        inputs("current", current, "rate", quantity(rate)), ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #impliedLevel(Indicator, Quantity, Rate, CalcContext)} with the default context. */
  public static GrowthResult impliedLevel(Indicator indicator, Quantity base, Rate rate) {
    return impliedLevel(indicator, base, rate, CalcContext.defaults());
  }

  /**
   * Like {@link #grow}, for an indicator whose growth basis matters: if its growth is at comparable prices (stated,
   * or inferred from its name, see {@link GrowthBasis}) the calculation is refused unless
   * {@link CalcContext#allowComparablePriceApproximation()} is set, and then flagged
   * {@link CalcResult.Flag#APPROXIMATE_COMPARABLE_PRICES} (and {@link CalcResult.Flag#BASIS_INFERRED} if inferred).
   *
   * <pre>{@code
   * CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
   * Growth.impliedLevel(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5"), optIn).isApproximate(); // true
   * }</pre>
   *
   * @throws IllegalArgumentException if the growth is at comparable prices and the context does not opt in, or as
   *     {@link #grow}
   */
  public static GrowthResult impliedLevel(Indicator indicator, Quantity base, Rate rate, CalcContext ctx) {
    return checkBasis(indicator, grow(base, rate, ctx), "impliedLevel", ctx);
  }

  private static GrowthResult checkBasis(Indicator indicator, GrowthResult grown, String operation,
      CalcContext ctx) {
    GrowthBasis basis = GrowthBasis.of(indicator);
    if (!basis.isComparablePrices()) {
      return grown;
    }
    checkArgument(ctx.allowComparablePriceApproximation(),
        "%s: indicator %s grows at comparable prices (%s); a nominal level computed with it is only an "
            + "approximation: opt in with CalcContext.allowComparablePriceApproximation(true)",
        operation, indicator.code(), basis.reason());
    List<CalcResult.Flag> flags = new ArrayList<>();
    flags.add(CalcResult.Flag.APPROXIMATE_COMPARABLE_PRICES);
    if (basis.evidence() == org.devplan.model.Evidence.INFERRED) {
      flags.add(CalcResult.Flag.BASIS_INFERRED);
    }
    return ImmutableGrowthResult.builder().from(grown).operation(operation).flags(flags)
        .addNote("approximate: comparable-price growth applied to a nominal level; " + basis.reason()).build();
  }

  /** {@link #impliedPrevious(Indicator, Quantity, Rate, CalcContext)} with the default context. */
  public static GrowthResult impliedPrevious(Indicator indicator, Quantity current, Rate rate) {
    return impliedPrevious(indicator, current, rate, CalcContext.defaults());
  }

  /**
   * Like {@link #previous}, for an indicator whose growth basis matters: back-computing last year's nominal level
   * from this year's level and a comparable-price growth (GDP 5088.9亿元 and 5.6%) is refused unless
   * {@link CalcContext#allowComparablePriceApproximation()} is set, and then flagged approximate.
   *
   * <pre>{@code
   * Growth.impliedPrevious(revenue, Quantity.of("419.73", Unit.YI_YUAN), Rate.percent("2.01")).value(); // 411.46
   * Growth.impliedPrevious(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6"));  // refused
   * }</pre>
   *
   * @throws IllegalArgumentException if the growth is at comparable prices and the context does not opt in, or as
   *     {@link #previous}
   */
  public static GrowthResult impliedPrevious(Indicator indicator, Quantity current, Rate rate, CalcContext ctx) {
    return checkBasis(indicator, previous(current, rate, ctx), "impliedPrevious", ctx);
  }

  /** {@link #cagr(Quantity, Quantity, int, CalcContext)} with the default context. */
  public static GrowthResult cagr(Quantity start, Quantity end, int years) {
    return cagr(start, end, years, CalcContext.defaults());
  }

  /**
   * Compound annual growth rate in percent over {@code years}: {@code ((end / start)^(1/years) − 1) × 100}, the root
   * by exact Newton iteration to {@link CalcContext#mathContext()} digits; over one year it equals
   * {@link #growthPercent}.
   *
   * <pre>{@code
   * Growth.cagr(Quantity.of("4000", Unit.YI_YUAN), Quantity.of("5088.9", Unit.YI_YUAN), 5).value();   // 4.9
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code years < 1}, {@code start ≤ 0}, {@code end < 0} or the units do not
   *     convert
   */
  public static GrowthResult cagr(Quantity start, Quantity end, int years, CalcContext ctx) {
    checkArgument(years >= 1, "cagr: years %s must be at least 1", years);
    BigDecimal e = convert(end, start.unit(), "cagr");
    checkArgument(start.amount().signum() > 0, "cagr: start %s must be positive", start);
    checkArgument(e.signum() >= 0, "cagr: end %s must not be negative", end);
    BigDecimal ratio = e.divide(start.amount(), wide(ctx));
    BigDecimal exact = Decimals.nthRoot(ratio, years, ctx.mathContext()).subtract(BigDecimal.ONE).multiply(HUNDRED);
    return result("cagr", exact, ctx.rateScale(start.amount(), end.amount()), Unit.PERCENT, ctx,
        inputs("start", start, "end", end, "years", Quantity.of(BigDecimal.valueOf(years), Unit.of("年"))),
        ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #cumulativePercent(Iterable, CalcContext)} with the default context. */
  public static GrowthResult cumulativePercent(Iterable<Rate> annualRates) {
    return cumulativePercent(annualRates, CalcContext.defaults());
  }

  /**
   * Cumulative change in percent from annual growth rates: {@code (Π (1 + gᵢ/100) − 1) × 100}, exact before
   * reporting, reported to the fewest decimals of the rates.
   *
   * <pre>{@code
   * Growth.cumulativePercent(List.of(Rate.percent("10"), Rate.percent("10"))).value();   // 21.0
   * }</pre>
   *
   * @throws IllegalArgumentException if there are no rates or one is in percentage points
   */
  public static GrowthResult cumulativePercent(Iterable<Rate> annualRates, CalcContext ctx) {
    BigDecimal product = BigDecimal.ONE;
    Map<String, Quantity> in = new LinkedHashMap<>();
    List<BigDecimal> printed = new ArrayList<>();
    int i = 0;
    for (Rate r : annualRates) {
      checkPercentRate("cumulativePercent", r);
      product = product.multiply(r.factor());
      i++;
      in.put("rate" + i, quantity(r));
      printed.add(r.amount());
    }
    checkArgument(i > 0, "cumulativePercent: no rates given");
    BigDecimal exact = product.subtract(BigDecimal.ONE).multiply(HUNDRED);
    return result("cumulativePercent", exact, ctx.rateScale(printed.toArray(BigDecimal[]::new)), Unit.PERCENT,
        ctx, ImmutableMap.copyOf(in), ImmutableSet.of(), ImmutableList.of());
  }

  /** {@link #requiredRate(Quantity, Quantity, int, CalcContext)} with the default context. */
  public static GrowthResult requiredRate(Quantity current, Quantity target, int years) {
    return requiredRate(current, target, years, CalcContext.defaults());
  }

  /**
   * The constant annual growth in percent that takes {@code current} to {@code target} in {@code years}:
   * {@code ((target / current)^(1/years) − 1) × 100} (a CAGR looking forward).
   *
   * <pre>{@code
   * Growth.requiredRate(Quantity.of("5088.9", Unit.YI_YUAN), Quantity.of("6000", Unit.YI_YUAN), 4).value(); // 4.2
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #cagr}
   */
  public static GrowthResult requiredRate(Quantity current, Quantity target, int years, CalcContext ctx) {
    GrowthResult r = cagr(current, target, years, ctx);
    return ImmutableGrowthResult.builder().from(r).operation("requiredRate")
        .inputs(inputs("current", current, "target", target, "years", requireNonNull(r.inputs().get("years")))).build();
  }

  /** {@link #doublingRate(int, CalcContext)} with the default context. */
  public static GrowthResult doublingRate(int years) {
    return doublingRate(years, CalcContext.defaults());
  }

  /**
   * The annual growth in percent that doubles a level (翻一番) in {@code years}: {@code (2^(1/years) − 1) × 100},
   * reported to {@link CalcContext#minRateScale()} decimals (the 2 is exact).
   *
   * <pre>{@code
   * Growth.doublingRate(10).value();       // 7.2
   * Growth.doublingRate(10).unrounded();   // 7.177346253629316…
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public static GrowthResult doublingRate(int years, CalcContext ctx) {
    checkArgument(years >= 1, "doublingRate: years %s must be at least 1", years);
    BigDecimal exact = Decimals.nthRoot(BigDecimal.valueOf(2), years, ctx.mathContext()).subtract(BigDecimal.ONE)
        .multiply(HUNDRED);
    return result("doublingRate", exact, ctx.rateScale(), Unit.PERCENT, ctx,
        ImmutableMap.of("years", Quantity.of(BigDecimal.valueOf(years), Unit.of("年"))), ImmutableSet.of(),
        ImmutableList.of("翻一番: the level doubles"));
  }

  /** {@link #doublingTarget(Quantity, CalcContext)} with the default context. */
  public static GrowthResult doublingTarget(Quantity base) {
    return doublingTarget(base, CalcContext.defaults());
  }

  /**
   * The target a doubling (翻一番) sets: {@code 2 × base}, exact, in the base's unit and decimals.
   *
   * <pre>{@code
   * Growth.doublingTarget(Quantity.of("5088.9", Unit.YI_YUAN)).value();   // 10177.8
   * }</pre>
   *
   * @throws IllegalArgumentException if the base is in %
   */
  public static GrowthResult doublingTarget(Quantity base, CalcContext ctx) {
    checkArgument(!base.unit().equals(Unit.PERCENT), "doublingTarget: %s is a percentage", base);
    BigDecimal exact = base.amount().multiply(BigDecimal.valueOf(2));
    return result("doublingTarget", exact, CalcContext.decimals(base.amount()), base.unit(), ctx,
        ImmutableMap.of("base", base), ImmutableSet.of(), ImmutableList.of("翻一番: the level doubles"));
  }

  // ---- helpers shared in the package ----

  static java.math.MathContext wide(CalcContext ctx) {
    return new java.math.MathContext(ctx.mathContext().getPrecision() + 10, ctx.mathContext().getRoundingMode());
  }

  static BigDecimal convert(Quantity q, Unit target, String operation) {
    checkArgument(q.unit().isConvertibleTo(target), "%s: %s (in %s) does not convert to %s", operation, q,
        q.unit().dimension(), target);
    return q.unit().convert(q.amount(), target);
  }

  static void checkPercentRate(String operation, Rate rate) {
    checkArgument(rate.isPercent(), "%s: rate %s is in percentage points; a growth factor needs a rate in %%",
        operation, rate);
  }

  static Quantity quantity(Rate rate) {
    return Quantity.of(rate.amount(), rate.unit());
  }

  static ImmutableMap<String, Quantity> inputs(Object... keysAndValues) {
    ImmutableMap.Builder<String, Quantity> b = ImmutableMap.builder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      b.put((String) keysAndValues[i], (Quantity) keysAndValues[i + 1]);
    }
    return b.buildOrThrow();
  }

  static GrowthResult result(String operation, BigDecimal exact, int scale, Unit unit, CalcContext ctx,
      ImmutableMap<String, Quantity> inputs, ImmutableSet<CalcResult.Flag> flags, ImmutableList<String> notes) {
    return ImmutableGrowthResult.builder().operation(operation).unrounded(exact).value(ctx.round(exact, scale))
        .unit(unit).inputs(inputs).mathContext(ctx.mathContext()).roundingMode(ctx.roundingMode()).flags(flags)
        .notes(notes).build();
  }
}
