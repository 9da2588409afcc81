package org.devplan.calc.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact BigDecimal helpers: n-th roots by Newton iteration, fractional powers, half units. Not API. */
public final class Decimals {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Decimals() {}

  /**
   * The n-th root of {@code x ≥ 0}, correct to {@code mc.getPrecision()} significant digits (rounded with
   * {@code mc}), by Newton's iteration {@code y ← ((n−1)·y + x / y^(n−1)) / n} started above the root, where the
   * iterates decrease monotonically; iteration stops when they stop decreasing at a working precision of
   * {@code mc.getPrecision() + 10} digits.
   */
  public static BigDecimal nthRoot(BigDecimal x, int n, MathContext mc) {
    checkArgument(n >= 1, "root: degree %s must be at least 1", n);
    checkArgument(x.signum() >= 0, "root: %s is negative", x);
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (n == 1) {
      return x.round(mc);
    }
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
    // x < 10^e, so the root is below 10^ceil(e/n): start there (above the root).
    int e = x.precision() - x.scale();
    int start = Math.floorDiv(e + n - 1, n);
    BigDecimal y = BigDecimal.ONE.scaleByPowerOfTen(start);
    for (int i = 0; i < 100_000; i++) {
      BigDecimal next = nMinus1.multiply(y, work).add(x.divide(y.pow(n - 1, work), work), work).divide(bn, work);
      if (next.compareTo(y) >= 0) {
        return y.round(mc);
      }
      y = next;
    }
    throw new IllegalStateException("root: Newton iteration for the " + n + "-th root of " + x + " did not settle");
  }

  /** {@code x^(1/n)} for {@code x ≥ 0}; see {@link #nthRoot}. */
  public static BigDecimal pow(BigDecimal x, int numerator, int denominator, MathContext mc) {
    checkArgument(numerator >= 0, "power: exponent numerator %s is negative", numerator);
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    return nthRoot(x.pow(numerator, work), denominator, mc);
  }

  /** Half a unit of the last printed digit: 0.005 for 428.12, 0.5 for 9687. */
  public static BigDecimal halfUnit(BigDecimal printed) {
    return HALF.movePointLeft(Math.max(0, printed.scale()));
  }

  /**
   * A growth bound's wording with its % written in: {@code 5以上} → {@code 5%以上}, {@code -12.6} → {@code -12.6%};
   * a bound with its own unit, or words, is returned as written.
   */
  public static String percentText(org.devplan.model.Bound growth) {
    if (growth instanceof org.devplan.model.Bound.Single s && s.unit().isEmpty()) {
      String n = s.value().toPlainString();
      int at = s.text().indexOf(n);
      if (at >= 0) {
        return s.text().substring(0, at + n.length()) + "%" + s.text().substring(at + n.length());
      }
    }
    return growth.text();
  }

  /** An exact value without the trailing zeros a product accumulates ({@code 9687.3300} → {@code 9687.33}). */
  public static BigDecimal trim(BigDecimal a) {
    BigDecimal t = a.stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }
}
