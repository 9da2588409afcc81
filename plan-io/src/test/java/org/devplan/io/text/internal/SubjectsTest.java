package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subject cleaning and naming, in a report chapter: example sentences, each with every statement read from it. */
class SubjectsTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "全市2025年地区生产总值增长5.2%。 => 地区生产总值||exact:增长5.2%|2025|actual",
      "服务业增加值占地区生产总值比重达到50.4%。 => 服务业增加值占地区生产总值比重|exact:50.4%||2025|actual",
      "规上工业企业达到1200家，其中总数突破570家。 => 规上工业企业|exact:1200家||2025|actual"
          + " ¦ 规上工业企业总数|greater_than:突破570家||2025|actual",
      "完成年度计划的108.3%。 => 完成年度计划|exact:108.3%||2025|actual",
      "粮食产量继续保持在550亿斤以上，民生支出占比持续提高到75%。 => 粮食产量|at_least:保持在550亿斤以上||2025|actual"
          + " ¦ 民生支出占比|exact:75%||2025|actual",
      "地区生产总值将达到3.5万亿元。 => 地区生产总值|exact:3.5万亿元||2025|actual",
      "一般公共预算收入将增长5%。 => 一般公共预算收入||exact:增长5%|2025|actual",
      "常住人口城镇化率达到67.5%、5年提高4.5个百分点。 => 常住人口城镇化率|exact:67.5%||2025|actual"
          + " ¦ 常住人口城镇化率|exact:提高4.5个百分点||2025|actual",
      "3年行动计划投资增长5%。 => 3年行动计划投资||exact:增长5%|2025|actual"})
  void trimsLocatingWordsYearsAndVerbs(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "建设10个县级综合养老服务中心、60个乡镇区域养老服务中心、120个村级养老服务站点。"
          + " => 建设县级综合养老服务中心|exact:10个||2025|actual ¦ 建设乡镇区域养老服务中心|exact:60个||2025|actual"
          + " ¦ 建设村级养老服务站点|exact:120个||2025|actual",
      "新增9家国家卓越级智能工厂、38家国家级5G工厂。"
          + " => 新增国家卓越级智能工厂|exact:9家||2025|actual ¦ 新增国家级5G工厂|exact:38家||2025|actual",
      "二级及以上老年医院数量新增76家。 => 二级及以上老年医院数量新增|exact:76家||2025|actual",
      "建设10个县级中心，完成投资50亿元。 => 建设县级中心|exact:10个||2025|actual ¦ 完成投资|exact:50亿元||2025|actual",
      "新建2—3家省级制造业创新中心。 => 新建省级制造业创新中心|range:2—3家||2025|actual",
      "新培育30户以上智能工厂。 => 新培育智能工厂|at_least:30户以上||2025|actual"})
  void namesEachCountOfAListByTheNounAfterItAndTheVerbBeforeTheList(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "一般公共预算收入增长4.6%，总量首次突破1900亿元。 => 一般公共预算收入||exact:增长4.6%|2025|actual"
          + " ¦ 一般公共预算收入总量|greater_than:突破1900亿元||2025|actual",
      "粮食产量再次突破800亿斤。 => 粮食产量|greater_than:突破800亿斤||2025|actual",
      "规上工业增加值率先实现增长6%。 => 规上工业增加值||exact:增长6%|2025|actual",
      "经济发展方面，提出地区生产总值增长5%左右。 => 地区生产总值||about:增长5%左右|2025|actual"})
  void trimsAdverbsAndTheVerbOfAProposalFromTheSubject(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  /** The plan counting its own parts (指标, 方面, 重点任务) gives no figure; what such a count is followed by does. */
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "《纲要》细化提出25项主要指标，重点做好6个方面工作。 => ",
      "其中预期性指标19项、约束性指标9项。 => ",
      "经济发展、民生福祉方面分别提出指标6项、8项。 => ",
      "先行区建设6个方面16条经验被集中推广。 => 先行区建设方面经验被集中推广|exact:16条||2025|actual",
      "新建指标监测站点30个。 => 新建指标监测站点|exact:30个||2025|actual",
      "确定的19项主要指标中，14项达到目标。 => 主要指标中|exact:19项||2025|actual ¦ 达到目标|exact:14项||2025|actual"})
  void aCountOfThePlansOwnPartsIsNoFigure(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  @org.junit.jupiter.api.Test
  void aBracketedNoteAfterAFigureNamesNothing() {
    assertThat(RuleCorpus.report("达到3.5万亿元(人民币，下同)。")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "13.2万脱贫人口实现稳岗就业。 => 脱贫人口实现稳岗就业|exact:13.2万||2025|actual",
      "育儿补贴惠及23.6万婴幼儿。 => 育儿补贴惠及婴幼儿|exact:23.6万||2025|actual",
      "51万新就业形态人员纳入职业伤害保障。 => 新就业形态人员纳入职业伤害保障|exact:51万||2025|actual",
      "近20万各民族家庭参与活动。 => 各民族家庭参与活动|about:近20万||2025|actual",
      "“湘易办”用户突破3500万。 => “湘易办”用户|greater_than:突破3500万||2025|actual",
      "旅居人数超550万、平均居住83天。 => 旅居人数|greater_than:超550万||2025|actual ¦ 平均居住|exact:83天||2025|actual",
      "产业规模分别达到1.28万亿、8200亿元。 => 产业规模|exact:8200亿元||2025|actual"})
  void countsByTheMagnitudeAloneWithANounAfterOrAtTheClausesEnd(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
