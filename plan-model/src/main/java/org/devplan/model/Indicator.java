package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A measurable indicator of a plan (地区生产总值, 城镇调查失业率 …) with every figure the plan states about it.
 * Metadata (nature, direction, growth basis, measure, concept) is unspecified by default and set only from evidence:
 * each is an {@link Inferred} value with its {@link Evidence}. A known value given with evidence {@code NONE} counts
 * as {@code STATED} (the caller states it), and an unknown value has evidence {@code NONE}, whatever was given.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator revenue = new Indicator.Builder()
 *     .code("general-budget-revenue").name("一般公共预算收入").unit(Unit.of("亿元")).group("财政金融")
 *     .nature(Inferred.stated(Indicator.Nature.EXPECTED))
 *     .addObservation(Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01")))
 *     .addObservation(Observation.target("revenue-2026", 2026, Bound.parse("428.12"), Bound.parse("2以上")))
 *     .build();
 * revenue.nature();                                     // Inferred[EXPECTED, STATED]
 * revenue.target(2026);                                 // Optional[the 2026 target]
 * revenue.actual(2026);                                 // Optional.empty
 * revenue.observations(Observation.Kind.ACTUAL, 2025);  // [the 2025 actual]
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /** 预期性 or 约束性, as the annex's 属性 column says. */
  public enum Nature {
    /** 预期性: an expected, indicative target. */
    EXPECTED,
    /** 约束性: a binding target. */
    BINDING,
    /** Not stated. */
    UNSPECIFIED
  }

  /** Which way is better. */
  public enum Direction {
    /** More is better (GDP, income). */
    HIGHER_IS_BETTER,
    /** Less is better (unemployment, PM2.5, energy use per unit of GDP). */
    LOWER_IS_BETTER,
    /** Best kept within a band (price index, 失业率 控制在…左右). */
    WITHIN_BAND,
    /** Not known. */
    UNKNOWN
  }

  /** How growth is measured. */
  public enum GrowthBasis {
    /** Nominal (current prices). */
    NOMINAL,
    /** Comparable (constant) prices: levels cannot be grown by the rate. */
    COMPARABLE_PRICES,
    /** Not known. */
    UNKNOWN
  }

  /** What the level measures; tells percent-valued shares and rates apart from growth rates. */
  public enum Measure {
    /** An amount or count (亿元, 个, 万人). */
    LEVEL,
    /** A part of a whole (占…比重), at most 100%. */
    SHARE,
    /** A rate that is not a growth (失业率, 完成率, 覆盖率, 森林覆盖率). */
    RATE,
    /** A growth rate as the level itself (全社会研发经费投入增长 in %). */
    GROWTH_RATE,
    /** Not known. */
    UNSPECIFIED
  }

  /** Stable identifier, unique within the plan: letters, digits, {@code - _ .}. */
  public abstract String code();

  /** The name as written. */
  public abstract String name();

  /** Other names the plan uses for it. */
  public abstract ImmutableSet<String> aliases();

  /** The annex group it is listed under (财政金融), without its numbering. */
  public abstract Optional<String> group();

  /** Its unit, as the annex gives it. */
  public abstract Unit unit();

  /** 预期性 / 约束性, with its evidence; {@code UNSPECIFIED} with {@code NONE} unless set. */
  @Value.Default
  public Inferred<Nature> nature() {
    return Inferred.of(Nature.UNSPECIFIED, Evidence.NONE);
  }

  /** Which way is better, with its evidence; {@code UNKNOWN} with {@code NONE} unless set. */
  @Value.Default
  public Inferred<Direction> direction() {
    return Inferred.of(Direction.UNKNOWN, Evidence.NONE);
  }

  /** Nominal or comparable prices, with its evidence; {@code UNKNOWN} with {@code NONE} unless set. */
  @Value.Default
  public Inferred<GrowthBasis> growthBasis() {
    return Inferred.of(GrowthBasis.UNKNOWN, Evidence.NONE);
  }

  /** What the level measures, with its evidence; {@code UNSPECIFIED} with {@code NONE} unless set. */
  @Value.Default
  public Inferred<Measure> measure() {
    return Inferred.of(Measure.UNSPECIFIED, Evidence.NONE);
  }

  /**
   * The code of the {@link Concept} it denotes ({@code gdp}) with its evidence, if known: {@code INFERRED} when
   * {@link Concepts#tag} set it from the name. The indicator keeps its own name.
   */
  public abstract Optional<Inferred<String>> concept();

  /** Notes and footnotes about it, as written. */
  public abstract ImmutableList<String> notes();

  /** Every figure the plan states about it, in document order. */
  public abstract ImmutableList<Observation> observations();

  /** The observations of {@code kind} dated {@code year}, in document order. */
  public final ImmutableList<Observation> observations(Observation.Kind kind, int year) {
    return observations().stream().filter(o -> o.kind() == kind && o.year() == year)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The target for {@code year}, one of {@link #observations(Observation.Kind, int) observations(TARGET, year)}:
   * the year's own figure over an average or a sum of a period ending in it (a 2030 target {@code 80.2} over the
   * period's {@code 〔1〕}), then a table (annex) figure over a narrative one, and among the rest the latest statement
   * over earlier ones. The latest is the one whose provenance starts last in the document; between figures without
   * provenance (built in code) or starting at the same place, the last in {@link #observations()}. A figure without
   * provenance counts as narrative. In the seed plan, 一般公共预算收入's 2026 target is the annex's
   * {@code 428.12 | 2以上}, not the narrative's {@code 增长2%以上}.
   */
  public final Optional<Observation> target(int year) {
    return preferred(observations(Observation.Kind.TARGET, year));
  }

  /** The actual figure for {@code year}, chosen among the actuals as {@link #target(int)} chooses among targets. */
  public final Optional<Observation> actual(int year) {
    return preferred(observations(Observation.Kind.ACTUAL, year));
  }

  private static Optional<Observation> preferred(ImmutableList<Observation> candidates) {
    Observation best = null;
    for (Observation o : candidates) {
      if (best == null || prefers(o, best)) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** True if {@code later}, listed after {@code earlier}, is to be preferred to it. */
  private static boolean prefers(Observation later, Observation earlier) {
    if (singleYear(later) != singleYear(earlier)) {
      return singleYear(later);
    }
    if (fromTable(later) != fromTable(earlier)) {
      return fromTable(later);
    }
    return later.provenance().isEmpty() || earlier.provenance().isEmpty()
        || later.provenance().get().start().compareTo(earlier.provenance().get().start()) >= 0;
  }

  private static boolean singleYear(Observation o) {
    return o.period().aggregation() == Period.Aggregation.YEAR;
  }

  private static boolean fromTable(Observation o) {
    return o.provenance().map(p -> p.origin() == Provenance.Origin.TABLE).orElse(false);
  }

  /** True if {@code name} is this indicator's name or one of its aliases. */
  public final boolean isCalled(String name) {
    return name().equals(name) || aliases().contains(name);
  }

  /** The unit of an observation's level: the one written with it, else this indicator's. */
  public final Unit unitOf(Observation observation) {
    return observation.level().flatMap(Bound::unit).orElse(unit());
  }

  @Value.Check
  Indicator check() {
    checkArgument(Identifiers.isIdentifier(code()),
        "indicator %s: code \"%s\" must be letters, digits, '-', '_' or '.'", name(), code());
    checkArgument(!name().isBlank(), "indicator %s: name must not be blank", code());
    group().ifPresent(g -> checkArgument(!g.isBlank(), "indicator %s: group must not be blank", code()));
    concept().ifPresent(c -> checkArgument(Concept.isCode(c.value()),
        "indicator %s: concept \"%s\" is not a code: lower-case letters, digits, '-' inside", code(), c.value()));
    Set<String> ids = new HashSet<>();
    for (Observation o : observations()) {
      checkArgument(ids.add(o.id()), "indicator %s: observation id %s occurs twice", code(), o.id());
    }
    Inferred<Nature> nature = normal(nature(), nature().value() == Nature.UNSPECIFIED);
    Inferred<Direction> direction = normal(direction(), direction().value() == Direction.UNKNOWN);
    Inferred<GrowthBasis> growthBasis = normal(growthBasis(), growthBasis().value() == GrowthBasis.UNKNOWN);
    Inferred<Measure> measure = normal(measure(), measure().value() == Measure.UNSPECIFIED);
    Optional<Inferred<String>> concept = concept().map(c -> normal(c, false));
    if (nature == nature() && direction == direction() && growthBasis == growthBasis() && measure == measure()
        && concept.equals(concept())) {
      return this;
    }
    return new Builder().from(this).nature(nature).direction(direction).growthBasis(growthBasis).measure(measure)
        .concept(concept).build();
  }

  /** Unknown values have no evidence; a known value without evidence was set by the caller, so it is stated. */
  private static <T> Inferred<T> normal(Inferred<T> given, boolean unknown) {
    if (unknown) {
      return given.evidence() == Evidence.NONE ? given : Inferred.of(given.value(), Evidence.NONE);
    }
    return given.evidence() == Evidence.NONE ? Inferred.stated(given.value()) : given;
  }

  /** Builds an {@link Indicator}. */
  public static class Builder extends ImmutableIndicator.Builder {}
}
