package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoundTest {
  @Test
  void figuresInOneUnitHoldOneOptionalOfIt() {
    Optional<Unit> percent = Bound.parse("5%以上").unit();
    assertThat(percent).contains(Unit.PERCENT);
    assertThat(Bound.parse("4.5%至5%").unit()).isSameAs(percent);
    assertThat(Bound.exact(new BigDecimal("2"), Unit.PERCENT).unit()).isSameAs(percent);
    assertThat(Bound.parse("5以上").unit()).isEmpty();
  }

  @Nested
  class Parsing {
    @ParameterizedTest(name = "{0} -> {1} {2}..{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "5以上          | AT_LEAST     | 5       | null    | null",
        "5.5左右        | ABOUT        | 5.5     | 5.5     | null",
        ">20.5          | GREATER_THAN | 20.5    | null    | null",
        "＞20.5         | GREATER_THAN | 20.5    | null    | null",
        "<5.5           | LESS_THAN    | null    | 5.5     | null",
        "1,010.8        | EXACT        | 1010.8  | 1010.8  | null",
        "-12.6          | EXACT        | -12.6   | -12.6   | null",
        "−12.6          | EXACT        | -12.6   | -12.6   | null",
        "4.5%至5%       | RANGE        | 4.5     | 5       | %",
        "6%-6.5%        | RANGE        | 6       | 6.5     | %",
        "4.5～5         | RANGE        | 4.5     | 5       | null",
        "5.0—5.5        | RANGE        | 5.0     | 5.5     | null",
        "增长5%以上     | AT_LEAST     | 5       | null    | %",
        "下降12.6%      | EXACT        | -12.6   | -12.6   | %",
        "同比下降3.7%   | EXACT        | -3.7    | -3.7    | %",
        "下降5%以上     | AT_LEAST     | -5      | null    | %",
        "下降3%-5%      | RANGE        | -5      | -3      | %",
        "控制在5.5%左右 | ABOUT        | 5.5     | 5.5     | %",
        "控制在3%以内   | AT_MOST      | null    | 3       | %",
        "保持在90%以上  | AT_LEAST     | 90      | null    | %",
        "不低于2000亿元 | AT_LEAST     | 2000    | null    | 亿元",
        "不超过5%       | AT_MOST      | null    | 5       | %",
        "约2%           | ABOUT        | 2       | 2       | %",
        "近100亿元      | ABOUT        | 100     | 100     | 亿元",
        "超过100辆      | GREATER_THAN | 100     | null    | 辆",
        "突破570家      | GREATER_THAN | 570     | null    | 家",
        "400余场        | GREATER_THAN | 400     | null    | 场",
        "3.4万余个      | GREATER_THAN | 3.4     | null    | 万个",
        "4.7亿余元      | GREATER_THAN | 4.7     | null    | 亿元",
        "不到5%         | LESS_THAN    | null    | 5       | %",
        "达到3.65%      | EXACT        | 3.65    | 3.65    | %",
        "〔13.5〕       | EXACT        | 13.5    | 13.5    | null",
        "１.０３万亿元  | EXACT        | 1.03    | 1.03    | 万亿元",
        "７.４％        | EXACT        | 7.4     | 7.4     | %",
        "0.31个百分点   | EXACT        | 0.31    | 0.31    | 个百分点",
        "提高1个百分点左右 | ABOUT     | 1       | 1       | 个百分点",
        "二十六个       | EXACT        | 26      | 26      | 个",
        "一百零八项     | EXACT        | 108     | 108     | 项",
        "近两成         | ABOUT        | 20      | 20      | %",
        "十万个         | EXACT        | 10      | 10      | 万个",
        "5.60           | EXACT        | 5.60    | 5.60    | null",
    })
    void readsFigures(String text, Bound.Kind kind, BigDecimal lower, BigDecimal upper, String unit) {
      Bound b = Bound.parse(text);
      assertThat(b.kind()).isEqualTo(kind);
      assertThat(b.lower().orElse(null)).isEqualTo(lower);
      assertThat(b.upper().orElse(null)).isEqualTo(upper);
      assertThat(b.unit()).isEqualTo(Optional.ofNullable(unit).map(Unit::of));
      assertThat(b.text()).isEqualTo(text);
      assertThat(Bound.parse(b.text())).isEqualTo(b);
    }

    @Test
    void keepsScaleAsWritten() {
      assertThat(Bound.parse("5.60").number()).contains(new BigDecimal("5.60"));
      assertThat(Bound.parse("5.60")).isNotEqualTo(Bound.parse("5.6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"止跌回稳", "稳定增长", "固稳提质", "完成省下达目标", "与经济增长同步", "与经济\n增长同步",
        "两位数增长", "翻一番", "三分之一", "十四五", "保持合理水平"})
    void wordsAreQualitative(String words) {
      Bound b = Bound.parse(words);
      assertThat(b).isEqualTo(new Bound.Qualitative(words));
      assertThat(b.isNumeric()).isFalse();
      assertThat(b.number()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"—, NOT_PRINTED", "——, NOT_PRINTED", "-, NOT_PRINTED", "不适用, NOT_APPLICABLE", "待定, TO_BE_DECIDED"})
    void absent(String text, Bound.AbsentReason reason) {
      assertThat(Bound.parse(text)).isEqualTo(new Bound.Absent(reason, text));
    }

    @ParameterizedTest(name = "{0}: column {1}")
    @CsvSource(delimiter = '|', value = {
        "5以上x        | 4",
        "1e999999999   | 3",
        "5以上以下     | 4",
        "超过5以内     | 6",
        "5至4          | 4",
        "4.5%至5亿元   | 9",
        "〔13.5        | 6",
        "12abc34       | 6",
        "5亿٠          | 4",
        "0 万໓         | 5",
    })
    void rejectsMalformedFiguresWithColumn(String text, int column) {
      assertThatThrownBy(() -> Bound.parse(text))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining(text)
          .extracting(e -> ((PlanFormatException) e).column()).isEqualTo(column);
    }

    @Test
    void rejectsBlank() {
      assertThatThrownBy(() -> Bound.parse("  ")).isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("found nothing");
    }

    @Test
    void boundsTheLengthOfANumber() {
      String huge = "1".repeat(Numerals.MAX_DIGITS + 1);
      assertThatThrownBy(() -> Bound.parse(huge)).isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("at most 1000 digits");
      assertThatThrownBy(() -> Bound.parse("0." + "0".repeat(Numerals.MAX_DIGITS + 1)))
          .isInstanceOf(PlanFormatException.class);
    }
  }

  @Nested
  class Building {
    @Test
    void factoriesWriteCanonicalWording() {
      assertThat(Bound.atLeast(new BigDecimal("2")).text()).isEqualTo("2以上");
      assertThat(Bound.atMost(new BigDecimal("5.5")).text()).isEqualTo("5.5以内");
      assertThat(Bound.about(new BigDecimal("5.5")).text()).isEqualTo("5.5左右");
      assertThat(Bound.greaterThan(new BigDecimal("20.5")).text()).isEqualTo(">20.5");
      assertThat(Bound.lessThan(new BigDecimal("5")).text()).isEqualTo("<5");
      assertThat(Bound.range(new BigDecimal("4.5"), new BigDecimal("5")).text()).isEqualTo("4.5至5");
      assertThat(Bound.exact(new BigDecimal("5088.9"), Unit.YI_YUAN).text()).isEqualTo("5088.9亿元");
      assertThat(Bound.absent().text()).isEqualTo("—");
    }

    @Test
    void aSingleKeepsItsWordingAsWrittenWhetherRenderedOrNot() {
      Bound rendered = Bound.parse("5.50%以上");
      Bound written = Bound.parse("增长5.50%以上");
      assertThat(rendered.text()).isEqualTo("5.50%以上");
      assertThat(written.text()).isEqualTo("增长5.50%以上");
      assertThat(rendered).isNotEqualTo(written).hasSameHashCodeAs(written)
          .isEqualTo(new Bound.Single(Bound.Kind.AT_LEAST, new BigDecimal("5.50"), Optional.of(Unit.PERCENT),
              "5.50%以上"))
          .hasToString("Single[kind=AT_LEAST, value=5.50, unit=Optional[%], text=5.50%以上]");
      assertThat(Bound.parse(written.text())).isEqualTo(written);
      assertThat(Bound.parse("5.50%及以上")).isNotEqualTo(rendered).extracting(Bound::text).isEqualTo("5.50%及以上");
    }

    @Test
    void aSingleGivesBackItsFigureAtItsScaleHoweverLarge() {
      for (String n : new String[] {"0", "-12.60", "9223372036854775807", "9223372036854775808", "-1e-5",
          "123456789012345678901234567890.5"}) {
        BigDecimal value = new BigDecimal(n);
        Bound b = Bound.exact(value);
        assertThat(((Bound.Single) b).value()).isEqualTo(value).hasScaleOf(value.scale());
        assertThat(b).isEqualTo(Bound.exact(new BigDecimal(n))).hasSameHashCodeAs(Bound.exact(new BigDecimal(n)))
            .isNotEqualTo(Bound.exact(value.setScale(value.scale() + 1)));
      }
    }

    @Test
    void rangeRejectsLowAboveHigh() {
      assertThatThrownBy(() -> Bound.range(new BigDecimal("5"), new BigDecimal("4.5")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bound range \"5至4.5\": low 5 exceeds high 4.5");
    }

    @Test
    void qualitativeRejectsFigures() {
      assertThatThrownBy(() -> Bound.qualitative("5以上")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AT_LEAST");
    }

    @Test
    void singleRejectsRangeKind() {
      assertThatThrownBy(() -> new Bound.Single(Bound.Kind.RANGE, BigDecimal.ONE, Optional.empty(), "1"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a single-figure kind");
    }

    @Test
    void boundsKnowTheirEnds() {
      assertThat(Bound.parse("5以上").upper()).isEmpty();
      assertThat(Bound.parse("5以内").lower()).isEmpty();
      assertThat(Bound.parse("止跌回稳").lower()).isEmpty();
      assertThat(Bound.parse("—").isNumeric()).isFalse();
    }
  }
}
