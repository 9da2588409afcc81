package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @Nested
  class Parsing {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "5088.9亿元     | 5088.9  | 亿元",
        "1.03万亿元     | 1.03    | 万亿元",
        "19652万美元    | 19652   | 万美元",
        "6.01万人       | 6.01    | 万人",
        "1,010.8亿元    | 1010.8  | 亿元",
        "２１３５.７亿元 | 2135.7  | 亿元",
        "５．７８万亿元 | 5.78    | 万亿元",
        "12.50%         | 12.50   | %",
        "三个           | 3       | 个",
        "二十六个       | 26      | 个",
        "一百零八项     | 108     | 项",
        "两家           | 2       | 家",
        "十万个         | 10      | 万个",
        "一万个         | 1       | 万个",
        "33.25件        | 33.25   | 件",
        "35微克/立方米  | 35      | 微克/立方米",
        "483万千瓦      | 483     | 万千瓦",
        "12蒸吨         | 12      | 蒸吨",
    })
    void readsAmountAndUnit(String text, BigDecimal amount, String unit) {
      Quantity q = Quantity.parse(text);
      assertThat(q.amount()).isEqualTo(amount);
      assertThat(q.unit()).isEqualTo(Unit.of(unit));
    }

    @Test
    void printsWhatItReads() {
      assertThat(Quantity.parse("5088.9亿元")).hasToString("5088.9亿元");
      assertThat(Quantity.parse(Quantity.parse("12.50%").toString())).isEqualTo(Quantity.parse("12.50%"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "5088.9          | expected a unit after 5088.9",
        "5以上           | unexpected '以上' after the quantity",
        "400余场         | '余' makes a bound",
        "亿元            | expected a number, found '亿'",
        "1,0000亿元      | ',' is not a unit",
    })
    void rejectsWhatIsNotAQuantity(String text, String message) {
      assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(PlanFormatException.class)
          .hasMessageContaining(message).hasMessageStartingWith("<text>:1:");
    }
  }

  @Nested
  class Converting {
    @Test
    void convertsExactlyWithinABase() {
      Quantity gdp = Quantity.parse("5088.9亿元");
      assertThat(gdp.to(Unit.of("万元")).amount()).isEqualByComparingTo("50889000");
      assertThat(gdp.to(Unit.of("万亿元")).amount()).isEqualByComparingTo("0.50889");
      assertThat(Quantity.parse("19652万美元").to(Unit.of("亿美元")).amount()).isEqualByComparingTo("1.9652");
      assertThat(Quantity.parse("70平方公里").to(Unit.of("公顷")).amount()).isEqualByComparingTo("7000");
      assertThat(Quantity.parse("12.5%").to(Unit.of("‰")).amount()).isEqualByComparingTo("125");
    }

    @Test
    void comparesAcrossMagnitudes() {
      assertThat(Quantity.parse("1.03万亿元").compareTo(Quantity.parse("10300亿元"))).isZero();
      assertThat(Quantity.parse("5.2万个").compareTo(Quantity.parse("51999个"))).isPositive();
    }

    @Test
    void refusesToConvertAcrossBases() {
      assertThatThrownBy(() -> Quantity.parse("5亿元").to(Unit.of("亿美元")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unit 亿元 (MONEY of 元) does not convert to 亿美元 (MONEY of 美元)");
      assertThatThrownBy(() -> Quantity.parse("5%").to(Unit.PERCENTAGE_POINT))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Quantity.parse("5家").to(Unit.of("个"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOversizedNumbersBuiltInCode() {
      assertThatThrownBy(() -> Quantity.of(new BigDecimal("1e-1001"), Unit.YUAN))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale 1001");
    }
  }
}
