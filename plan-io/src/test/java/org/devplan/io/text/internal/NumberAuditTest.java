package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.devplan.io.text.PlanText;
import org.devplan.io.text.TestDocuments;
import org.devplan.io.text.UnreadNumber;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number audit: every number of a text is read (inside an observation's wording), classified as no figure, or
 * listed as not read, once; each class by example sentences; the seed's numbers not read, each checked by reading
 * the text.
 */
class NumberAuditTest {
  static final Path SEED = Path.of("../seeds/zibo-2026-plan.txt");
  static final PlanText.Options OPTIONS = PlanText.Options.defaults().withRegion("某市").withPlanYear(2026);

  /** The findings on line {@code line} of the text of {@code r}. */
  private static List<NumberAudit.Finding> onLine(PlanText.Result r, int line) {
    return NumberAudit.standard().audit(r.text(), r.plan()).stream().filter(f -> f.position().line() == line)
        .toList();
  }

  @Nested
  class Classes {
    /** Every number of a sentence in a plan's target chapter, in order, each with its reason. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027年全市将新建一批学校。                    | 2027 year, 一 phrase
        举办2025港澳山东周。                          | 2025 year
        于3月15日召开动员大会。                       | 3 date, 15 date
        一季度开工项目集中签约。                      | 一 date
        连续12年保持全省前列。                        | 12 duration
        提供24小时政务服务。                          | 24 duration
        打造15分钟便民服务圈。                        | 15 duration
        成功入选第三批试点城市。                      | 三 ordinal
        综合实力居全国第2位。                         | 2 rank
        经济总量居全国第二。                          | 二 rank
        入选中国企业500强。                           | 500 rank
        新增学科进入ESI全球排名前1%。                 | 1 rank
        在省第十四届人民代表大会第四次会议上。        | 十四 session, 四 session
        按照省委十一届十次全会部署。                  | 十一 session, 十 session
        一是加快项目建设。                            | 一 heading label
        (3)推进重点领域改革。                         | 3 heading label
        高技术产业[1]增加值稳步提高。                 | 1 footnote
        构建“1+2+4+N”现代产业体系。                   | 1 programme, 2 programme, 4 programme
        新建5G基站覆盖全域。                          | 5 name
        PM2.5平均浓度稳步下降。                       | 2.5 name
        加快建设G60科创走廊。                         | 60 name
        地铁22号线开通运营。                          | 22 name
        打造“红齐365”物业品牌。                       | 365 name
        培育千亿级产业集群。                          | 千 name
        每千人口拥有执业医师数稳步提高。              | 千 name
        深化零基预算改革2.0版。                       | 2.0 name
        确保“十五五”开好局。                          | 十五五 plan name
        千方百计稳定就业。                            | 千 phrase, 百 phrase
        推进10亿元以上项目建设。                      | 10 threshold
        做好3岁以下婴幼儿照护。                       | 3 threshold
        提高1—3岁婴幼儿入托率。                       | 1 threshold, 3 threshold
        培育过百亿元企业。                            | 百 threshold
        建成东湖、西湖、南湖3个公园。                 | 3 list count
        细化提出25项主要指标。                        | 25 plan part
        重点做好6个方面工作。                         | 6 plan part
        其中预期性指标19项。                          | 19 plan part
        新增充电桩3200根。                            | 3200 not read
        建成2×350兆瓦机组。                           | 2 not read, 350 not read
        斩获11金11银6铜。                             | 11 not read, 11 not read, 6 not read
        """)
    void byTheWordsAround(String sentence, String findings) {
      PlanText.Result r = PlanText.parser(OPTIONS).reporting().parseChars("某市2026年国民经济和社会发展计划\n二、主要目标\n" + sentence + "\n");
      assertThat(onLine(r, 3)).extracting(f -> f.text() + " " + f.reason())
          .containsExactlyElementsOf(List.of(findings.split(", ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        推进长三角一体化发展。
        进一步优化营商环境。
        统一大市场建设提速。
        """)
    void chineseNumeralsThatFormNoQuantityAreNoNumbers(String sentence) {
      PlanText.Result r = PlanText.parser(OPTIONS).reporting().parseChars("某市2026年国民经济和社会发展计划\n二、主要目标\n" + sentence + "\n");
      assertThat(onLine(r, 3)).isEmpty();
    }

    @Test
    void byWhereTheyStand() {
      PlanText.Result r = PlanText.parser(OPTIONS).reporting().parseChars("""
          某市2026年国民经济和社会发展计划
          二、主要目标
          ①地区生产总值增长5%左右①。
          附表　2026年主要预期目标
          | 序号 | 指标名称 | 单位 | 2026年目标 |
          | --- | --- | --- | --- |
          | 1 | 一般公共预算收入增长 | % | 3以上 |
          | 2 | 城镇新增就业 | 万人 | 6 |
          """);
      List<String> found = NumberAudit.standard().audit(r.text(), r.plan()).stream()
          .map(f -> f.position() + " " + f.text() + " " + f.reason()).toList();
      assertThat(found).containsExactly("1:3 2026 year", "2:1 二 heading label", "3:1 ① heading label",
          "3:10 5 read", "3:14 ① footnote", "4:4 2026 year", "5:20 2026 column header", "7:3 1 row number",
          "7:24 3 read", "8:3 2 row number", "8:21 6 read");
    }

    @Test
    void theGrowthAfterItsLevelIsReadWithIt() {
      PlanText.Result r = PlanText.parser(OPTIONS).reporting().parseChars("某市2026年国民经济和社会发展计划\n一、2025年执行情况\n全市地区生产总值实现5088.9亿元，同比增长5.6%。\n");
      assertThat(onLine(r, 3)).extracting(NumberAudit.Finding::text, NumberAudit.Finding::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("5088.9", "read"),
              org.assertj.core.groups.Tuple.tuple("5.6", "read"));
    }
  }

  @Nested
  class Seed {
    /**
     * Each checked by reading the text: a name in quotes beyond the quote's reach, a capacity 2×350兆瓦, a count in
     * a document title (十条措施), medals 11金11银6铜, 查一次改革: none is a figure the importer reads today.
     */
    @Test
    void numbersNotRead() {
      PlanText.Result r = PlanText.parser().reporting().parseFile(SEED);
      assertThat(r.notRead()).containsExactly(
          new UnreadNumber(9, 171, "百", UnreadNumber.NOT_READ),
          new UnreadNumber(17, 354, "2", UnreadNumber.NOT_READ),
          new UnreadNumber(17, 356, "350", UnreadNumber.NOT_READ),
          new UnreadNumber(19, 572, "十", UnreadNumber.NOT_READ),
          new UnreadNumber(21, 1237, "11", UnreadNumber.NOT_READ),
          new UnreadNumber(21, 1240, "11", UnreadNumber.NOT_READ),
          new UnreadNumber(21, 1243, "6", UnreadNumber.NOT_READ),
          new UnreadNumber(43, 423, "一", UnreadNumber.NOT_READ));
    }
  }

  static Stream<Path> documents() {
    return Stream.of(List.of(SEED), TestDocuments.corpusTexts(), TestDocuments.realTexts("NumberAuditTest"))
        .flatMap(List::stream);
  }

  /**
   * Every digit of the text is in exactly one number; numbers do not overlap; a number read lies at or after the
   * start of the observation that reads it; a number not read lies inside no narrative figure's wording; and the
   * result's list is every number but those read. Prints the count of numbers not read, by reason.
   */
  @ParameterizedTest
  @MethodSource("documents")
  void everyNumberIsAccountedForOnce(Path doc) {
    PlanText.Result r = PlanText.parser().reporting().parseFile(doc);
    List<NumberAudit.Finding> findings = NumberAudit.standard().audit(r.text(), r.plan());
    String t = SourceText.of(r.text()).text();
    int[] owner = new int[t.length()];
    for (int k = 0; k < findings.size(); k++) {
      NumberAudit.Finding f = findings.get(k);
      for (int i = f.start(); i < f.end(); i++) {
        assertThat(owner[i]).as("%s: %s at %s overlaps another number", doc, f.text(), f.position()).isZero();
        owner[i] = k + 1;
      }
    }
    List<Integer> digitsInNoNumber = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= '0' && t.charAt(i) <= '9' && owner[i] == 0) {
        digitsInNoNumber.add(i);
      }
    }
    assertThat(digitsInNoNumber).as(doc.toString()).isEmpty();
    Plan plan = r.plan();
    for (NumberAudit.Finding f : findings) {
      if (f.reason().equals(NumberAudit.READ)) {
        Observation o = plan.observation(f.observation().orElseThrow()).orElseThrow();
        assertThat(o.provenance().orElseThrow().start()).as("%s: %s", doc, f).isLessThanOrEqualTo(f.position());
      } else {
        assertThat(f.observation()).isEmpty();
        assertThat(plan.allObservations().flatMap(o -> o.provenance().stream())
            .filter(p -> p.origin() == Provenance.Origin.NARRATIVE && p.end().isPresent())
            .filter(p -> p.start().compareTo(f.position()) <= 0 && f.position().compareTo(p.end().get()) < 0))
            .as("%s: %s is inside a figure's wording", doc, f).isEmpty();
      }
    }
    assertThat(r.unread()).containsExactlyElementsOf(findings.stream().filter(f -> !f.reason().equals(NumberAudit.READ))
        .map(f -> new UnreadNumber(f.position().line(), f.position().column(), f.text(), f.reason())).toList());
    Map<String, Long> counts = findings.stream().collect(Collectors.groupingBy(NumberAudit.Finding::reason,
        TreeMap::new, Collectors.counting()));
    System.out.println("NumberAuditTest: " + doc.getFileName() + ": " + r.notRead().size() + " not read, "
        + counts.getOrDefault(NumberAudit.READ, 0L) + " read; " + counts);
  }

  @Test
  void positionsAreThoseOfTheDecodedText() {
    PlanText.Result r = PlanText.parser(OPTIONS).reporting().parseChars("某市２０２６年计划\n二、主要目标\n建成２×３５０兆瓦机组。\n");
    assertThat(r.notRead()).containsExactly(new UnreadNumber(3, 3, "２", UnreadNumber.NOT_READ),
        new UnreadNumber(3, 5, "３５０", UnreadNumber.NOT_READ));
    assertThat(Position.of(3, 5)).isEqualTo(onLine(r, 3).get(1).position());
  }
}
