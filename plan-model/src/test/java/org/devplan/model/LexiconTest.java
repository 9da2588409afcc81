package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LexiconTest {
  private final Lexicon standard = Lexicon.standard();

  @Nested
  class Standard {
    @ParameterizedTest
    @EnumSource(Lexicon.Table.class)
    void everyTableLoadsWithItsColumns(Lexicon.Table table) {
      for (Lexicon.Entry e : standard.entries(table)) {
        assertThat(e.table()).isEqualTo(table);
        for (String column : table.columns()) {
          assertThat(e.get(column)).isNotNull();
        }
      }
    }

    @Test
    void qualifiersAreSplitByPosition() {
      Words suffixes = standard.words(Lexicon.Table.QUALIFIERS, "position", "suffix");
      assertThat(suffixes.asList()).containsExactly("及以上", "以上", "以下", "以内", "之内", "左右");
      assertThat(suffixes.matchAt("5%及以上", 2, 5)).isEqualTo("及以上");
      assertThat(suffixes.matchEndingAt("5%及以上", 5, 0)).isEqualTo("及以上");
      assertThat(suffixes.matchEndingAt("5%及以上", 5, 3)).isEqualTo("以上");
      assertThat(suffixes.matchAt("5%", 0, 2)).isNull();
    }

    @Test
    void numeralsAreReadOnce() {
      assertThat(standard.numeral("二〇二六年", 0)).contains(new Lexicon.Numeral(new BigDecimal("2026"), 0, 4));
      assertThat(standard.numeral("第一百零八项", 1)).contains(new Lexicon.Numeral(new BigDecimal("108"), 1, 5));
      assertThat(standard.numeral("增长５.５％", 2)).contains(new Lexicon.Numeral(new BigDecimal("5.5"), 2, 5));
      assertThat(standard.numeral("增长", 0)).isEmpty();
      assertThat(standard.isChineseNumeral('两')).isTrue();
      assertThat(standard.isChineseNumeral('万')).isFalse();
    }

    @Test
    void unitsComeFromTheLexicon() {
      Unit mu = Unit.of("万亩");
      assertThat(mu.dimension()).isEqualTo(Dimension.AREA);
      assertThat(standard.entry(Lexicon.Table.UNITS, "亩").map(e -> e.get("dimension"))).contains("AREA");
      assertThat(standard.entry(Lexicon.Table.UNITS, "蒸吨")).isEmpty();
    }
  }

  @Nested
  class Extending {
    @Test
    void aNewQualifierIsOneEntry() {
      Lexicon mine = standard.toBuilder()
          .add(Lexicon.Table.QUALIFIERS, "不少于等于", "prefix", "AT_LEAST", "strong")
          .build();
      Bound b = Bound.parse("不少于等于5%", mine);
      assertThat(b).isEqualTo(new Bound.Single(Bound.Kind.AT_LEAST, new BigDecimal("5"), Optional.of(Unit.PERCENT),
          "不少于等于5%"));
      assertThatThrownBy(() -> Bound.parse("不少于等于5%")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void aNewUnitIsOneEntry() {
      Lexicon mine = standard.toBuilder().add(Lexicon.Table.UNITS, "蒸吨", "蒸吨", "0", "POWER", "yes").build();
      assertThat(Unit.of("蒸吨", mine).dimension()).isEqualTo(Dimension.POWER);
      assertThat(Unit.of("蒸吨").isCustom()).isTrue();
    }

    @Test
    void aRemovedWordIsGone() {
      Lexicon mine = standard.toBuilder().remove(Lexicon.Table.HEDGES, "力争").build();
      assertThat(mine.words(Lexicon.Table.HEDGES).contains("力争")).isFalse();
      assertThat(standard.words(Lexicon.Table.HEDGES).contains("力争")).isTrue();
    }

    @Test
    void badCellsAreRefusedWhenBuilt() {
      Lexicon.Builder wrongKind = standard.toBuilder().add(Lexicon.Table.QUALIFIERS, "起码", "prefix", "MOST", "strong");
      assertThatThrownBy(wrongKind::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lexicon table QUALIFIERS: kind of \"起码\" must be a Bound.Kind, found \"MOST\"");
      assertThatThrownBy(() -> standard.toBuilder().add(Lexicon.Table.HEDGES, "力争", "extra"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lexicon table HEDGES: entry [力争, extra] has 2 cells, expected 1 ([word])");
      assertThatThrownBy(() -> standard.toBuilder().add(Lexicon.Table.HEDGES, " 力争"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lexicon table HEDGES: word \" 力争\" must be non-empty without surrounding white space");
      assertThatThrownBy(() -> standard.entries(Lexicon.Table.HEDGES).get(0).get("kind"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lexicon table HEDGES has no column kind (columns: [word])");
    }
  }

  @Nested
  class RatioWords {
    @Test
    void sharesInWordsReadAsPercent() {
      assertThat(Bound.parse("超过六成")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, new BigDecimal("60"),
          Optional.of(Unit.PERCENT), "超过六成"));
      assertThat(Bound.parse("八成左右")).isEqualTo(new Bound.Single(Bound.Kind.ABOUT, new BigDecimal("80"),
          Optional.of(Unit.PERCENT), "八成左右"));
      assertThat(Bound.parse("一半")).isEqualTo(new Bound.Single(Bound.Kind.EXACT, new BigDecimal("50"),
          Optional.of(Unit.PERCENT), "一半"));
      assertThat(Bound.parse("两位数")).isEqualTo(new Bound.Single(Bound.Kind.AT_LEAST, new BigDecimal("10"),
          Optional.of(Unit.PERCENT), "两位数"));
      assertThat(Bound.parse("两位数以上")).isEqualTo(new Bound.Single(Bound.Kind.AT_LEAST, new BigDecimal("10"),
          Optional.of(Unit.PERCENT), "两位数以上"));
      assertThat(Bound.parse("两位数左右")).isEqualTo(new Bound.Qualitative("两位数左右")); // contradicts itself
    }

    @Test
    void aThousandBeforeAMagnitudeIsPartOfTheUnit() {
      assertThat(Bound.parse("超4千亿元")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, new BigDecimal("4"),
          Optional.of(Unit.of("千亿元")), "超4千亿元"));
      assertThat(Unit.of("千亿元").exponent()).isEqualTo(11);
      assertThat(Bound.parse("3千万元")).isEqualTo(new Bound.Single(Bound.Kind.EXACT, new BigDecimal("3"),
          Optional.of(Unit.of("千万元")), "3千万元"));
    }

    @Test
    void aMagnitudeAfterAQualifierImpliesOne() {
      assertThat(Bound.parse("突破万亿元")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, BigDecimal.ONE,
          Optional.of(Unit.of("万亿元")), "突破万亿元"));
      assertThat(Bound.parse("超千亿元")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, new BigDecimal("1000"),
          Optional.of(Unit.YI_YUAN), "超千亿元"));
      assertThat(Bound.parse("万亿元")).isEqualTo(new Bound.Qualitative("万亿元")); // no qualifier: no figure
      assertThatThrownBy(() -> Quantity.parse("亿元")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void aNumeralUnitBeforeAUnitOrAMagnitudeAloneImpliesOneToo() {
      assertThat(Bound.parse("超千场")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, new BigDecimal("1000"),
          Optional.of(Unit.of("场")), "超千场"));
      assertThat(Bound.parse("近百条")).isEqualTo(new Bound.Single(Bound.Kind.ABOUT, new BigDecimal("100"),
          Optional.of(Unit.of("条")), "近百条"));
      assertThat(Bound.parse("突破万亿")).isEqualTo(new Bound.Single(Bound.Kind.GREATER_THAN, BigDecimal.ONE,
          Optional.of(Unit.of("万亿")), "突破万亿"));
      assertThat(Bound.parse("千场")).isEqualTo(new Bound.Qualitative("千场")); // no qualifier: no figure
      assertThat(Bound.parse("超千百")).isEqualTo(new Bound.Qualitative("超千百"));
    }

    @Test
    void moreThanWordsMakeALowerBound() {
      assertThat(Bound.parse("5300多栋").kind()).isEqualTo(Bound.Kind.GREATER_THAN);
      assertThat(Bound.parse("400余场").kind()).isEqualTo(Bound.Kind.GREATER_THAN);
      assertThat(Bound.parse("大于5%").kind()).isEqualTo(Bound.Kind.GREATER_THAN);
      assertThat(Bound.parse("小于5%").kind()).isEqualTo(Bound.Kind.LESS_THAN);
    }
  }
}
