package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/** Share arithmetic behind {@link Calculator}'s share operations. Stateless. */
final class Shares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /** The body of {@link Calculator}'s operation {@code sharePercent}. */
  static CalcResult sharePercent(Quantity part, Quantity whole, CalcContext ctx) {
    BigDecimal p = Growth.convert(part, whole.unit(), "sharePercent");
    checkArgument(whole.amount().signum() != 0, "sharePercent: the whole %s is zero", whole);
    BigDecimal exact = p.divide(whole.amount(), ctx.mathContext()).multiply(HUNDRED);
    return result("sharePercent", exact, ctx.rateScale(part.amount(), whole.amount()), Unit.PERCENT, ctx,
        Growth.inputs("part", part, "whole", whole));
  }

  /** The body of {@link Calculator}'s operation {@code part}. */
  static CalcResult part(Quantity whole, Rate share, CalcContext ctx) {
    checkArgument(share.isPercent(), "part: share %s is not in %%", share);
    BigDecimal exact = whole.amount().multiply(share.amount().movePointLeft(2));
    return result("part", exact, CalcContext.decimals(whole.amount()), whole.unit(), ctx,
        Growth.inputs("whole", whole, "share", Growth.quantity(share)));
  }

  /** The body of {@link Calculator}'s operation {@code whole}. */
  static CalcResult whole(Quantity part, Rate share, CalcContext ctx) {
    checkArgument(share.isPercent(), "whole: share %s is not in %%", share);
    checkArgument(share.amount().signum() != 0, "whole: a share of 0%% implies no whole");
    BigDecimal exact = part.amount().divide(share.amount().movePointLeft(2), ctx.mathContext());
    return result("whole", exact, CalcContext.decimals(part.amount()), part.unit(), ctx,
        Growth.inputs("part", part, "share", Growth.quantity(share)));
  }

  /** The body of {@link Calculator}'s operation {@code changeInPoints}. */
  static CalcResult changeInPoints(Rate before, Rate after, CalcContext ctx) {
    checkArgument(before.isPercent() && after.isPercent(), "changeInPoints: shares %s and %s must be in %%", before,
        after);
    BigDecimal exact = after.amount().subtract(before.amount());
    return result("changeInPoints", exact, Math.max(CalcContext.decimals(before.amount()),
            CalcContext.decimals(after.amount())), Unit.PERCENTAGE_POINT, ctx,
        Growth.inputs("before", Growth.quantity(before), "after", Growth.quantity(after)));
  }

  /** The body of {@link Calculator}'s operation {@code partition}. */
  static ImmutableMap<String, CalcResult> partition(Map<String, Quantity> parts, CalcContext ctx) {
    checkArgument(!parts.isEmpty(), "partition: no parts given");
    Unit unit = parts.values().iterator().next().unit();
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : parts.values()) {
      sum = sum.add(Growth.convert(q, unit, "partition"));
    }
    Quantity whole = Quantity.of(sum, unit);
    Map<String, CalcResult> out = new LinkedHashMap<>();
    parts.forEach((k, v) -> out.put(k, sharePercent(v, whole, ctx)));
    return ImmutableMap.copyOf(out);
  }

  /** The body of {@link Calculator}'s operation {@code contributionPercent}. */
  static CalcResult contributionPercent(Quantity partPrevious, Quantity partCurrent, Quantity wholePrevious,
      Quantity wholeCurrent, CalcContext ctx) {
    Unit u = wholePrevious.unit();
    BigDecimal dPart = Growth.convert(partCurrent, u, "contributionPercent")
        .subtract(Growth.convert(partPrevious, u, "contributionPercent"));
    BigDecimal dWhole = Growth.convert(wholeCurrent, u, "contributionPercent").subtract(wholePrevious.amount());
    checkArgument(dWhole.signum() != 0, "contributionPercent: the whole did not change (%s to %s)", wholePrevious,
        wholeCurrent);
    BigDecimal exact = dPart.divide(dWhole, ctx.mathContext()).multiply(HUNDRED);
    return result("contributionPercent", exact, ctx.rateScale(partPrevious.amount(), partCurrent.amount(),
            wholePrevious.amount(), wholeCurrent.amount()), Unit.PERCENT, ctx,
        Growth.inputs("partPrevious", partPrevious, "partCurrent", partCurrent, "wholePrevious", wholePrevious,
            "wholeCurrent", wholeCurrent));
  }

  /** The body of {@link Calculator}'s operation {@code contributionPercent}. */
  static CalcResult contributionPercent(PreviousShare partShare, Rate partGrowth, Rate wholeGrowth,
      int growthYear, CalcContext ctx) {
    checkArgument(partShare.year() == growthYear - 1,
        "contributionPercent: the share is of %s, but growth in %s needs the share of %s (the previous year)",
        partShare.year(), growthYear, growthYear - 1);
    Growth.checkPercentRate("contributionPercent", partGrowth);
    Growth.checkPercentRate("contributionPercent", wholeGrowth);
    checkArgument(wholeGrowth.amount().signum() != 0, "contributionPercent: the whole did not grow (%s)",
        wholeGrowth);
    BigDecimal exact = partShare.percent().multiply(partGrowth.amount())
        .divide(wholeGrowth.amount(), ctx.mathContext());
    return result("contributionPercent", exact, ctx.rateScale(partShare.percent(), partGrowth.amount(),
            wholeGrowth.amount()), Unit.PERCENT, ctx,
        Growth.inputs("previousShare" + partShare.year(), Growth.quantity(partShare.share()), "partGrowth",
            Growth.quantity(partGrowth), "wholeGrowth", Growth.quantity(wholeGrowth)));
  }

  private static CalcResult result(String operation, BigDecimal exact, int scale, Unit unit, CalcContext ctx,
      ImmutableMap<String, Quantity> inputs) {
    return ImmutableCalcResult.builder().operation(operation).unrounded(exact).value(ctx.round(exact, scale))
        .unit(unit).inputs(inputs).mathContext(ctx.mathContext()).roundingMode(ctx.roundingMode())
        .flags(ImmutableSet.of()).notes(ImmutableList.of()).build();
  }
}
