package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutlineReaderTest {
  static final String TEXT = "某市2026年计划\n\n一、2025年工作回顾\n\n全市增长5%。一是稳增长。投资增长6%。二是促消费。\n\n"
      + "二、2026年主要目标\n\n表1　2026年主要指标\n指标名称\t单位\t2026年目标\n地区生产总值增长\t%\t6左右\n"
      + "注：按可比价格计算。\n";

  static OutlineReader.Outline outline(SourceText src) {
    return OutlineReader.read(src, Vocabulary.standard(), BlockReader.read(src, Vocabulary.standard()), 2026, 2025);
  }

  private static void tree(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.path + " " + s.labelText + " " + s.title + " " + s.kind + (s.inline ? " inline" : ""));
      tree(s.children, out);
    }
  }

  @Test
  void opensInlineHeadingsUnderTheirChapterAndTellsActualFromTarget() {
    List<String> tree = new ArrayList<>();
    tree(outline(SourceText.of(TEXT)).roots(), tree);
    assertThat(tree).containsExactly("1 一、 2025年工作回顾 ACTUAL", "1.1 一是 稳增长 ACTUAL inline",
        "1.2 二是 促消费 ACTUAL inline", "2 二、 2026年主要目标 TARGET");
  }

  static Stream<Arguments> silentTitles() {
    return Stream.of(
        // a title that names neither year nor report: the first sentence names the base year
        Arguments.of("一、一年接着一年干，各项事业取得新成效\n\n2025年是收官之年。一年来，全市增长5%。\n\n（一）产业升级加快。产值增长6%。\n",
            List.of("1 一、 一年接着一年干，各项事业取得新成效 ACTUAL", "1.1 （一） 产业升级加快 ACTUAL inline")),
        // the same title whose first sentence names the plan year (and the base year beside it) is a target part
        Arguments.of("一、一鼓作气勇争先，全力开好局\n\n2026年是开局之年，做好工作意义重大，2025年的成绩是基础。全市增长5%。\n",
            List.of("1 一、 一鼓作气勇争先，全力开好局 TARGET")),
        // a first sentence with no year leaves the plan's default, a target part
        Arguments.of("一、一张蓝图绘到底\n\n各位代表！全市增长5%。\n", List.of("1 一、 一张蓝图绘到底 TARGET")),
        // a heading opening the chapter settles it before any sentence: the plan's default, a target part
        Arguments.of("一、一张蓝图绘到底\n\n（一）产业升级加快。2025年产值增长6%。\n",
            List.of("1 一、 一张蓝图绘到底 TARGET", "1.1 （一） 产业升级加快 TARGET inline")),
        // a title that tells its kind is not overruled by the first sentence
        Arguments.of("二、2026年主要目标\n\n2025年是收官之年。全市增长5%。\n", List.of("1 二、 2026年主要目标 TARGET")));
  }

  @ParameterizedTest
  @MethodSource("silentTitles")
  void aChapterWhoseTitleSaysNothingIsToldByItsFirstSentence(String text, List<String> expected) {
    List<String> tree = new ArrayList<>();
    tree(outline(SourceText.of("某省2026年政府工作报告\n\n" + text)).roots(), tree);
    assertThat(tree).containsExactlyElementsOf(expected);
  }

  @Test
  void cutsTheNarrativeIntoSegmentsOfTheirChapter() {
    SourceText src = SourceText.of(TEXT);
    assertThat(outline(src).segments().stream().map(s -> src.text().substring(s.from(), s.to()) + " "
        + (s.section() == null ? "-" : s.section().path) + (s.words() ? " words" : "")).toList())
        .containsExactly("2025年工作回顾 1", "全市增长5%。 1 words", "稳增长 1.1", "投资增长6%。 1.1 words", "促消费 1.2",
            "2026年主要目标 2");
  }

  @Test
  void putsATableInItsChapterWithItsNotesAndTheYearItsCaptionNames() {
    OutlineReader.TableAt table = outline(SourceText.of(TEXT)).tables().get(0);
    assertThat(List.of(table.section().path, table.notes(), table.captionYear(), table.table().rows().size()))
        .containsExactly("2", List.of("注：按可比价格计算。"), 2026, 2);
  }

  static Stream<Arguments> unnumberedTitles() {
    return Stream.of(
        // two parts of a work report titled without numbers, each told by its words; 一、 goes under the second
        Arguments.of("各位代表：\n\n“十四五”时期发展成就和2025年工作回顾\n\n全区增长5%。\n\n“十五五”时期主要目标和2026年重点工作\n\n"
            + "今年目标如下。\n\n一、扩大有效需求\n\n（一）稳定投资。一要加快项目建设。投资增长6%。二要用好专项债券。\n",
            List.of("1  “十四五”时期发展成就和2025年工作回顾 ACTUAL", "2  “十五五”时期主要目标和2026年重点工作 TARGET",
                "2.1 一、 扩大有效需求 TARGET", "2.1.1 （一） 稳定投资 TARGET inline", "2.1.1.1 一要 加快项目建设 TARGET inline",
                "2.1.1.2 二要 用好专项债券 TARGET inline")),
        // a short line with a comma or a stop is running text; one whose words tell no kind is too
        Arguments.of("各位代表：\n\n过去一年，我们迎难而上\n\n全区增长5%。\n\n一张蓝图绘到底\n\n全区增长6%。\n", List.of()),
        // a line ending with a conjunction goes on in the next (a title broken over lines); a date alone signs a notice
        Arguments.of("关于印发某市2026年国民经济和\n\n社会发展计划的通知\n\n请认真组织实施。\n\n某市人民政府\n\n2026年3月19日\n\n"
            + "一、2025年计划执行情况\n\n全市增长5%。\n", List.of("1 一、 2025年计划执行情况 ACTUAL")),
        // the plan's own title under the notice that issues it is a document's title, not a chapter's
        Arguments.of("请认真组织实施。\n\n某市人民政府\n\n某市2023年国民经济和社会发展计划\n\n2023年全市经济社会发展的总体要求是：稳中求进。\n\n"
            + "（一）扩大有效需求\n\n全市增长5%。\n", List.of("1 （一） 扩大有效需求 TARGET")),
        // a title line needs running text after it: of two such lines in a row only the second is a title
        Arguments.of("各位代表：\n\n2025年工作回顾\n\n2026年主要目标\n\n全区增长6%。\n", List.of("1  2026年主要目标 TARGET")));
  }

  @ParameterizedTest
  @MethodSource("unnumberedTitles")
  void aShortLineWithoutNumberOrStopWhoseWordsTellAKindIsATitle(String text, List<String> expected) {
    List<String> tree = new ArrayList<>();
    tree(outline(SourceText.of("某自治区2026年政府工作报告\n\n" + text)).roots(), tree);
    assertThat(tree).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> enumerations() {
    return Stream.of(
        // a prose enumeration in the first paragraph under a heading divides it
        Arguments.of("一、2025年工作回顾\n\n五年来成就显著。一是综合实力再上台阶。产值增长5%。二是创新引领成势见效。投入增长8%。\n",
            List.of("1 一、 2025年工作回顾", "1.1 一是 综合实力再上台阶", "1.2 二是 创新引领成势见效")),
        // the same enumeration in a later paragraph of the chapter is prose
        Arguments.of("一、2025年工作回顾\n\n全市增长5%。\n\n各位代表！五年来成就显著。一是综合实力再上台阶。产值增长5%。二是创新引领成势见效。"
            + "投入增长8%。\n", List.of("1 一、 2025年工作回顾")),
        // a paragraph opened by a heading label owns the enumeration, wherever it stands
        Arguments.of("一、2025年工作回顾\n\n全市增长5%。\n\n（一）经济平稳运行。全市增长5%。一是投资承压运行。项目增加。二是消费有效提振。\n",
            List.of("1 一、 2025年工作回顾", "1.1 （一） 经济平稳运行", "1.1.1 一是 投资承压运行", "1.1.2 二是 消费有效提振")),
        // an enumeration opening its paragraphs is headings in any paragraph
        Arguments.of("二、2026年主要目标\n\n今年目标如下。\n\n一是全力激发创新潜能。研发投入增长8%。\n\n二是全力缩小城乡差距。收入增长6%。\n",
            List.of("1 二、 2026年主要目标", "1.1 一是 全力激发创新潜能", "1.2 二是 全力缩小城乡差距")),
        // numbered list items in one paragraph are headings however long their first sentence
        Arguments.of("三、2026年工作安排\n\n今年要办好十件民生实事。（1）做好重点群体高质量就业，围绕重点领域和重点群体开展职业技能培训30万人次，"
            + "实现高职院校毕业生就业2万人。（2）加强医疗健康服务，新建县域医疗次中心58个。（3）提升一老一小服务能力，改造提升25个标准化"
            + "养老机构，为2万名特殊困难老年人提供居家社区机构服务。\n",
            List.of("1 三、 2026年工作安排",
                "1.1 （1） 做好重点群体高质量就业，围绕重点领域和重点群体开展职业技能培训30万人次，实现高职院校毕业生就业2万人",
                "1.2 （2） 加强医疗健康服务，新建县域医疗次中心58个",
                "1.3 （3） 提升一老一小服务能力，改造提升25个标准化养老机构，为2万名特殊困难老年人提供居家社区机构服务")),
        // a lone long numbered sentence is prose
        Arguments.of("三、2026年工作安排\n\n今年要办好民生实事。（1）做好重点群体高质量就业，围绕重点领域和重点群体开展职业技能培训30万人次，"
            + "实现高职院校毕业生就业2万人。\n", List.of("1 三、 2026年工作安排")),
        // a text joined into one line, a space after each 。: the headings in it, the enumeration after an inline one
        Arguments.of("主要目标是：地区生产总值增长6%左右。 一、坚持抢抓机遇，持续巩固经济运行态势。 一是高效率抢抓政策机遇。 积极抢抓"
            + "产业转移机遇。 二是高水平推进项目建设。 完成投资500亿元。 二、着力扩大内需。 扩大消费。\n",
            List.of("1 一、 坚持抢抓机遇，持续巩固经济运行态势", "1.1 一是 高效率抢抓政策机遇", "1.2 二是 高水平推进项目建设",
                "2 二、 着力扩大内需")),
        // a prose enumeration whose first sentences run on is not a heading, even under its heading
        Arguments.of("二、2026年总体要求\n\n总体要求与省委建议一致。一是坚守基本遵循，全面贯彻新发展理念，坚定不移推动高质量发展，"
            + "把讲话精神作为总方针总纲领总遵循。二是紧扣时代要求，坚持以经济建设为中心，牢牢把握高质量发展这个首要任务，"
            + "服务和融入构建新发展格局。\n", List.of("1 二、 2026年总体要求")));
  }

  @ParameterizedTest
  @MethodSource("enumerations")
  void readsEnumerationsAsHeadingsOnlyWhereTheyDivideAHeadingOrFormAList(String text, List<String> expected) {
    List<String> headings = new ArrayList<>();
    titles(outline(SourceText.of(text)).roots(), headings);
    assertThat(headings).containsExactlyElementsOf(expected);
  }

  private static void titles(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.path + " " + s.labelText + " " + s.title);
      titles(s.children, out);
    }
  }
}
