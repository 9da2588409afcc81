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
      "居民人均可支配收入增长5%。 => 居民人均可支配收入||exact:增长5%|2025|actual",
      "铁路、航空客运量双双超过千万人次。 => 铁路客运量|greater_than:超过千万人次||2025|actual"
          + " ¦ 航空客运量|greater_than:超过千万人次||2025|actual",
      "城市生活垃圾和建筑垃圾利用率均达60%以上。 => 城市生活垃圾利用率|at_least:60%以上||2025|actual"
          + " ¦ 建筑垃圾利用率|at_least:60%以上||2025|actual",
      "重点景区接待游客、营业收入均增长7%。 => 重点景区接待游客||exact:增长7%|2025|actual"
          + " ¦ 营业收入||exact:增长7%|2025|actual",
      "旅游人次和花费增长均超20%。 => 旅游人次||greater_than:超20%|2025|actual ¦ 花费||greater_than:超20%|2025|actual",
      "能耗和排放下降均超10%。 => 能耗||greater_than:下降超10%|2025|actual ¦ 排放||greater_than:下降超10%|2025|actual"})
  void givesEachListedSubjectTheFigure(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "钢铁、食品加工产业超3千亿元。 => 钢铁|greater_than:超3千亿元||2025|actual ¦ 食品加工产业|greater_than:超3千亿元||2025|actual",
      "学前教育毛入园率、高中毛入学率超过93%。 => 学前教育毛入园率|greater_than:超过93%||2025|actual"
          + " ¦ 高中毛入学率|greater_than:超过93%||2025|actual",
      "实施棚户区、城中村、城市危旧房改造超过11万户。 => 实施棚户区、城中村、城市危旧房改造|greater_than:超过11万户||2025|actual",
      "交通运输、仓储和邮政业增加值突破500亿元。 => 交通运输、仓储和邮政业增加值|greater_than:突破500亿元||2025|actual",
      "碳排放强度、能源等指标超过10%。 => 碳排放强度、能源等指标|greater_than:超过10%||2025|actual",
      "规上工业增加值、固定资产投资增长5%。 => 规上工业增加值、固定资产投资||exact:增长5%|2025|actual"})
  void givesAFigureAfterAQualifierToEachOfAListOfShortNames(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

}
