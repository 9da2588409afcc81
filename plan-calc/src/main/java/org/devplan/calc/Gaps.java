package org.devplan.calc;

import java.math.BigDecimal;
import java.util.Optional;
import org.devplan.calc.internal.Decimals;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/**
 * Actual against target behind {@link Calculator#gap} and its relatives; the verdict rules are on
 * {@link Calculator}. Stateless.
 */
final class Gaps {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Gaps() {}

  /** The body of {@link Calculator}'s operation {@code gap}. */
  static Gap gap(Quantity actual, Bound target, Unit targetUnit, Indicator.Direction direction,
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

  /** The body of {@link Calculator}'s operation {@code levelGap}. */
  static Optional<Gap> levelGap(Indicator indicator, org.devplan.model.Observation actual,
      org.devplan.model.Observation target, CalcContext ctx) {
    if (!stated(actual.level()) || !stated(target.level())) {
      return Optional.empty();
    }
    return Optional.of(between(actual.level().get(), indicator.unitOf(actual), target.level().get(),
        indicator.unitOf(target), indicator.direction().value(), ctx));
  }

  /** The body of {@link Calculator}'s operation {@code growthGap}. */
  static Optional<Gap> growthGap(Indicator indicator, org.devplan.model.Observation actual,
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
