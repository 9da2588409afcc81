package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words-only targets and results, in a report chapter: example sentences, each with every statement. */
class WordsOnlyTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "经济运行止跌回稳。 => 经济运行|qualitative:止跌回稳||2026|target",
      "居民收入增长和经济增长同步。 => 居民收入|qualitative:和经济增长同步||2026|target",
      "固定资产投资实现正增长。 => 固定资产投资|qualitative:实现正增长||2026|target",
      "全员劳动生产率增速高于地区生产总值增速。 => 全员劳动生产率|qualitative:高于地区生产总值增速||2026|target",
      "生态环境质量保持优良。 => 生态环境质量|qualitative:保持优良||2026|target",
      "单位地区生产总值二氧化碳排放降低完成经国家审核衔接后确定的目标。"
          + " => 单位地区生产总值二氧化碳排放|qualitative:完成经国家审核衔接后确定的目标||2026|target",
      "单位地区生产总值能耗降低、二氧化硫排放量降低、氮氧化物排放量降低完成国家下达目标任务。"
          + " => 单位地区生产总值能耗|qualitative:完成国家下达目标任务||2026|target"
          + " ¦ 二氧化硫排放量|qualitative:完成国家下达目标任务||2026|target"
          + " ¦ 氮氧化物排放量|qualitative:完成国家下达目标任务||2026|target",
      "碳排放强度、能源、环境等指标完成国家下达任务。 => 碳排放强度、能源、环境等指标|qualitative:完成国家下达任务||2026|target",
      "主要预期目标是：一般公共预算收入、固定资产投资保持正增长。 => 一般公共预算收入|qualitative:保持正增长||2026|target"
          + " ¦ 固定资产投资|qualitative:保持正增长||2026|target",
      "空气质量优良天数比率和地表水水质优良率均完成省下达。 => 空气质量优良天数比率|qualitative:完成省下达||2026|target"
          + " ¦ 地表水水质优良率|qualitative:完成省下达||2026|target",
      "主要预期目标是：地区生产总值增长5.5%；固定资产投资提质提效。 => 地区生产总值||exact:增长5.5%|2026|target"
          + " ¦ 固定资产投资|qualitative:提质提效||2026|target",
      "研发经费投入增长10%左右，综合科技创新水平稳步提升。 => 研发经费投入||about:增长10%左右|2026|target",
      "推动经济实现质的有效提升和量的合理增长。 => ",
      "推动产业投资、民间投资稳定增长。 => 推动产业投资、民间投资|qualitative:稳定增长||2026|target",
      "建立科技投入稳定增长机制。 => ",
      "农村居民收入增速高于全国平均水平、高于城镇居民收入增速。"
          + " => 农村居民收入|qualitative:高于全国平均水平、高于城镇居民收入增速||2026|target"})
  void readsAQualitativeWordingAsATarget(String sentence, String expected) {
    assertThat(RuleCorpus.targets(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "单位地区生产总值能耗降低完成省下达目标。 => 单位地区生产总值能耗|qualitative:完成省下达目标||2025|actual",
      "主要指标高于全国平均水平。 => ",
      "经济运行止跌回稳。 => ",
      "居民消费价格与上年持平。 => 居民消费价格|qualitative:与上年持平||2025|actual"})
  void readsOnlyResultWordingsAsAResult(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
