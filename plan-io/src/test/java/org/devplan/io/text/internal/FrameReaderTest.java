package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.devplan.model.Evidence;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The frame of documents as portals publish them, including furniture and title forms of other portals. */
class FrameReaderTest {
  private static final Importer.Settings NONE = new Importer.Settings("<t>", Optional.empty(), OptionalInt.empty(),
      OptionalInt.empty(), Optional.empty());
  private static final String BODY = "现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全市地区生产总值增长5.2%。\n";

  static FrameReader.Frame frame(String text) {
    SourceText src = SourceText.of(text);
    return FrameReader.read(src, BlockReader.read(src, Vocabulary.standard()), NONE);
  }

  /** What a frame says about the plan, with the number of frame lines. */
  record Told(String title, String region, Evidence regionEvidence, int planYear, Evidence planYearEvidence,
      int baseYear, Evidence baseYearEvidence, Plan.Kind kind, int frameLines) {
    static Told of(FrameReader.Frame f) {
      return new Told(f.title(), f.region(), f.regionEvidence(), f.planYear(), f.planYearEvidence(), f.baseYear(),
          f.baseYearEvidence(), f.kind(), f.endLine());
    }
  }

  record Example(String name, String text, Told told) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Example> examples() {
    Evidence s = Evidence.STATED;
    Evidence i = Evidence.INFERRED;
    Plan.Kind report = Plan.Kind.WORK_REPORT;
    return Stream.of(
        new Example("another portal's furniture: 【打印本页】【关闭窗口】, 浏览次数, 信息来源, 发布日期, 字体：大 中 小",
            "【打印本页】【关闭窗口】\n字体：大 中 小\n信息来源：洛阳市人民政府办公室\n发布日期：2026-01-20\n浏览次数：1234\n"
                + "2026年洛阳市政府工作报告\n——2026年1月8日在洛阳市第十五届人民代表大会第五次会议上\n洛阳市市长 张三\n各位代表：\n"
                + BODY,
            new Told("2026年洛阳市政府工作报告", "洛阳市", s, 2026, s, 2025, i, report, 9)),
        new Example("breadcrumb on one line, share line, region after the year with 人民政府",
            "您现在的位置：首页 > 政务公开 > 政府工作报告\n分享到：\n温州市2026年人民政府工作报告\n（2026年2月3日在温州市第十四届人民代表大会第五次会议上）\n"
                + "各位代表：\n" + BODY,
            new Told("温州市2026年人民政府工作报告", "温州市", s, 2026, s, 2025, i, report, 5)),
        new Example("bare title, ―― subtitle with a Chinese-numeral date, a prefecture",
            "政府工作报告\n――二〇二六年一月二十七日在延边朝鲜族自治州第十六届人民代表大会第五次会议上\n州长 李四\n各位代表：\n" + BODY,
            new Told("政府工作报告", "延边朝鲜族自治州", i, 2026, i, 2025, i, report, 4)),
        new Example("bare title, the region only in the speaker line, the year only in the body",
            "政府工作报告\n锡林郭勒盟行政公署盟长 王五\n各位代表：\n"
                + "2026年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n一、2025年工作回顾\n",
            new Told("政府工作报告", "锡林郭勒盟", i, 2026, i, 2025, i, report, 3)),
        new Example("a title without anything and a body sentence",
            "政府工作报告\n\n各位代表：\n今年是“十五五”开局之年，做好政府工作意义重大。\n",
            new Told("政府工作报告", FrameReader.UNNAMED, Evidence.NONE, 2026, i, 2025, i, report, 3)),
        new Example("photo caption and posting date before the title, speaker with 人民政府",
            "市长在大会上作政府工作报告。本报记者 赵六 摄\n2026-02-09 09:45:30\n政府工作报告\n"
                + "——2026年1月27日在宜宾市第六届人民代表大会第六次会议上\n宜宾市人民政府市长 赵六\n各位代表：\n" + BODY,
            new Told("政府工作报告", "宜宾市", i, 2026, i, 2025, i, report, 6)),
        new Example("two years in a title split over lines: the later is the plan year",
            "关于某县2019年国民经济和社会发展计划执行情况\n与2020年国民经济和社会发展计划草案的报告\n"
                + "——2020年1月10日在某县第十七届人民代表大会第四次会议上\n某县发展和改革局\n\n一、2019年计划执行情况\n",
            new Told("关于某县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告", "某县", s, 2020, s,
                2019, s, Plan.Kind.PLAN_EXECUTION_REPORT, 4)),
        new Example("a title broken before 执行情况, under a document header",
            "某县十八届人大\n五次会议文件（十一）\n关于某县2024年国民经济和社会发展计划\n执行情况与2025年计划草案的报告\n"
                + "——2025年1月3日在某县第十八届人民代表大会第五次会议上\n某县发展和改革委员会\n各位代表：\n"
                + "一、2024年计划执行情况\n",
            new Told("关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "某县", s, 2025, s, 2024, s,
                Plan.Kind.PLAN_EXECUTION_REPORT, 7)),
        new Example("a news report: a session headline, the year only in the posting line",
            "某县第十八届人民代表大会第四次会议隆重开幕 |\n作者：本站 发布时间：2025-02-11 浏览：149次 |\n"
                + "2月11日上午，某县第十八届人民代表大会第四次会议隆重开幕。县长代表县政府作政府工作报告。\n",
            new Told("某县第十八届人民代表大会第四次会议隆重开幕", "某县", s, 2025, i, 2024, i, Plan.Kind.ANNUAL_PLAN, 2)),
        new Example("a five-year plan outline",
            "湖州市国民经济和社会发展第十五个五年规划纲要\n\n第一章　发展基础\n",
            new Told("湖州市国民经济和社会发展第十五个五年规划纲要", "湖州市", s, 2030, s, 2025, s,
                Plan.Kind.FIVE_YEAR_OUTLINE, 1)),
        new Example("a subtitle without a dash, broken over two lines",
            "某区2025年政府工作报告\n2025年3月20日在某区第十九届\n人民代表大会第四次会议上\n某区人民政府区长 张三\n各位代表：\n"
                + BODY,
            new Told("某区2025年政府工作报告", "某区", s, 2025, s, 2024, i, report, 5)),
        new Example("an excerpt that starts at the salutation: the year after the year its sentences open with",
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n2024年全市上下奋发进取。地区生产总值增长6.1%。\n",
            new Told("各位代表：", FrameReader.UNNAMED, Evidence.NONE, 2025, i, 2024, i, Plan.Kind.ANNUAL_PLAN, 1)),
        new Example("a news digest with a space before 年 in its headings",
            "据报道，总理向大会宣读政府工作报告，要点如下：\n一、2025 年工作回顾\n国内生产总值增长 5%\n",
            new Told("据报道，总理向大会宣读政府工作报告，要点如下：", FrameReader.UNNAMED, Evidence.NONE, 2026, i, 2025, i, report,
                1)),
        new Example("a news headline, a lead sentence ending with 。 that names the report: no title",
            "某市：2025年GDP力争突破3000亿元\n记者 张三 2025年，某市要实现地区生产总值增长5%左右。\n"
                + "2月20日，某市第十四届人民代表大会第五次会议开幕，市长作政府工作报告时提出上述目标。\n",
            new Told("某市：2025年GDP力争突破3000亿元", "某市", s, 2025, s, 2024, i, Plan.Kind.ANNUAL_PLAN, 1)),
        new Example("a news page: the plan year in the clause of its targets, not the old year a sentence opens with",
            "首页>要闻\n\n某区向万亿元发起冲击\n\n2018年01月14日 20:24 | 来源：中国新闻网\n\n"
                + "某区第六届人民代表大会第三次会议14日开幕。2006年，某市成为最早突破万亿元的城市。\n"
                + "据介绍，2018年某区经济社会发展的主要预期目标是：地区生产总值增长8%以上。\n",
            new Told("某区向万亿元发起冲击", "某区", s, 2018, i, 2017, i, Plan.Kind.ANNUAL_PLAN, 5)),
        new Example("a news page without targets: posted later than the year a sentence opens with",
            "首页>要闻\n\n某区向万亿元发起冲击\n\n2018年01月14日 20:24 | 来源：中国新闻网\n\n"
                + "某区第六届人民代表大会第三次会议14日开幕。2006年，某市成为最早突破万亿元的城市。\n",
            new Told("某区向万亿元发起冲击", "某区", s, 2018, i, 2017, i, Plan.Kind.ANNUAL_PLAN, 5)),
        new Example("a news page naming the region only in the session its lead sentence reports",
            "政府工作报告出炉\n\n2月20日，某市第十四届人民代表大会第五次会议开幕，市长作政府工作报告。今年是“十五五”开局之年。\n",
            new Told("政府工作报告出炉", "某市", i, 2026, i, 2025, i, report, 1)),
        new Example("a news headline on the results of the year before the plan's: that year is the base year",
            "《政府工作报告》摘要（一）：2021年 全县经济社会发展各项目标任务高质量全面完成\n\n日期：2022年01月24日 作者： 来源：某县融媒体中心\n\n"
                + "1月20日，某县人民政府县长张三在作《政府工作报告》时，对2021年工作作了全面回顾。\n",
            new Told("《政府工作报告》摘要（一）：2021年 全县经济社会发展各项目标任务高质量全面完成", "某县", i, 2022, i, 2021, s,
                report, 3)),
        new Example("a news report naming the plan report the session reviews: the year of its 计划草案",
            "某网3月25日消息（记者张三）3月25日上午，某市第十七届人民代表大会第六次会议开幕。\n"
                + "会议审查和审议某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告；"
                + "审查和审议某市2024年预算执行情况和2025年预算草案的报告。\n",
            new Told("某网3月25日消息（记者张三）3月25日上午，某市第十七届人民代表大会第六次会议开幕", "某市", i, 2025, i, 2024, i, Plan.Kind.ANNUAL_PLAN, 0)),
        new Example("a page that opens with a sentence naming the plan report: its years are the body's",
            "1月12日，省发展和改革委员会受省政府委托，以书面形式向省第十三届人民代表大会第三次会议作《关于某省2019年国民经济和社会发展计划执行情况"
                + "与2020年计划草案的报告》。\n报告提出2020年国民经济和社会发展计划主要预期目标：地区生产总值增长7.5%。\n",
            new Told("1月12日，省发展和改革委员会受省政府委托，以书面形式向省第十三届人民代表大会第三次会议作《关于某省2019年国民经济和",
                FrameReader.UNNAMED, Evidence.NONE, 2020, i, 2019, i, Plan.Kind.ANNUAL_PLAN, 0)),
        new Example("a reprint titled by the year its work report reviews",
            "2019年某县政府工作报告\n——在某县第十八届人民代表大会第四次会议上\n县长 张三\n各位代表：\n"
                + "一、过去一年政府工作成效显著\n2019年，是我县经济社会发展极具挑战的一年。全县地区生产总值增长6%。\n",
            new Told("2019年某县政府工作报告", "某县", s, 2020, i, 2019, s, report, 4)),
        new Example("a source's name and the posting time on the first line",
            "某某图书馆 2018-03-20 10:33:06\n2月25日上午10时，某市第十七届人民代表大会第一次会议隆重开幕。\n"
                + "报告提出了某市今年发展的主要预期目标——地区生产总值增长7.5%。\n",
            new Told("某某图书馆 2018-03-20 10:33:06", "某市", i, 2018, i, 2017, i, Plan.Kind.ANNUAL_PLAN, 1)),
        new Example("a page that starts at its first chapter, the plan's review: the chapter's year is the base year",
            "一、2024年某省国民经济和社会发展计划执行情况\n（一）经济运行稳中有进。全省地区生产总值达9.01万亿元，增长5.5%。\n",
            new Told("一、2024年某省国民经济和社会发展计划执行情况", "某省", s, 2025, i, 2024, i, Plan.Kind.ANNUAL_PLAN, 0)),
        new Example("a news item after an image's markup: this year's year in brackets, the region after a source tag",
            "<image>data:image/png;base64,iVBORw0KGgo\" alt=\"\"</image>\n【某某新闻】某省人大会议今日开幕。省长作政府工作报告时表示，"
                + "今年（2024年）预期地区生产总值增长5%。\n",
            new Told("【某某新闻】某省人大会议今日开幕。省长作政府工作报告时表示，今年（2024年）预期地区生产总值增长5%", "某省", s,
                2024, i, 2023, i, report, 1)),
        new Example("a news lead, the plan year set off by a comma before the clause announcing the targets",
            "3月27日上午，某市第十六届人民代表大会第五次会议开幕，会议听取和审议了某市人民政府工作报告。\n"
                + "报告指出，2025年，全市经济社会发展主要预期目标是：地区生产总值增长5.5%。\n",
            new Told("3月27日上午，某市第十六届人民代表大会第五次会议开幕，会议听取和审议了某市人民政府工作报告", "某市", i, 2025, i, 2024,
                i,
                report, 0)),
        new Example("a year set off by a comma whose targets were met: reviewed, not planned",
            "某市政府工作报告\n各位代表：\n2025年，全市经济社会发展主要预期目标全面完成。\n",
            new Told("某市政府工作报告", "某市", s, 2026, i, 2025, i, report, 2)),
        new Example("a text joined into one line (a PDF copy): its title is its first words up to a title's last word",
            "某市2025年国民经济和社会发展计划 一、坚持抢抓机遇，持续巩固态势。 一是高效率抢抓政策机遇。\n",
            new Told("某市2025年国民经济和社会发展计划", "某市", s, 2025, s, 2024, i, Plan.Kind.ANNUAL_PLAN, 0)),
        new Example("a title damaged by the copy, with a stray 。 and no year: the session's date tells it",
            "(浙江?。?025年某市人民政府政府工作报告\n2025年2月11日在某市第九届人民代表大会第五次会议上\n市长 李某\n各位代表：\n"
                + BODY,
            new Told("(浙江?。?025年某市人民政府政府工作报告", "某市", i, 2025, i, 2024, i, report, 4)),
        new Example("a session held in December: the report on that year, the plan for the next",
            "政 府 工 作 报 告\n——2022年12月11日在某市第五届人民代表大会第二次会议上\n某市市长 张某\n各位代表：\n" + BODY,
            new Told("政 府 工 作 报 告", "某市", i, 2023, i, 2022, i, report, 4)),
        new Example("a reprint in traditional characters",
            "政府工作報告\n——2026年1月20日在廣東省第十四屆人民代表大會第四次會議上\n廣東省省長 王偉\n各位代表：\n" + BODY,
            new Told("政府工作报告", "广东省", i, 2026, i, 2025, i, report, 4)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void tellsRegionYearsKindAndHowTheyWereFound(Example e) {
    assertThat(Told.of(frame(e.text()))).isEqualTo(e.told());
  }

  @Test
  void readsFiguresOutsideEveryChapterAsActualsUnderAHeadlineOnTheBaseYearsResults() {
    assertThat(Stream.of("《政府工作报告》摘要：2021年 全县各项目标任务全面完成\n\n全县地区生产总值增长12.6%。\n",
        "某县2022年政府工作报告\n\n全县地区生产总值增长6%。\n").map(t -> frame(t).unsectioned()))
        .containsExactly(Observation.Kind.ACTUAL, Observation.Kind.TARGET);
  }

  @Test
  void keepsTheTitleAsWrittenAndTheSubtitle() {
    FrameReader.Frame f = frame("下載\n列印\n2026年廣東省政府工作報告\n——2026年1月20日在廣東省第十四屆人民代表大會第四次會議上\n各位代表：\n");
    assertThat(java.util.List.of(f.title(), f.documentTitle(), f.subtitle().orElseThrow())).containsExactly(
        "2026年广东省政府工作报告", "2026年廣東省政府工作報告", "——2026年1月20日在广东省第十四届人民代表大会第四次会议上");
  }

  @Test
  void namesTheOptionWhenThePlanYearCannotBeTold() {
    assertThatThrownBy(() -> frame("下载\n打印\n政府工作报告\n各位代表：\n过去一年，我们攻坚克难。\n"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage("<t>:3:1: cannot tell the plan year from the title \"政府工作报告\", its subtitle or its text; "
            + "set it with PlanText.Options.withPlanYear");
  }
}
