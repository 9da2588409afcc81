package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words-only targets and results, in a report chapter: example sentences, each with every statement. */
class WordsOnlyTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "经济运行止跌回稳。 => 经济运行|qualitative:止跌回稳||2025|actual",
      "居民收入增长和经济增长同步。 => "})
  void readsAQualitativeWordingAsABound(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
