package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares and growths in words: example clauses, each with every figure the rule finds (wording|unit|kind|verb). */
class ShareInWordsTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "服务业占比超过六成 => 超过六成|%|level|",
      "近六成 => 近六成|%|level|",
      "七成以上 => 七成以上|%|level|",
      "约占一半 => 一半|%|level|",
      "实现两位数增长 => 两位数|%|growth|",
      "两位数 => "})
  void readsSharesAndGrowthsInWords(String clause, String expected) {
    assertThat(RuleCorpus.figures((x, v) -> new ShareInWords(new WordFigures(x, v)), clause))
        .isEqualTo(RuleCorpus.rows(expected));
  }
}
