package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Concept;
import org.devplan.model.Concepts;
import org.devplan.model.Dimension;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Span;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanPanelTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  /** A work report of {@code region} for {@code year}: a review paragraph (line 1) and main targets (line 2). */
  private static Plan report(String id, String region, int year, String actual, String target) {
    String review = year - 1 + "年地区生产总值增长" + actual + "%。\n";
    String targets = "今年主要预期目标是：地区生产总值增长" + target + "。\n";
    Indicator gdp = new Indicator.Builder().code("o1").name("地区生产总值").unit(Unit.UNSPECIFIED).concept(Inferred.stated("gdp"))
        .addObservation(new Observation.Builder().id("a").kind(Observation.Kind.ACTUAL)
            .period(Period.year(year - 1)).growth(Bound.parse(actual))
            .provenance(Provenance.narrative(id, Position.of(1, 12))).build())
        .addObservation(new Observation.Builder().id("t").kind(Observation.Kind.TARGET)
            .period(Period.year(year)).growth(Bound.parse(target))
            .provenance(Provenance.narrative(id, Position.of(2, 19))).build())
        .build();
    return new Plan.Builder().id(id).title(id).kind(Plan.Kind.WORK_REPORT).region(Region.of(region)).planYear(year)
        .source(Source.of(id)).addIndicator(gdp)
        .addSpan(Span.of(Span.Kind.PARAGRAPH, Position.of(1, 1), review))
        .addSpan(Span.of(Span.Kind.PARAGRAPH, Position.of(2, 1), targets))
        .build();
  }

  private static String row(PanelRow r) {
    return r.planId() + " " + r.concept().code() + " " + r.year() + " " + r.kind() + " " + r.text() + " "
        + r.source() + " " + r.statements();
  }

  @Nested
  class Rows {
    @Test
    void onePerPlanConceptYearAndKind() {
      PlanPanel panel = CALC.panel(List.of(report("hb-2025", "湖北省", 2025, "5.8", "6%左右"),
          report("hb-2026", "湖北省", 2026, "5.5", "5.5%左右")));
      assertThat(panel.rows().stream().map(PlanPanelTest::row)).containsExactly(
          "hb-2025 gdp 2024 ACTUAL 5.8 narrative:1:12 1", "hb-2025 gdp 2025 TARGET 6%左右 narrative:2:19 1",
          "hb-2026 gdp 2025 ACTUAL 5.5 narrative:1:12 1", "hb-2026 gdp 2026 TARGET 5.5%左右 narrative:2:19 1");
    }

    @Test
    void theMainTargetsStatementWinsOverARestatementAndIndicatorsStayApart() {
      Plan plan = report("p", "某省", 2026, "5", "5%左右");
      Indicator restated = new Indicator.Builder().code("o2").name("经济").unit(Unit.UNSPECIFIED).concept(Inferred.stated("gdp"))
          .addObservation(new Observation.Builder().id("r").kind(Observation.Kind.TARGET).period(Period.year(2026))
              .growth(Bound.parse("6%以上")).provenance(Provenance.narrative("p", Position.of(1, 3))).build())
          .addObservation(new Observation.Builder().id("avg").kind(Observation.Kind.TARGET)
              .period(Period.of(2026, 2030, Period.Aggregation.ANNUAL_AVERAGE)).growth(Bound.parse("5%")).build())
          .build();
      Plan both = plan.withIndicators(restated, plan.indicators().get(0));
      assertThat(CALC.panel(List.of(both)).rows("gdp", 2026, Observation.Kind.TARGET).stream()
          .map(r -> row(r) + " " + r.indicator().name())).containsExactly("p gdp 2026 TARGET 5%左右 narrative:2:19 2 地区生产总值");
    }

    @Test
    void anUnknownConceptIsAnError() {
      Plan plan = report("p", "某省", 2026, "5", "5%左右");
      Plan odd = plan.withIndicators(plan.indicators().get(0).withConcept(Inferred.stated("tourism")));
      assertThatThrownBy(() -> CALC.panel(List.of(odd))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("plan p: indicator o1 names concept tourism, which is not known");
    }

    @Test
    void theContextsConceptsDecide() {
      Plan plan = report("p", "某省", 2026, "5", "5%左右");
      Plan tourism = plan.withIndicators(plan.indicators().get(0).withConcept(Inferred.stated("tourism")));
      Concept revenue = new Concept.Builder().code("tourism").labelZh("旅游总收入").labelEn("tourism revenue")
          .measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.YI_YUAN).addVariant("旅游总收入").build();
      Calculator calc = new CalcContext.Builder().concepts(Concepts.standard().with(revenue)).build().calc();
      assertThat(calc.panel(List.of(tourism)).rows().stream().map(PlanPanelTest::row)).containsExactly(
          "p tourism 2025 ACTUAL 5 narrative:1:12 1", "p tourism 2026 TARGET 5%左右 narrative:2:19 1");
    }
  }

  @Test
  void attainmentOfLastYearsTargetByTheNextReport() {
    PlanPanel panel = CALC.panel(List.of(report("hb-2025", "湖北省", 2025, "5.8", "6%左右"),
        report("hb-2026", "湖北省", 2026, "5.5", "5.5%左右")));
    assertThat(panel.attainments().stream().map(a -> a.target().planId() + "→" + a.actual().planId() + " "
        + a.target().year() + " " + a.status() + " " + a.growthGap().flatMap(Gap::difference).orElseThrow()))
        .containsExactly("hb-2025→hb-2026 2025 MET -0.5");
  }

  @Test
  void escalationAgainstTheNation() {
    Plan nation = report("cn-2026", "全国", 2026, "5", "4.5%—5%");
    PlanPanel panel = CALC.panelAgainst(nation, List.of(report("hb-2026", "湖北省", 2026, "5.5", "5.5%左右"),
        report("tj-2026", "天津市", 2026, "4.8", "4.5%")));
    assertThat(panel.escalations().stream().map(e -> e.target().region().name() + " "
        + e.growthDifference().map(BigDecimal::toPlainString).orElse("-"))).containsExactly("湖北省 0.75", "天津市 -0.25");
    assertThat(panel.referenceRows().stream().map(PlanPanelTest::row)).containsExactly(
        "cn-2026 gdp 2025 ACTUAL 5 narrative:1:12 1", "cn-2026 gdp 2026 TARGET 4.5%—5% narrative:2:19 1");
  }
}
