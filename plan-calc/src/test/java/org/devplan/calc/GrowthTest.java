package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static Quantity yi(String s) {
    return Quantity.of(s, Unit.YI_YUAN);
  }

  @Nested
  class SeedWorkedExamples {
    @Test
    void revenueTarget() {
      // 2026 一般公共预算收入: 419.73 × (1 + 2%) = 428.1246 → 428.12 at the base's two decimals = printed 428.12.
      CalcResult r = CALC.grow(yi("419.73"), Rate.percent("2"));
      assertThat(r.unrounded()).isEqualByComparingTo("428.1246");
      assertThat(r.value()).isEqualTo(new BigDecimal("428.12"));
      assertThat(r.inputs()).containsEntry("previous", yi("419.73")).containsEntry("rate",
          Quantity.of("2", Unit.PERCENT));
    }

    @Test
    void expenditureTarget() {
      // 583.28 × 1.015 = 592.0292 → 592.03 = printed.
      CalcResult r = CALC.grow(yi("583.28"), Rate.percent("1.5"));
      assertThat(r.unrounded()).isEqualByComparingTo("592.0292");
      assertThat(r.value()).isEqualTo(new BigDecimal("592.03"));
    }

    @Test
    void depositsAndLoans() {
      // 8969.75 × 1.08 = 9687.33 (printed 9687); 6037.44 × 1.08 = 6520.4352 (printed 6520).
      assertThat(CALC.grow(yi("8969.75"), Rate.percent("8")).value()).isEqualTo(new BigDecimal("9687.33"));
      CalcResult loans = CALC.grow(yi("6037.44"), Rate.percent("8"));
      assertThat(loans.unrounded()).isEqualByComparingTo("6520.4352");
      assertThat(loans.value()).isEqualTo(new BigDecimal("6520.44"));
    }

    @Test
    void growthFromPrintedLevelsHasTheirDecimals() {
      // (428.12 − 419.73) / 419.73 = 1.99890…% → two decimals because both levels have two: 2.00.
      CalcResult r = CALC.growthPercent(yi("419.73"), yi("428.12"));
      assertThat(r.value()).isEqualTo(new BigDecimal("2.00"));
      assertThat(r.unrounded().round(new MathContext(6))).isEqualByComparingTo("1.99890");
      assertThat(r.unit()).isEqualTo(Unit.PERCENT);
      // 8969.75 → 9687: integer target, so the rate falls back to the minimum of one decimal: 7.9952…% → 8.0.
      assertThat(CALC.growthPercent(yi("8969.75"), yi("9687")).value()).isEqualTo(new BigDecimal("8.0"));
    }

    @Test
    void impliedPreviousYearRevenue() {
      // 419.73 / 1.0201 = 411.459660… → 411.46: the 2024 level implied by the 2025 level and its growth of 2.01%.
      CalcResult r = CALC.previous(yi("419.73"), Rate.percent("2.01"));
      assertThat(r.value()).isEqualTo(new BigDecimal("411.46"));
      assertThat(CALC.grow(Quantity.of(r.unrounded(), Unit.YI_YUAN), Rate.percent("2.01")).unrounded()
          .round(new MathContext(30))).isEqualByComparingTo("419.73");
    }
  }

  @Nested
  class PrecisionPolicy {
    @ParameterizedTest
    @CsvSource({
        "419.73, 428.12, 1, 2.00",    // two decimals printed → two reported
        "5088.9, 5374, 1, 5.6",       // fewest decimals 0, floor 1 → one
        "100, 121, 0, 21",            // integers with minRateScale 0 → none
        "100, 121, 2, 21.00"})        // the floor is configurable
    void rateGetsTheFewestPrintedDecimalsAtLeastTheFloor(String a, String b, int floor, String expected) {
      CalcContext ctx = new CalcContext.Builder().minRateScale(floor).build();
      assertThat(ctx.calc().growthPercent(yi(a), yi(b)).value()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void roundingModeIsConfigurable() {
      // 100 → 100.25 is 0.25%: HALF_UP reports 0.3, HALF_EVEN 0.2, at one decimal (floor), from levels of 0/2.
      CalcContext even = new CalcContext.Builder().roundingMode(RoundingMode.HALF_EVEN).build();
      assertThat(CALC.growthPercent(yi("100"), yi("100.25")).value()).isEqualTo(new BigDecimal("0.3"));
      assertThat(even.calc().growthPercent(yi("100"), yi("100.25")).value()).isEqualTo(new BigDecimal("0.2"));
      assertThat(even.calc().growthPercent(yi("100"), yi("100.25")).roundingMode())
          .isEqualTo(RoundingMode.HALF_EVEN);
    }

    @Test
    void intermediatePrecisionIsTheContexts() {
      CalcContext narrow = new CalcContext.Builder().mathContext(new MathContext(20, RoundingMode.HALF_EVEN)).build();
      assertThat(narrow.calc().previous(yi("100"), Rate.percent("3")).unrounded().precision()).isEqualTo(20);
      assertThat(CALC.previous(yi("100"), Rate.percent("3")).unrounded().precision()).isEqualTo(34);
    }
  }

  @Nested
  class PercentAndPoints {
    @Test
    void percentValuedFiguresChangeInPoints() {
      // 1—3岁婴幼儿入托率 10.8% (2025) → 13% (2026 target): +2.2 percentage points, not +20.4%.
      CalcResult r = CALC.change(Quantity.of("10.8", Unit.PERCENT), Quantity.of("13", Unit.PERCENT));
      assertThat(r.unit()).isEqualTo(Unit.PERCENTAGE_POINT);
      assertThat(r.value()).isEqualTo(new BigDecimal("2.2"));
      assertThat(r.operation()).isEqualTo("changeInPoints");
      // 全社会研发经费投入增长 6.97 → 7: a difference of printed figures is exact at the larger scale: 0.03 points.
      assertThat(CALC.changeInPoints(Quantity.of("6.97", Unit.PERCENT), Quantity.of("7", Unit.PERCENT)).value())
          .isEqualTo(new BigDecimal("0.03"));
      CalcResult relative = CALC.growthPercent(Quantity.of("10.8", Unit.PERCENT), Quantity.of("13", Unit.PERCENT));
      assertThat(relative.unit()).isEqualTo(Unit.PERCENT);
      assertThat(relative.value()).isEqualTo(new BigDecimal("20.4"));
    }

    @Test
    void pointsCannotGrowALevelNorPercentBeAddedAsPoints() {
      assertThatThrownBy(() -> CALC.grow(yi("100"), Rate.points("1")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentage points");
      assertThatThrownBy(() -> CALC.grow(Quantity.of("50.4", Unit.PERCENT), Rate.percent("1")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addPoints");
      assertThatThrownBy(() -> CALC.addPoints(Quantity.of("50.4", Unit.PERCENT), Rate.percent("1")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(CALC.addPoints(Quantity.of("50.4", Unit.PERCENT), Rate.points("1")).value())
          .isEqualTo(new BigDecimal("51.4"));
      assertThatThrownBy(() -> CALC.changeInPoints(yi("1"), yi("2")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateUnitsAreOnlyPercentOrPoints() {
      assertThat(new Rate(BigDecimal.ONE, Unit.of("百分点")).isPoints()).isTrue();
      assertThatThrownBy(() -> new Rate(BigDecimal.ONE, Unit.YI_YUAN)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Rate.points("1").factor()).isInstanceOf(IllegalStateException.class);
      assertThat(Rate.of(org.devplan.model.Bound.parse("2以上"))).isEqualTo(Rate.percent("2"));
      assertThat(Rate.points("0.31")).hasToString("0.31个百分点");
    }
  }

  @Nested
  class ComparablePrices {
    private final Indicator gdp = new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build();

    @Test
    void refusedWithoutOptIn() {
      assertThatThrownBy(() -> CALC.impliedLevel(gdp, yi("5088.9"), Rate.percent("5")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparable prices")
          .hasMessageContaining("allowComparablePriceApproximation");
    }

    @Test
    void optInIsFlaggedApproximateAndInferred() {
      CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
      CalcResult r = optIn.calc().impliedLevel(gdp, yi("5088.9"), Rate.percent("5"));
      // 5088.9 × 1.05 = 5343.345 → 5343.3 (one decimal like the base), approximate.
      assertThat(r.value()).isEqualTo(new BigDecimal("5343.3"));
      assertThat(r.flags()).containsExactlyInAnyOrder(CalcResult.Flag.APPROXIMATE_COMPARABLE_PRICES,
          CalcResult.Flag.BASIS_INFERRED);
      assertThat(r.isApproximate()).isTrue();
      assertThat(r.notes()).singleElement().asString().contains("approximate").contains("地区生产总值");
    }

    @Test
    void backComputationIsRefusedToo() {
      // GDP 5088.9亿元 grew 5.6% at comparable prices: 5088.9 / 1.056 = 4819.0 is not the 2024 nominal GDP.
      assertThatThrownBy(() -> CALC.impliedPrevious(gdp, yi("5088.9"), Rate.percent("5.6")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("impliedPrevious: indicator gdp");
      CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
      CalcResult r = optIn.calc().impliedPrevious(gdp, yi("5088.9"), Rate.percent("5.6"));
      assertThat(r.value()).isEqualTo(new BigDecimal("4819.0"));
      assertThat(r.operation()).isEqualTo("impliedPrevious");
      assertThat(r.flags()).contains(CalcResult.Flag.APPROXIMATE_COMPARABLE_PRICES);
    }

    @Test
    void nominalIndicatorsAreGrownPlainly() {
      Indicator revenue = new Indicator.Builder().code("r").name("一般公共预算收入").unit(Unit.YI_YUAN).build();
      CalcResult r = CALC.impliedLevel(revenue, yi("419.73"), Rate.percent("2"));
      assertThat(r.flags()).isEmpty();
      assertThat(PriceBasis.of(revenue).basis()).isEqualTo(Indicator.GrowthBasis.UNKNOWN);
      assertThat(PriceBasis.of(new Indicator.Builder().code("v").name("服务业增加值").unit(Unit.YI_YUAN).build())
          .isComparablePrices()).isTrue();
      // A name merely containing 地区生产总值 is not GDP itself.
      assertThat(PriceBasis.of(new Indicator.Builder().code("c").name("单位地区生产总值二氧化碳排放降低")
          .unit(Unit.PERCENT).build()).isComparablePrices()).isFalse();
    }
  }

  @Nested
  class Compound {
    @Test
    void cagrAndRequiredRate() {
      // 100 → 121 in two years: √1.21 = 1.1 → 10%.
      assertThat(CALC.cagr(yi("100"), yi("121"), 2).unrounded()).isEqualByComparingTo("10");
      // 5088.9 → 6000 in four years: (1.179036…)^(1/4) = 1.042032… → 4.2%.
      CalcResult req = CALC.requiredRate(yi("5088.9"), yi("6000"), 4);
      assertThat(req.value()).isEqualTo(new BigDecimal("4.2"));
      assertThat(req.operation()).isEqualTo("requiredRate");
      assertThat(req.inputs()).containsKeys("current", "target", "years");
      BigDecimal back = yi("5088.9").amount().multiply(BigDecimal.ONE.add(req.unrounded().movePointLeft(2))
          .pow(4, MathContext.DECIMAL128));
      assertThat(back.round(new MathContext(25))).isEqualByComparingTo("6000");
    }

    @Test
    void cagrAcrossUnits() {
      // 1,000,000 万元 = 100 亿元 → 121 亿元.
      assertThat(CALC.cagr(Quantity.of("1000000", Unit.of("万元")), yi("121"), 2).unrounded())
          .isEqualByComparingTo("10");
    }

    @Test
    void doubling() {
      // 翻一番 in 10 years: 2^(1/10) − 1 = 7.1773462536293164…%.
      CalcResult r = CALC.doublingRate(10);
      assertThat(r.unrounded().round(new MathContext(17))).isEqualByComparingTo("7.1773462536293164");
      assertThat(r.value()).isEqualTo(new BigDecimal("7.2"));
      assertThat(CALC.doublingTarget(yi("5088.9")).value()).isEqualTo(new BigDecimal("10177.8"));
    }

    @Test
    void cumulative() {
      // 5.6% then 5%: 1.056 × 1.05 = 1.1088 → 10.88%, reported to one decimal (the rates' fewest): 10.9.
      CalcResult r = CALC.cumulativePercent(List.of(Rate.percent("5.6"), Rate.percent("5")));
      assertThat(r.unrounded()).isEqualByComparingTo("10.88");
      assertThat(r.value()).isEqualTo(new BigDecimal("10.9"));
    }

    @Test
    void badArgumentsAreNamed() {
      assertThatThrownBy(() -> CALC.cagr(yi("0"), yi("1"), 2)).hasMessageContaining("start");
      assertThatThrownBy(() -> CALC.cagr(yi("1"), yi("2"), 0)).hasMessageContaining("years 0");
      assertThatThrownBy(() -> CALC.growthPercent(yi("0"), yi("1"))).hasMessageContaining("undefined");
      assertThatThrownBy(() -> CALC.growthPercent(yi("1"), Quantity.of("1", Unit.of("万人"))))
          .hasMessageContaining("does not convert");
      assertThatThrownBy(() -> CALC.cumulativePercent(List.of())).hasMessageContaining("no rates");
    }
  }
}
