package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A canonical indicator that plans share under different names (地区生产总值, 全省生产总值, 经济增长 … are all
 * {@code gdp}): a stable code, Chinese and English labels, what it measures, the dimension and preferred unit of
 * its level, and the names that denote it. Concepts join plans; they never merge indicators: an indicator keeps its
 * name as written and only records its concept ({@link Indicator#concept()}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Concept gdp = Concepts.standard().concept("gdp").orElseThrow();
 * gdp.labelEn();                       // "Gross regional product"
 * gdp.variants().contains("经济增长");  // true
 * Concept tourism = new Concept.Builder().code("tourism-revenue").labelZh("旅游总收入").labelEn("Tourism revenue")
 *     .measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.of("亿元"))
 *     .addVariants("旅游总收入", "旅游收入").build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Concept {
  Concept() {}

  /** What the concept's figures measure. */
  public enum Measure {
    /** An amount (亿元); its growth is the usual target (地区生产总值增长5%). */
    LEVEL,
    /** A growth rate in % as the figure itself (居民消费价格涨幅). */
    GROWTH,
    /** A part of a whole in % (研发经费投入强度, 优良天数比率). */
    SHARE,
    /** A rate that is not a growth (城镇调查失业率, 森林覆盖率). */
    RATE,
    /** A count of people or things (城镇新增就业). */
    COUNT
  }

  /** Stable identifier ({@code gdp}): lower-case letters, digits and {@code -}. */
  public abstract String code();

  /** The Chinese label (地区生产总值). */
  public abstract String labelZh();

  /** The English label (Gross regional product). */
  public abstract String labelEn();

  /** What the figures measure. */
  public abstract Measure measure();

  /** The dimension of the level's unit ({@link Dimension#CUSTOM} when the registry has no unit for it). */
  public abstract Dimension dimension();

  /** The preferred unit of the level. */
  public abstract Unit unit();

  /** The indicator names, as written, that denote this concept. */
  public abstract ImmutableSet<String> variants();

  /**
   * True if an indicator named {@code name} with level unit {@code unit} denotes this concept: the name is one of
   * the variants and the unit is unstated or of a dimension this concept's level can have.
   */
  public final boolean denotes(String name, Unit unit) {
    return variants().contains(name) && admits(unit);
  }

  private boolean admits(Unit unit) {
    Dimension d = unit.dimension();
    return d == Dimension.UNSPECIFIED || d == dimension() || dimension() == Dimension.CUSTOM
        || (dimension() == Dimension.PER_CAPITA && d == Dimension.MONEY);
  }

  /** True if {@code code} is a concept code: lower-case letters, digits and {@code -}, not at either end. */
  public static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || code.charAt(0) == '-' || code.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    checkArgument(isCode(code()), "concept \"%s\" is not a code: lower-case letters, digits, '-' inside",
        code());
    checkArgument(!labelZh().isBlank() && !labelEn().isBlank(), "concept %s: labels must not be blank", code());
    checkArgument(!variants().isEmpty(), "concept %s: needs at least one name variant", code());
    for (String v : variants()) {
      checkArgument(!v.isBlank() && v.strip().equals(v), "concept %s: variant \"%s\" must be a trimmed name", code(),
          v);
    }
  }

  /** Builds a {@link Concept}. */
  public static class Builder extends ImmutableConcept.Builder {}
}
