package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** From–to statements, in a report chapter: example sentences, each with every statement read from it. */
class FromToTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "研发经费投入强度由2.1%提升至2.5%。 => 研发经费投入强度|exact:2.1%||2024|actual"
          + " ¦ 研发经费投入强度|exact:2.5%||2025|actual",
      "城镇化率从2020年的53.2%提升到2025年的57.7%。 => 城镇化率|exact:53.2%||2020|actual"
          + " ¦ 城镇化率|exact:57.7%||2025|actual",
      "居民人均可支配收入由2.57万元增加到3.52万元。 => 居民人均可支配收入|exact:2.57万元||2024|actual"
          + " ¦ 居民人均可支配收入|exact:3.52万元||2025|actual",
      "市属重点国企由51家整合为33家。 => 市属重点国企|exact:51家||2024|actual ¦ 市属重点国企|exact:33家||2025|actual",
      "中职学校由71所优化整合为47所。 => 中职学校|exact:71所||2024|actual ¦ 中职学校|exact:47所||2025|actual",
      "城市低保人均保障标准从2020年的796元/月提高到842元/月。 => 城市低保人均保障标准|exact:796元/月||2020|actual"
          + " ¦ 城市低保人均保障标准|exact:842元/月||2025|actual",
      "城乡居民人均可支配收入分别从3.5万元、1.5万元增长到4.2万元、1.9万元。 => 城镇居民人均可支配收入|exact:3.5万元||2024|actual"
          + " ¦ 农村居民人均可支配收入|exact:1.5万元||2024|actual ¦ 城镇居民人均可支配收入|exact:4.2万元||2025|actual"
          + " ¦ 农村居民人均可支配收入|exact:1.9万元||2025|actual",
      "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。"
          + " => 城镇低保平均标准|exact:645元/月||2020|actual ¦ 农村低保平均标准|exact:4318元/年||2020|actual"
          + " ¦ 城镇低保平均标准|exact:801元/月||2025|actual ¦ 农村低保平均标准|exact:7226元/年||2025|actual",
      "城乡居民收入倍差从2.42缩小至2.12。 => 城乡居民收入倍差|exact:2.42||2024|actual"
          + " ¦ 城乡居民收入倍差|exact:2.12||2025|actual",
      "城乡居民收入比由2.9∶1缩小至2.52∶1。 => 城乡居民收入比|exact:2.9||2024|actual ¦ 城乡居民收入比|exact:2.52||2025|actual"})
  void datesTheStartLevelBeforeTheEnd(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
