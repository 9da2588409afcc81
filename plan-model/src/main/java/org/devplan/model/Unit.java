package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

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
 * yi.convert(new BigDecimal("5088.9"), Unit.of("万元"));   // 50889000 (exact)
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

  private static final ImmutableMap<String, Unit> REGISTRY = registry();
  private static final ImmutableMap<String, Integer> MAGNITUDES = ImmutableMap.of("万亿", 12, "亿", 8, "万", 4);

  private final String symbol;
  private final String base;
  private final int exponent;
  private final Dimension dimension;

  private Unit(String symbol, String base, int exponent, Dimension dimension) {
    this.symbol = symbol;
    this.base = base;
    this.exponent = exponent;
    this.dimension = dimension;
  }

  private static ImmutableMap<String, Unit> registry() {
    Map<String, Unit> m = new java.util.LinkedHashMap<>();
    for (Unit u : new Unit[] {PERCENT, PERCENTAGE_POINT, YUAN, YI_YUAN, UNSPECIFIED}) {
      m.put(u.symbol, u);
    }
    put(m, "万元", "元", 4, Dimension.MONEY);
    put(m, "万亿元", "元", 12, Dimension.MONEY);
    put(m, "美元", "美元", 0, Dimension.MONEY);
    put(m, "万美元", "美元", 4, Dimension.MONEY);
    put(m, "亿美元", "美元", 8, Dimension.MONEY);
    put(m, "人", "人", 0, Dimension.PEOPLE);
    put(m, "万人", "人", 4, Dimension.PEOPLE);
    put(m, "名", "名", 0, Dimension.PEOPLE);
    put(m, "人次", "人次", 0, Dimension.PERSON_TIMES);
    put(m, "万人次", "人次", 4, Dimension.PERSON_TIMES);
    put(m, "亿人次", "人次", 8, Dimension.PERSON_TIMES);
    for (String noun : new String[] {"个", "项", "家", "件", "户", "座", "处", "场", "场次", "辆", "台", "片", "条", "株",
        "所", "张", "套", "宗", "支", "款", "次", "批", "只", "艘", "架", "棵", "间", "位", "例", "起", "标箱", "条次"}) {
      put(m, noun, noun, 0, Dimension.COUNT);
    }
    put(m, "米", "米", 0, Dimension.LENGTH);
    put(m, "千米", "米", 3, Dimension.LENGTH);
    put(m, "公里", "米", 3, Dimension.LENGTH);
    put(m, "平方米", "平方米", 0, Dimension.AREA);
    put(m, "公顷", "平方米", 4, Dimension.AREA);
    put(m, "平方公里", "平方米", 6, Dimension.AREA);
    put(m, "亩", "亩", 0, Dimension.AREA);
    put(m, "吨", "吨", 0, Dimension.MASS);
    put(m, "千克", "吨", -3, Dimension.MASS);
    put(m, "公斤", "吨", -3, Dimension.MASS);
    put(m, "斤", "斤", 0, Dimension.MASS);
    put(m, "瓦", "瓦", 0, Dimension.POWER);
    put(m, "千瓦", "瓦", 3, Dimension.POWER);
    put(m, "万千瓦", "瓦", 7, Dimension.POWER);
    put(m, "兆瓦", "瓦", 6, Dimension.POWER);
    put(m, "吉瓦", "瓦", 9, Dimension.POWER);
    put(m, "千瓦时", "瓦时", 3, Dimension.ENERGY);
    put(m, "万千瓦时", "瓦时", 7, Dimension.ENERGY);
    put(m, "亿千瓦时", "瓦时", 11, Dimension.ENERGY);
    put(m, "吨标准煤", "吨标准煤", 0, Dimension.ENERGY);
    put(m, "天", "天", 0, Dimension.TIME);
    put(m, "年", "年", 0, Dimension.TIME);
    put(m, "岁", "岁", 0, Dimension.TIME);
    put(m, "小时", "小时", 0, Dimension.TIME);
    put(m, "个月", "个月", 0, Dimension.TIME);
    put(m, "周", "周", 0, Dimension.TIME);
    put(m, "个工作日", "个工作日", 0, Dimension.TIME);
    put(m, "微克/立方米", "微克/立方米", 0, Dimension.CONCENTRATION);
    put(m, "‰", "1", -3, Dimension.RATIO);
    put(m, "倍", "1", 0, Dimension.RATIO);
    put(m, "成", "1", -1, Dimension.RATIO);
    put(m, "百分点", "个百分点", 0, Dimension.PERCENTAGE_POINT);
    return ImmutableMap.copyOf(m);
  }

  private static void put(Map<String, Unit> m, String symbol, String base, int exponent, Dimension dimension) {
    m.put(symbol, new Unit(symbol, base, exponent, dimension));
  }

  /**
   * The unit written {@code symbol}: from the registry, derived from a magnitude prefix (万, 亿, 万亿) or a
   * quotient ({@code a/b}), or else a custom unit kept as written.
   *
   * @throws IllegalArgumentException if the symbol is blank, has surrounding white space or contains a digit
   */
  public static Unit of(String symbol) {
    checkArgument(!symbol.isBlank(), "unit: symbol must not be blank");
    checkArgument(symbol.strip().equals(symbol), "unit \"%s\": symbol must not have surrounding white space", symbol);
    checkArgument(symbol.codePoints().noneMatch(Character::isDigit),
        "unit \"%s\": symbol must not contain a digit", symbol);
    Unit known = REGISTRY.get(symbol);
    if (known != null) {
      return known;
    }
    int slash = symbol.indexOf('/');
    if (slash > 0 && slash < symbol.length() - 1 && symbol.indexOf('/', slash + 1) < 0) {
      Unit num = of(symbol.substring(0, slash));
      Unit den = of(symbol.substring(slash + 1));
      if (!num.isCustom() && !den.isCustom() && den.dimension == Dimension.PEOPLE) {
        return new Unit(symbol, num.base + "/" + den.base, num.exponent - den.exponent, Dimension.PER_CAPITA);
      }
      return new Unit(symbol, symbol, 0, Dimension.CUSTOM);
    }
    for (Map.Entry<String, Integer> m : MAGNITUDES.entrySet()) {
      if (symbol.startsWith(m.getKey()) && symbol.length() > m.getKey().length()) {
        Unit rest = of(symbol.substring(m.getKey().length()));
        if (rest.dimension != Dimension.RATIO && rest.dimension != Dimension.PERCENTAGE_POINT) {
          return new Unit(symbol, rest.base, rest.exponent + m.getValue(), rest.dimension);
        }
      }
    }
    return new Unit(symbol, symbol, 0, Dimension.CUSTOM);
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
    return o instanceof Unit u && symbol.equals(u.symbol) && base.equals(u.base) && exponent == u.exponent
        && dimension == u.dimension;
  }

  @Override
  public int hashCode() {
    return Objects.hash(symbol, base, exponent, dimension);
  }

  /** The symbol as written. */
  @Override
  public String toString() {
    return symbol;
  }
}
