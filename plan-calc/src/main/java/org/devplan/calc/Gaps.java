package org.devplan.calc;

import java.math.BigDecimal;
import java.util.Optional;
import org.devplan.calc.internal.Decimals;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/**
 * Actual against target for every {@link Bound} kind. The actual is converted exactly into the target's unit
 * (亿元 vs 万元) first; the difference {@code actual − reference} is exact and in the target's unit, or in
 * percentage points when the target is in %. Stateless and thread-safe.
 *
 * <p>Verdicts, with {@code v} the target figure and {@code a} the actual:
 * <ul>
 *   <li>{@code AT_LEAST v}: met if {@code a ≥ v}; {@code GREATER_THAN v}: met if {@code a > v};
 *   {@code AT_MOST v}: met if {@code a ≤ v}; {@code LESS_THAN v}: met if {@code a < v}. When {@code v} is
 *   negative the qualifier bounds the size of a decline (Bound's sign rule): {@code 下降5%以上} = AT_LEAST −5 is met
 *   by −6, so the comparisons flip ({@code a ≤ v}, {@code a < v}, {@code a ≥ v}, {@code a > v}).</li>
 *   <li>{@code ABOUT v}: met if {@code |a − v| ≤ tolerance}: {@link CalcContext#aboutPointTolerance()} points if
 *   the target is in %, else {@link CalcContext#aboutRelativeTolerance()} × |v|.</li>
 *   <li>{@code EXACT v}: met if {@code a ≥ v} for {@link Indicator.Direction#HIGHER_IS_BETTER}, {@code a ≤ v} for
 *   {@link Indicator.Direction#LOWER_IS_BETTER}, else if {@code |a − v|} is within half a unit of v's last printed
 *   digit (4.6 is met by 4.55 … 4.65).</li>
 *   <li>{@code RANGE low..high}: met if {@code low ≤ a ≤ high}; the reference is the nearer end and the difference
 *   zero inside.</li>
 *   <li>{@code QUALITATIVE} and {@code ABSENT}: not comparable; the words are kept in {@link Gap#target()}, never
 *   turned into a number.</li>
 * </ul>
 *
 * <pre>{@code
 * Gaps.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5%左右")).status();        // MET (|−0.2| ≤ 0.5)
 * Gaps.gap(Quantity.of("-6", Unit.PERCENT), Bound.parse("下降5%以上")).status();       // MET
 * Gaps.gap(Quantity.of("50889000", Unit.of("万元")), Bound.parse("5000亿元以上")).status(); // MET
 * Gaps.gap(Quantity.of("3", Unit.PERCENT), Bound.parse("止跌回稳")).status();          // NOT_COMPARABLE
 * }</pre>
 *
 * @since 0.1
 */
public final class Gaps {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Gaps() {}

  /**
   * {@link #gap(Quantity, Bound, Unit, Indicator.Direction, CalcContext)} with the bound's own unit (or the
   * actual's when it has none), unknown direction and the default context.
   */
  public static Gap gap(Quantity actual, Bound target) {
    return gap(actual, target, target.unit().orElse(actual.unit()), Indicator.Direction.UNKNOWN,
        CalcContext.defaults());
  }

  /**
   * The gap of {@code actual} against {@code target}, whose figure is in {@code targetUnit} unless the bound
   * writes its own unit.
   *
   * <pre>{@code
   * Gap g = Gaps.gap(Quantity.of("9700", Unit.YI_YUAN), Bound.parse("9687"), Unit.YI_YUAN,
   *     Indicator.Direction.HIGHER_IS_BETTER, CalcContext.defaults());
   * g.status();        // MET
   * g.difference();    // Optional[13]
   * }</pre>
   */
  public static Gap gap(Quantity actual, Bound target, Unit targetUnit, Indicator.Direction direction,
      CalcContext ctx) {
    Unit unit = target.unit().orElse(targetUnit);
    ImmutableGap.Builder b = ImmutableGap.builder().actual(actual).actualText(actual.toString()).target(target).unit(unit).direction(direction)
        .mathContext(ctx.mathContext()).roundingMode(ctx.roundingMode());
    if (!target.isNumeric()) {
      return b.status(Gap.Status.NOT_COMPARABLE)
          .reason(target.kind() == Bound.Kind.QUALITATIVE
              ? "qualitative target \"" + target.text() + "\": kept as words, no figure to compare"
              : "no target figure (" + target.text() + ")")
          .build();
    }
    if (!actual.unit().isConvertibleTo(unit)) {
      return b.status(Gap.Status.NOT_COMPARABLE)
          .reason("actual in " + actual.unit() + " does not convert to the target's " + unit).build();
    }
    BigDecimal a = actual.unit().convert(actual.amount(), unit);
    Unit diffUnit = unit.equals(Unit.PERCENT) ? Unit.PERCENTAGE_POINT : unit;
    b.actualConverted(a).differenceUnit(diffUnit);
    if (target instanceof Bound.Range r) {
      BigDecimal ref = a.compareTo(r.low()) < 0 ? r.low() : a.compareTo(r.high()) > 0 ? r.high() : a;
      boolean met = a.compareTo(r.low()) >= 0 && a.compareTo(r.high()) <= 0;
      BigDecimal diff = met ? BigDecimal.ZERO : a.subtract(ref);
      BigDecimal refForRelative = met ? r.low() : ref;
      return finish(b, met, refForRelative, diff, a, ctx,
          "range " + r.low().toPlainString() + ".." + r.high().toPlainString() + ": met if inside").reference(ref)
          .build();
    }
    Bound.Single s = (Bound.Single) target;
    BigDecimal v = s.value();
    BigDecimal diff = a.subtract(v);
    boolean decline = v.signum() < 0;
    int c = a.compareTo(v);
    boolean met;
    String rule;
    switch (s.kind()) {
      case AT_LEAST -> {
        met = decline ? c <= 0 : c >= 0;
        rule = decline ? "at least a decline of " + v.negate().toPlainString() + ": met if actual ≤ " + v
            : "at least: met if actual ≥ " + v.toPlainString();
      }
      case GREATER_THAN -> {
        met = decline ? c < 0 : c > 0;
        rule = decline ? "a decline of more than " + v.negate().toPlainString() + ": met if actual < " + v
            : "greater than: met if actual > " + v.toPlainString();
      }
      case AT_MOST -> {
        met = decline ? c >= 0 : c <= 0;
        rule = decline ? "a decline of at most " + v.negate().toPlainString() + ": met if actual ≥ " + v
            : "at most: met if actual ≤ " + v.toPlainString();
      }
      case LESS_THAN -> {
        met = decline ? c > 0 : c < 0;
        rule = decline ? "a decline of less than " + v.negate().toPlainString() + ": met if actual > " + v
            : "less than: met if actual < " + v.toPlainString();
      }
      case ABOUT -> {
        BigDecimal tol = unit.equals(Unit.PERCENT) ? ctx.aboutPointTolerance()
            : ctx.aboutRelativeTolerance().multiply(v.abs());
        b.tolerance(tol);
        met = diff.abs().compareTo(tol) <= 0;
        rule = "about: met if |actual − " + v.toPlainString() + "| ≤ " + tol.toPlainString()
            + (unit.equals(Unit.PERCENT) ? " percentage points" : " (" + ctx.aboutRelativeTolerance().toPlainString()
            + " of the figure)");
      }
      default -> {
        switch (direction) {
          case HIGHER_IS_BETTER -> {
            met = c >= 0;
            rule = "exact target, higher is better: met if actual ≥ " + v.toPlainString();
          }
          case LOWER_IS_BETTER -> {
            met = c <= 0;
            rule = "exact target, lower is better: met if actual ≤ " + v.toPlainString();
          }
          default -> {
            BigDecimal tol = Decimals.halfUnit(v);
            b.tolerance(tol);
            met = diff.abs().compareTo(tol) <= 0;
            rule = "exact target, direction " + direction + ": met if equal within half a unit of its last digit ("
                + tol.toPlainString() + ")";
          }
        }
      }
    }
    return finish(b, met, v, diff, a, ctx, rule).reference(v).build();
  }

