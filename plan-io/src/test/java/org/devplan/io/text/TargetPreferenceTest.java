package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicator#target(int)} and {@link Indicator#actual(int)} on imported documents: which of a year's figures
 * they pick when a document states more than one.
 */
class TargetPreferenceTest {
  static final Path LIAONING = TestDocuments.REAL.resolve("provincial-2026-work-reports/liaoning-2026-gzbg.txt");

  /** What a figure is, where it stands, and how it was written. */
  record Figure(String id, Provenance.Origin origin, Position start, String level, String growth) {
    static Figure of(Observation o) {
      Provenance p = o.provenance().orElseThrow();
      return new Figure(o.id(), p.origin(), p.start(), o.level().map(b -> b.text()).orElse("—"),
          o.growth().map(b -> b.text()).orElse("—"));
    }
  }

  @Test
  void theSeedsRevenueTargetIsTheAnnexRowNotTheNarrativeFigure() {
    Indicator revenue = PlanText.parser().parseFile(PlanTextTest.SEED).indicatorByName("一般公共预算收入").orElseThrow();
    assertThat(revenue.observations(Observation.Kind.TARGET, 2026).stream().map(Figure::of)).containsExactly(
        new Figure("o26", Provenance.Origin.TABLE, Position.of(153, 2), "428.12", "2以上"),
        new Figure("o28", Provenance.Origin.NARRATIVE, Position.of(29, 53), "—", "增长2%以上"));
    assertThat(revenue.target(2026).map(Figure::of))
        .contains(new Figure("o26", Provenance.Origin.TABLE, Position.of(153, 2), "428.12", "2以上"));
    assertThat(revenue.actual(2025).map(Figure::of))
        .contains(new Figure("o25", Provenance.Origin.TABLE, Position.of(151, 2), "419.73", "2.01"));
  }

  /**
   * 辽宁 states 地区生产总值 twice as a target: the 十五五 average (年均增长5%左右, line 37, over no years named) and
   * this year's main target (增长4.5%左右, line 40); the average is the five-year plan's, so {@code target(2026)} is
   * this year's and {@code target(2030)} the average.
   */
  @Test
  void aRealReportsAverageOfThePlanPeriodIsNoTargetOfThePlanYear() {
    assumeTrue(Files.isRegularFile(LIAONING), "skipped: the real documents are absent (" + LIAONING.toAbsolutePath()
        + ")");
    Plan plan = PlanText.parser().parseFile(LIAONING);
    Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
    assertThat(gdp.target(2026).map(o -> o.growth().orElseThrow().text() + " " + o.period() + " line "
        + o.provenance().orElseThrow().start().line())).contains("增长4.5%左右 2026 line 40");
    assertThat(gdp.target(2030).map(o -> o.growth().orElseThrow().text() + " " + o.period() + " line "
        + o.provenance().orElseThrow().start().line()))
        .contains("增长5%左右 " + Period.of(2026, 2030, Period.Aggregation.ANNUAL_AVERAGE) + " line 37");
  }
}
