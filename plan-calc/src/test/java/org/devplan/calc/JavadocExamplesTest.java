package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void packageInfo() {
    GrowthResult deposits = Growth.grow(Quantity.of("8969.75", Unit.YI_YUAN), Rate.percent("8"));
    assertThat(deposits.value()).isEqualTo(dec("9687.33"));
    assertThat(Growth.growthPercent(Quantity.of("419.73", Unit.YI_YUAN), Quantity.of("428.12", Unit.YI_YUAN))
        .value()).isEqualTo(dec("2.00"));
    assertThat(Gaps.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5左右")).status())
        .isEqualTo(Gap.Status.MET);
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
    CalcResult r = Growth.grow(Quantity.of("6037.44", Unit.YI_YUAN), Rate.percent("8"));
    assertThat(r.value()).isEqualTo(dec("6520.44"));
    assertThat(r.unrounded()).isEqualTo(dec("6520.4352"));
    assertThat(r.inputs()).hasToString("{previous=6037.44亿元, rate=8%}");
    assertThat(r.quantity()).hasToString("6520.44亿元");
    ShareResult s = Shares.part(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("50.4"));
    assertThat(s.value()).isEqualTo(dec("2564.8"));
    assertThat(s.unrounded()).isEqualTo(dec("2564.8056"));
  }

  @Test
  void growth() {
    Quantity revenue2025 = Quantity.of("419.73", Unit.YI_YUAN);
    assertThat(Growth.grow(revenue2025, Rate.percent("2")).value()).isEqualTo(dec("428.12"));
    assertThat(Growth.previous(revenue2025, Rate.percent("2.01")).value()).isEqualTo(dec("411.46"));
    assertThat(Growth.cagr(Quantity.of("100", Unit.YI_YUAN), Quantity.of("121", Unit.YI_YUAN), 2).value())
        .isEqualTo(dec("10.0"));
    assertThat(Growth.requiredRate(Quantity.of("100", Unit.YI_YUAN), Quantity.of("200", Unit.YI_YUAN), 10).value())
        .isEqualTo(dec("7.2"));
    assertThat(Growth.growthPercent(Quantity.of("8969.75", Unit.YI_YUAN), Quantity.of("9687", Unit.YI_YUAN))
        .value()).isEqualTo(dec("8.0"));
    assertThat(Growth.changeInPoints(Quantity.of("50.1", Unit.PERCENT), Quantity.of("50.4", Unit.PERCENT)).unit())
        .isEqualTo(Unit.PERCENTAGE_POINT);
    assertThat(Growth.change(Quantity.of("100", Unit.YUAN), Quantity.of("105", Unit.YUAN)).unit())
        .isEqualTo(Unit.PERCENT);
    assertThat(Growth.grow(Quantity.of("583.28", Unit.YI_YUAN), Rate.percent("1.5")).unrounded())
        .isEqualTo(dec("592.02920"));
    assertThat(Growth.previous(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6")).value())
        .isEqualTo(dec("4819.0"));
    assertThat(Growth.cagr(Quantity.of("4000", Unit.YI_YUAN), Quantity.of("5088.9", Unit.YI_YUAN), 5).value())
        .isEqualTo(dec("4.9"));
    assertThat(Growth.cumulativePercent(List.of(Rate.percent("10"), Rate.percent("10"))).value())
        .isEqualTo(dec("21.0"));
    assertThat(Growth.doublingRate(10).unrounded().toPlainString()).startsWith("7.177346253629316");
    assertThat(Growth.doublingTarget(Quantity.of("5088.9", Unit.YI_YUAN)).value()).isEqualTo(dec("10177.8"));
  }

  @Test
  void growthBasis() {
    Indicator gdp = new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build();
    GrowthBasis b = GrowthBasis.of(gdp);
    assertThat(b.basis()).isEqualTo(Indicator.GrowthBasis.COMPARABLE_PRICES);
    assertThat(b.evidence()).isEqualTo(Evidence.INFERRED);
    assertThat(b.reason()).isEqualTo("name 地区生产总值 ends with 地区生产总值: grows at comparable prices (curated vocabulary)");
    CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
    assertThat(Growth.impliedLevel(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5"), optIn)
        .isApproximate()).isTrue();
  }

  @Test
  void shares() {
    Quantity gdp = Quantity.of("5088.9", Unit.YI_YUAN);
    assertThat(Shares.whole(Quantity.of("2564.8", Unit.YI_YUAN), Rate.percent("50.4")).value())
        .isEqualTo(dec("5088.9"));
    assertThat(Shares.sharePercent(Quantity.of("2564.8", Unit.YI_YUAN), gdp).value()).isEqualTo(dec("50.4"));
    assertThat(Shares.sharePercent(Quantity.of("50889000", Unit.of("万元")), Quantity.of("10177.8", Unit.YI_YUAN))
        .value()).isEqualTo(dec("50.0"));
    assertThat(Shares.whole(Quantity.of("60.2", Unit.YI_YUAN), Rate.percent("60.2")).value())
        .isEqualTo(dec("100.0"));
    assertThat(Shares.partition(Map.of("a", Quantity.of("1", Unit.YUAN))).get("a").value())
        .isEqualTo(dec("100.0"));
    PreviousShare s = PreviousShare.of(2024, Rate.percent("50.0"));
    assertThat(Shares.contributionPercent(s, Rate.percent("6.8"), Rate.percent("5.6"), 2025).value())
        .isEqualTo(dec("60.7"));
  }

  @Test
  void gaps() {
    assertThat(Gaps.gap(Quantity.of("-6", Unit.PERCENT), Bound.parse("下降5%以上")).status())
        .isEqualTo(Gap.Status.MET);
    assertThat(Gaps.gap(Quantity.of("50889000", Unit.of("万元")), Bound.parse("5000亿元以上")).status())
        .isEqualTo(Gap.Status.MET);
    assertThat(Gaps.gap(Quantity.of("3", Unit.PERCENT), Bound.parse("止跌回稳")).status())
        .isEqualTo(Gap.Status.NOT_COMPARABLE);
    Gap g = Gaps.gap(Quantity.of("9700", Unit.YI_YUAN), Bound.parse("9687"), Unit.YI_YUAN,
        Indicator.Direction.HIGHER_IS_BETTER, CalcContext.defaults());
    assertThat(g.status()).isEqualTo(Gap.Status.MET);
    assertThat(g.difference()).contains(dec("13"));
    Gap doctors = Gaps.gap(Quantity.of("4.58", Unit.of("人")), Bound.parse("4.6"));
    assertThat(doctors.status()).isEqualTo(Gap.Status.MET);
    assertThat(doctors.difference()).contains(dec("-0.02"));
    assertThat(doctors.relativePercent()).contains(dec("-0.4"));
  }

  @Test
  void progress() {
    SortedMap<Integer, BigDecimal> forest = new TreeMap<>(Map.of(2020, dec("30"), 2023, dec("31.5")));
    Progress p = Progress.assess(forest, 2025, dec("33"), Indicator.Direction.HIGHER_IS_BETTER,
        Optional.of(dec("100")), CalcContext.defaults());
    assertThat(p.ratio().orElseThrow().toPlainString()).startsWith("0.85198");
    assertThat(p.category()).isEqualTo(Progress.Category.FAIR_PROGRESS);
  }

  @Test
  void attainmentLinePrints() {
    Attainment revenue = Attainments.table(new org.devplan.model.Plan.Builder().id("p2025").title("constructed")
            .kind(org.devplan.model.Plan.Kind.ANNUAL_PLAN).region(SeedAnnex.plan().region()).planYear(2025)
            .source(org.devplan.model.Source.of("constructed"))
            .addIndicator(new Indicator.Builder().code("revenue").name("一般公共预算收入").unit(Unit.YI_YUAN)
                .addObservation(org.devplan.model.Observation.target("t", 2025, Bound.absent(), Bound.parse("2以上")))
                .build()).build(), SeedAnnex.plan()).get(0);
    assertThat(revenue).hasToString("2025 一般公共预算收入 MET growth: MET 2.01% vs 2以上: 0.01个百分点");
  }

  @Test
  void auditAndSummary() {
    AuditReport report = PlanAudit.of(CalcContext.defaults()).audit(SeedAnnex.plan());
    assertThat(report.failures().get(0).toString()).startsWith(
        "WARNING conflicting-figures failed urban-new-jobs 2025 actual: level stated with different figures: "
            + "5.53万人 (table) vs 6.01万人 (narrative)");
    IndicatorSummary deposits = PlanSummary.of(SeedAnnex.plan(), CalcContext.defaults()).row("deposits")
        .orElseThrow();
    assertThat(deposits.impliedTarget().map(GrowthResult::value)).contains(dec("9687.33"));
    assertThat(deposits.targetGrowth().map(GrowthResult::value)).contains(dec("8.0"));
  }
}
