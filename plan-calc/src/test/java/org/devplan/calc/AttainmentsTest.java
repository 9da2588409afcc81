package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The 2026 seed reports 2025 actuals; the 2025 plan's targets are not in the repository, so the earlier plan here
 * is constructed (its figures are illustrative, chosen to exercise each verdict), while the actuals are the seed's.
 */
class AttainmentsTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static final Region ZIBO = new Region.Builder().name("淄博市").code("370300").build();

  private static Plan plan2025(Region region) {
    return new Plan.Builder().id("zibo-2025-constructed").title("constructed 2025 targets")
        .kind(Plan.Kind.ANNUAL_PLAN).region(region).planYear(2025).source(Source.of("constructed"))
        .addIndicators(
            // joined by code; growth 2以上 against the seed's actual 2.01: met, 0.01 points above.
            indicator("revenue", "一般公共预算收入", "亿元").addObservation(
                Observation.target("t-revenue", 2025, Bound.absent(), Bound.parse("2以上"))).build(),
            // joined by name (different code); level 5.5以上 against actual 5.53 (and the narrative's 6.01).
            indicator("jobs", "城镇新增就业人数", "万人").addObservation(
                Observation.target("t-jobs", 2025, Bound.parse("5.5以上"), Bound.absent())).build(),
            // joined by alias: the seed lists 新增城镇就业 as an alias; target in 万人 vs 人 converts exactly.
            indicator("jobs2", "新增城镇就业", "人").addObservation(
                Observation.target("t-jobs2", 2025, Bound.parse("60000以上"), Bound.absent())).build(),
            // unemployment 5.5%左右 against 5.3: met within 0.5 points.
            indicator("urban-unemployment", "城镇调查失业率", "%").addObservation(
                Observation.target("t-unemp", 2025, Bound.parse("5.5左右"), Bound.absent())).build(),
            // a growth target in words: kept, not comparable.
            indicator("fixed-investment", "固定资产投资", "亿元").addObservation(
                Observation.target("t-fai", 2025, Bound.absent(), Bound.parse("止跌回稳"))).build(),
            // no counterpart in the seed: left out.
            indicator("nothing", "不存在的指标", "个").addObservation(
                Observation.target("t-none", 2025, Bound.parse("1"), Bound.absent())).build())
        .build();
  }

  private static Indicator.Builder indicator(String code, String name, String unit) {
    return new Indicator.Builder().code(code).name(name).unit(Unit.of(unit));
  }

  @Test
  void joinsTargetsWithTheNextPlansActuals() {
    List<Attainment> rows = CALC.attainments(plan2025(ZIBO), SeedAnnex.plan());
    Attainment revenue = rows.get(0);
    assertThat(revenue.match()).isEqualTo(Attainment.Match.CODE);
    assertThat(revenue.actualPlanId()).isEqualTo("zibo-2026");
    // the seed states revenue twice for 2025 (annex and narrative), both 2.01: two rows, both met.
    assertThat(rows).filteredOn(r -> r.indicatorCode().equals("revenue")).hasSize(2)
        .allSatisfy(r -> {
          assertThat(r.status()).isEqualTo(Gap.Status.MET);
          assertThat(r.growthGap().orElseThrow().difference().orElseThrow()).isEqualByComparingTo("0.01");
        });
    List<Attainment> jobs = rows.stream().filter(r -> r.indicatorCode().equals("jobs")).toList();
    assertThat(jobs).extracting(Attainment::match).containsOnly(Attainment.Match.NAME);
    assertThat(jobs).extracting(r -> r.levelGap().orElseThrow().difference().orElseThrow().toPlainString())
        .containsExactly("0.03", "0.51");
    List<Attainment> jobs2 = rows.stream().filter(r -> r.indicatorCode().equals("jobs2")).toList();
    assertThat(jobs2).extracting(Attainment::match).containsOnly(Attainment.Match.ALIAS);
    // 5.53万人 = 55300人 < 60000: not met; 6.01万人 = 60100人: met.
    assertThat(jobs2).extracting(Attainment::status).containsExactly(Gap.Status.NOT_MET, Gap.Status.MET);
    Attainment unemployment = rows.stream().filter(r -> r.indicatorCode().equals("urban-unemployment"))
        .findFirst().orElseThrow();
    assertThat(unemployment.status()).isEqualTo(Gap.Status.MET);
    Attainment fai = rows.stream().filter(r -> r.indicatorCode().equals("fixed-investment")).findFirst()
        .orElseThrow();
    assertThat(fai.status()).isEqualTo(Gap.Status.NOT_COMPARABLE);
    assertThat(fai.growthGap().orElseThrow().target().text()).isEqualTo("止跌回稳");
    assertThat(rows).noneMatch(r -> r.indicatorCode().equals("nothing"));
    assertThat(rows).allMatch(r -> r.year() == 2025 && r.region().equals(ZIBO));
  }

  @Test
  void joinsACollectionOfPlansByRegionAndYear() {
    Region jinan = new Region.Builder().name("济南市").code("370100").build();
    Plan other = plan2025(jinan);
    // 济南市 has no 2026 plan here, so only the 淄博市 pair joins; input order does not matter.
    List<Attainment> rows = CALC.attainmentsAcross(List.of(SeedAnnex.plan(), other, plan2025(ZIBO)));
    assertThat(rows).isEqualTo(CALC.attainments(plan2025(ZIBO), SeedAnnex.plan()));
    assertThat(rows).isNotEmpty();
    assertThat(CALC.attainmentsAcross(List.of(other))).isEmpty();
  }

  @Test
  void refusesPlansOfDifferentRegions() {
    Region other = new Region.Builder().name("济南市").code("370100").build();
    assertThatThrownBy(() -> CALC.attainments(plan2025(other), SeedAnnex.plan()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("济南市");
  }
}
