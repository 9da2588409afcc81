package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Level with growth, in a report chapter: example sentences, each with every statement read from it. A growth goes to
 * the level before it (not to the year's plan figure or a rate), a level to the growth before it, a list to the list
 * of the other quantity before it; a rate after a growth stays apart.
 */
class GrowthPairingTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "地区生产总值5126.4亿元、增长5.2%。 => 地区生产总值|exact:5126.4亿元|exact:增长5.2%|2025|actual",
      "一般公共预算收入419.7亿元，同比增长2.0%。 => 一般公共预算收入|exact:419.7亿元|exact:同比增长2.0%|2025|actual",
      "金融机构本外币存款余额、贷款余额分别达到1268.5亿元、1102.3亿元，分别增长8.6%、9.2%。"
          + " => 金融机构本外币存款余额|exact:1268.5亿元|exact:增长8.6%|2025|actual"
          + " ¦ 贷款余额|exact:1102.3亿元|exact:增长9.2%|2025|actual",
      "接待游客3150万人次，旅游综合收入约286亿元，均增长8%左右。"
          + " => 接待游客|exact:3150万人次|about:增长8%左右|2025|actual"
          + " ¦ 旅游综合收入|about:约286亿元|about:增长8%左右|2025|actual",
      "地区生产总值比2020年增长30%，2025年达到5126亿元。 => 地区生产总值||exact:增长30%|2025|actual"
          + " ¦ 地区生产总值|exact:5126亿元||2025|actual",
      "城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"
          + " => 城镇居民人均可支配收入|exact:6.9万元|exact:增长4.2%|2025|actual"
          + " ¦ 农村居民人均可支配收入|exact:3.4万元|exact:增长5.3%|2025|actual",
      "城镇和农村居民人均可支配收入分别增长12%和13%，分别达43366元和13835元。"
          + " => 城镇居民人均可支配收入|exact:43366元|exact:增长12%|2025|actual"
          + " ¦ 农村居民人均可支配收入|exact:13835元|exact:增长13%|2025|actual",
      "全区地区生产总值635亿元，完成年计划710亿元的89.4%，增长2.0%。"
          + " => 地区生产总值|exact:635亿元|exact:增长2.0%|2025|actual ¦ 地区生产总值|exact:710亿元||2025|target"
          + " ¦ 地区生产总值|exact:89.4%||2025|actual",
      "全县地区生产总值增长12.6%达92.9亿元。 => 地区生产总值|exact:92.9亿元|exact:增长12.6%|2025|actual",
      "科技型企业突破1.6万家、增长45%以上。 => 科技型企业|greater_than:突破1.6万家|at_least:增长45%以上|2025|actual",
      "地区生产总值增长8%以上、突破1万亿元。 => 地区生产总值|greater_than:突破1万亿元|at_least:增长8%以上|2025|actual",
      "地区生产总值增长6.5%左右，力争7%。 => 地区生产总值||about:增长6.5%左右|2025|actual"
          + " ¦ 地区生产总值|exact:7%||2025|actual|hedge=力争"})
  void joinsAGrowthToItsLevel(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
