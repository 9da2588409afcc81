package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 等 list with a head, in a report chapter: example sentences, each with every statement read from it. */
class EtcListTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "新材料、新能源、集成电路材料等产业增加值均增长10%以上。 => 新材料产业增加值||at_least:增长10%以上|2025|actual"
          + " ¦ 新能源产业增加值||at_least:增长10%以上|2025|actual"
          + " ¦ 集成电路材料产业增加值||at_least:增长10%以上|2025|actual",
      // without a head the list before 等 only modifies: no subject, no statement
      "新材料、新能源等均增长10%以上。 => "})
  void givesEachListedSubjectTheHead(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
