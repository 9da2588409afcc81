package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dating: example sentences of a report (actuals of 2025), a plan (targets of 2026) and an outline (2026–2030), each
 * with every statement read from it.
 */
class DatingTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "预计全年地区生产总值增长5.5%左右。 => 地区生产总值||about:增长5.5%左右|2025|actual|status=estimate",
      "初步核算，全市地区生产总值5126.4亿元。 => 地区生产总值|exact:5126.4亿元||2025|actual|status=preliminary",
      "2024—2025年，累计新增就业3.2万人。 => 新增就业|exact:3.2万人||2024—2025 cumulative|actual"})
  void datesActuals(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "“十五五”时期地区生产总值年均增长5.5%。 => 地区生产总值||exact:增长5.5%|2026—2030 annual_average|target",
      "到2030年，常住人口城镇化率达到65%；研发经费投入强度达到3%。 => 常住人口城镇化率|exact:65%||2030|target"
          + " ¦ 研发经费投入强度|exact:3%||2030|target",
      "展望2035年，人均地区生产总值达到15万元。 => 人均地区生产总值|exact:15万元||2035|target",
      "后两年，地区生产总值年均增长7%。 => 地区生产总值||exact:增长7%|2029—2030 annual_average|target"})
  void datesTargetsOfAnOutline(String sentence, String expected) {
    assertThat(RuleCorpus.outline(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
