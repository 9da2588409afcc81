package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 均 (each), in a report chapter: example sentences, each with every statement read from it. */
class EachListTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "城镇、农村居民人均可支配收入均增长5%。 => 城镇居民人均可支配收入||exact:增长5%|2025|actual"
          + " ¦ 农村居民人均可支配收入||exact:增长5%|2025|actual",
      "农村自来水普及率、入户率均达到100%。 => 农村自来水普及率|exact:100%||2025|actual"
          + " ¦ 入户率|exact:100%||2025|actual",
      "居民人均可支配收入增长5%。 => 居民人均可支配收入||exact:增长5%|2025|actual"})
  void givesEachListedSubjectTheFigure(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
