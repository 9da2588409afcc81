package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicator#target(int)} and {@link Indicator#actual(int)}: which of several figures of a year they pick; the
 * hand-written value's parts, copies, equality and checks.
 */
class IndicatorTest {
  static Observation figure(String id, Observation.Kind kind, String growth, Optional<Provenance> provenance) {
    return new Observation.Builder().id(id).kind(kind).period(Period.year(kind == Observation.Kind.TARGET ? 2026 : 2025))
        .growth(Bound.parse(growth)).provenance(provenance).build();
  }

  static Optional<Provenance> narrative(int line, int column) {
    return Optional.of(Provenance.narrative("zibo-2026", Position.of(line, column)));
  }

  static Optional<Provenance> table(int line) {
    return Optional.of(Provenance.table("zibo-2026", Position.of(line, 2), 1, 3));
  }

  static Indicator revenue(Observation... observations) {
    return new Indicator.Builder().code("revenue").name("一般公共预算收入").unit(Unit.of("亿元"))
        .addObservations(observations).build();
  }

  /** The seed's 一般公共预算收入: the importer lists the annex row (line 153) before the narrative (line 29). */
  @Test
  void aTableFigureWinsOverANarrativeOneWhereverEachStands() {
    Observation annex = figure("o26", Observation.Kind.TARGET, "2以上", table(153));
    Observation text = figure("o28", Observation.Kind.TARGET, "增长2%以上", narrative(29, 53));
    assertThat(revenue(annex, text).target(2026)).contains(annex);
    assertThat(revenue(text, annex).target(2026)).contains(annex);
  }

  /** yichang's outline: 人均预期寿命's 2030 level and, later on its row, the period's increase 〔1〕. */
  @Test
  void theYearsOwnFigureWinsOverAnAverageOrASumOfAPeriodEndingInIt() {
    Observation level = new Observation.Builder().id("o37").kind(Observation.Kind.TARGET).period(Period.year(2030))
        .level(Bound.parse("80.2")).provenance(Optional.of(Provenance.table("yichang", Position.of(65, 30), 1, 4)))
        .build();
    Observation sum = new Observation.Builder().id("o38").kind(Observation.Kind.TARGET)
        .period(Period.of(2026, 2030, Period.Aggregation.CUMULATIVE)).level(Bound.parse("1"))
        .provenance(Optional.of(Provenance.table("yichang", Position.of(65, 36), 1, 5))).build();
    assertThat(revenue(level, sum).target(2030)).contains(level);
    assertThat(revenue(sum, level).target(2030)).contains(level);
    assertThat(revenue(sum).target(2030)).contains(sum);
  }

  @Test
  void amongNarrativeFiguresTheOneStatedLastInTheDocumentWins() {
    Observation early = figure("a", Observation.Kind.TARGET, "增长5%左右", narrative(37, 10));
    Observation late = figure("b", Observation.Kind.TARGET, "增长4.5%左右", narrative(40, 3));
    Observation sameLineLater = figure("c", Observation.Kind.TARGET, "增长4%左右", narrative(40, 9));
    assertThat(revenue(late, early).target(2026)).contains(late);
    assertThat(revenue(early, late).target(2026)).contains(late);
    assertThat(revenue(sameLineLater, early, late).target(2026)).contains(sameLineLater);
  }

  @Test
  void withoutProvenanceTheLastListedWinsAndCountsAsNarrative() {
    Observation first = figure("a", Observation.Kind.TARGET, "5", Optional.empty());
    Observation second = figure("b", Observation.Kind.TARGET, "6", Optional.empty());
    Observation annex = figure("c", Observation.Kind.TARGET, "7", table(153));
    assertThat(revenue(first, second).target(2026)).contains(second);
    assertThat(revenue(annex, first, second).target(2026)).contains(annex);
  }

