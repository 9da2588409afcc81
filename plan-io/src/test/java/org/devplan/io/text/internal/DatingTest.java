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
      "2024—2025年，累计新增就业3.2万人。 => 新增就业|exact:3.2万人||2024—2025 cumulative|actual",
      "人均预期寿命从2020年的82.4岁提升至83.9岁。 => 人均预期寿命|exact:82.4岁||2020|actual ¦ 人均预期寿命|exact:83.9岁||2025|actual",
      "地区生产总值从2020年的111.8亿元提高至160亿元；一般公共预算收入从18.4亿元提高至20.74亿元。"
          + " => 地区生产总值|exact:111.8亿元||2020|actual ¦ 地区生产总值|exact:160亿元||2025|actual"
          + " ¦ 一般公共预算收入|exact:18.4亿元||2020|actual ¦ 一般公共预算收入|exact:20.74亿元||2025|actual",
      "生产安全事故起数较“十三五”时期下降67.5%。 => 生产安全事故起数||exact:下降67.5%|2025|actual",
      "五年来，地区生产总值年均增长5.8%。研发投入年均增长10%。 => 地区生产总值||exact:增长5.8%|2021—2025 annual_average|actual"
          + " ¦ 研发投入||exact:增长10%|2021—2025 annual_average|actual",
      "财政收入达到1350亿元，3年增长58.6%。 => 财政收入|exact:1350亿元||2025|actual"
          + " ¦ 财政收入||exact:增长58.6%|2023—2025 cumulative|actual"})
  void datesActuals(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }

  /**
   * 年均 over no years named in a review whose base year is inside a five-year plan (a 2023 report on 2018–2022): the
   * five years up to the figure's year, never years after it.
   */
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "坚持创新，研发经费投入年均增长5%。 => 研发经费投入||exact:增长5%|2018—2022 annual_average|actual"})
  void datesAReviewsAnnualAverageByTheFiveYearsUpToItsYear(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence, 2023, 2022)).isEqualTo(RuleCorpus.rows(expected));
  }

  /**
   * In a plan's chapter (a notice, a news excerpt): a year that opens the paragraph, or that the paragraph is about
   * (2025年是…的一年, also when it names the plans it closes or begins: 是“十四五”的收官之年; a year set off by a comma:
   * 报告显示，2025年，全市…), dates all its sentences after it.
   */
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "2025年，全县实现地区生产总值478亿元；一般公共预算收入增长4.1%。新增城镇就业5200人。 => "
          + "地区生产总值|exact:478亿元||2025|actual ¦ 一般公共预算收入||exact:增长4.1%|2025|actual"
          + " ¦ 新增城镇就业|exact:5200人||2025|actual",
      "报告指出，2025年是极不平凡的一年。全年地区生产总值增长3.5%。 => 地区生产总值||exact:增长3.5%|2025|actual",
      "报告指出，2025年是“十四五”的收官之年，也是谋划“十五五”蓝图之年。全年地区生产总值增长3.5%。"
          + " => 地区生产总值||exact:增长3.5%|2025|actual",
      "2025年6月，新区获批设立；全县新增城镇就业5200人。 => 新增城镇就业|exact:5200人||2026|target",
      "全县新增城镇就业5200人。2025年，地区生产总值478亿元；一般公共预算收入增长4.1%。 => "
          + "新增城镇就业|exact:5200人||2026|target ¦ 地区生产总值|exact:478亿元||2025|actual"
          + " ¦ 一般公共预算收入||exact:增长4.1%|2025|actual",
      "2月26日发布的报告显示，2025年，全市经济运行总体平稳。全年地区生产总值增长5%。 => "
          + "地区生产总值||exact:增长5%|2025|actual"})
  void datesAParagraphByTheYearItOpensWith(String sentence, String expected) {
    assertThat(RuleCorpus.targets(sentence)).isEqualTo(RuleCorpus.rows(expected));
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
