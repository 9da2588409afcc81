package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The digits figure's example clauses, each with every figure the rule finds (wording|unit|kind|verb). */
class DigitsFigureTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "全市地区生产总值5126.4亿元 => 5126.4亿元|亿元|level|",
      "同比增长5.2% => 同比增长5.2%|%|growth|同比增长",
      "举办促消费活动400余场 => 400余场|场|level|",
      "完成投资2400多亿元 => 2400多亿元|亿元|level|",
      "增长4.5%至5% => 增长4.5%至5%|%|growth|增长",
      "压减5% => 5%|%|growth|压减",
      "空气质量优良天数达278天 => 278天|天|level|达",
      "城乡居民收入比缩小至1.56 => 1.56||level|缩小至",
      "收入倍差缩小至1.6 => 1.6||level|缩小至",
      "培育营收百亿楼宇19幢 => 19幢|幢|level|",
      "南山港服务科考船2152航次 => 2152航次|航次|level|",
      "修订政策文件72份 => 72份|份|level|",
      "受教育年限达到12年 => 12年|年|level|达到",
      "第3届 => ",
      "人均GDP进入全国前8位 => ",
      "学科进入ESI全球排名前1% => ",
      "项目开工时间平均提前2个月以上 => 2个月以上|个月|level|",
      "G20峰会 => ",
      "1号线 => ",
      "2025年 => ",
      "连续5年 => ",
      "1—3岁婴幼儿 => ",
      "10亿元以上项目 => ",
      "落地过10亿元项目6个 => 6个|个|level|",
      "引进投资超10亿元重大项目14个 => 14个|个|level|",
      "超10亿元项目达到14个 => 14个|个|level|达到",
      "固定资产投资超5000亿元 => 超5000亿元|亿元|level|",
      "超过200家世界500强企业在陕设立分支机构 => 超过200家|家|level|",
      "3家以上企业 => ",
      "新建10家以上省级质量基础设施 => 10家以上|家|level|",
      "经济发展类目标(13个) => ",
      "主要目标共22个 => "})
  void readsFiguresInDigits(String clause, String expected) {
    assertThat(RuleCorpus.figures(RuleCorpus::digits, clause)).isEqualTo(RuleCorpus.rows(expected));
  }
}
