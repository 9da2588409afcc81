package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.MathContext;
import java.util.SortedMap;
import java.util.TreeMap;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructed series: one plan holds no multi-year data. */
class ProgressTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  /** A series of {@code year=value} pairs, in 亿元 unless a pair names its unit ({@code 2023=1270000万元}). */
  private static SortedMap<Integer, Quantity> series(String... yearValue) {
    SortedMap<Integer, Quantity> m = new TreeMap<>();
    for (String s : yearValue) {
      String[] p = s.split("=");
      m.put(Integer.parseInt(p[0]), quantity(p[1]));
    }
    return m;
  }

  private static Quantity quantity(String text) {
    return Character.isDigit(text.charAt(text.length() - 1)) ? Quantity.of(text, Unit.YI_YUAN) : Quantity.parse(text);
  }

  /** Progress to {@code target} in 2025, with the natural limit {@code limit} unless it is null. */
  private static Progress assess(SortedMap<Integer, Quantity> s, String target, Indicator.Direction d,
      String limit) {
    return limit == null ? CALC.progress(s, 2025, quantity(target), d)
        : CALC.progressWithLimit(s, 2025, quantity(target), d, quantity(limit));
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
      // baseline 2020 = 100, target 2025 = 161.051 (10% a year); the 2023 value decides.
      "2023=133.1, ON_TRACK",          // exactly 10% a year: ratio 1
      "2023=127, FAIR_PROGRESS",       // (1.27)^(1/3) = 1.08293…: ratio 0.8293
      "2023=120, FAIR_PROGRESS",       // 6.27%: ratio 0.627
      "2023=110, LIMITED_PROGRESS",    // 3.23%: ratio 0.323
      "2023=95, MOVING_AWAY"})         // −1.7%: ratio < 0
  void higherIsBetter(String latest, Progress.Category expected) {
    Progress p = assess(series("2020=100", latest), "161.051", Indicator.Direction.HIGHER_IS_BETTER, null);
    assertThat(p.category()).isEqualTo(expected);
    assertThat(p.requiredRate().amount().round(new MathContext(10))).isEqualByComparingTo("10");
  }

  @Test
  void ratioJustBelowOnTrack() {
    // (1.27)^(1/3) − 1 = 8.2933…%; 8.2933 / 10 = 0.82933 < 0.95.
    Progress p = assess(series("2020=100", "2023=127"), "161.051", Indicator.Direction.HIGHER_IS_BETTER, null);
    assertThat(p.ratio().orElseThrow().round(new MathContext(4))).isEqualByComparingTo("0.8293");
  }

  @Test
  void ratioIsObservedOverRequiredCompoundGrowth() {
    Progress p = assess(series("2020=100", "2021=105", "2023=120"), "161.051", Indicator.Direction.HIGHER_IS_BETTER,
        null);
    // CR_a = 1.2^(1/3) − 1 = 6.2658…%, CR_r = 10%: ratio 0.62658.
    assertThat(p.actualRate().amount().round(new MathContext(5))).isEqualByComparingTo("6.2659");
    assertThat(p.ratio().orElseThrow().round(new MathContext(5))).isEqualByComparingTo("0.62659");
    assertThat(p.baselineYear()).isEqualTo(2020);
    assertThat(p.currentYear()).isEqualTo(2023);
  }

  @Test
  void lowerIsBetter() {
    // PM2.5 from 50 to a target of 35 by 2025; 2023 at 40: CR_a = (0.8)^(1/3) − 1 = −7.17%,
    // CR_r = (0.7)^(1/5) − 1 = −6.89%: ratio 1.04 → on track. At 48: ratio 0.196 → limited. At 52: moving away.
    Indicator.Direction lower = Indicator.Direction.LOWER_IS_BETTER;
    assertThat(assess(series("2020=50", "2023=40"), "35", lower, null).category())
        .isEqualTo(Progress.Category.ON_TRACK);
    assertThat(assess(series("2020=50", "2023=48"), "35", lower, null).category())
        .isEqualTo(Progress.Category.LIMITED_PROGRESS);
    assertThat(assess(series("2020=50", "2023=52"), "35", lower, null).category())
        .isEqualTo(Progress.Category.MOVING_AWAY);
    assertThatThrownBy(() -> assess(series("2020=50", "2023=40"), "60", lower, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower is better");
  }

  @Test
  void naturalLimitsOfShares() {
    // a share bounded by 100%: a target above it is refused, a value at it is on track.
    Indicator.Direction higher = Indicator.Direction.HIGHER_IS_BETTER;
    assertThatThrownBy(() -> assess(series("2020=90%", "2023=95%"), "101%", higher, "100%"))
        .hasMessageContaining("natural limit");
    assertThatThrownBy(() -> assess(series("2020=90%", "2023=100.5%"), "100%", higher, "100%"))
        .hasMessageContaining("natural limit");
    Progress full = assess(series("2020=90%", "2023=100%"), "100%", higher, "100%");
    assertThat(full.category()).isEqualTo(Progress.Category.ON_TRACK);
    assertThat(full.reason()).contains("reached");
  }

  @Test
  void holdingTheLine() {
    Indicator.Direction higher = Indicator.Direction.HIGHER_IS_BETTER;
    Progress held = assess(series("2020=100", "2023=101"), "100", higher, null);
    assertThat(held.category()).isEqualTo(Progress.Category.ON_TRACK);
    assertThat(held.ratio()).isEmpty();
    assertThat(assess(series("2020=100", "2023=99"), "100", higher, null).category())
        .isEqualTo(Progress.Category.MOVING_AWAY);
  }

  @Test
  void unknownDirectionFollowsTheTarget() {
    assertThat(assess(series("2020=100", "2023=90"), "80", Indicator.Direction.UNKNOWN, null).category())
        .isEqualTo(Progress.Category.FAIR_PROGRESS);
  }

  @Test
  void needsTwoYearsBeforeTheTarget() {
    assertThatThrownBy(() -> assess(series("2020=100"), "110", Indicator.Direction.UNKNOWN, null))
        .hasMessageContaining("two years");
    assertThatThrownBy(() -> assess(series("2020=100", "2025=105"), "110", Indicator.Direction.UNKNOWN, null))
        .hasMessageContaining("not before");
  }

  @Test
  void unitsConvertIntoTheBaselines() {
    // 2023 as 1,270,000 万元 = 127 亿元, target 1,610,510 万元 = 161.051 亿元: the ratio of 127 against 161.051.
    Progress p = assess(series("2020=100", "2023=1270000万元"), "1610510万元", Indicator.Direction.HIGHER_IS_BETTER,
        null);
    assertThat(p.ratio().orElseThrow().round(new MathContext(4))).isEqualByComparingTo("0.8293");
    assertThat(p.category()).isEqualTo(Progress.Category.FAIR_PROGRESS);
    assertThat(p.current()).isEqualTo(Quantity.of("1270000", Unit.of("万元")));
    assertThat(p.target()).isEqualTo(Quantity.of("1610510", Unit.of("万元")));
    assertThat(p.requiredRate().unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void unitsThatDoNotConvertAreRefused() {
    Indicator.Direction higher = Indicator.Direction.HIGHER_IS_BETTER;
    assertThatThrownBy(() -> assess(series("2020=100", "2023=120万人"), "161.051", higher, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress: value of 2023 120万人 (in PEOPLE) does not convert to the baseline's unit 亿元 (MONEY)");
    assertThatThrownBy(() -> assess(series("2020=100", "2023=120"), "161.051%", higher, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress: target 161.051% (in RATIO) does not convert to the baseline's unit 亿元 (MONEY)");
    assertThatThrownBy(() -> assess(series("2020=90%", "2023=95%"), "99%", higher, "100个百分点"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("progress: natural limit 100个百分点");
  }
}
