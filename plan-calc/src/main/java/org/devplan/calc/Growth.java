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

/** Growth arithmetic behind {@link Calculator}'s growth operations. Stateless. */
final class Growth {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Growth() {}

  /** The body of {@link Calculator}'s operation {@code growthPercent}. */
  static CalcResult growthPercent(Quantity previous, Quantity current, CalcContext ctx) {
    BigDecimal cur = convert(current, previous.unit(), "growthPercent");
    checkArgument(previous.amount().signum() != 0, "growthPercent: growth from %s is undefined", previous);
    BigDecimal exact = cur.subtract(previous.amount())
        .divide(previous.amount().abs(), ctx.mathContext()).multiply(HUNDRED);
    return result("growthPercent", exact, ctx.rateScale(previous.amount(), current.amount()), Unit.PERCENT, ctx,
        inputs("previous", previous, "current", current), ImmutableSet.of(), ImmutableList.of());
  }

  /** The body of {@link Calculator}'s operation {@code changeInPoints}. */
  static CalcResult changeInPoints(Quantity previous, Quantity current, CalcContext ctx) {
    checkArgument(previous.unit().equals(Unit.PERCENT) && current.unit().equals(Unit.PERCENT),
        "changeInPoints: %s and %s must both be in %%", previous, current);
    BigDecimal exact = current.amount().subtract(previous.amount());
    return result("changeInPoints", exact, Math.max(CalcContext.decimals(previous.amount()),
            CalcContext.decimals(current.amount())),
        Unit.PERCENTAGE_POINT, ctx, inputs("previous", previous, "current", current), ImmutableSet.of(),
        ImmutableList.of());
  }

  /** The body of {@link Calculator}'s operation {@code change}. */
  static CalcResult change(Quantity previous, Quantity current, CalcContext ctx) {
    return previous.unit().equals(Unit.PERCENT) && current.unit().equals(Unit.PERCENT)
        ? changeInPoints(previous, current, ctx) : growthPercent(previous, current, ctx);
  }

  /** The body of {@link Calculator}'s operation {@code grow}. */
  static CalcResult grow(Quantity previous, Rate rate, CalcContext ctx) {
    checkPercentRate("grow", rate);
    checkArgument(!previous.unit().equals(Unit.PERCENT),
        "grow: %s is a percentage; add percentage points with addPoints, or scale it explicitly", previous);
    BigDecimal exact = previous.amount().multiply(rate.factor());
    return result("grow", exact, CalcContext.decimals(previous.amount()), previous.unit(), ctx,
        inputs("previous", previous, "rate", quantity(rate)), ImmutableSet.of(), ImmutableList.of());
  }

  /** The body of {@link Calculator}'s operation {@code addPoints}. */
  static CalcResult addPoints(Quantity percentage, Rate points, CalcContext ctx) {
    checkArgument(percentage.unit().equals(Unit.PERCENT), "addPoints: %s is not in %%", percentage);
    checkArgument(points.isPoints(), "addPoints: %s is not in 个百分点", points);
    BigDecimal exact = percentage.amount().add(points.amount());
    return result("addPoints", exact, Math.max(CalcContext.decimals(percentage.amount()),
            CalcContext.decimals(points.amount())), Unit.PERCENT, ctx,
        inputs("percentage", percentage, "points", quantity(points)), ImmutableSet.of(), ImmutableList.of());
  }

  /** The body of {@link Calculator}'s operation {@code previous}. */
  static CalcResult previous(Quantity current, Rate rate, CalcContext ctx) {
    checkPercentRate("previous", rate);
    checkArgument(!current.unit().equals(Unit.PERCENT), "previous: %s is a percentage; subtract points instead",
        current);
    checkArgument(rate.factor().signum() > 0, "previous: rate %s leaves nothing to grow from", rate);
    BigDecimal exact = current.amount().divide(rate.factor(), ctx.mathContext());
    return result("previous", exact, CalcContext.decimals(current.amount()), current.unit(), ctx,
        inputs("current", current, "rate", quantity(rate)), ImmutableSet.of(), ImmutableList.of());
  }

  /** The body of {@link Calculator}'s operation {@code impliedLevel}. */
  static CalcResult impliedLevel(Indicator indicator, Quantity base, Rate rate, CalcContext ctx) {
    return checkBasis(indicator, grow(base, rate, ctx), "impliedLevel", ctx);
  }

  private static CalcResult checkBasis(Indicator indicator, CalcResult grown, String operation,
      CalcContext ctx) {
    PriceBasis basis = PriceBasis.of(indicator);
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
    return ImmutableCalcResult.builder().from(grown).operation(operation).flags(flags)
        .addNote("approximate: comparable-price growth applied to a nominal level; " + basis.reason()).build();
  }

  /** The body of {@link Calculator}'s operation {@code impliedPrevious}. */
  static CalcResult impliedPrevious(Indicator indicator, Quantity current, Rate rate, CalcContext ctx) {
    return checkBasis(indicator, previous(current, rate, ctx), "impliedPrevious", ctx);
  }

  /** The body of {@link Calculator}'s operation {@code cagr}. */
  static CalcResult cagr(Quantity start, Quantity end, int years, CalcContext ctx) {
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

  /** The body of {@link Calculator}'s operation {@code cumulativePercent}. */
  static CalcResult cumulativePercent(Iterable<Rate> annualRates, CalcContext ctx) {
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

  /** The body of {@link Calculator}'s operation {@code requiredRate}. */
  static CalcResult requiredRate(Quantity current, Quantity target, int years, CalcContext ctx) {
    CalcResult r = cagr(current, target, years, ctx);
    return ImmutableCalcResult.builder().from(r).operation("requiredRate")
        .inputs(inputs("current", current, "target", target, "years", requireNonNull(r.inputs().get("years"))))
        .build();
  }

  /** The body of {@link Calculator}'s operation {@code doublingRate}. */
  static CalcResult doublingRate(int years, CalcContext ctx) {
    checkArgument(years >= 1, "doublingRate: years %s must be at least 1", years);
    BigDecimal exact = Decimals.nthRoot(BigDecimal.valueOf(2), years, ctx.mathContext()).subtract(BigDecimal.ONE)
        .multiply(HUNDRED);
    return result("doublingRate", exact, ctx.rateScale(), Unit.PERCENT, ctx,
        ImmutableMap.of("years", Quantity.of(BigDecimal.valueOf(years), Unit.of("年"))), ImmutableSet.of(),
        ImmutableList.of("翻一番: the level doubles"));
  }

  /** The body of {@link Calculator}'s operation {@code doublingTarget}. */
  static CalcResult doublingTarget(Quantity base, CalcContext ctx) {
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

  static CalcResult result(String operation, BigDecimal exact, int scale, Unit unit, CalcContext ctx,
      ImmutableMap<String, Quantity> inputs, ImmutableSet<CalcResult.Flag> flags, ImmutableList<String> notes) {
    return ImmutableCalcResult.builder().operation(operation).unrounded(exact).value(ctx.round(exact, scale))
        .unit(unit).inputs(inputs).mathContext(ctx.mathContext()).roundingMode(ctx.roundingMode()).flags(flags)
        .notes(notes).build();
  }
}
