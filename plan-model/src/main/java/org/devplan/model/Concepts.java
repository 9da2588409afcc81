package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vocabulary of {@link Concept}s and the names that denote them; tags indicators with their concept where the
 * evidence is clear. The standard vocabulary is the lexicon's table {@link Lexicon.Table#CONCEPTS}
 * ({@code concepts.tsv}); add concepts with {@link #with(Concept)} or as lexicon entries. Immutable and thread-safe.
 *
 * <pre>{@code
 * Concepts concepts = Concepts.standard();
 * concepts.match("全省生产总值", Unit.of("亿元")).map(Concept::code);   // Optional[gdp]
 * concepts.match("生产总值比重", Unit.PERCENT);       // Optional.empty: not a name of gdp
 * Plan tagged = concepts.tag(plan);                  // each indicator's concept, recorded as INFERRED
 * Concepts mine = concepts.with(tourism);            // the standard ones and a concept of your own
 * Concepts same = Concepts.of(Lexicon.standard().toBuilder()
 *     .add(Lexicon.Table.CONCEPTS, "tourism-revenue", "旅游总收入", "Tourism revenue", "LEVEL", "MONEY", "亿元",
 *         "旅游总收入|旅游收入")
 *     .build());
 * }</pre>
 *
 * @since 0.1
 */
public final class Concepts {
  private static final Concepts STANDARD = of(Lexicon.standard());

  private final ImmutableMap<String, Concept> byCode;
  private final ImmutableMap<String, Concept> byName;

  private Concepts(List<Concept> concepts) {
    Map<String, Concept> codes = new LinkedHashMap<>();
    Map<String, Concept> names = new LinkedHashMap<>();
    for (Concept c : concepts) {
      checkArgument(codes.putIfAbsent(c.code(), c) == null, "concepts: code %s occurs twice", c.code());
      for (String v : c.variants()) {
        Concept other = names.putIfAbsent(v, c);
        checkArgument(other == null, "concepts: %s names both %s and %s", v, other == null ? "" : other.code(),
            c.code());
      }
    }
    this.byCode = ImmutableMap.copyOf(codes);
    this.byName = ImmutableMap.copyOf(names);
  }

  /** The standard vocabulary: GDP, industry, investment, trade, budget, jobs, prices, income, environment. */
  public static Concepts standard() {
    return STANDARD;
  }

  /**
   * The concepts of {@code lexicon}'s table {@link Lexicon.Table#CONCEPTS}.
   *
   * @throws IllegalArgumentException if an entry does not read (a measure or dimension that is not one), or two
   *     concepts share a code or a name variant
   */
  public static Concepts of(Lexicon lexicon) {
    return new Concepts(read(lexicon));
  }

  /**
   * A vocabulary of exactly {@code concepts}.
   *
   * @throws IllegalArgumentException if two concepts share a code or a name variant
   */
  public static Concepts of(Iterable<Concept> concepts) {
    return new Concepts(ImmutableList.copyOf(concepts));
  }

  /**
   * This vocabulary and {@code concept}.
   *
   * @throws IllegalArgumentException if its code or one of its names is already taken
   */
  public Concepts with(Concept concept) {
    return new Concepts(ImmutableList.<Concept>builder().addAll(byCode.values()).add(concept).build());
  }

  /** Every concept, in table order. */
  public ImmutableList<Concept> all() {
    return byCode.values().asList();
  }

  /** The concept with {@code code}. */
  public Optional<Concept> concept(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The concept an indicator named {@code name} with level unit {@code unit} denotes, if the evidence is clear. */
  public Optional<Concept> match(String name, Unit unit) {
    Concept c = byName.get(name);
    return c != null && c.denotes(name, unit) ? Optional.of(c) : Optional.empty();
  }

  /**
   * {@code indicator} with its concept, recorded as {@link Evidence#INFERRED}, when its name denotes one; unchanged
   * when it already has a concept or denotes none.
   */
  public Indicator tag(Indicator indicator) {
    if (indicator.concept().isPresent()) {
      return indicator;
    }
    return match(indicator.name(), indicator.unit())
        .map(c -> indicator.withConcept(Inferred.inferred(c.code())))
        .orElse(indicator);
  }

  /** {@code plan} with every indicator {@linkplain #tag(Indicator) tagged}; indicators are never merged. */
  public Plan tag(Plan plan) {
    return plan.withIndicators(plan.indicators().stream().map(this::tag).toList());
  }

  private static ImmutableList<Concept> read(Lexicon lexicon) {
    ImmutableList.Builder<Concept> concepts = ImmutableList.builder();
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.CONCEPTS)) {
      try {
        concepts.add(new Concept.Builder().code(e.word()).labelZh(e.get("label_zh")).labelEn(e.get("label_en"))
            .measure(Concept.Measure.valueOf(e.get("measure"))).dimension(Dimension.valueOf(e.get("dimension")))
            .unit(Unit.of(e.get("unit"))).addAllVariants(Splitter.on('|').split(e.get("variants"))).build());
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException("lexicon table CONCEPTS: " + e.word() + ": " + x.getMessage(), x);
      }
    }
    return concepts.build();
  }
}
