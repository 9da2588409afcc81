package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.devplan.model.Bound;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;

/** The {@code <pre>} examples of the public Javadoc, run as written. */
class JavadocExamplesTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void packageInfo() {
    CalcResult deposits = CALC.grow(Quantity.of("8969.75", Unit.YI_YUAN), Rate.percent("8"));
    assertThat(deposits.value()).isEqualTo(dec("9687.33"));
    assertThat(CALC.growthPercent(Quantity.of("419.73", Unit.YI_YUAN), Quantity.of("428.12", Unit.YI_YUAN))
        .value()).isEqualTo(dec("2.00"));
    assertThat(CALC.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5左右")).status())
        .isEqualTo(Gap.Status.MET);
  }

  @Test
  void calculator() {
    Calculator calc = CalcContext.defaults().calc();
    Quantity revenue2025 = Quantity.of("419.73", Unit.YI_YUAN);
    assertThat(calc.grow(revenue2025, Rate.percent("2")).unrounded()).isEqualTo(dec("428.1246"));
    assertThat(calc.grow(revenue2025, Rate.percent("2")).value()).isEqualTo(dec("428.12"));
    assertThat(calc.growthPercent(revenue2025, Quantity.of("428.12", Unit.YI_YUAN)).value()).isEqualTo(dec("2.00"));
    assertThat(calc.previous(revenue2025, Rate.percent("2.01")).value()).isEqualTo(dec("411.46"));
    assertThat(calc.part(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("50.4")).value()).isEqualTo(dec("2564.8"));
    assertThat(calc.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5%左右")).status())
        .isEqualTo(Gap.Status.MET);
    assertThat(calc.audit(SeedAnnex.plan()).failures()).isEqualTo(CALC.audit(SeedAnnex.plan()).failures());
    assertThat(calc).isSameAs(CALC);
    assertThat(calc.changeInPoints(Quantity.of("10.8", Unit.PERCENT), Quantity.of("13", Unit.PERCENT)).value())
        .isEqualTo(dec("2.2"));
    assertThat(calc.change(Quantity.of("5.3", Unit.PERCENT), Quantity.of("5.5", Unit.PERCENT)).unit())
        .isEqualTo(Unit.PERCENTAGE_POINT);
    assertThat(calc.addPoints(Quantity.of("50.4", Unit.PERCENT), Rate.points("1")).value()).isEqualTo(dec("51.4"));
    assertThat(calc.requiredRate(Quantity.of("5088.9", Unit.YI_YUAN), Quantity.of("6000", Unit.YI_YUAN), 4).value())
        .isEqualTo(dec("4.2"));
    assertThat(calc.doublingRate(10).value()).isEqualTo(dec("7.2"));
    assertThat(calc.shareChangeInPoints(Rate.percent("50.1"), Rate.percent("50.4")).value()).isEqualTo(dec("0.3"));
    assertThat(calc.contributionPercent(Quantity.of("50", Unit.YI_YUAN), Quantity.of("53.4", Unit.YI_YUAN),
        Quantity.of("100", Unit.YI_YUAN), Quantity.of("105.6", Unit.YI_YUAN)).value()).isEqualTo(dec("60.7"));
    assertThat(calc.contributionFromGrowth(PreviousShare.of(2024, Rate.percent("50")), Rate.percent("6.8"),
        Rate.percent("5.6"), 2025).value()).isEqualTo(dec("60.7"));
    assertThat(calc.previousShare(2024, Quantity.of("2500", Unit.YI_YUAN), Quantity.of("5000", Unit.YI_YUAN))
        .percent().toPlainString()).isEqualTo("50");
    Indicator revenue = new Indicator.Builder().code("revenue").name("一般公共预算收入").unit(Unit.YI_YUAN).build();
    Indicator gdp = new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build();
    assertThat(calc.impliedPrevious(revenue, Quantity.of("419.73", Unit.YI_YUAN), Rate.percent("2.01")).value())
        .isEqualTo(dec("411.46"));
    assertThatThrownBy(() -> calc.impliedPrevious(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grows at comparable prices");
    assertThat(calc.summary(SeedAnnex.plan()).row("一般公共预算收入").orElseThrow().impliedTarget())
        .map(CalcResult::toString).contains("428.12亿元");
  }

  @Test
  void calcContextCalc() {
    CalcContext strict = new CalcContext.Builder().aboutRelativeTolerance(dec("0.02"))
        .allowComparablePriceApproximation(true).build();
    assertThat(strict.calc().context()).isSameAs(strict);
    assertThat(strict.calc()).isSameAs(strict.calc());
    assertThat(CalcContext.defaults().calc().doublingRate(10).value()).isEqualTo(dec("7.2"));
    assertThat(CalcContext.defaults().concepts()).isSameAs(org.devplan.model.Concepts.standard());
  }

  @Test
  void calcResultPrints() {
    assertThat(CALC.grow(Quantity.of("6037.44", Unit.YI_YUAN), Rate.percent("8"))).hasToString("6520.44亿元");
  }

  @Test
  void calcContextAndRate() {
    assertThat(CalcContext.defaults().rateScale(dec("419.73"), dec("428.12"))).isEqualTo(2);
    CalcContext strict = new CalcContext.Builder().aboutRelativeTolerance(dec("0.02"))
        .allowComparablePriceApproximation(true).build();
    assertThat(strict.aboutPointTolerance()).isEqualByComparingTo("0.5");
    assertThat(Rate.percent("8").factor()).isEqualTo(dec("1.08"));
    assertThat(Rate.points("0.31").isPoints()).isTrue();
  }

  @Test
  void calcResult() {
    CalcResult r = CALC.grow(Quantity.of("6037.44", Unit.YI_YUAN), Rate.percent("8"));
    assertThat(r.value()).isEqualTo(dec("6520.44"));
    assertThat(r.unrounded()).isEqualTo(dec("6520.4352"));
    assertThat(r.inputs()).hasToString("{previous=6037.44亿元, rate=8%}");
    assertThat(r.quantity()).hasToString("6520.44亿元");
    CalcResult s = CALC.part(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("50.4"));
    assertThat(s.value()).isEqualTo(dec("2564.8"));
    assertThat(s.unrounded()).isEqualTo(dec("2564.8056"));
  }

  @Test
  void growth() {
    Quantity revenue2025 = Quantity.of("419.73", Unit.YI_YUAN);
    assertThat(CALC.grow(revenue2025, Rate.percent("2")).value()).isEqualTo(dec("428.12"));
    assertThat(CALC.previous(revenue2025, Rate.percent("2.01")).value()).isEqualTo(dec("411.46"));
    assertThat(CALC.cagr(Quantity.of("100", Unit.YI_YUAN), Quantity.of("121", Unit.YI_YUAN), 2).value())
        .isEqualTo(dec("10.0"));
    assertThat(CALC.requiredRate(Quantity.of("100", Unit.YI_YUAN), Quantity.of("200", Unit.YI_YUAN), 10).value())
        .isEqualTo(dec("7.2"));
    assertThat(CALC.growthPercent(Quantity.of("8969.75", Unit.YI_YUAN), Quantity.of("9687", Unit.YI_YUAN))
        .value()).isEqualTo(dec("8.0"));
    assertThat(CALC.changeInPoints(Quantity.of("50.1", Unit.PERCENT), Quantity.of("50.4", Unit.PERCENT)).unit())
        .isEqualTo(Unit.PERCENTAGE_POINT);
    assertThat(CALC.change(Quantity.of("100", Unit.YUAN), Quantity.of("105", Unit.YUAN)).unit())
        .isEqualTo(Unit.PERCENT);
    assertThat(CALC.grow(Quantity.of("583.28", Unit.YI_YUAN), Rate.percent("1.5")).unrounded())
        .isEqualTo(dec("592.02920"));
    assertThat(CALC.previous(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6")).value())
        .isEqualTo(dec("4819.0"));
    assertThat(CALC.cagr(Quantity.of("4000", Unit.YI_YUAN), Quantity.of("5088.9", Unit.YI_YUAN), 5).value())
        .isEqualTo(dec("4.9"));
    assertThat(CALC.cumulativePercent(List.of(Rate.percent("10"), Rate.percent("10"))).value())
        .isEqualTo(dec("21.0"));
    assertThat(CALC.doublingRate(10).unrounded().toPlainString()).startsWith("7.177346253629316");
    assertThat(CALC.doublingTarget(Quantity.of("5088.9", Unit.YI_YUAN)).value()).isEqualTo(dec("10177.8"));
  }

  @Test
  void growthBasis() {
    Indicator gdp = new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build();
    PriceBasis b = PriceBasis.of(gdp);
    assertThat(b.basis()).isEqualTo(Indicator.GrowthBasis.COMPARABLE_PRICES);
    assertThat(b.evidence()).isEqualTo(Evidence.INFERRED);
    assertThat(b.reason()).isEqualTo("name 地区生产总值 ends with 地区生产总值: grows at comparable prices (curated vocabulary)");
    CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
    assertThat(optIn.calc().impliedLevel(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5"))
        .isApproximate()).isTrue();
  }

  @Test
  void shares() {
    Quantity gdp = Quantity.of("5088.9", Unit.YI_YUAN);
    assertThat(CALC.whole(Quantity.of("2564.8", Unit.YI_YUAN), Rate.percent("50.4")).value())
        .isEqualTo(dec("5088.9"));
    assertThat(CALC.sharePercent(Quantity.of("2564.8", Unit.YI_YUAN), gdp).value()).isEqualTo(dec("50.4"));
    assertThat(CALC.sharePercent(Quantity.of("50889000", Unit.of("万元")), Quantity.of("10177.8", Unit.YI_YUAN))
        .value()).isEqualTo(dec("50.0"));
    assertThat(CALC.whole(Quantity.of("60.2", Unit.YI_YUAN), Rate.percent("60.2")).value())
        .isEqualTo(dec("100.0"));
    assertThat(CALC.partition(Map.of("a", Quantity.of("1", Unit.YUAN))).get("a").value())
        .isEqualTo(dec("100.0"));
    PreviousShare s = PreviousShare.of(2024, Rate.percent("50.0"));
    assertThat(CALC.contributionFromGrowth(s, Rate.percent("6.8"), Rate.percent("5.6"), 2025).value())
        .isEqualTo(dec("60.7"));
  }

  @Test
  void gaps() {
    assertThat(CALC.gap(Quantity.of("-6", Unit.PERCENT), Bound.parse("下降5%以上")).status())
        .isEqualTo(Gap.Status.MET);
    assertThat(CALC.gap(Quantity.of("50889000", Unit.of("万元")), Bound.parse("5000亿元以上")).status())
        .isEqualTo(Gap.Status.MET);
    assertThat(CALC.gap(Quantity.of("3", Unit.PERCENT), Bound.parse("止跌回稳")).status())
        .isEqualTo(Gap.Status.NOT_COMPARABLE);
    Gap g = CALC.directedGap(Quantity.of("9700", Unit.YI_YUAN), Bound.parse("9687"), Unit.YI_YUAN,
        Indicator.Direction.HIGHER_IS_BETTER);
    assertThat(g.status()).isEqualTo(Gap.Status.MET);
    assertThat(g.difference()).contains(dec("13"));
    Gap doctors = CALC.gap(Quantity.of("4.58", Unit.of("人")), Bound.parse("4.6"));
    assertThat(doctors.status()).isEqualTo(Gap.Status.MET);
    assertThat(doctors.difference()).contains(dec("-0.02"));
    assertThat(doctors.relativePercent()).contains(dec("-0.4"));
  }

  @Test
  void progress() {
    SortedMap<Integer, Quantity> forest = new TreeMap<>(Map.of(2020, Quantity.parse("30%"),
        2023, Quantity.parse("31.5%")));
    Progress p = CalcContext.defaults().calc().progressWithLimit(forest, 2025, Quantity.parse("33%"),
        Indicator.Direction.HIGHER_IS_BETTER, Quantity.parse("100%"));
    assertThat(p.ratio().orElseThrow().toPlainString()).startsWith("0.85198");
    assertThat(p.category()).isEqualTo(Progress.Category.FAIR_PROGRESS);
    assertThat(p.requiredRate().toString()).startsWith("1.92448");
    assertThat(p.requiredRate().unit()).isEqualTo(Unit.PERCENT);
    SortedMap<Integer, Quantity> gdp = new TreeMap<>(Map.of(2020, Quantity.parse("100亿元"),
        2023, Quantity.parse("1270000万元")));
    Progress g = CALC.progress(gdp, 2025, Quantity.parse("161.051亿元"), Indicator.Direction.HIGHER_IS_BETTER);
    assertThat(g.category()).isEqualTo(Progress.Category.FAIR_PROGRESS);
    assertThat(g.ratio().orElseThrow().round(new java.math.MathContext(2))).isEqualByComparingTo("0.83");
  }

  @Test
  void attainmentLinePrints() {
    Attainment revenue = CALC.attainments(new org.devplan.model.Plan.Builder().id("p2025").title("constructed")
            .kind(org.devplan.model.Plan.Kind.ANNUAL_PLAN).region(SeedAnnex.plan().region()).planYear(2025)
            .source(org.devplan.model.Source.of("constructed"))
            .addIndicator(new Indicator.Builder().code("revenue").name("一般公共预算收入").unit(Unit.YI_YUAN)
                .addObservation(org.devplan.model.Observation.target("t", 2025, Bound.absent(), Bound.parse("2以上")))
                .build()).build(), SeedAnnex.plan()).get(0);
    assertThat(revenue).hasToString("2025 一般公共预算收入 MET growth: MET 2.01% vs 2以上: 0.01个百分点");
  }

  @Test
  void auditAndSummary() {
    AuditReport report = CALC.audit(SeedAnnex.plan());
    assertThat(report.failures().get(0).toString()).startsWith(
        "WARNING conflicting-figures failed urban-new-jobs 2025 actual: level stated with different figures: "
            + "5.53万人 (table) vs 6.01万人 (narrative)");
    IndicatorSummary deposits = CALC.summary(SeedAnnex.plan()).row("deposits")
        .orElseThrow();
    assertThat(deposits.impliedTarget().map(CalcResult::value)).contains(dec("9687.33"));
    assertThat(deposits.targetGrowth().map(CalcResult::value)).contains(dec("8.0"));
  }
}
