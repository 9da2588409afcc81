package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts in Chinese numerals: example clauses, each with every figure the rule finds (wording|unit|kind|verb). */
class CountInWordsTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "新增上市企业两家 => 两家|家|level|",
      "百亿元级项目两个 => 两个|个|level|",
      "新增国家级园区两个、省级园区三个 => 两个|个|level| ¦ 三个|个|level|",
      "三个“一号工程” => ",
      "十大民生实事 => ",
      "新增一家 => ",
      "第三个 => ",
      "两家企业 => "})
  void readsCountsThatCloseTheirClause(String clause, String expected) {
    assertThat(RuleCorpus.figures((x, v) -> new CountInWords(new WordFigures(x, v)), clause))
        .isEqualTo(RuleCorpus.rows(expected));
  }
}
