package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;

class SharesTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static Quantity yi(String s) {
    return Quantity.of(s, Unit.YI_YUAN);
  }

  @Test
  void servicesValueAddedFromItsShareOfGdp() {
    // 50.4% of GDP 5088.9亿元 = 2564.8056 → 2564.8 (one decimal like GDP).
    CalcResult part = CALC.part(yi("5088.9"), Rate.percent("50.4"));
    assertThat(part.unrounded()).isEqualByComparingTo("2564.8056");
    assertThat(part.value()).isEqualTo(new BigDecimal("2564.8"));
    // and back: 2564.8 / 0.504 = 5088.888… → 5088.9.
    assertThat(CALC.whole(yi("2564.8"), Rate.percent("50.4")).value()).isEqualTo(new BigDecimal("5088.9"));
    assertThat(CALC.sharePercent(yi("2564.8"), yi("5088.9")).value()).isEqualTo(new BigDecimal("50.4"));
  }

  @Test
  void shareAcrossUnits() {
    // 25,644,000 万元 of 5088.9 亿元 = 2564.4 / 5088.9 = 50.39203…% → one decimal (the fewest printed, floor 1).
    assertThat(CALC.sharePercent(Quantity.of("25644000", Unit.of("万元")), yi("5088.9")).value())
        .isEqualTo(new BigDecimal("50.4"));
  }

  @Test
  void changeOfAShareIsInPoints() {
    CalcResult r = CALC.shareChangeInPoints(Rate.percent("50.1"), Rate.percent("50.4"));
    assertThat(r.unit()).isEqualTo(Unit.PERCENTAGE_POINT);
    assertThat(r.value()).isEqualTo(new BigDecimal("0.3"));
    assertThatThrownBy(() -> CALC.shareChangeInPoints(Rate.points("1"), Rate.percent("2")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contributionFromLevelsAndFromRatesAgree() {
    // Whole 100 → 105.6 (5.6%), part 50 → 53.4 (6.8%): Δpart/Δwhole = 3.4/5.6 = 60.714…%;
    // previous share 50% × 6.8 / 5.6 = 60.714…%. With the current share (53.4/105.6 = 50.57%) it would be 61.4%.
    CalcResult levels = CALC.contributionPercent(yi("50"), yi("53.4"), yi("100"), yi("105.6"));
    CalcResult rates = CALC.contributionFromGrowth(PreviousShare.of(2024, Rate.percent("50")), Rate.percent("6.8"),
        Rate.percent("5.6"), 2025);
    assertThat(levels.value()).isEqualTo(new BigDecimal("60.7"));
    assertThat(rates.unrounded()).isEqualByComparingTo(levels.unrounded());
    assertThat(rates.inputs()).containsKey("previousShare2024");
  }

  @Test
  void theShareMustBeThePreviousYears() {
    PreviousShare current = PreviousShare.of(2025, Rate.percent("50.57"));
    assertThatThrownBy(() -> CALC.contributionFromGrowth(current, Rate.percent("6.8"), Rate.percent("5.6"), 2025))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs the share of 2024");
    assertThatThrownBy(() -> PreviousShare.of(2024, Rate.points("50")))
        .isInstanceOf(IllegalArgumentException.class);
    PreviousShare fromLevels = CALC.previousShare(2024, yi("50"), yi("100"));
    assertThat(fromLevels.percent()).isEqualByComparingTo("50");
  }

  @Test
  void partitionSharesSumToHundred() {
    Map<String, Quantity> parts = new LinkedHashMap<>();
    parts.put("第一产业", yi("212.3"));
    parts.put("第二产业", yi("2311.8"));
    parts.put("第三产业", yi("2564.8"));
    Map<String, CalcResult> shares = CALC.partition(parts);
    assertThat(shares.keySet()).containsExactly("第一产业", "第二产业", "第三产业");
    BigDecimal sum = shares.values().stream().map(CalcResult::unrounded).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThan(new BigDecimal("1E-30"));
    assertThat(shares.get("第三产业").value()).isEqualTo(new BigDecimal("50.4"));
  }
}
