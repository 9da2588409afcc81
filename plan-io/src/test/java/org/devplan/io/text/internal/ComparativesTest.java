package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparatives and their references, in a report chapter: example sentences, each with every statement. */
class ComparativesTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "居民收入增速高于全国0.5个百分点。 => 居民收入增速高于全国|exact:0.5个百分点||2025|actual|ref=全国",
      "研发经费投入强度达到3%，分别高于全国、全省0.31个、0.36个百分点。 => 研发经费投入强度|exact:3%||2025|actual"
          + " ¦ 研发经费投入强度高于全国|exact:0.31个百分点||2025|actual|ref=全国"
          + " ¦ 研发经费投入强度高于全省|exact:0.36个百分点||2025|actual|ref=全省",
      "地区生产总值比2020年增长30%。 => 地区生产总值||exact:增长30%|2025|actual",
      "规上工业增加值增长6.7%、高于全国0.8个百分点。 => 规上工业增加值||exact:增长6.7%|2025|actual"
          + " ¦ 规上工业增加值高于全国|exact:0.8个百分点||2025|actual|ref=全国"})
  void keepsWhatASubjectIsComparedWith(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
