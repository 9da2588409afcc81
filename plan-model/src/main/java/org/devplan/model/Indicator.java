package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

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
 * <p>Written by hand rather than generated: a plan holds hundreds of indicators, most with one observation and
 * without group, aliases, notes or concept. This one holds its one observation (or its several in an array) without
 * a list, its nature, direction, growth basis and measure as one instance shared by every indicator with the same
 * four, and the rarely stated group, aliases, notes and concept in one object (40 bytes instead of 64, and no
 * list); {@link #observations()} makes the list.
 *
 * @since 0.1
 */
public final class Indicator {
  private final String code;
  private final String name;
  private final Unit unit;
  /** The one observation, or an array of them (never changed) when there are none or several. */
  private final Object observations;
  private final Traits traits;
  private final @Nullable Extras extras;

  /** Nature, direction, growth basis and measure: one instance per combination, made once. */
  private record Traits(Inferred<Nature> nature, Inferred<Direction> direction, Inferred<GrowthBasis> growthBasis,
      Inferred<Measure> measure) {
    /** Bounded: the enum-valued {@link Inferred}s are one instance each (a few thousand combinations at most). */
    private static final ConcurrentMap<Traits, Traits> SHARED = new ConcurrentHashMap<>();

    static Traits of(Inferred<Nature> nature, Inferred<Direction> direction, Inferred<GrowthBasis> growthBasis,
        Inferred<Measure> measure) {
      Traits t = new Traits(nature, direction, growthBasis, measure);
      Traits known = SHARED.putIfAbsent(t, t);
      return known != null ? known : t;
    }
  }

  /** The group, aliases, notes and concept, which few indicators have. */
  private record Extras(ImmutableSet<String> aliases, @Nullable String group, @Nullable Inferred<String> concept,
      ImmutableList<String> notes) {}

  private Indicator(String code, String name, ImmutableSet<String> aliases, @Nullable String group, Unit unit,
      Inferred<Nature> nature, Inferred<Direction> direction, Inferred<GrowthBasis> growthBasis,
      Inferred<Measure> measure, @Nullable Inferred<String> concept, ImmutableList<String> notes,
      ImmutableList<Observation> observations) {
    checkArgument(Identifiers.isIdentifier(code),
        "indicator %s: code \"%s\" must be letters, digits, '-', '_' or '.'", name, code);
    checkArgument(!name.isBlank(), "indicator %s: name must not be blank", code);
    checkArgument(group == null || !group.isBlank(), "indicator %s: group must not be blank", code);
    checkArgument(concept == null || Concept.isCode(concept.value()),
        "indicator %s: concept \"%s\" is not a code: lower-case letters, digits, '-' inside", code,
        concept == null ? null : concept.value());
    Set<String> ids = new HashSet<>();
    for (Observation o : observations) {
      checkArgument(ids.add(o.id()), "indicator %s: observation id %s occurs twice", code, o.id());
    }
    this.code = code;
    this.name = name;
    this.unit = unit;
    this.observations = observations.size() == 1 ? observations.get(0) : observations.toArray(new Observation[0]);
    traits = Traits.of(normal(nature, nature.value() == Nature.UNSPECIFIED),
        normal(direction, direction.value() == Direction.UNKNOWN),
        normal(growthBasis, growthBasis.value() == GrowthBasis.UNKNOWN),
        normal(measure, measure.value() == Measure.UNSPECIFIED));
    @Nullable Inferred<String> c = concept == null ? null : normal(concept, false);
    extras = aliases.isEmpty() && group == null && c == null && notes.isEmpty() ? null
        : new Extras(aliases, group, c, notes);
  }

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
  public String code() {
    return code;
  }

  /** The name as written. */
  public String name() {
    return name;
  }

  /** Other names the plan uses for it. */
  public ImmutableSet<String> aliases() {
    return extras == null ? ImmutableSet.of() : extras.aliases();
  }

  /** The annex group it is listed under (财政金融), without its numbering. */
  public Optional<String> group() {
    return Optional.ofNullable(extras == null ? null : extras.group());
  }

  /** Its unit, as the annex gives it. */
  public Unit unit() {
    return unit;
  }

  /** 预期性 / 约束性, with its evidence; {@code UNSPECIFIED} with {@code NONE} unless set. */
  public Inferred<Nature> nature() {
    return traits.nature();
  }

  /** Which way is better, with its evidence; {@code UNKNOWN} with {@code NONE} unless set. */
  public Inferred<Direction> direction() {
    return traits.direction();
  }

  /** Nominal or comparable prices, with its evidence; {@code UNKNOWN} with {@code NONE} unless set. */
  public Inferred<GrowthBasis> growthBasis() {
    return traits.growthBasis();
  }

  /** What the level measures, with its evidence; {@code UNSPECIFIED} with {@code NONE} unless set. */
  public Inferred<Measure> measure() {
    return traits.measure();
  }

  /**
   * The code of the {@link Concept} it denotes ({@code gdp}) with its evidence, if known: {@code INFERRED} when
   * {@link Concepts#tag} set it from the name. The indicator keeps its own name.
   */
  public Optional<Inferred<String>> concept() {
    return Optional.ofNullable(extras == null ? null : extras.concept());
  }

  /** Notes and footnotes about it, as written. */
  public ImmutableList<String> notes() {
    return extras == null ? ImmutableList.of() : extras.notes();
  }

  /** Every figure the plan states about it, in document order. */
  public ImmutableList<Observation> observations() {
    return observations instanceof Observation o ? ImmutableList.of(o)
        : ImmutableList.copyOf((Observation[]) observations);
  }

  /** The observations of {@code kind} dated {@code year}, in document order. */
  public ImmutableList<Observation> observations(Observation.Kind kind, int year) {
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
  public Optional<Observation> target(int year) {
    return preferred(observations(Observation.Kind.TARGET, year));
  }

  /** The actual figure for {@code year}, chosen among the actuals as {@link #target(int)} chooses among targets. */
  public Optional<Observation> actual(int year) {
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
  public boolean isCalled(String name) {
    return name().equals(name) || aliases().contains(name);
  }

  /** The unit of an observation's level: the one written with it, else this indicator's. */
  public Unit unitOf(Observation observation) {
    return observation.level().flatMap(Bound::unit).orElse(unit());
  }

  /** Unknown values have no evidence; a known value without evidence was set by the caller, so it is stated. */
  private static <T> Inferred<T> normal(Inferred<T> given, boolean unknown) {
    if (unknown) {
      return given.evidence() == Evidence.NONE ? given : Inferred.of(given.value(), Evidence.NONE);
    }
    return given.evidence() == Evidence.NONE ? Inferred.stated(given.value()) : given;
  }

  /** A copy with {@code value} as its code, or this indicator if it has that code. */
  public Indicator withCode(String value) {
    return code.equals(value) ? this : copy().code(value).build();
  }

  /** A copy with {@code value} as its name, or this indicator if it has that name. */
  public Indicator withName(String value) {
    return name.equals(value) ? this : copy().name(value).build();
  }

  /** A copy with {@code elements} as its aliases. */
  public Indicator withAliases(String... elements) {
    return withAliases(List.of(elements));
  }

  /** A copy with {@code elements} as its aliases, or this indicator if it has those aliases. */
  public Indicator withAliases(Iterable<String> elements) {
    ImmutableSet<String> value = ImmutableSet.copyOf(elements);
    return aliases().equals(value) ? this : copy().aliases(value).build();
  }

  /** A copy with {@code value} as its group. */
  public Indicator withGroup(String value) {
    return withGroup(Optional.of(value));
  }

  /** A copy with {@code optional} as its group, or this indicator if it has that group. */
  public Indicator withGroup(Optional<String> optional) {
    return group().equals(optional) ? this : copy().group(optional).build();
  }

  /** A copy with {@code value} as its unit, or this indicator if it has that unit. */
  public Indicator withUnit(Unit value) {
    return unit.equals(value) ? this : copy().unit(value).build();
  }

  /** A copy with {@code value} as its nature, or this indicator if it has that nature. */
  public Indicator withNature(Inferred<Nature> value) {
    return nature().equals(value) ? this : copy().nature(value).build();
  }

  /** A copy with {@code value} as its direction, or this indicator if it has that direction. */
  public Indicator withDirection(Inferred<Direction> value) {
    return direction().equals(value) ? this : copy().direction(value).build();
  }

  /** A copy with {@code value} as its growth basis, or this indicator if it has that basis. */
  public Indicator withGrowthBasis(Inferred<GrowthBasis> value) {
    return growthBasis().equals(value) ? this : copy().growthBasis(value).build();
  }

  /** A copy with {@code value} as its measure, or this indicator if it has that measure. */
  public Indicator withMeasure(Inferred<Measure> value) {
    return measure().equals(value) ? this : copy().measure(value).build();
  }

  /** A copy with {@code value} as its concept. */
  public Indicator withConcept(Inferred<String> value) {
    return withConcept(Optional.of(value));
  }

  /** A copy with {@code optional} as its concept, or this indicator if it has that concept. */
  public Indicator withConcept(Optional<? extends Inferred<String>> optional) {
    return Objects.equals(concept().orElse(null), optional.orElse(null)) ? this : copy().concept(optional).build();
  }

  /** A copy with {@code elements} as its notes. */
  public Indicator withNotes(String... elements) {
    return withNotes(List.of(elements));
  }

  /** A copy with {@code elements} as its notes, or this indicator if it has those notes. */
  public Indicator withNotes(Iterable<String> elements) {
    ImmutableList<String> value = ImmutableList.copyOf(elements);
    return notes().equals(value) ? this : copy().notes(value).build();
  }

  /** A copy with {@code elements} as its observations. */
  public Indicator withObservations(Observation... elements) {
    return withObservations(List.of(elements));
  }

  /** A copy with {@code elements} as its observations, or this indicator if it has those observations. */
  public Indicator withObservations(Iterable<? extends Observation> elements) {
    ImmutableList<Observation> value = ImmutableList.copyOf(elements);
    return observations().equals(value) ? this : copy().observations(value).build();
  }

  private Builder copy() {
    return new Builder().from(this);
  }

  /** Equal when every attribute is. */
  @Override
  public boolean equals(@Nullable Object another) {
    return this == another || (another instanceof Indicator i && code.equals(i.code) && name.equals(i.name)
        && unit.equals(i.unit) && traits.equals(i.traits) && Objects.equals(extras, i.extras)
        && Objects.deepEquals(observations, i.observations));
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, unit, traits, extras, observations());
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Indicator").omitNullValues().add("code", code).add("name", name)
        .add("aliases", aliases()).add("group", group().orElse(null)).add("unit", unit).add("nature", nature())
        .add("direction", direction()).add("growthBasis", growthBasis()).add("measure", measure())
        .add("concept", concept().orElse(null)).add("notes", notes()).add("observations", observations())
        .toString();
  }

  /** Builds an {@link Indicator}: code, name and unit are required. Not thread-safe. */
  public static class Builder {
    private @Nullable String code;
    private @Nullable String name;
    private ImmutableSet.Builder<String> aliases = ImmutableSet.builder();
    private @Nullable String group;
    private @Nullable Unit unit;
    private Inferred<Nature> nature = Inferred.of(Nature.UNSPECIFIED, Evidence.NONE);
    private Inferred<Direction> direction = Inferred.of(Direction.UNKNOWN, Evidence.NONE);
    private Inferred<GrowthBasis> growthBasis = Inferred.of(GrowthBasis.UNKNOWN, Evidence.NONE);
    private Inferred<Measure> measure = Inferred.of(Measure.UNSPECIFIED, Evidence.NONE);
    private @Nullable Inferred<String> concept;
    private ImmutableList.Builder<String> notes = ImmutableList.builder();
    private ImmutableList.Builder<Observation> observations = ImmutableList.builder();

    /**
     * Fills the builder with every part of {@code instance}: its absent group and concept leave the builder's as
     * they are, and its aliases, notes and observations are added to the builder's.
     */
    public final Builder from(Indicator instance) {
      code(instance.code).name(instance.name).addAllAliases(instance.aliases()).unit(instance.unit)
          .nature(instance.nature()).direction(instance.direction()).growthBasis(instance.growthBasis())
          .measure(instance.measure()).addAllNotes(instance.notes()).addAllObservations(instance.observations());
      instance.group().ifPresent(this::group);
      instance.concept().ifPresent(this::concept);
      return this;
    }

    /** The stable identifier. */
    public final Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** The name as written. */
    public final Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Adds an alias. */
    public final Builder addAlias(String element) {
      aliases.add(Objects.requireNonNull(element, "aliases element"));
      return this;
    }

    /** Adds aliases. */
    public final Builder addAliases(String... elements) {
      return addAllAliases(List.of(elements));
    }

    /** Replaces the aliases with {@code elements}. */
    public final Builder aliases(Iterable<String> elements) {
      aliases = ImmutableSet.builder();
      return addAllAliases(elements);
    }

    /** Adds aliases. */
    public final Builder addAllAliases(Iterable<String> elements) {
      for (String element : elements) {
        addAlias(element);
      }
      return this;
    }

    /** The annex group. */
    public final Builder group(String group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /** The annex group, or none. */
    public final Builder group(Optional<String> group) {
      this.group = group.orElse(null);
      return this;
    }

    /** The unit. */
    public final Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /** 预期性 / 约束性, with its evidence. */
    public final Builder nature(Inferred<Nature> nature) {
      this.nature = Objects.requireNonNull(nature, "nature");
      return this;
    }

    /** Which way is better, with its evidence. */
    public final Builder direction(Inferred<Direction> direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /** Nominal or comparable prices, with its evidence. */
    public final Builder growthBasis(Inferred<GrowthBasis> growthBasis) {
      this.growthBasis = Objects.requireNonNull(growthBasis, "growthBasis");
      return this;
    }

    /** What the level measures, with its evidence. */
    public final Builder measure(Inferred<Measure> measure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      return this;
    }

    /** The concept it denotes, with its evidence. */
    public final Builder concept(Inferred<String> concept) {
      this.concept = Objects.requireNonNull(concept, "concept");
      return this;
    }

    /** The concept it denotes, or none. */
    public final Builder concept(Optional<? extends Inferred<String>> concept) {
      this.concept = concept.orElse(null);
      return this;
    }

    /** Adds a note. */
    public final Builder addNote(String element) {
      notes.add(Objects.requireNonNull(element, "notes element"));
      return this;
    }

    /** Adds notes. */
    public final Builder addNotes(String... elements) {
      return addAllNotes(List.of(elements));
    }

    /** Replaces the notes with {@code elements}. */
    public final Builder notes(Iterable<String> elements) {
      notes = ImmutableList.builder();
      return addAllNotes(elements);
    }

    /** Adds notes. */
    public final Builder addAllNotes(Iterable<String> elements) {
      for (String element : elements) {
        addNote(element);
      }
      return this;
    }

    /** Adds an observation. */
    public final Builder addObservation(Observation element) {
      observations.add(Objects.requireNonNull(element, "observations element"));
      return this;
    }

    /** Adds observations. */
    public final Builder addObservations(Observation... elements) {
      return addAllObservations(List.of(elements));
    }

    /** Replaces the observations with {@code elements}. */
    public final Builder observations(Iterable<? extends Observation> elements) {
      observations = ImmutableList.builder();
      return addAllObservations(elements);
    }

    /** Adds observations. */
    public final Builder addAllObservations(Iterable<? extends Observation> elements) {
      for (Observation element : elements) {
        addObservation(element);
      }
      return this;
    }

    /**
     * The indicator.
     *
     * @throws IllegalStateException if code, name or unit is not set
     * @throws IllegalArgumentException if the code is not an identifier, the name or group is blank, the concept is
     *     not a concept code or two observations share an id
     */
    public Indicator build() {
      String c = code;
      String n = name;
      Unit u = unit;
      if (c == null || n == null || u == null) {
        throw new IllegalStateException("Cannot build Indicator, some of required attributes are not set "
            + missing());
      }
      return new Indicator(c, n, aliases.build(), group, u, nature, direction, growthBasis, measure, concept,
          notes.build(), observations.build());
    }

    private List<String> missing() {
      List<String> names = new ArrayList<>();
      if (code == null) {
        names.add("code");
      }
      if (name == null) {
        names.add("name");
      }
      if (unit == null) {
        names.add("unit");
      }
      return names;
    }
  }
}
