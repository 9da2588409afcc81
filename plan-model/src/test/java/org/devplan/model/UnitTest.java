package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitTest {
  @ParameterizedTest(name = "{0}: {1} of {2} × 10^{3}")
  @CsvSource(delimiter = '|', value = {
      "元        | MONEY            | 元        | 0",
      "亿元      | MONEY            | 元        | 8",
      "万亿元    | MONEY            | 元        | 12",
      "亿美元    | MONEY            | 美元      | 8",
      "万人      | PEOPLE           | 人        | 4",
      "万人次    | PERSON_TIMES     | 人次      | 4",
      "万辆      | COUNT            | 辆        | 4",
      "亿人次    | PERSON_TIMES     | 人次      | 8",
      "万亩      | AREA             | 亩        | 4",
      "平方公里  | AREA             | 平方米    | 6",
      "万千瓦    | POWER            | 瓦        | 7",
      "兆瓦      | POWER            | 瓦        | 6",
      "万吨      | MASS             | 吨        | 4",
      "%         | RATIO            | 1         | -2",
      "‰         | RATIO            | 1         | -3",
      "倍        | RATIO            | 1         | 0",
      "个百分点  | PERCENTAGE_POINT | 个百分点  | 0",
      "元/人     | PER_CAPITA       | 元/人     | 0",
      "万元/人   | PER_CAPITA       | 元/人     | 4",
      "件/万人   | PER_CAPITA       | 件/人     | -4",
      "微克/立方米 | CONCENTRATION  | 微克/立方米 | 0",
      "蒸吨      | CUSTOM           | 蒸吨      | 0",
      "万标箱    | COUNT            | 标箱      | 4",
      "—         | UNSPECIFIED      | —         | 0",
  })
  void knowsDimensionBaseAndMagnitude(String symbol, Dimension dimension, String base, int exponent) {
    Unit u = Unit.of(symbol);
    assertThat(u.symbol()).isEqualTo(symbol);
    assertThat(u.dimension()).isEqualTo(dimension);
    assertThat(u.base()).isEqualTo(base);
    assertThat(u.exponent()).isEqualTo(exponent);
    assertThat(u).isEqualTo(Unit.of(symbol)).hasToString(symbol);
  }

  @Test
  void percentAndPointsAreDifferent() {
    assertThat(Unit.PERCENT.isPercentLike()).isTrue();
    assertThat(Unit.PERCENTAGE_POINT.isPercentLike()).isTrue();
    assertThat(Unit.PERCENT.isConvertibleTo(Unit.PERCENTAGE_POINT)).isFalse();
    assertThat(Unit.of("百分点").isConvertibleTo(Unit.PERCENTAGE_POINT)).isTrue();
    assertThat(Unit.of("亿元").isPercentLike()).isFalse();
  }

  @Test
  void perCapitaNeedsPeople() {
    assertThat(Unit.per(Unit.of("件"), Unit.of("万人"))).isEqualTo(Unit.of("件/万人"));
    assertThatThrownBy(() -> Unit.per(Unit.YUAN, Unit.of("个"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must count people");
  }

  @Test
  void rejectsSymbolsThatAreNotUnits() {
    assertThatThrownBy(() -> Unit.of(" ")).hasMessage("unit: symbol must not be blank");
    assertThatThrownBy(() -> Unit.of("5G")).hasMessage("unit \"5G\": symbol must not contain a digit");
    assertThatThrownBy(() -> Unit.of(" 元")).hasMessageContaining("white space");
  }
}