  private static ImmutableGap.Builder finish(ImmutableGap.Builder b, boolean met, BigDecimal ref, BigDecimal diff,
      BigDecimal a, CalcContext ctx, String rule) {
    b.status(met ? Gap.Status.MET : Gap.Status.NOT_MET).difference(diff).reason(rule);
    if (ref.signum() != 0) {
      BigDecimal rel = diff.divide(ref.abs(), ctx.mathContext()).multiply(HUNDRED);
      b.relativePercent(ctx.round(rel, ctx.rateScale(a, ref)));
    }
    return b;
  }

  /**
   * The gap of an actual observation's level against a target observation's level, both of {@code indicator}
   * (units from the observations or the indicator; direction from the indicator). An actual that is not a single
   * exact or approximate figure makes the gap not comparable.
   *
   * <pre>{@code
   * Optional<Gap> g = Gaps.levelGap(employment, actual2025, target2026, CalcContext.defaults());
   * }</pre>
   *
   * @return empty if either observation states no level (none, or {@code —})
   */
  public static Optional<Gap> levelGap(Indicator indicator, org.devplan.model.Observation actual,
      org.devplan.model.Observation target, CalcContext ctx) {
    if (!stated(actual.level()) || !stated(target.level())) {
      return Optional.empty();
    }
    return Optional.of(between(actual.level().get(), indicator.unitOf(actual), target.level().get(),
        indicator.unitOf(target), indicator.direction().value(), ctx));
  }

  /**
   * The gap of an actual observation's growth against a target observation's growth (both in % unless written in
   * 个百分点), direction from the indicator.
   *
   * @return empty if either observation states no growth (none, or {@code —})
   */
  public static Optional<Gap> growthGap(Indicator indicator, org.devplan.model.Observation actual,
      org.devplan.model.Observation target, CalcContext ctx) {
    if (!stated(actual.growth()) || !stated(target.growth())) {
      return Optional.empty();
    }
    Bound ag = actual.growth().get();
    Bound tg = target.growth().get();
    return Optional.of(between(ag, ag.unit().orElse(Unit.PERCENT), tg, tg.unit().orElse(Unit.PERCENT),
        indicator.direction().value(), ctx));
  }

  private static boolean stated(Optional<Bound> b) {
    return b.isPresent() && b.get().kind() != Bound.Kind.ABSENT;
  }

  private static Gap between(Bound actual, Unit actualUnit, Bound target, Unit targetUnit,
      Indicator.Direction direction, CalcContext ctx) {
    if (actual instanceof Bound.Single s
        && (s.kind() == Bound.Kind.EXACT || s.kind() == Bound.Kind.ABOUT)) {
      Gap g = gap(Quantity.of(s.value(), actualUnit), target, targetUnit, direction, ctx);
      return s.kind() == Bound.Kind.ABOUT
          ? ImmutableGap.builder().from(g).actualText(s.text())
              .reason(g.reason() + "; the actual is approximate (" + s.text() + ")").build()
          : g;
    }
    return ImmutableGap.builder().status(Gap.Status.NOT_COMPARABLE).actualText(actual.text()).target(target)
        .unit(target.unit().orElse(targetUnit)).direction(direction).mathContext(ctx.mathContext())
        .roundingMode(ctx.roundingMode())
        .reason("the actual \"" + actual.text() + "\" is a " + actual.kind() + ", not a figure to compare").build();
  }
}
