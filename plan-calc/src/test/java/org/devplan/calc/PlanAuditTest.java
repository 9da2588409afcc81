package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Quantity;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanAuditTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static final Unit YI = Unit.YI_YUAN;

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static Finding only(AuditReport r, Finding.Check check, String code) {
    List<Finding> l = r.findings(check).stream().filter(f -> f.indicatorCodes().contains(code)).toList();
    assertThat(l).as("%s findings for %s", check, code).hasSize(1);
    return l.get(0);
  }

  @Nested
  class Seed {
    private final AuditReport report = CALC.audit(SeedAnnex.plan());

    @Test
    void makesExactlyTheseSevenFindings() {
      // 4 target-arithmetic comparisons (all pass), 1 narrative-vs-annex conflict, 2 repeated values. Nothing else:
      // no growth sign contradicts its verb (下降12.6% is -12.6), every unit fits its name, no share exceeds 100%.
      assertThat(report.findings()).hasSize(7);
      assertThat(report.findings(Finding.Check.TARGET_ARITHMETIC)).extracting(f -> f.indicatorCodes().get(0))
          .containsExactly("revenue", "spending", "deposits", "loans");
      assertThat(report.outcome(Finding.Outcome.PASSED)).hasSize(4);
      assertThat(report.outcome(Finding.Outcome.SKIPPED)).isEmpty();
      assertThat(report.failures()).hasSize(3)
          .allMatch(f -> f.severity() == Finding.Severity.WARNING);
      assertThat(report.findings(Finding.Check.GROWTH_SIGN)).isEmpty();
      assertThat(report.findings(Finding.Check.UNIT_DIMENSION)).isEmpty();
      assertThat(report.findings(Finding.Check.SHARE_OVER_100)).isEmpty();
    }

    @Test
    void revenueTargetPasses() {
      // 419.73 × 1.02 = 428.1246; printed 428.12 has two decimals, tolerance 0.005; 428.12 − 428.1246 = −0.0046.
      // The growth is 2以上 (AT_LEAST): the printed level must be ≥ implied − 0.005 = 428.1196, and 428.12 is.
      Finding f = only(report, Finding.Check.TARGET_ARITHMETIC, "revenue");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.numbers().get("implied 2026").amount()).isEqualByComparingTo("428.1246");
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("-0.0046");
      assertThat(f.tolerance()).contains(Quantity.of("0.005", YI));
      assertThat(f.message()).startsWith("consistent: 419.73 × (1 + 2%) = 428.1246亿元 vs printed 428.12亿元 "
          + "(growth 2%以上 sets a minimum");
      assertThat(f.provenance()).containsExactly(SeedAnnex.cell(151, 13, 3), SeedAnnex.cell(153, 13, 5));
    }

    @Test
    void expenditureTargetPasses() {
      // 583.28 × 1.015 = 592.0292; printed 592.03; |592.03 − 592.0292| = 0.0008 ≤ 0.005.
      Finding f = only(report, Finding.Check.TARGET_ARITHMETIC, "spending");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(f.numbers().get("implied 2026").amount()).isEqualByComparingTo("592.0292");
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("0.0008");
      assertThat(f.tolerance().orElseThrow().amount()).isEqualByComparingTo("0.005");
    }

    @Test
    void depositTargetPasses() {
      // 8969.75 × 1.08 = 9687.33; printed 9687 (integer), tolerance 0.5; |9687 − 9687.33| = 0.33 ≤ 0.5.
      Finding f = only(report, Finding.Check.TARGET_ARITHMETIC, "deposits");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(f.numbers().get("implied 2026").amount()).isEqualByComparingTo("9687.33");
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("-0.33");
      assertThat(f.tolerance().orElseThrow().amount()).isEqualByComparingTo("0.5");
    }

    @Test
    void loanTargetPasses() {
      // 6037.44 × 1.08 = 6520.4352; printed 6520, tolerance 0.5; |6520 − 6520.4352| = 0.4352 ≤ 0.5.
      Finding f = only(report, Finding.Check.TARGET_ARITHMETIC, "loans");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(f.numbers().get("implied 2026").amount()).isEqualByComparingTo("6520.4352");
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("-0.4352");
    }

    @Test
    void newUrbanJobsNarrativeDisagreesWithAnnex() {
      // Chapter 一 says 新增城镇就业6.01万人 (line 21, column 115); the annex row 城镇新增就业人数 says 5.53 for 2025
      // (line 225). 6.01 rounded to one decimal is 6.0, not 5.5: they differ beyond rounding, by 0.48万人.
      Finding f = only(report, Finding.Check.CONFLICTING_FIGURES, "urban-new-jobs");
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.year()).contains(2025);
      assertThat(f.kind()).contains(Observation.Kind.ACTUAL);
      assertThat(f.numbers().get("level table")).isEqualTo(Quantity.of("5.53", Unit.of("万人")));
      assertThat(f.numbers().get("level narrative").amount()).isEqualByComparingTo("6.01");
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("0.48");
      assertThat(f.provenance()).containsExactly(SeedAnnex.cell(225, 27, 3),
          Provenance.narrative(SeedAnnex.DOC, Position.of(21, 115)));
      assertThat(report.findings(Finding.Check.CONFLICTING_FIGURES)).hasSize(1);
    }

    @Test
    void doctorsAndNursesRepeatAFigure() {
      // 每千人口拥有执业医师数 and 每千人口拥有注册护士数 both print 4.58 (人) for 2025 in group 就业和人民生活:
      // a typical copy error (the nurses' 2026 target repeats 4.58 as well).
      Finding f = report.findings(Finding.Check.REPEATED_VALUE).stream()
          .filter(x -> x.indicatorCodes().contains("doctors")).findFirst().orElseThrow();
      assertThat(f.indicatorCodes()).containsExactly("doctors", "nurses");
      assertThat(f.year()).contains(2025);
      assertThat(f.kind()).contains(Observation.Kind.ACTUAL);
      assertThat(f.numbers().values()).extracting(Quantity::amount).containsExactly(dec("4.58"), dec("4.58"));
      assertThat(f.provenance()).containsExactly(SeedAnnex.cell(248, 30, 3), SeedAnnex.cell(255, 31, 3));
      assertThat(f.message()).contains("就业和人民生活");
    }

    @Test
    void nonFossilShareAndGoodWaterShareRepeatAFigure() {
      // 非化石能源占能源消费总量比重 and 优良水体比例 both print 9.5 (%) for 2025 in group 绿色低碳. The answer key notes
      // that 9.5% good-quality water bodies is implausible (the narrative says the share beats the binding target
      // by 45.9 points): the cell most likely repeats the row above.
      Finding f = report.findings(Finding.Check.REPEATED_VALUE).stream()
          .filter(x -> x.indicatorCodes().contains("good-water-share")).findFirst().orElseThrow();
      assertThat(f.indicatorCodes()).containsExactly("non-fossil-share", "good-water-share");
      assertThat(f.numbers().values()).extracting(Quantity::amount).containsExactly(dec("9.5"), dec("9.5"));
      assertThat(f.provenance()).containsExactly(SeedAnnex.cell(187, 19, 3), SeedAnnex.cell(212, 24, 3));
      assertThat(report.findings(Finding.Check.REPEATED_VALUE)).hasSize(2);
    }

    @Test
    void everyFindingPrintsOnOneLine() {
      assertThat(report.toString().lines()).hasSize(7);
      assertThat(only(report, Finding.Check.TARGET_ARITHMETIC, "deposits").toString())
          .startsWith("INFO target-arithmetic passed deposits 2026 target: consistent: 8969.75 × (1 + 8%) = 9687.33亿元")
          .contains("tolerance 0.5亿元").contains("[table:165:2, table:167:2]");
    }

    @Test
    void annexAloneHasNoConflict() {
      AuditReport annexOnly = CALC.audit(SeedAnnex.plan(false));
      assertThat(annexOnly.findings(Finding.Check.CONFLICTING_FIGURES)).isEmpty();
      assertThat(annexOnly.findings()).hasSize(6);
    }
  }

  @Nested
  class Constructed {
    private Plan plan(Indicator... indicators) {
      return new Plan.Builder().id("t").title("t").kind(Plan.Kind.ANNUAL_PLAN).region(Region.of("淄博市"))
          .planYear(2026).source(Source.of("t")).addIndicators(indicators).build();
    }

    private Indicator.Builder ind(String code, String name, String unit) {
      return new Indicator.Builder().code(code).name(name).unit(Unit.of(unit));
    }

    @Test
    void wrongTargetArithmeticIsAnError() {
      // 100 × 1.05 = 105; printed 106 differs by 1 > 0.5.
      Indicator i = ind("x", "一般公共预算收入", "亿元")
          .addObservation(Observation.actual("x1", 2025, Bound.parse("100"), Bound.parse("3")))
          .addObservation(Observation.target("x2", 2026, Bound.parse("106"), Bound.parse("5"))).build();
      Finding f = only(CALC.audit(plan(i)), Finding.Check.TARGET_ARITHMETIC, "x");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.FAILED);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.numbers().get("difference").amount()).isEqualByComparingTo("1");
    }

    @Test
    void atLeastGrowthAcceptsAHigherLevelButNotALowerOne() {
      Indicator above = ind("a", "a收入", "亿元")
          .addObservation(Observation.actual("a1", 2025, Bound.parse("100"), Bound.absent()))
          .addObservation(Observation.target("a2", 2026, Bound.parse("110"), Bound.parse("5以上"))).build();
      Indicator below = ind("b", "b收入", "亿元")
          .addObservation(Observation.actual("b1", 2025, Bound.parse("100"), Bound.absent()))
          .addObservation(Observation.target("b2", 2026, Bound.parse("104"), Bound.parse("5以上"))).build();
      AuditReport r = CALC.audit(plan(above, below));
      assertThat(only(r, Finding.Check.TARGET_ARITHMETIC, "a").outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(only(r, Finding.Check.TARGET_ARITHMETIC, "b").outcome()).isEqualTo(Finding.Outcome.FAILED);
    }

    @Test
    void baseInWanYuanIsConvertedFirst() {
      // 1,000,000 万元 = 100 亿元; × 1.05 = 105 亿元 = printed.
      Indicator i = ind("c", "c支出", "亿元")
          .addObservation(Observation.actual("c1", 2025, Bound.parse("1000000万元"), Bound.absent()))
          .addObservation(Observation.target("c2", 2026, Bound.parse("105"), Bound.parse("5"))).build();
      Finding f = only(CALC.audit(plan(i)), Finding.Check.TARGET_ARITHMETIC, "c");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.PASSED);
      assertThat(f.numbers().get("implied 2026").amount()).isEqualByComparingTo("105");
      assertThat(f.numbers().get("implied 2026").unit()).isEqualTo(YI);
    }

    @Test
    void comparablePriceGrowthIsSkippedWithTheInference() {
      // 5088.9 × 1.05 = 5343.345 would "pass" against 5343, but GDP growth is real: the check must not run.
      Indicator gdp = ind("gdp", "地区生产总值", "亿元")
          .addObservation(Observation.actual("g1", 2025, Bound.parse("5088.9"), Bound.parse("5.6")))
          .addObservation(Observation.target("g2", 2026, Bound.parse("5343"), Bound.parse("5"))).build();
      Finding f = only(CALC.audit(plan(gdp)), Finding.Check.TARGET_ARITHMETIC, "gdp");
      assertThat(f.outcome()).isEqualTo(Finding.Outcome.SKIPPED);
      assertThat(f.message()).contains("comparable prices");
      assertThat(f.inferences()).singleElement().asString().contains("地区生产总值");
      Indicator stated = new Indicator.Builder().from(gdp).code("va").name("某指标")
          .growthBasis(Inferred.stated(Indicator.GrowthBasis.COMPARABLE_PRICES)).build();
      Finding g = only(CALC.audit(plan(stated)), Finding.Check.TARGET_ARITHMETIC, "va");
      assertThat(g.outcome()).isEqualTo(Finding.Outcome.SKIPPED);
      assertThat(g.inferences()).isEmpty();
    }

    @Test
    void declineVerbWithPositiveGrowthIsAnError() {
      Observation bad = new Observation.Builder().id("e1").kind(Observation.Kind.ACTUAL).period(Period.year(2025))
          .growth(Bound.parse("13.2")).verb("下降").build();
      Observation good = new Observation.Builder().id("e2").kind(Observation.Kind.ACTUAL).period(Period.year(2024))
          .growth(Bound.parse("下降5%")).verb("下降").build();
      Indicator i = ind("energy", "万元GDP能耗", "%").addObservations(bad, good).build();
      AuditReport r = CALC.audit(plan(i));
      Finding f = only(r, Finding.Check.GROWTH_SIGN, "energy");
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.observationIds()).containsExactly("e1");
      assertThat(f.numbers().get("figure").amount()).isEqualByComparingTo("13.2");
    }

    @Test
    void riseVerbWithNegativeGrowthIsAnError() {
      Observation bad = new Observation.Builder().id("r1").kind(Observation.Kind.TARGET).period(Period.year(2026))
          .growth(Bound.parse("-3")).verb("增长").build();
      AuditReport r = CALC.audit(plan(ind("r", "r总额", "亿元").addObservation(bad).build()));
      assertThat(only(r, Finding.Check.GROWTH_SIGN, "r").message()).contains("增长");
    }

    @Test
    void unitsThatDoNotFitTheNameAreFlagged() {
      Indicator rate = ind("u", "城镇调查失业率", "万人")
          .addObservation(Observation.actual("u1", 2025, Bound.parse("5.3"), Bound.absent())).build();
      Indicator people = ind("p", "城镇新增就业人数", "万人")
          .addObservation(Observation.actual("p1", 2025, Bound.parse("5.5%"), Bound.absent())).build();
      AuditReport r = CALC.audit(plan(rate, people));
      assertThat(only(r, Finding.Check.UNIT_DIMENSION, "u").inferences()).singleElement().asString()
          .contains("率");
      assertThat(only(r, Finding.Check.UNIT_DIMENSION, "p").message()).contains("does not convert");
    }

    @Test
    void aShareAbove100IsAnErrorButACompletionRateIsNot() {
      Indicator share = ind("s", "服务业增加值占比", "%")
          .addObservation(Observation.actual("s1", 2025, Bound.parse("101.2"), Bound.absent())).build();
      Indicator completion = ind("c", "年度投资完成率", "%")
          .addObservation(Observation.actual("c1", 2025, Bound.parse("103"), Bound.absent())).build();
      AuditReport r = CALC.audit(plan(share, completion));
      Finding f = only(r, Finding.Check.SHARE_OVER_100, "s");
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.numbers().get("share").amount()).isEqualByComparingTo("101.2");
      assertThat(r.findings(Finding.Check.SHARE_OVER_100)).hasSize(1);
    }

    @Test
    void figuresDifferingOnlyByRoundingAreInfo() {
      Observation annex = Observation.actual("a", 2025, Bound.parse("5.63"), Bound.absent());
      Observation text = Observation.actual("b", 2025, Bound.parse("5.6"), Bound.absent());
      AuditReport r = CALC.audit(plan(ind("z", "z人数", "万人").addObservations(annex, text).build()));
      Finding f = only(r, Finding.Check.CONFLICTING_FIGURES, "z");
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.message()).contains("precision");
    }

    @Test
    void roundTargetGrowthsRepeatWithoutAFinding() {
      // Deposits and loans both plan 8%: growth figures are not compared for repeats.
      AuditReport r = CALC.audit(SeedAnnex.plan());
      assertThat(r.findings(Finding.Check.REPEATED_VALUE))
          .noneMatch(f -> f.indicatorCodes().contains("deposits"));
      assertThat(ImmutableList.copyOf(r.findings())).isEqualTo(r.findings());
    }
  }
}
