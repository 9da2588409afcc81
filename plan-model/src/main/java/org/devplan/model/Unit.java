package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit as these plans write it (亿元, 万人, 个, %, 个百分点, 元/人 …), with the dimension it measures, a base it
 * shares with the units it converts to, and a power of ten relative to that base (亿元 = 10⁸ 元). Immutable and
 * thread-safe; equal when symbol, base, exponent and dimension are equal.
 *
 * <p>{@link #of(String)} looks a symbol up in the registry; a symbol of the form <i>magnitude + unit</i> (万辆,
 * 亿人次) or <i>unit/unit</i> (万元/人, 件/万人) is derived from its parts; any other non-blank symbol becomes a
 * {@linkplain #isCustom() custom} unit, kept as written and convertible only to itself.
 *
 * <pre>{@code
 * Unit yi = Unit.of("亿元");
 * yi.convert(new BigDecimal("5088.9"), Unit.of("万元"));   // 5.0889E+7: exactly 50889000, scale -3
 * Unit.of("%").isPercentLike();                            // true
 * Unit.of("个百分点").isConvertibleTo(Unit.PERCENT);        // false: points are not percent
 * Unit.of("蒸吨").isCustom();                               // true
 * }</pre>
 *
 * @since 0.1
 */
public final class Unit {
  /** Percent (%), a ratio of 10⁻². */
  public static final Unit PERCENT = new Unit("%", "1", -2, Dimension.RATIO);
  /** Percentage point (个百分点), the difference of two percentages. */
  public static final Unit PERCENTAGE_POINT = new Unit("个百分点", "个百分点", 0, Dimension.PERCENTAGE_POINT);
  /** Yuan (元). */
  public static final Unit YUAN = new Unit("元", "元", 0, Dimension.MONEY);
  /** Hundred million yuan (亿元). */
  public static final Unit YI_YUAN = new Unit("亿元", "元", 8, Dimension.MONEY);

  /**
   * No unit stated, written {@code —}: the unit of an indicator the plan gives only a growth for. It converts to
   * itself only.
   */
  public static final Unit UNSPECIFIED = new Unit("—", "—", 0, Dimension.UNSPECIFIED);

  private final String symbol;
  private final String base;
  private final int exponent;
  private final Dimension dimension;
  /** {@code Optional.of(this)} once first asked for, empty until then (a racy write of an immutable value is safe). */
  private Optional<Unit> optional = Optional.empty();

  private Unit(String symbol, String base, int exponent, Dimension dimension) {
    this.symbol = symbol;
    this.base = base;
    this.exponent = exponent;
    this.dimension = dimension;
  }

  /** The registry of a lexicon's {@link Lexicon.Table#UNITS} table. */
  static ImmutableMap<String, Unit> registry(Iterable<Lexicon.Entry> entries) {
    Map<String, Unit> m = new java.util.LinkedHashMap<>();
    for (Unit u : new Unit[] {PERCENT, PERCENTAGE_POINT, YUAN, YI_YUAN, UNSPECIFIED}) {
      m.put(u.symbol, u);
    }
    for (Lexicon.Entry e : entries) {
      Dimension dimension;
      int exponent;
      try {
        dimension = Dimension.valueOf(e.get("dimension"));
        exponent = Integer.parseInt(e.get("exponent"));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("lexicon table UNITS: unit \"" + e.word() + "\" needs a Dimension and a"
            + " whole exponent, found \"" + e.get("dimension") + "\" and \"" + e.get("exponent") + "\"", ex);
      }
      Unit u = new Unit(e.word(), e.get("base"), exponent, dimension);
      Unit known = m.get(e.word());
      if (known != null && !known.equals(u)) {
        throw new IllegalArgumentException("lexicon table UNITS: unit \"" + e.word() + "\" is defined twice");
      }
      m.putIfAbsent(e.word(), u); // a constant (PERCENT) stays the one instance of its symbol
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * The unit written {@code symbol}: from the registry, derived from a magnitude prefix (万, 亿, 万亿) or a
   * quotient ({@code a/b}), or else a custom unit kept as written.
   *
   * @throws IllegalArgumentException if the symbol is blank, has surrounding white space or contains a digit
   */
  public static Unit of(String symbol) {
    return of(symbol, Lexicon.standard());
  }

  /**
   * The unit written {@code symbol}, from {@code lexicon}'s units and magnitudes; otherwise as {@link #of(String)}.
   *
   * @throws IllegalArgumentException if the symbol is blank, has surrounding white space or contains a digit
   */
  public static Unit of(String symbol, Lexicon lexicon) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(lexicon, "lexicon");
    checkArgument(!symbol.isBlank(), "unit: symbol must not be blank");
    checkArgument(symbol.strip().equals(symbol), "unit \"%s\": symbol must not have surrounding white space", symbol);
    checkArgument(!hasDigit(symbol), "unit \"%s\": symbol must not contain a digit", symbol);
    Unit known = lexicon.unitRegistry().get(symbol);
    if (known != null) {
      return known;
    }
    int slash = symbol.indexOf('/');
    if (slash > 0 && slash < symbol.length() - 1 && symbol.indexOf('/', slash + 1) < 0) {
      Unit num = of(symbol.substring(0, slash), lexicon);
      Unit den = of(symbol.substring(slash + 1), lexicon);
      if (!num.isCustom() && !den.isCustom() && den.dimension == Dimension.PEOPLE) {
        return new Unit(symbol, num.base + "/" + den.base, num.exponent - den.exponent, Dimension.PER_CAPITA);
      }
      return new Unit(symbol, symbol, 0, Dimension.CUSTOM);
    }
    String magnitude = lexicon.words(Lexicon.Table.MAGNITUDES).matchAt(symbol, 0, symbol.length() - 1);
    if (magnitude != null) {
      Unit rest = of(symbol.substring(magnitude.length()), lexicon);
      if (rest.dimension != Dimension.RATIO && rest.dimension != Dimension.PERCENTAGE_POINT) {
        int power = Integer.parseInt(lexicon.entry(Lexicon.Table.MAGNITUDES, magnitude).orElseThrow().get("exponent"));
        return new Unit(symbol, rest.base, rest.exponent + power, rest.dimension);
      }
    }
    return new Unit(symbol, symbol, 0, Dimension.CUSTOM);
  }

  /**
   * True if {@code symbol} has a digit ({@link Character#isDigit(int)}, any script) among its code points: a loop,
   * not a stream, since every unit the importer reads is asked.
   */
  private static boolean hasDigit(String symbol) {
    for (int i = 0; i < symbol.length(); ) {
      int cp = symbol.codePointAt(i);
      if (Character.isDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A per-capita unit, {@code numerator} per {@code people} (元 per 人, 件 per 万人), written {@code 元/人}.
   *
   * @throws IllegalArgumentException if {@code people} does not count people
   */
  public static Unit per(Unit numerator, Unit people) {
    Objects.requireNonNull(numerator, "numerator");
    checkArgument(people.dimension == Dimension.PEOPLE, "unit %s/%s: the denominator must count people", numerator,
        people);
    return of(numerator.symbol + "/" + people.symbol);
  }

  /**
   * {@code unit}, present or not, as one shared instance per unit: every figure written in 亿元 holds the same
   * {@code Optional}, not a copy each.
   */
  static Optional<Unit> shared(Optional<Unit> unit) {
    if (unit.isEmpty()) {
      return unit;
    }
    Unit u = unit.get();
    Optional<Unit> o = u.optional;
    if (o.isEmpty()) {
      o = unit;
      u.optional = o;
    }
    return o;
  }

  /** The symbol as written, e.g. {@code 亿元}. */
  public String symbol() {
    return symbol;
  }

  /** The base this unit shares with the units it converts to, e.g. {@code 元} for 亿元. */
  public String base() {
    return base;
  }

  /** The power of ten relative to the {@linkplain #base() base}: 8 for 亿元, -2 for %. */
  public int exponent() {
    return exponent;
  }

  /** What the unit measures. */
  public Dimension dimension() {
    return dimension;
  }

  /** True for a unit the registry does not know (kept as written). */
  public boolean isCustom() {
    return dimension == Dimension.CUSTOM;
  }

  /** True for {@code %} and {@code 个百分点}, the two units a growth figure may have. */
  public boolean isPercentLike() {
    return equals(PERCENT) || dimension == Dimension.PERCENTAGE_POINT;
  }

  /** True if amounts in this unit convert exactly into {@code target} (same dimension and base). */
  public boolean isConvertibleTo(Unit target) {
    return dimension == target.dimension && base.equals(target.base);
  }

  /**
   * Converts {@code amount} of this unit into {@code target}, exactly (a power-of-ten shift; no rounding).
   *
   * @throws IllegalArgumentException if the units do not {@linkplain #isConvertibleTo(Unit) convert}
   */
  public BigDecimal convert(BigDecimal amount, Unit target) {
    checkArgument(isConvertibleTo(target), "unit %s (%s of %s) does not convert to %s (%s of %s)", this, dimension,
        base, target, target.dimension, target.base);
    return amount.scaleByPowerOfTen(exponent - target.exponent);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Unit u && symbol.equals(u.symbol) && base.equals(u.base)
        && exponent == u.exponent && dimension == u.dimension);
  }

  @Override
  public int hashCode() {
    int h = 31 + symbol.hashCode(); // Objects.hash(symbol, base, exponent, dimension), without an array a call
    h = 31 * h + base.hashCode();
    h = 31 * h + exponent;
    return 31 * h + dimension.hashCode();
  }

  /** The symbol as written. */
  @Override
  public String toString() {
    return symbol;
  }
}
