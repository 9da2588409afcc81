package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The implied one: example clauses, each with every figure the rule finds (wording|unit|kind|verb). */
class ImpliedOneTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "突破万亿元 => 突破万亿元|万亿元|level|",
      "超千亿元 => 超千亿元|亿元|level|",
      "超百万人 => 超百万人|万人|level|",
      "突破十万亿元 => 突破十万亿元|万亿元|level|",
      "万亿元 => ",
      "突破千列 => 突破千列|列|level|",
      "举办超千场体育赛事 => 超千场|场|level|",
      "千家万户 => ",
      "海洋生产总值突破万亿 => 突破万亿|万亿|level|",
      "产值突破百亿，增长5% => 突破百亿|亿|level|",
      "新增1个经济总量近千亿、4个过五百亿的县市 => "})
  void readsAMagnitudeAfterAQualifierAsOne(String clause, String expected) {
    assertThat(RuleCorpus.figures((x, v) -> new ImpliedOne(new WordFigures(x, v)), clause))
        .isEqualTo(RuleCorpus.rows(expected));
  }
}
