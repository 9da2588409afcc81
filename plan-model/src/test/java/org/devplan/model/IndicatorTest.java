package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Indicator#target(int)} and {@link Indicator#actual(int)}: which of several figures of a year they pick. */
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
}
