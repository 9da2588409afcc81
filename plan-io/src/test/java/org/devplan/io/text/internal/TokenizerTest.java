package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokenizer on clauses of the genre: each clause with its whole list of tokens, as kind:text. */
class TokenizerTest {
  static List<String> tokens(String clause) {
    return new Tokenizer(Vocabulary.standard()).tokens(clause, 0, clause.length()).stream()
        .map(t -> t.kind() + ":" + t.text(clause)).toList();
  }

  /** Numbers with what follows them, qualifiers, ranges, figures in words, list markers, years and periods. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "全市地区生产总值5126.4亿元; TEXT:全市地区生产总值 NUMBER:5126.4 MAGNITUDE:亿 UNIT:元",
      "同比增长5.2%左右; CHANGE_VERB:同比增长 NUMBER:5.2 UNIT:% QUALIFIER_SUFFIX:左右",
      "举办促消费活动400余场; TEXT:举办促消费活动 NUMBER:400 MORE:余 UNIT:场",
      "发放低保金4.7亿余元; TEXT:发放低保金 NUMBER:4.7 MAGNITUDE:亿 MORE:余 UNIT:元",
      "完成投资2400多亿元; LEVEL_VERB:完成 TEXT:投资 NUMBER:2400 MORE:多 MAGNITUDE:亿 UNIT:元",
      "总额1,250.3亿元; TEXT:总额 NUMBER:1,250.3 MAGNITUDE:亿 UNIT:元",
      "第三产业比重提高0.6个百分点; TEXT:第 NUMERAL:三 TEXT:产业比重 CHANGE_VERB:提高 NUMBER:0.6 UNIT:个百分点",
      "城乡居民收入比缩小至1.56; TEXT:城乡居民收入比 LEVEL_VERB:缩小至 NUMBER:1.56",
      "G20峰会; TEXT:G NUMBER:20 TEXT:峰会",
      "力争城镇调查失业率控制在5.5%以内; HEDGE:力争 TEXT:城镇调查失业率 QUALIFIER_PREFIX:控制在 NUMBER:5.5 UNIT:%"
          + " QUALIFIER_SUFFIX:以内",
      "突破万亿元; QUALIFIER_PREFIX:突破 MAGNITUDE:万亿 UNIT:元",
      "达到4.5%至5%; LEVEL_VERB:达到 NUMBER:4.5 UNIT:% RANGE_SEPARATOR:至 NUMBER:5 UNIT:%",
      "服务业占比超过六成; TEXT:服务业占比 QUALIFIER_PREFIX:超过 NUMERAL:六 UNIT:成",
      "约占一半; QUALIFIER_PREFIX:约 TEXT:占 NUMERAL:一半",
      "实现两位数增长; LEVEL_VERB:实现 NUMERAL:两位数 CHANGE_VERB:增长",
      "新增上市企业两家; TEXT:新 CHANGE_VERB:增 TEXT:上市企业 NUMERAL:两 UNIT:家",
      "分别增长8.6%、9.2%; LIST_MARKER:分别 CHANGE_VERB:增长 NUMBER:8.6 UNIT:% LIST_MARKER:、 NUMBER:9.2 UNIT:%",
      "人均可支配收入均增长5%; TEXT:人均可支配收入 LIST_MARKER:均 CHANGE_VERB:增长 NUMBER:5 UNIT:%",
      "城镇和农村; TEXT:城镇 LIST_MARKER:和 TEXT:农村",
      "新材料、新能源等产业; TEXT:新材料 LIST_MARKER:、 TEXT:新能源 LIST_MARKER:等 TEXT:产业",
      "2025年底达到5%; YEAR:2025年 TEXT:底 LEVEL_VERB:达到 NUMBER:5 UNIT:%",
      "2024—2025年; NUMBER:2024 RANGE_SEPARATOR:— YEAR:2025年",
      "“十五五”时期年均增长6%; PERIOD:“十五五”时期 TIME_WORD:年均 CHANGE_VERB:增长 NUMBER:6 UNIT:%",
      "“十五五”规划; PUNCT:“ NUMERAL:十五五 PUNCT:” TEXT:规划",
      "后两年需年均增长7%; PERIOD:后两年 TEXT:需 TIME_WORD:年均 CHANGE_VERB:增长 NUMBER:7 UNIT:%",
      "今年累计完成; TIME_WORD:今年 TIME_WORD:累计 LEVEL_VERB:完成",
      "增长 5% ，; CHANGE_VERB:增长 NUMBER:5 UNIT:% PUNCT:，"})
  void readsAClauseIntoTokens(String clause, String expected) {
    assertThat(tokens(clause)).isEqualTo(Arrays.asList(expected.split(" ")));
  }
}
