package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The model represents every row of the seed's annex, both years, without loss: each cell parses into the
 * value, growth and qualifier the seed's hand-made answer key gives for it, and formats back to the printed text.
 */
class SeedAnnexTest {
  record Expected(String name, int year, String value, String growth, String qualifier, String text) {}

  private static Expected expect(String name, int year, String value, String growth, String qualifier,
      String text) {
    return new Expected(name, year, value, growth, qualifier, text);
  }

  /** The answer key's 56 table entries (shared/seeds/000_13fe077dfa327d81.expected.json). */
  static final ImmutableList<Expected> KEY = ImmutableList.of(
      expect("地区生产总值", 2025, null, "5.6", "EXACT", null),
      expect("地区生产总值", 2026, null, "5", "AT_LEAST", null),
      expect("规模以上工业增加值", 2025, null, "7.4", "EXACT", null),
      expect("规模以上工业增加值", 2026, null, "6.5", "EXACT", null),
      expect("服务业增加值", 2025, null, "6.8", "EXACT", null),
      expect("服务业增加值", 2026, null, "6", "EXACT", null),
      expect("固定资产投资", 2025, null, "-12.6", "EXACT", null),
      expect("固定资产投资", 2026, null, null, "QUALITATIVE", "止跌回稳"),
      expect("社会消费品零售总额", 2025, null, "5.2", "EXACT", null),
      expect("社会消费品零售总额", 2026, null, null, "QUALITATIVE", "稳定增长"),
      expect("实际使用外资", 2025, "19652", "-45.8", "EXACT", null),
      expect("实际使用外资", 2026, null, null, "QUALITATIVE", "固稳提质"),
      expect("进出口总额", 2025, "1010.8", "-3.7", "EXACT", null),
      expect("进出口总额", 2026, null, null, "QUALITATIVE", "固稳提质"),
      expect("全社会研发经费投入增长", 2025, "6.97", null, "EXACT", null),
      expect("全社会研发经费投入增长", 2026, "7", null, "EXACT", null),
      expect("每万人高价值发明专利拥有量", 2025, "12.47", null, "EXACT", null),
      expect("每万人高价值发明专利拥有量", 2026, "13.2", null, "EXACT", null),
      expect("一般公共预算收入", 2025, "419.73", "2.01", "EXACT", null),
      expect("一般公共预算收入", 2026, "428.12", "2", "AT_LEAST", null),
      expect("一般公共预算支出", 2025, "583.28", "0.99", "EXACT", null),
      expect("一般公共预算支出", 2026, "592.03", "1.5", "EXACT", null),
      expect("金融机构存款余额", 2025, "8969.75", "7.63", "EXACT", null),
      expect("金融机构存款余额", 2026, "9687", "8", "EXACT", null),
      expect("金融机构贷款余额", 2025, "6037.44", "5.71", "EXACT", null),
      expect("金融机构贷款余额", 2026, "6520", "8", "EXACT", null),
      expect("单位地区生产总值二氧化碳排放降低", 2025, "20.5", null, "GREATER_THAN", null),
      expect("单位地区生产总值二氧化碳排放降低", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("非化石能源占能源消费总量比重", 2025, "9.5", null, "EXACT", null),
      expect("非化石能源占能源消费总量比重", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("VOCs削减量", 2025, null, null, null, "—"),
      expect("VOCs削减量", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("COD排放削减量", 2025, null, null, null, "—"),
      expect("COD排放削减量", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("空气质量优良天数", 2025, "278", null, "EXACT", null),
      expect("空气质量优良天数", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("细颗粒物浓度", 2025, "35", null, "EXACT", null),
      expect("细颗粒物浓度", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("优良水体比例", 2025, "9.5", null, "EXACT", null),
      expect("优良水体比例", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("森林覆盖率", 2025, "31.32", null, "EXACT", null),
      expect("森林覆盖率", 2026, null, null, "QUALITATIVE", "完成省下达目标"),
      expect("城镇新增就业人数", 2025, "5.53", null, "EXACT", null),
      expect("城镇新增就业人数", 2026, "5.5", null, "AT_LEAST", null),
      expect("城镇调查失业率", 2025, "5.3", null, "EXACT", null),
      expect("城镇调查失业率", 2026, "5.5", null, "ABOUT", null),
      expect("居民人均可支配收入", 2025, "52062", "4.9", "EXACT", null),
      expect("居民人均可支配收入", 2026, null, null, "QUALITATIVE", "与经济增长同步"),
      expect("每千人口拥有执业医师数", 2025, "4.58", null, "EXACT", null),
      expect("每千人口拥有执业医师数", 2026, "4.6", null, "EXACT", null),
      expect("每千人口拥有注册护士数", 2025, "4.58", null, "EXACT", null),
      expect("每千人口拥有注册护士数", 2026, "4.58", null, "EXACT", null),
      expect("养老机构护理型床位占比", 2025, null, null, null, "—"),
      expect("养老机构护理型床位占比", 2026, "75", null, "EXACT", null),
      expect("1—3岁婴幼儿入托率", 2025, "10.8", null, "EXACT", null),
      expect("1—3岁婴幼儿入托率", 2026, "13", null, "EXACT", null));

  private final Plan plan = new Plan.Builder()
      .id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
      .region(new Region.Builder().name("淄博市").code("370300").level(Region.Level.PREFECTURE).build())
      .planYear(2026).source(Source.of("淄博市2026年国民经济和社会发展计划"))
      .addAllIndicators(SeedAnnex.indicators())
      .build();

  @Test
  void holdsAllRowsAndBothYears() {
    assertThat(plan.indicators()).hasSize(28);
    assertThat(plan.allObservations()).hasSize(56);
    assertThat(plan.indicators()).allSatisfy(i -> {
      assertThat(i.observations(Observation.Kind.ACTUAL, 2025)).hasSize(1);
      assertThat(i.observations(Observation.Kind.TARGET, 2026)).hasSize(1);
    });
    assertThat(plan.baseYear()).isEqualTo(2025);
  }

  @ParameterizedTest
  @FieldSource("KEY")
  void cellMatchesAnswerKey(Expected e) {
    Indicator indicator = plan.indicatorByName(e.name()).orElseThrow();
    Observation.Kind kind = e.year() == 2025 ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    Observation o = indicator.observations(kind, e.year()).get(0);
    Optional<Bound> level = o.level();
    Optional<Bound> growth = o.growth();
    if (e.value() != null) {
      assertThat(level.flatMap(Bound::number).orElseThrow()).isEqualByComparingTo(new BigDecimal(e.value()));
    } else if (e.growth() == null && e.qualifier() != null && !e.qualifier().equals("QUALITATIVE")) {
      throw new AssertionError("key entry without numbers: " + e);
    }
    if (e.growth() != null) {
      assertThat(growth.flatMap(Bound::number).orElseThrow()).isEqualByComparingTo(new BigDecimal(e.growth()));
    }
    if (e.qualifier() == null) {
      assertThat(level.orElseThrow().kind()).isEqualTo(Bound.Kind.ABSENT);
      assertThat(level.orElseThrow().text()).isEqualTo(e.text());
    } else if (e.qualifier().equals("QUALITATIVE")) {
      Bound words = growth.filter(g -> g.kind() == Bound.Kind.QUALITATIVE).orElseGet(level::orElseThrow);
      assertThat(words.kind()).isEqualTo(Bound.Kind.QUALITATIVE);
      assertThat(words.text()).isEqualTo(e.text());
    } else {
      Bound carrier = e.growth() != null ? growth.orElseThrow() : level.orElseThrow();
      assertThat(carrier.kind()).isEqualTo(Bound.Kind.valueOf(e.qualifier()));
    }
  }

  @Test
  void everyCellFormatsBackToItsPrintedText() {
    for (SeedAnnex.Row row : SeedAnnex.ROWS) {
      Indicator i = plan.indicatorByName(SeedAnnex.withoutNumbering(row.label())).orElseThrow();
      Observation actual = i.observations(Observation.Kind.ACTUAL, 2025).get(0);
      Observation target = i.observations(Observation.Kind.TARGET, 2026).get(0);
      assertThat(actual.level().orElseThrow().text()).isEqualTo(row.actual2025().get(0));
      assertThat(target.level().orElseThrow().text()).isEqualTo(row.target2026().get(0));
      if (row.actual2025().size() == 2) {
        assertThat(actual.growth().orElseThrow().text()).isEqualTo(row.actual2025().get(1));
        assertThat(target.growth().orElseThrow().text()).isEqualTo(row.target2026().get(1));
      }
    }
  }

  @Test
  void revenueRowReadsAsPrinted() {
    Indicator revenue = plan.indicatorByName("一般公共预算收入").orElseThrow();
    assertThat(revenue.group()).contains("财政金融");
    assertThat(revenue.unit()).isEqualTo(Unit.YI_YUAN);
    Observation target = revenue.observations(Observation.Kind.TARGET, 2026).get(0);
    assertThat(target.level().orElseThrow()).isEqualTo(Bound.exact(new BigDecimal("428.12")));
    assertThat(target.growth().orElseThrow()).isEqualTo(Bound.atLeast(new BigDecimal("2")));
  }

  @Test
  void foreignInvestmentIsInTenThousandDollars() {
    Indicator fdi = plan.indicatorByName("实际使用外资").orElseThrow();
    Observation actual = fdi.observations(Observation.Kind.ACTUAL, 2025).get(0);
    Quantity level = Quantity.of(actual.level().flatMap(Bound::number).orElseThrow(), fdi.unitOf(actual));
    assertThat(level.to(Unit.of("亿美元")).amount()).isEqualByComparingTo("1.9652");
    assertThat(actual.growth().flatMap(Bound::number).orElseThrow()).isEqualByComparingTo("-45.8");
  }
}
