package org.devplan.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.immutables.value.Value;

/**
 * How an actual figure stands against a target {@link Bound}: the status (met, not met, not comparable), the
 * figure compared against, the signed difference {@code actual − reference} in the target's unit (in percentage
 * points when the target is in %), the relative difference in percent, the tolerance used and why. Built by
 * {@link Calculator#gap}; immutable and thread-safe.
 *
 * <pre>{@code
 * Gap g = CalcContext.defaults().calc().gap(Quantity.of("4.58", Unit.of("人")), Bound.parse("4.6"));
 * g.status();                 // MET (exact target, direction unknown: equal within 0.05)
 * g.difference();             // Optional[-0.02]
 * g.relativePercent();        // Optional[-0.4] (one decimal: the fewest printed)
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Gap {
  Gap() {}

  /** The verdict. */
  public enum Status {
    /** The actual satisfies the bound. */
    MET,
    /** The actual does not satisfy the bound. */
    NOT_MET,
    /** No verdict: a qualitative or absent target, an actual that is itself a bound, or units that do not convert. */
    NOT_COMPARABLE
  }

  /** The verdict. */
  public abstract Status status();

  /** The actual, as given; empty when it is not a figure (a bound such as {@code >20.5}, or words). */
  public abstract Optional<Quantity> actual();

  /** The actual as written ({@code 5.3%}, {@code >20.5}). */
  public abstract String actualText();

  /** The target, as written. */
  public abstract Bound target();

  /** The unit the comparison is made in: the target's. */
  public abstract Unit unit();

  /** Which way is better; decides an exact target (see {@link Calculator}). */
  public abstract Indicator.Direction direction();

  /** The actual converted into {@link #unit()}, if comparable. */
  public abstract Optional<BigDecimal> actualConverted();

  /** The target figure compared against (a range's nearer end), if comparable. */
  public abstract Optional<BigDecimal> reference();

  /** {@code actual − reference}, exact, in {@link #differenceUnit()}; zero inside a range. */
  public abstract Optional<BigDecimal> difference();

  /** The unit of the difference: the target's, or {@link Unit#PERCENTAGE_POINT} for a target in %. */
  public abstract Optional<Unit> differenceUnit();

  /** {@code difference / |reference| × 100}, rounded by the rate rule; empty if the reference is zero. */
  public abstract Optional<BigDecimal> relativePercent();

  /** The tolerance used (ABOUT: the configured one; EXACT of unknown direction: half a unit of the last digit). */
  public abstract Optional<BigDecimal> tolerance();

  /** Why the verdict is what it is (the rule applied, or why there is none). */
  public abstract String reason();

  /** Precision of the relative difference. */
  public abstract MathContext mathContext();

  /** Rounding of the relative difference. */
  public abstract RoundingMode roundingMode();

  /** True if met. */
  public final boolean isMet() {
    return status() == Status.MET;
  }

  /** {@code MET 5.3% vs 5.5%左右: -0.2个百分点 (tolerance 0.5)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(status()).append(' ').append(actualText()).append(" vs ")
        .append(target().text());
    difference().ifPresent(d -> b.append(": ").append(d.toPlainString())
        .append(differenceUnit().map(Unit::symbol).orElse("")));
    tolerance().ifPresent(t -> b.append(" (tolerance ").append(t.toPlainString()).append(')'));
    if (status() == Status.NOT_COMPARABLE) {
      b.append(" (").append(reason()).append(')');
    }
    return b.toString();
  }
}
