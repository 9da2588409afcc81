package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.devplan.calc.internal.Decimals;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.immutables.value.Value;

/**
 * Progress towards a multi-year target in the manner of the UN SDG progress method (ESCAP): the ratio of the
 * compound annual growth observed so far ({@code CR_a}, baseline year to latest year) to the compound annual growth
 * required to reach the target by its year from the baseline ({@code CR_r}), classified as
 * {@link Category#ON_TRACK} (ratio ≥ 0.95), {@link Category#FAIR_PROGRESS} (0.6 ≤ ratio &lt; 0.95),
 * {@link Category#LIMITED_PROGRESS} (0 ≤ ratio &lt; 0.6) or {@link Category#MOVING_AWAY} (ratio &lt; 0).
 * Computed by {@link Calculator#progress} and {@link Calculator#progressWithLimit}. Immutable and thread-safe.
 *
 * <p>Direction: the required direction is the target's side of the baseline; it must agree with the indicator's
 * {@link Indicator.Direction} when that is higher or lower is better. A value already at or past the target (on
 * the good side) is on track. A target equal to the baseline asks to hold the line: on track if the latest value
 * is on the good side or equal, else moving away (no ratio). Natural limits: with a limit (100 for a share) every
 * value and the target must lie within {@code [0, limit]}, and a value that has reached the limit in the good
 * direction is on track. Values must be positive (compound growth from zero is undefined).
 *
 * <pre>{@code
 * SortedMap<Integer, Quantity> forest = new TreeMap<>(Map.of(2020, Quantity.parse("30%"),
 *     2023, Quantity.parse("31.5%")));
 * Progress p = CalcContext.defaults().calc().progressWithLimit(forest, 2025, Quantity.parse("33%"),
 *     Indicator.Direction.HIGHER_IS_BETTER, Quantity.parse("100%"));
 * p.ratio();          // Optional[0.85198…]: 1.64% a year observed, 1.92% required
 * p.category();       // FAIR_PROGRESS
 * p.requiredRate();   // 1.92448…%
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Progress {
  private static final BigDecimal ON_TRACK = new BigDecimal("0.95");
  private static final BigDecimal FAIR = new BigDecimal("0.6");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Progress() {}

  /** SDG progress categories. */
  public enum Category {
    /** Ratio ≥ 0.95, or the target (or the natural limit) already reached. */
    ON_TRACK,
    /** 0.6 ≤ ratio &lt; 0.95. */
    FAIR_PROGRESS,
    /** 0 ≤ ratio &lt; 0.6. */
    LIMITED_PROGRESS,
    /** Ratio &lt; 0: moving away from the target. */
    MOVING_AWAY
  }

  /** The first year of the series. */
  public abstract int baselineYear();

  /** The value in the baseline year, as given. */
  public abstract Quantity baseline();

  /** The latest year of the series. */
  public abstract int currentYear();

  /** The value in the latest year, as given. */
  public abstract Quantity current();

  /** The year the target is for. */
  public abstract int targetYear();

  /** The target value, as given. */
  public abstract Quantity target();

  /** The indicator's direction, as given. */
  public abstract Indicator.Direction direction();

  /** The natural limit, if any (100% for a share), as given. */
  public abstract Optional<Quantity> limit();

  /** Observed compound annual growth, baseline to latest, in % (to the context's digits). */
  public abstract Quantity actualRate();

  /** Required compound annual growth, baseline to target, in % (to the context's digits). */
  public abstract Quantity requiredRate();

  /** {@code actualRate / requiredRate}, to the context's digits; empty when the required rate is zero. */
  public abstract Optional<BigDecimal> ratio();

  /** The category. */
  public abstract Category category();

  /** How the category was decided. */
  public abstract String reason();

  /** Precision used. */
  public abstract MathContext mathContext();

  /** The body of {@link Calculator#progress} and {@link Calculator#progressWithLimit}. */
  static Progress assess(SortedMap<Integer, Quantity> series, int targetYear, Quantity target,
      Indicator.Direction direction, Optional<Quantity> limit, CalcContext ctx) {
    checkArgument(series.size() >= 2, "progress: needs at least two years, got %s", series.keySet());
    int b = series.firstKey();
    int c = series.lastKey();
    Quantity baseline = requireNonNull(series.get(b)); // b and c are keys of the series
    Quantity current = requireNonNull(series.get(c));
    checkArgument(c < targetYear, "progress: latest year %s is not before the target year %s", c, targetYear);
    Unit unit = baseline.unit();
    BigDecimal t = amountIn(unit, target, "target");
    checkArgument(t.signum() > 0, "progress: target %s must be positive", target);
    Optional<BigDecimal> l = limit.map(q -> amountIn(unit, q, "natural limit"));
    for (Map.Entry<Integer, Quantity> e : series.entrySet()) {
      BigDecimal v = amountIn(unit, e.getValue(), "value of " + e.getKey());
      checkArgument(v.signum() > 0, "progress: value %s of %s must be positive", e.getValue(), e.getKey());
      l.ifPresent(x -> checkArgument(v.compareTo(x) <= 0, "progress: value %s of %s exceeds the "
          + "natural limit %s", e.getValue(), e.getKey(), limit.get()));
    }
    l.ifPresent(x -> checkArgument(t.compareTo(x) <= 0, "progress: target %s exceeds the natural limit %s",
        target, limit.get()));
    BigDecimal xb = baseline.amount();
    BigDecimal xc = amountIn(unit, current, "value of " + c);
    int sign = t.compareTo(xb);
    checkArgument(!(direction == Indicator.Direction.HIGHER_IS_BETTER && sign < 0),
        "progress: target %s is below the baseline %s, but higher is better", target, baseline);
    checkArgument(!(direction == Indicator.Direction.LOWER_IS_BETTER && sign > 0),
        "progress: target %s is above the baseline %s, but lower is better", target, baseline);
    MathContext mc = ctx.mathContext();
    BigDecimal cra = rate(xc.divide(xb, mc), c - b, mc);
    BigDecimal crr = rate(t.divide(xb, mc), targetYear - b, mc);
    ImmutableProgress.Builder p = ImmutableProgress.builder().baselineYear(b).baseline(baseline).currentYear(c)
        .current(current).targetYear(targetYear).target(target).direction(direction).limit(limit)
        .actualRate(Quantity.of(cra, Unit.PERCENT)).requiredRate(Quantity.of(crr, Unit.PERCENT)).mathContext(mc);
    int good = sign != 0 ? sign : direction == Indicator.Direction.LOWER_IS_BETTER ? -1 : 1;
    if (sign == 0) {
      boolean held = xc.compareTo(xb) * good >= 0;
      return p.category(held ? Category.ON_TRACK : Category.MOVING_AWAY)
          .reason("target equals the baseline: " + (held ? "held or improved" : "moved the wrong way")).build();
    }
    BigDecimal ratio = cra.divide(crr, mc);
    p.ratio(ratio);
    if (xc.compareTo(t) * good >= 0) {
      return p.category(Category.ON_TRACK).reason("the target is already reached").build();
    }
    if (l.isPresent() && good > 0 && xc.compareTo(l.get()) >= 0) {
      return p.category(Category.ON_TRACK).reason("the natural limit is reached").build();
    }
    Category cat = ratio.compareTo(ON_TRACK) >= 0 ? Category.ON_TRACK
        : ratio.compareTo(FAIR) >= 0 ? Category.FAIR_PROGRESS
        : ratio.signum() >= 0 ? Category.LIMITED_PROGRESS : Category.MOVING_AWAY;
    return p.category(cat).reason("ratio of observed to required compound growth: "
        + ratio.round(new MathContext(4, RoundingMode.HALF_EVEN)).toPlainString()).build();
  }

  /** {@code q}'s amount in the baseline's {@code unit}, exactly; refused if {@code q}'s unit does not convert. */
  private static BigDecimal amountIn(Unit unit, Quantity q, String what) {
    checkArgument(q.unit().isConvertibleTo(unit), "progress: %s %s (in %s) does not convert to the baseline's unit "
        + "%s (%s)", what, q, q.unit().dimension(), unit, unit.dimension());
    return q.unit().convert(q.amount(), unit);
  }

  private static BigDecimal rate(BigDecimal ratio, int years, MathContext mc) {
    return Decimals.nthRoot(ratio, years, mc).subtract(BigDecimal.ONE).multiply(HUNDRED);
  }

  /** {@code FAIR_PROGRESS 2020→2023 of 2025 target 33: ratio 0.84}. */
  @Override
  public String toString() {
    return category() + " " + baselineYear() + "→" + currentYear() + " of " + targetYear() + " target "
        + target().amount().toPlainString() + ratio().map(r -> ": ratio " + r.round(new MathContext(3)).toPlainString())
        .orElse("");
  }
}
