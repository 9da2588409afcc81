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

/**
 * Shares of a whole: a part as a percent of the whole, the part implied by a share and a whole, the whole implied by
 * a part and its share (服务业增加值 from 50.4% of GDP 5088.9亿元), the change of a share in percentage points, the
 * shares of a partition, and the contribution of a part to the whole's growth (贡献率). Rounded by
 * {@link CalcContext}; every method has an overload with the default context. Stateless and thread-safe.
 *
 * <pre>{@code
 * Quantity gdp = Quantity.of("5088.9", Unit.YI_YUAN);
 * Shares.part(gdp, Rate.percent("50.4")).value();                           // 2564.8
 * Shares.whole(Quantity.of("2564.8", Unit.YI_YUAN), Rate.percent("50.4")).value();   // 5088.9
 * Shares.sharePercent(Quantity.of("2564.8", Unit.YI_YUAN), gdp).value();    // 50.4
 * Shares.changeInPoints(Rate.percent("50.1"), Rate.percent("50.4")).value(); // 0.3 (个百分点)
 * }</pre>
 *
 * @since 0.1
 */
public final class Shares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /** {@link #sharePercent(Quantity, Quantity, CalcContext)} with the default context. */
  public static ShareResult sharePercent(Quantity part, Quantity whole) {
    return sharePercent(part, whole, CalcContext.defaults());
  }

  /**
   * The part as a percent of the whole, {@code part / whole × 100}, after converting the part into the whole's
   * unit; reported to the fewest decimals of the two (at least {@link CalcContext#minRateScale()}).
   *
   * <pre>{@code
   * Shares.sharePercent(Quantity.of("50889000", Unit.of("万元")), Quantity.of("10177.8", Unit.YI_YUAN)).value(); // 50.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert or the whole is zero
   */
  public static ShareResult sharePercent(Quantity part, Quantity whole, CalcContext ctx) {
    BigDecimal p = Growth.convert(part, whole.unit(), "sharePercent");
    checkArgument(whole.amount().signum() != 0, "sharePercent: the whole %s is zero", whole);
    BigDecimal exact = p.divide(whole.amount(), ctx.mathContext()).multiply(HUNDRED);
    return result("sharePercent", exact, ctx.rateScale(part.amount(), whole.amount()), Unit.PERCENT, ctx,
        Growth.inputs("part", part, "whole", whole));
  }

  /** {@link #part(Quantity, Rate, CalcContext)} with the default context. */
  public static ShareResult part(Quantity whole, Rate share) {
    return part(whole, share, CalcContext.defaults());
  }

  /**
   * The part implied by a share of a whole: {@code whole × share / 100}, exact before reporting, in the whole's
   * unit and decimals.
   *
   * @throws IllegalArgumentException if the share is not in %
   */
  public static ShareResult part(Quantity whole, Rate share, CalcContext ctx) {
    checkArgument(share.isPercent(), "part: share %s is not in %%", share);
    BigDecimal exact = whole.amount().multiply(share.amount().movePointLeft(2));
    return result("part", exact, CalcContext.decimals(whole.amount()), whole.unit(), ctx,
        Growth.inputs("whole", whole, "share", Growth.quantity(share)));
  }

  /** {@link #whole(Quantity, Rate, CalcContext)} with the default context. */
  public static ShareResult whole(Quantity part, Rate share) {
    return whole(part, share, CalcContext.defaults());
  }

  /**
   * The whole implied by a part and its share: {@code part / (share / 100)}, in the part's unit and decimals.
   *
   * <pre>{@code
   * Shares.whole(Quantity.of("60.2", Unit.YI_YUAN), Rate.percent("60.2")).value();   // 100.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the share is not in % or is zero
   */
  public static ShareResult whole(Quantity part, Rate share, CalcContext ctx) {
    checkArgument(share.isPercent(), "whole: share %s is not in %%", share);
    checkArgument(share.amount().signum() != 0, "whole: a share of 0%% implies no whole");
    BigDecimal exact = part.amount().divide(share.amount().movePointLeft(2), ctx.mathContext());
    return result("whole", exact, CalcContext.decimals(part.amount()), part.unit(), ctx,
        Growth.inputs("part", part, "share", Growth.quantity(share)));
  }

  /** {@link #changeInPoints(Rate, Rate, CalcContext)} with the default context. */
  public static ShareResult changeInPoints(Rate before, Rate after) {
    return changeInPoints(before, after, CalcContext.defaults());
  }

  /**
   * The change of a share in percentage points, {@code after − before}, exact.
   *
   * @throws IllegalArgumentException if either share is not in %
   */
  public static ShareResult changeInPoints(Rate before, Rate after, CalcContext ctx) {
    checkArgument(before.isPercent() && after.isPercent(), "changeInPoints: shares %s and %s must be in %%", before,
        after);
    BigDecimal exact = after.amount().subtract(before.amount());
    return result("changeInPoints", exact, Math.max(CalcContext.decimals(before.amount()),
            CalcContext.decimals(after.amount())), Unit.PERCENTAGE_POINT, ctx,
        Growth.inputs("before", Growth.quantity(before), "after", Growth.quantity(after)));
  }

  /** {@link #partition(Map, CalcContext)} with the default context. */
  public static ImmutableMap<String, ShareResult> partition(Map<String, Quantity> parts) {
    return partition(parts, CalcContext.defaults());
  }

  /**
   * The share of each part in the sum of all parts (a partition of the whole), in the parts' order. The unrounded
   * shares sum to 100 within the context's precision; the reported ones within half a unit per part.
   *
   * <pre>{@code
   * Shares.partition(Map.of("a", Quantity.of("1", Unit.YUAN))).get("a").value();   // 100.0
   * }</pre>
   *
   * @throws IllegalArgumentException if there are no parts, their units do not convert, or they sum to zero
   */
  public static ImmutableMap<String, ShareResult> partition(Map<String, Quantity> parts, CalcContext ctx) {
    checkArgument(!parts.isEmpty(), "partition: no parts given");
    Unit unit = parts.values().iterator().next().unit();
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : parts.values()) {
      sum = sum.add(Growth.convert(q, unit, "partition"));
    }
    Quantity whole = Quantity.of(sum, unit);
    Map<String, ShareResult> out = new LinkedHashMap<>();
    parts.forEach((k, v) -> out.put(k, sharePercent(v, whole, ctx)));
    return ImmutableMap.copyOf(out);
  }

  /** {@link #contributionPercent(Quantity, Quantity, Quantity, Quantity, CalcContext)} with the default context. */
  public static ShareResult contributionPercent(Quantity partPrevious, Quantity partCurrent, Quantity wholePrevious,
      Quantity wholeCurrent) {
    return contributionPercent(partPrevious, partCurrent, wholePrevious, wholeCurrent, CalcContext.defaults());
  }

  /**
   * Contribution of a part to the whole's growth (贡献率) from levels: {@code Δpart / Δwhole × 100}, the part
   * converted into the whole's unit.
   *
   * <pre>{@code
   * Shares.contributionPercent(Quantity.of("50", Unit.YI_YUAN), Quantity.of("53.4", Unit.YI_YUAN),
   *     Quantity.of("100", Unit.YI_YUAN), Quantity.of("105.6", Unit.YI_YUAN)).value();   // 60.7
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert or the whole did not change
   */
  public static ShareResult contributionPercent(Quantity partPrevious, Quantity partCurrent, Quantity wholePrevious,
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

  /** {@link #contributionPercent(PreviousShare, Rate, Rate, int, CalcContext)} with the default context. */
  public static ShareResult contributionPercent(PreviousShare partShare, Rate partGrowth, Rate wholeGrowth,
      int growthYear) {
    return contributionPercent(partShare, partGrowth, wholeGrowth, growthYear, CalcContext.defaults());
  }

  /**
   * Contribution of a part to the whole's growth (贡献率) from growth rates: the part's previous-year share × its
   * growth ÷ the whole's growth, in %. The share must be of the year before {@code growthYear}: that is why it is a
   * {@link PreviousShare}, which names its year.
   *
   * <pre>{@code
   * Shares.contributionPercent(PreviousShare.of(2024, Rate.percent("50")), Rate.percent("6.8"),
   *     Rate.percent("5.6"), 2025).value();   // 60.7
   * }</pre>
   *
   * @throws IllegalArgumentException if the share is not of {@code growthYear − 1}, a growth is not in %, or the
   *     whole did not grow
   */
  public static ShareResult contributionPercent(PreviousShare partShare, Rate partGrowth, Rate wholeGrowth,
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

  private static ShareResult result(String operation, BigDecimal exact, int scale, Unit unit, CalcContext ctx,
      ImmutableMap<String, Quantity> inputs) {
    return ImmutableShareResult.builder().operation(operation).unrounded(exact).value(ctx.round(exact, scale))
        .unit(unit).inputs(inputs).mathContext(ctx.mathContext()).roundingMode(ctx.roundingMode())
        .flags(ImmutableSet.of()).notes(ImmutableList.of()).build();
  }
}
