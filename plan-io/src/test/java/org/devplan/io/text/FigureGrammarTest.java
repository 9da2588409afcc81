package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figure grammar on sentences in the genre's style (GENRE.md §3–§5), each in a report chapter (actuals of
 * 2025) or a plan chapter (targets of 2026) of a small plan. Each test asserts every figure the text yields, in the
 * rendering of {@link Figures}, so a figure too many fails as surely as a wrong one.
 */
class FigureGrammarTest {
  /** The one import of this class (and of the tests that borrow its plans). */
  private static Plan imported(String text) {
    return PlanText.parser().parseChars(text);
  }

  static Plan plan(String chapter, String sentence) {
    return imported("测试市2026年国民经济和社会发展计划\n\n" + chapter + "\n\n" + sentence + "\n");
  }

  static Plan report(String sentence) {
    return plan("一、2025年国民经济和社会发展计划执行情况", sentence);
  }

  static Plan targets(String sentence) {
    return plan("二、2026年主要目标", sentence);
  }

  /** Asserts that {@code plan} holds exactly {@code rows}, rows of {@link Figures} separated by ", ". */
  private static void assertYields(Plan plan, String rows) {
    assertThat(Figures.of(plan)).containsExactlyElementsOf(List.of(rows.split(", ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "全市社会消费品零售总额1250.3亿元，同比增长4.8%。"
          + "; 社会消费品零售总额|actual|2025|exact:1250.3亿元|exact:4.8%|1250.3亿元 同比增长4.8%",
      "全年固定资产投资下降12.6%。; 固定资产投资|actual|2025||exact:-12.6%|下降12.6%",
      "举办促消费活动400余场。; 举办促消费活动|actual|2025|greater_than:400场||400余场",
      "带动社会消费额近100亿元。; 带动社会消费额|actual|2025|about:100亿元||近100亿元",
      "稳定就业岗位3.4万余个。; 稳定就业岗位|actual|2025|greater_than:3.4万个||3.4万余个",
      "发放低保金4.7亿余元。; 发放低保金|actual|2025|greater_than:4.7亿元||4.7亿余元",
      "总数突破570家。; 总数|actual|2025|greater_than:570家||突破570家",
      "服务业增加值占地区生产总值比重达到50.4%。; 服务业增加值占地区生产总值比重|actual|2025|exact:50.4%||50.4%",
      "再生水利用率提升至55%。; 再生水利用率|actual|2025|exact:55%||55%",
      "空气质量优良天数达278天、同比增加40天。"
          + "; 空气质量优良天数|actual|2025|exact:278天||278天, 空气质量优良天数|actual|2025|exact:40天||增加40天",
      "社会消费品零售总额２１３５.７亿元、增长５.２％。"
          + "; 社会消费品零售总额|actual|2025|exact:2135.7亿元|exact:5.2%|２１３５.７亿元 增长５.２％",
      "汇聚融合数据总量超495亿条。; 汇聚融合数据总量|actual|2025|greater_than:495亿条||超495亿条",
      "安全生产考核连续3次获评优秀，生产安全事故起数下降12%。; 生产安全事故起数|actual|2025||exact:-12%|下降12%",
      "全球首台25兆瓦级风电主轴轴承下线，港口货物吞吐量达到2.1亿吨。; 港口货物吞吐量|actual|2025|exact:2.1亿吨||2.1亿吨",
      "建成东湖、西湖、南湖3个公园，新增绿道120公里。; 新增绿道|actual|2025|exact:120公里||120公里",
      "建成甲线、乙线等6条高速公路。; 高速公路|actual|2025|exact:6条||6条",
      "国内生产总值增长 5%，城镇新增就业 1,267 万人，进出口 394.8 亿元，增长 3.8% 左右。"
          + "; 国内生产总值|actual|2025||exact:5%|增长 5%, 城镇新增就业|actual|2025|exact:1267万人||1,267 万人"
          + ", 进出口|actual|2025|exact:394.8亿元|about:3.8%|394.8 亿元 增长 3.8% 左右",
      "城乡居民收入比缩小至1.56。; 城乡居民收入比|actual|2025|exact:1.56||1.56",
      "初步核算，全市地区生产总值5126.4亿元。; 地区生产总值|actual|2025|exact:5126.4亿元||5126.4亿元 [preliminary]",
      "预计全年地区生产总值增长5.6%。; 地区生产总值|actual|2025||exact:5.6%|增长5.6% [estimate]",
      "全市社会消费品零售总额1250.3亿元，同比增长4.8%，其中网络零售额增长12.6%。"
          + "; 社会消费品零售总额|actual|2025|exact:1250.3亿元|exact:4.8%|1250.3亿元 同比增长4.8%,"
          + " 网络零售额|actual|2025||exact:12.6%|增长12.6%",
      "空气质量优良天数比率达到86.5%，比上年提高2.3个百分点。; 空气质量优良天数比率|actual|2025|exact:86.5%||86.5%,"
          + " 空气质量优良天数比率|actual|2025|exact:2.3个百分点||提高2.3个百分点",
      "全市规模以上工业企业煤炭消费量同比下降6.94%、万元GDP能耗同比下降13.2%。"
          + "; 规模以上工业企业煤炭消费量|actual|2025||exact:-6.94%|同比下降6.94%,"
          + " 万元GDP能耗|actual|2025||exact:-13.2%|同比下降13.2%",
      "人口出生率7.33‰。; 人口出生率|actual|2025|exact:7.33‰||7.33‰"})
  void readsActuals(String sentence, String rows) {
    assertYields(report(sentence), rows);
  }

  /** From–to statements: the start level is dated by the year written with it, or before the period or chapter. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "绿色出行比例从75.6%提升至76.5%。"
          + "; 绿色出行比例|actual|2024|exact:75.6%||75.6%, 绿色出行比例|actual|2025|exact:76.5%||76.5%",
      "城镇化率从2020年的53.2%提升到2025年的57.7%。"
          + "; 城镇化率|actual|2020|exact:53.2%||53.2%, 城镇化率|actual|2025|exact:57.7%||57.7%",
      "2020年到2025年，工业税收占全部税收比重从34.6%提升到49%。; 工业税收占全部税收比重|actual|2020|exact:34.6%||34.6%,"
          + " 工业税收占全部税收比重|actual|2025|exact:49%||49%",
      "居民人均可支配收入由2.57万元增加到3.52万元。; 居民人均可支配收入|actual|2024|exact:2.57万元||2.57万元,"
          + " 居民人均可支配收入|actual|2025|exact:3.52万元||3.52万元",
      "实施重点项目2800多个。; 实施重点项目|actual|2025|greater_than:2800个||2800多个",
      "旅游收入突破万亿元。; 旅游收入|actual|2025|greater_than:1万亿元||突破万亿元",
      "带动社会投资超千亿元。; 带动社会投资|actual|2025|greater_than:1000亿元||超千亿元"})
  void readsFromToStatementsAndLowerBoundsInWords(String sentence, String rows) {
    assertYields(report(sentence), rows);
  }

  /**
   * A future period or year that a paragraph names dates its later sentences and the —— items after it, unless it only
   * names a plan.
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "“十五五”时期主要目标是：城镇调查失业率控制在5.5%以内；粮食产量达到1300亿斤。"
          + "; 城镇调查失业率|target|2030|at_most:5.5%||控制在5.5%以内, 粮食产量|target|2030|exact:1300亿斤||1300亿斤",
      "到2030年，城镇调查失业率控制在5.5%以内；粮食产量达到1300亿斤。"
          + "; 城镇调查失业率|target|2030|at_most:5.5%||控制在5.5%以内, 粮食产量|target|2030|exact:1300亿斤||1300亿斤",
      "“十五五”时期主要目标是：城镇调查失业率控制在5.5%以内。今年粮食产量达到1300亿斤。"
          + "; 城镇调查失业率|target|2030|at_most:5.5%||控制在5.5%以内, 粮食产量|target|2026|exact:1300亿斤||1300亿斤",
      "科学制定“十五五”村庄发展规划；农村生活污水治理率达62%。; 农村生活污水治理率|target|2026|exact:62%||62%",
      "“十五五”时期经济社会发展的主要目标是：¶——发展取得成效。粮食产量达到1300亿斤。"
          + "; 粮食产量|target|2030|exact:1300亿斤||1300亿斤",
      "“十五五”时期经济社会发展的主要目标是：¶今年粮食产量达到1300亿斤。; 粮食产量|target|2026|exact:1300亿斤||1300亿斤",
      "完成投资2400多亿元。; 完成投资|target|2026|greater_than:2400亿元||2400多亿元",
      "“十五五”时期地区生产总值年均增长5%左右。; 地区生产总值|target|2026—2030 annual_average||about:5%|增长5%左右"})
  void carriesAFuturePeriodThroughItsParagraph(String paragraph, String rows) {
    assertYields(targets(paragraph.replace("¶", "\n\n")), rows); // ¶: a new paragraph
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "地区生产总值增长5%以上，在实际工作中努力争取更好结果。"
          + "; 地区生产总值|target|2026||at_least:5%|增长5%以上 (在实际工作中努力争取更好结果)",
      "城镇调查失业率控制在5.5%左右。; 城镇调查失业率|target|2026|about:5.5%||控制在5.5%左右",
      "城镇调查失业率控制在5.5%以内。; 城镇调查失业率|target|2026|at_most:5.5%||控制在5.5%以内",
      "城镇调查失业率低于5.5%。; 城镇调查失业率|target|2026|less_than:5.5%||低于5.5%",
      "地区生产总值增长6%-6.5%。; 地区生产总值|target|2026||range:6~6.5%|增长6%-6.5%",
      "进出口总额增长4.5%至5%。; 进出口总额|target|2026||range:4.5~5%|增长4.5%至5%",
      "地区生产总值增长5.0%—5.5%。; 地区生产总值|target|2026||range:5.0~5.5%|增长5.0%—5.5%",
      "地区生产总值按增长5%安排。; 地区生产总值|target|2026||exact:5%|增长5%",
      "新增光伏装机容量不低于50万千瓦。; 新增光伏装机容量|target|2026|at_least:50万千瓦||不低于50万千瓦",
      "新增城镇就业8000人以上。; 新增城镇就业|target|2026|at_least:8000人||8000人以上",
      "固定资产投资止跌回稳。; 固定资产投资|target|2026|qualitative||止跌回稳",
      "数字经济核心产业增加值占比提高1个百分点左右。; 数字经济核心产业增加值占比|target|2026|about:1个百分点||提高1个百分点左右",
      "企业开办时间压缩至0.5个工作日以内。; 企业开办时间|target|2026|at_most:0.5个工作日||0.5个工作日以内",
      "“三公”经费压减5%。; “三公”经费|target|2026||exact:-5%|压减5%",
      "力争化工产业规模达到3700亿元。; 化工产业规模|target|2026|exact:3700亿元||3700亿元 (力争)",
      "到2030年，绿色化工产业产值达到3000亿元。; 绿色化工产业产值|target|2030|exact:3000亿元||3000亿元",
      "新增城镇就业6.2万人，城镇调查失业率控制在5.5%以内。"
          + "; 新增城镇就业|target|2026|exact:6.2万人||6.2万人, 城镇调查失业率|target|2026|at_most:5.5%||控制在5.5%以内",
      "城镇新增就业11万人,调查失业率控制在5%以内。"
          + "; 城镇新增就业|target|2026|exact:11万人||11万人, 调查失业率|target|2026|at_most:5%||控制在5%以内",
      "力争规上工业增加值增长7%左右，数字经济核心产业增加值占比提高1个百分点。"
          + "; 规上工业增加值|target|2026||about:7%|增长7%左右 (力争),"
          + " 数字经济核心产业增加值占比|target|2026|exact:1个百分点||提高1个百分点 (力争)",
      "新建5G基站1200个、总数达1.3万个。; 新建5G基站|target|2026|exact:1200个||1200个, 5G基站总数|target|2026|exact:1.3万个||1.3万个",
      "粮食产量稳定在1300亿斤以上。; 粮食产量|target|2026|at_least:1300亿斤||稳定在1300亿斤以上",
      "居民消费价格涨幅2%左右。; 居民消费价格|target|2026||about:2%|2%左右"})
  void readsTargets(String sentence, String rows) {
    assertYields(targets(sentence), rows);
  }

  @Test
  void spreadsListsWithTheirUnitVerbAndQualifierWrittenOnce() {
    assertThat(Figures.of(targets("力争建材、纺织、轻工、陶琉产业规模分别达到450亿元、120亿元、540亿元、120亿元。")))
        .containsExactly("建材产业规模|target|2026|exact:450亿元||450亿元 (力争)",
            "纺织产业规模|target|2026|exact:120亿元||120亿元 (力争)", "轻工产业规模|target|2026|exact:540亿元||540亿元 (力争)",
            "陶琉产业规模|target|2026|exact:120亿元||120亿元 (力争)");
    assertThat(Figures.of(report("全市刑事、治安案件数量同比分别下降22.91%、9.39%。")))
        .containsExactly("刑事案件数量|actual|2025||exact:-22.91%|下降22.91%", "治安案件数量|actual|2025||exact:-9.39%|下降9.39%");
    assertThat(Figures.of(targets("年度新增技能领军人才、技师、高级工分别达到100人、1000人、1万人以上。")))
        .containsExactly("新增技能领军人才|target|2026|at_least:100人||100人以上", "新增技师|target|2026|at_least:1000人||1000人以上",
            "新增高级工|target|2026|at_least:1万人||1万人以上");
    assertThat(Figures.of(report("研发经费投入强度达到3%，分别高于全国、全省0.31个、0.36个百分点。")))
        .containsExactly("研发经费投入强度|actual|2025|exact:3%||3%",
            "研发经费投入强度高于全国|actual|2025|exact:0.31个百分点||0.31个百分点",
            "研发经费投入强度高于全省|actual|2025|exact:0.36个百分点||0.36个百分点");
    assertThat(Figures.of(report("农村自来水普及率、入户率均达到100%。")))
        .containsExactly("农村自来水普及率|actual|2025|exact:100%||100%", "入户率|actual|2025|exact:100%||100%");
  }

  @Test
  void spreadsAListWhoseVerbIsFenbieOrJunWithTheQualifierWrittenBeforeTheFirstFigure() {
    assertThat(Figures.of(targets("科技型企业、高新技术企业分别突破850家、155家。")))
        .containsExactly("科技型企业|target|2026|greater_than:850家||突破850家", "高新技术企业|target|2026|greater_than:155家||突破155家");
    assertThat(Figures.of(targets("新认定专精特新中小企业、创新型中小企业均不低于120家。")))
        .containsExactly("新认定专精特新中小企业|target|2026|at_least:120家||不低于120家",
            "创新型中小企业|target|2026|at_least:120家||不低于120家");
    assertThat(Figures.of(report("接待游客3150万人次，旅游综合收入约286亿元，均增长8%左右。")))
        .containsExactly("接待游客|actual|2025|exact:3150万人次|about:8%|3150万人次 增长8%左右",
            "旅游综合收入|actual|2025|about:286亿元|about:8%|约286亿元 增长8%左右");
    assertThat(Figures.of(targets("新材料、新能源等产业增加值均增长10%以上。")))
        .containsExactly("新材料产业增加值|target|2026||at_least:10%|增长10%以上", "新能源产业增加值|target|2026||at_least:10%|增长10%以上");
  }

  @Test
  void keepsEachDimensionOfOneSubjectApartAndReadsCountsInWords() {
    assertThat(Figures.of(report("服务农村产权交易3150宗11.8亿元。")))
        .containsExactly("服务农村产权交易（宗）|actual|2025|exact:3150宗||3150宗", "服务农村产权交易|actual|2025|exact:11.8亿元||11.8亿元");
    assertThat(Figures.of(report("新增上市企业两家，建设三个“智慧工厂”。")))
        .containsExactly("新增上市企业|actual|2025|exact:2家||两家");
    assertThat(Figures.of(report("沿湖近六成岸线完成生态修复，收入50万元以上的村占比超过四成。")))
        .containsExactly("沿湖岸线完成生态修复|actual|2025|about:60%||近六成",
            "收入50万元以上的村占比|actual|2025|greater_than:40%||超过四成");
    assertThat(Figures.of(targets("高新技术产业投资实现两位数增长。")))
        .containsExactly("高新技术产业投资|target|2026||at_least:10%|两位数");
  }

  @Test
  void pairsLevelsWithTheGrowthsThatFollowThem() {
    assertThat(Figures.of(report("金融机构本外币存款余额、贷款余额分别达到1268.5亿元、1102.3亿元，分别增长8.6%、9.2%。")))
        .containsExactly("金融机构本外币存款余额|actual|2025|exact:1268.5亿元|exact:8.6%|1268.5亿元 增长8.6%",
            "贷款余额|actual|2025|exact:1102.3亿元|exact:9.2%|1102.3亿元 增长9.2%");
    assertThat(Figures.of(report("接待游客3260万人次、实现旅游总收入451.8亿元，分别增长6.2%、8.5%。")))
        .containsExactly("接待游客|actual|2025|exact:3260万人次|exact:6.2%|3260万人次 增长6.2%",
            "旅游总收入|actual|2025|exact:451.8亿元|exact:8.5%|451.8亿元 增长8.5%");
  }

  @Test
  void skipsNumbersThatAreNotValues() {
    assertThat(Figures.of(report("新建5G基站700个，位列全国百城榜单第15名，“齐剑2025”行动有效，2家企业上榜中国企业500强。")))
        .containsExactly("新建5G基站|actual|2025|exact:700个||700个", "企业上榜中国企业500强|actual|2025|exact:2家||2家");
    assertThat(Figures.of(report("3岁以下儿童系统管理率达到90%，总投资10亿元以上项目214个。")))
        .containsExactly("3岁以下儿童系统管理率|actual|2025|exact:90%||90%", "总投资10亿元以上项目|actual|2025|exact:214个||214个");
    assertThat(Figures.of(report("华电2×350兆瓦机组开工建设，轨道交通2号线二期建成，PM2.5平均浓度24微克/立方米。")))
        .containsExactly("PM2.5平均浓度|actual|2025|exact:24微克/立方米||24微克/立方米");
    assertThat(Figures.of(report("连续5年获评先进，1—3岁婴幼儿入托率达到10.8%，家庭年可支配收入10-50万元群体扩大。")))
        .containsExactly("1—3岁婴幼儿入托率|actual|2025|exact:10.8%||10.8%");
  }

  @Test
  void datesFiguresByTheYearsAndPeriodsTheSentenceNames() {
    assertThat(Figures.of(targets("“十四五”时期累计新增城镇就业38.6万人，研发经费投入强度由2020年的2.12%提高到2.85%。")))
        .containsExactly("新增城镇就业|actual|2021—2025 cumulative|exact:38.6万人||38.6万人",
            "研发经费投入强度|actual|2020|exact:2.12%||2.12%", "研发经费投入强度|actual|2025|exact:2.85%||2.85%");
  }

  @Test
  void readsFiguresButNotAimsInHeadingSentences() {
    Plan p = plan("三、2026年重点任务", "（一）扩大有效需求。一是推动投资止跌回稳。1．实施重大项目600个以上。新建5G基站1.2万个、总数达到15万个。");
    assertThat(Figures.of(p)).containsExactly("实施重大项目|target|2026|at_least:600个||600个以上",
        "新建5G基站|target|2026|exact:1.2万个||1.2万个", "5G基站总数|target|2026|exact:15万个||15万个");
    assertThat(p.chapter("1.1.1").orElseThrow().title()).isEqualTo("推动投资止跌回稳");
  }

  @Test
  void readsEnumeratedItemsSeparatedBySemicolons() {
    Plan p = plan("三、2026年重点任务", "（一）扩大内需。一是提振消费，举办活动300场；二是扩大投资，实施项目200个；三是稳定外贸。");
    assertThat(p.chapter("1.1").orElseThrow().children()).extracting(c -> c.label() + c.title())
        .containsExactly("一是提振消费，举办活动300场", "二是扩大投资，实施项目200个", "三是稳定外贸");
    assertThat(Figures.of(p)).containsExactly("举办活动|target|2026|exact:300场||300场", "实施项目|target|2026|exact:200个||200个");
  }

  @Test
  void keepsTheVerbOfAFigure() {
    assertThat(targets("力争化工产业规模达到3700亿元。").allObservations().map(Observation::verb))
        .containsExactly(Optional.of("达到"));
    assertThat(report("预计全年地区生产总值增长5.6%。").allObservations().map(Observation::verb))
        .containsExactly(Optional.of("增长"));
  }
}