  @Test
  void actualsAndTargetsAreChosenApartAndAnOtherYearHasNone() {
    Observation target = figure("t", Observation.Kind.TARGET, "2以上", table(153));
    Observation actual = figure("a", Observation.Kind.ACTUAL, "2.01", narrative(7, 432));
    Indicator revenue = revenue(target, actual);
    assertThat(revenue.actual(2025)).contains(actual);
    assertThat(revenue.target(2026)).contains(target);
    assertThat(revenue.actual(2026)).isEmpty();
    assertThat(revenue.target(2025)).isEmpty();
  }

  @Test
  void givesBackEveryPartAndCopiesWithOneChanged() {
    Observation a = figure("a", Observation.Kind.ACTUAL, "2.01", narrative(7, 432));
    Observation t = figure("t", Observation.Kind.TARGET, "2以上", table(153));
    Indicator full = new Indicator.Builder().code("revenue").name("一般公共预算收入").addAlias("财政收入")
        .group("财政金融").unit(Unit.of("亿元")).nature(Inferred.of(Indicator.Nature.EXPECTED, Evidence.NONE))
        .direction(Inferred.inferred(Indicator.Direction.HIGHER_IS_BETTER))
        .growthBasis(Inferred.of(Indicator.GrowthBasis.UNKNOWN, Evidence.STATED))
        .measure(Inferred.stated(Indicator.Measure.LEVEL)).concept(Inferred.inferred("general-budget-revenue"))
        .addNote("按同口径").addObservations(a, t).build();
    assertThat(List.of(full.code(), full.name(), full.aliases(), full.group(), full.unit(), full.nature(),
        full.direction(), full.growthBasis(), full.measure(), full.concept(), full.notes(), full.observations()))
        .containsExactly("revenue", "一般公共预算收入", Set.of("财政收入"), Optional.of("财政金融"), Unit.of("亿元"),
            Inferred.stated(Indicator.Nature.EXPECTED), Inferred.inferred(Indicator.Direction.HIGHER_IS_BETTER),
            Inferred.of(Indicator.GrowthBasis.UNKNOWN, Evidence.NONE), Inferred.stated(Indicator.Measure.LEVEL),
            Optional.of(Inferred.inferred("general-budget-revenue")), List.of("按同口径"), List.of(a, t));
    Indicator bare = full.withAliases().withGroup(Optional.empty()).withNature(Inferred.stated(Indicator.Nature.UNSPECIFIED))
        .withDirection(Inferred.of(Indicator.Direction.UNKNOWN, Evidence.NONE))
        .withMeasure(Inferred.of(Indicator.Measure.UNSPECIFIED, Evidence.NONE)).withConcept(Optional.empty())
        .withNotes().withObservations(a);
    assertThat(bare).isEqualTo(revenue(a)).hasSameHashCodeAs(revenue(a)).hasToString("Indicator{code=revenue, "
        + "name=一般公共预算收入, aliases=[], unit=亿元, nature=Inferred[UNSPECIFIED, NONE], direction=Inferred[UNKNOWN, "
        + "NONE], growthBasis=Inferred[UNKNOWN, NONE], measure=Inferred[UNSPECIFIED, NONE], notes=[], observations=["
        + a + "]}");
    assertThat(bare.observations()).containsExactly(a);
    assertThat(bare.withObservations().observations()).isEmpty();
    assertThat(new Indicator.Builder().from(full).build()).isEqualTo(full).isNotEqualTo(full.withAliases("收入"))
        .isNotEqualTo(full.withObservations(t, a)).isNotEqualTo(full.withName("收入"));
    assertThat(full.withUnit(Unit.of("亿元")).withCode("revenue").withObservations(a, t).withNotes("按同口径"))
        .isSameAs(full);
    assertThatThrownBy(() -> full.withObservations(a, a))
        .hasMessage("indicator revenue: observation id a occurs twice");
    assertThatThrownBy(() -> full.withGroup(" ")).hasMessage("indicator revenue: group must not be blank");
    assertThatThrownBy(() -> new Indicator.Builder().name("收入").build())
        .hasMessage("Cannot build Indicator, some of required attributes are not set [code, unit]");
  }
}
