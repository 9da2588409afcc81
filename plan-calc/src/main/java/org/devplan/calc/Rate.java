package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import org.devplan.model.Bound;
import org.devplan.model.Dimension;
import org.devplan.model.Unit;

/**
 * A rate in percent ({@link Unit#PERCENT}, {@code %}) or in percentage points ({@link Unit#PERCENTAGE_POINT},
 * {@code 个百分点}); never both, never a bare number. A growth of 5% is {@code Rate.percent("5")}; a share rising
 * from 50.1% to 50.4% changed by {@code Rate.points("0.3")}. Immutable.
 *
 * <pre>{@code
 * Rate g = Rate.percent("8");
 * g.factor();                          // 1.08
 * Rate.points("0.31").isPoints();      // true
 * Rate.of(Bound.parse("2以上"));        // 2%
 * }</pre>
 *
 * @param amount the signed figure, at the scale written
 * @param unit {@link Unit#PERCENT} or {@link Unit#PERCENTAGE_POINT}
 * @since 0.1
 */
public record Rate(BigDecimal amount, Unit unit) {
  /**
   * @throws IllegalArgumentException if the unit is neither % nor 个百分点 (百分点 is read as 个百分点)
   */
  public Rate {
    checkArgument(unit.equals(Unit.PERCENT) || unit.dimension() == Dimension.PERCENTAGE_POINT,
        "rate %s: unit %s is neither %% nor 个百分点", amount, unit);
    if (unit.dimension() == Dimension.PERCENTAGE_POINT) {
      unit = Unit.PERCENTAGE_POINT;
    }
  }

  /** {@code amount} percent, from a plain decimal such as {@code "5.6"}. */
  public static Rate percent(String amount) {
    return new Rate(new BigDecimal(amount), Unit.PERCENT);
  }

  /** {@code amount} percent. */
  public static Rate percent(BigDecimal amount) {
    return new Rate(amount, Unit.PERCENT);
  }

  /** {@code amount} percentage points, from a plain decimal such as {@code "0.31"}. */
  public static Rate points(String amount) {
    return new Rate(new BigDecimal(amount), Unit.PERCENTAGE_POINT);
  }

  /** {@code amount} percentage points. */
  public static Rate points(BigDecimal amount) {
    return new Rate(amount, Unit.PERCENTAGE_POINT);
  }

  /**
   * The figure of a growth bound ({@code 2以上} → 2%): a single bound's number, in the bound's unit or % when none
   * is written.
   *
   * @throws IllegalArgumentException if the bound is not a single figure (range, words, absent), or its unit is
   *     neither % nor 个百分点
   */
  public static Rate of(Bound growth) {
    checkArgument(growth instanceof Bound.Single, "rate: bound \"%s\" (%s) is not a single figure", growth.text(),
        growth.kind());
    return new Rate(((Bound.Single) growth).value(), growth.unit().orElse(Unit.PERCENT));
  }

  /** True if in percent. */
  public boolean isPercent() {
    return unit.equals(Unit.PERCENT);
  }

  /** True if in percentage points. */
  public boolean isPoints() {
    return unit.equals(Unit.PERCENTAGE_POINT);
  }

  /**
   * The growth factor {@code 1 + amount/100}, exactly.
   *
   * @throws IllegalStateException if the rate is in percentage points (points do not scale a level)
   */
  public BigDecimal factor() {
    checkState(isPercent(), "rate %s: percentage points have no growth factor; use a rate in %%", this);
    return BigDecimal.ONE.add(amount.movePointLeft(2));
  }

  /** {@code 5.6%} or {@code 0.31个百分点}. */
  @Override
  public String toString() {
    return amount.toPlainString() + unit.symbol();
  }
}
