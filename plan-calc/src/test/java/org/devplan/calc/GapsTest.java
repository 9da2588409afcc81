package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapsTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static Gap gap(String actual, String unit, String target) {
    return CALC.gap(Quantity.of(actual, Unit.of(unit)), Bound.parse(target));
  }

  @Nested
  class EveryKind {
    @ParameterizedTest(name = "{0} against {2}: {3}")
    @CsvSource({
        // actual, unit, target, status, difference
        "5.6, %, 5以上, MET, 0.6",               // AT_LEAST
        "5, %, 5以上, MET, 0",                   // AT_LEAST, equal
        "4.9, %, 5以上, NOT_MET, -0.1",
        "5.3, %, 5.5%以内, MET, -0.2",            // AT_MOST
        "5.6, %, 5.5%以内, NOT_MET, 0.1",
        "5.3, %, 5.5%左右, MET, -0.2",            // ABOUT: within 0.5 points
        "4.9, %, 5.5%左右, NOT_MET, -0.6",
        "401, 场, 超过400场, MET, 1",              // GREATER_THAN
        "400, 场, 超过400场, NOT_MET, 0",
        "29, 微克/立方米, 低于30微克/立方米, MET, -1", // LESS_THAN
        "30, 微克/立方米, 低于30微克/立方米, NOT_MET, 0",
        "4.7, %, 4.5%至5%, MET, 0",                // RANGE inside
        "4.2, %, 4.5%至5%, NOT_MET, -0.3",         // below: distance to the low end
        "5.25, %, 4.5%至5%, NOT_MET, 0.25",        // above: distance to the high end
        "-6, %, 下降5%以上, MET, -1",               // AT_LEAST -5: a decline of 5% or more
        "-4, %, 下降5%以上, NOT_MET, 1",
        "-3, %, 下降5%以内, MET, 2",                // AT_MOST -5: a decline of at most 5%
        "-7, %, 下降5%以内, NOT_MET, -2"})
    void verdictAndSignedDifference(String actual, String unit, String target, Gap.Status status, String diff) {
      Gap g = gap(actual, unit, target);
      assertThat(g.status()).isEqualTo(status);
      assertThat(g.difference().orElseThrow()).isEqualByComparingTo(diff);
    }

    @Test
    void exactTargetsFollowTheDirection() {
      Quantity doctors = Quantity.of("4.58", Unit.of("人"));
      Bound target = Bound.parse("4.6");
      // unknown direction: equal within half a unit of 4.6's last digit (0.05)? |4.58 − 4.6| = 0.02 → met.
      Gap unknown = CALC.directedGap(doctors, target, Unit.of("人"), Indicator.Direction.UNKNOWN);
      assertThat(unknown.status()).isEqualTo(Gap.Status.MET);
      assertThat(unknown.tolerance()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.05"));
      Gap higher = CALC.directedGap(doctors, target, Unit.of("人"), Indicator.Direction.HIGHER_IS_BETTER);
      assertThat(higher.status()).isEqualTo(Gap.Status.NOT_MET);
      // −0.02 / 4.6 = −0.4348%: a rate from 4.58 and 4.6 gets the fewest decimals printed (one): −0.4.
      assertThat(higher.relativePercent()).contains(new BigDecimal("-0.4"));
      Gap lower = CALC.directedGap(doctors, target, Unit.of("人"), Indicator.Direction.LOWER_IS_BETTER);
      assertThat(lower.status()).isEqualTo(Gap.Status.MET);
      assertThat(gap("4.5", "人", "4.6").status()).isEqualTo(Gap.Status.NOT_MET);
    }

    @Test
    void qualitativeAndAbsentTargetsAreNotComparable() {
      Gap words = gap("-12.6", "%", "止跌回稳");
      assertThat(words.status()).isEqualTo(Gap.Status.NOT_COMPARABLE);
      assertThat(words.target().text()).isEqualTo("止跌回稳");
      assertThat(words.difference()).isEmpty();
      assertThat(words.reason()).contains("qualitative");
      assertThat(gap("1", "吨", "—").status()).isEqualTo(Gap.Status.NOT_COMPARABLE);
    }
  }

  @Nested
  class Units {
    @Test
    void actualIsConvertedExactlyIntoTheTargetsUnit() {
      Gap g = gap("50889000", "万元", "5000亿元以上");
      assertThat(g.status()).isEqualTo(Gap.Status.MET);
      assertThat(g.actualConverted().orElseThrow()).isEqualByComparingTo("5088.9");
      assertThat(g.difference().orElseThrow()).isEqualByComparingTo("88.9");
      assertThat(g.differenceUnit()).contains(Unit.YI_YUAN);
      assertThat(g.relativePercent()).contains(new BigDecimal("1.8"));
    }

    @Test
    void percentTargetsGiveGapsInPoints() {
      assertThat(gap("5.3", "%", "5.5%左右").differenceUnit()).contains(Unit.PERCENTAGE_POINT);
    }

    @Test
    void unconvertibleUnitsAreNotComparable() {
      Gap g = gap("5.5", "万人", "5.5%左右");
      assertThat(g.status()).isEqualTo(Gap.Status.NOT_COMPARABLE);
      assertThat(g.reason()).contains("does not convert");
    }
  }

  @Test
  void aboutToleranceIsConfigurable() {
    // 5.5%左右 met by 5.9 with the default 0.5 points, not with 0.3.
    CalcContext tight = new CalcContext.Builder().aboutPointTolerance(new BigDecimal("0.3")).build();
    Quantity a = Quantity.of("5.9", Unit.PERCENT);
    assertThat(CALC.gap(a, Bound.parse("5.5%左右")).status()).isEqualTo(Gap.Status.MET);
    assertThat(tight.calc().directedGap(a, Bound.parse("5.5%左右"), Unit.PERCENT, Indicator.Direction.UNKNOWN)
        .status())
        .isEqualTo(Gap.Status.NOT_MET);
    // levels: ±5% of the figure by default: 430 against 400左右 is 7.5% off.
    assertThat(gap("430", "场", "400场左右").status()).isEqualTo(Gap.Status.NOT_MET);
    assertThat(gap("419", "场", "400场左右").status()).isEqualTo(Gap.Status.MET);
  }

  @Test
  void printsOnOneLine() {
    assertThat(gap("5.3", "%", "5.5%左右")).hasToString("MET 5.3% vs 5.5%左右: -0.2个百分点 (tolerance 0.5)");
  }
}
