package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.immutables.value.Value;

/**
 * What every calculation returns: the reported value (rounded by the policy of {@link CalcContext}), the unrounded
 * value, its unit, the figures it was computed from, the math context and rounding used, and flags. The one
 * result type of every {@link Calculator} operation that yields a number; immutable and thread-safe.
 *
 * <pre>{@code
 * CalcResult r = CalcContext.defaults().calc().grow(Quantity.of("6037.44", Unit.YI_YUAN), Rate.percent("8"));
 * r.value();        // 6520.44
 * r.unrounded();    // 6520.4352
 * r.inputs();       // {previous=6037.44亿元, rate=8%}
 * r.quantity();     // 6520.44亿元
 * r.toString();     // 6520.44亿元
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CalcResult {
  CalcResult() {}

  /** Qualifications a result carries. */
  public enum Flag {
    /** A comparable-price (real) growth rate was applied to a nominal level: the result is approximate. */
    APPROXIMATE_COMPARABLE_PRICES,
    /** The growth basis was inferred from the indicator's name (curated vocabulary), not stated. */
    BASIS_INFERRED,
    /** An input was itself approximate (a 左右 or 约 figure, an estimate). */
    APPROXIMATE_INPUT
  }

  /** What was calculated, e.g. {@code growthPercent}, {@code grow}, {@code cagr}. */
  public abstract String operation();

  /** The value as reported: {@link #unrounded()} rounded to {@link #scale()} decimals. */
  public abstract BigDecimal value();

  /** The value before reporting, exact or to {@link #mathContext()} digits. */
  public abstract BigDecimal unrounded();

  /** The unit of the value (亿元, %, 个百分点 …). */
  public abstract Unit unit();

  /** The figures the value was computed from, by role ({@code previous}, {@code rate} …), as given. */
  public abstract ImmutableMap<String, Quantity> inputs();

  /** The precision of intermediate results. */
  public abstract MathContext mathContext();

  /** The rounding of the reported value. */
  public abstract RoundingMode roundingMode();

  /** Qualifications, e.g. {@link Flag#APPROXIMATE_COMPARABLE_PRICES}. */
  public abstract ImmutableSet<Flag> flags();

  /** Explanations (how the basis was inferred, which rule of the rounding policy applied). */
  public abstract ImmutableList<String> notes();

  /** The decimals of {@link #value()}. */
  public final int scale() {
    return value().scale();
  }

  /** The reported value with its unit. */
  public final Quantity quantity() {
    return Quantity.of(value(), unit());
  }

  /** True if any flag makes the value approximate. */
  public final boolean isApproximate() {
    return flags().contains(Flag.APPROXIMATE_COMPARABLE_PRICES) || flags().contains(Flag.APPROXIMATE_INPUT);
  }

  /** {@code 2.00%}, {@code 9687.33亿元}: the reported value with its unit, then the flags if any. */
  @Override
  public String toString() {
    return value().toPlainString() + unit().symbol() + (flags().isEmpty() ? "" : " " + flags());
  }
}
