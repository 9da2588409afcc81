package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Provenance;
import org.devplan.model.Span;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class PlanTextTest {
  static final Path SEED = CorpusAccuracyTest.CORPUS.resolve("zibo-2026.txt");

  static List<String> documents() throws IOException {
    return CorpusAccuracyTest.documents().toList();
  }

  /** The one import of a text in this class (the tests of the input forms themselves aside). */
  private static PlanText.Result imported(String text, PlanText.Options options) {
    return PlanText.parser(options).reporting().parseChars(text);
  }

  private static Plan plan(String text) {
    return imported(text, PlanText.Options.defaults()).plan();
  }

  /** The one import of a file in this class (the tests of the input forms themselves aside). */
  private static PlanText.Result imported(Path file) {
    return PlanText.parser().reporting().parseFile(file);
  }

  private static Plan corpus(String doc) {
    return imported(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt")).plan();
  }

  @Nested
  class Corpus {
    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void spansPartitionTheDecodedText(String doc) throws IOException {
      PlanText.Result r = imported(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      String joined = r.plan().spans().stream().map(Span::text).collect(Collectors.joining());
      assertThat(joined).isEqualTo(r.text());
      byte[] bytes = Files.readAllBytes(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      String expected = new String(bytes, r.encoding().orElseThrow());
      assertThat(r.text()).isEqualTo(expected.startsWith("\uFEFF") ? expected.substring(1) : expected);
    }

    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void spansStartWhereTheirTextStarts(String doc) {
      PlanText.Result r = imported(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      String[] lines = r.text().split("\r\n|\r|\n", -1);
      for (Span s : r.plan().spans()) {
        String line = lines[s.start().line() - 1];
        int offset = line.offsetByCodePoints(0, s.start().column() - 1);
        String first = s.text().split("\r\n|\r|\n", -1)[0];
        assertThat(line.substring(offset)).as("span %s at %s", s.kind(), s.start()).startsWith(first);
      }
    }

    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void readsTitleYearsAndEncodingAsTheKeySays(String doc) {
      JsonNode key = CorpusAccuracyTest.key(doc);
      PlanText.Result r = imported(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      assertThat(r.plan().title()).isEqualTo(key.get("title").asString());
      assertThat(r.plan().planYear()).isEqualTo(key.get("planYear").asInt());
      assertThat(r.plan().baseYear()).isEqualTo(key.get("baseYear").asInt());
      assertThat(r.encoding().map(Charset::name)).contains(key.get("encoding").asString());
      assertThat(key.get("region").asString()).endsWith(r.plan().region().name());
    }

    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void everyObservationHasAProvenanceAndTheNarrativeOnesAChapter(String doc) {
      Plan plan = corpus(doc);
      assertThat(plan.allObservations()).allSatisfy(o -> {
        assertThat(o.provenance()).isPresent();
        if (o.provenance().get().origin() == Provenance.Origin.NARRATIVE) {
          assertThat(o.chapter()).isPresent();
          assertThat(o.provenance().get().end()).isPresent();
        } else {
          assertThat(o.provenance().get().row()).isPresent();
        }
      });
      assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.code()).matches("[\\p{L}\\p{N}._-]+"));
    }
  }

  @Nested
  class Seed {
    final Plan plan = imported(SEED).plan();

    Indicator indicator(String name) {
      return plan.indicatorByName(name).orElseThrow();
    }

    /** Where each observation of the indicator was read: the table row, or the narrative's line:column. */
    List<String> provenances(String name) {
      return indicator(name).observations().stream().map(o -> o.provenance().orElseThrow())
          .map(p -> p.row().map(r -> "row " + r).orElse(p.start().toString())).toList();
    }

    @Test
    void readsTheTitle() {
      assertThat(plan.region().name()).isEqualTo("淄博市");
      assertThat(plan.planYear()).isEqualTo(2026);
      assertThat(plan.baseYear()).isEqualTo(2025);
      assertThat(plan.kind()).isEqualTo(Plan.Kind.ANNUAL_PLAN);
      assertThat(plan.id()).isEqualTo("zibo-2026");
      assertThat(plan.spans().get(0).kind()).isEqualTo(Span.Kind.TITLE);
    }

    @Test
    void readsAnAnnexRowWithBothYearsQualifierAndGroup() {
      Indicator revenue = indicator("一般公共预算收入");
      assertThat(revenue.group()).isEqualTo(Optional.of("财政金融"));
      assertThat(revenue.unit()).isEqualTo(Unit.YI_YUAN);
      assertThat(Figures.of(plan, "一般公共预算收入")).containsExactly(
          "一般公共预算收入|actual|2025|exact:419.73|exact:2.01|419.73 2.01",
          "一般公共预算收入|target|2026|exact:428.12|at_least:2|428.12 2以上",
          "一般公共预算收入|actual|2025|exact:419.73亿元|exact:2.01%|419.73亿元 同比增长2.01%",
          "一般公共预算收入|target|2026||at_least:2%|增长2%以上");
      assertThat(provenances("一般公共预算收入")).containsExactly("row 13", "row 13", "7:432", "29:53");
    }

    @Test
    void readsMergedBrokenAndPlaceholderCells() {
      assertThat(Figures.of(plan, "居民人均可支配收入")).containsExactly(
          "居民人均可支配收入|actual|2025|exact:52062|exact:4.9|52062 4.9",
          "居民人均可支配收入|target|2026||qualitative|与经济增长同步");
      assertThat(Figures.of(plan, "单位地区生产总值二氧化碳排放降低")).containsExactly(
          "单位地区生产总值二氧化碳排放降低|actual|2025|greater_than:20.5||>20.5",
          "单位地区生产总值二氧化碳排放降低|target|2026|qualitative||完成省下达目标");
      assertThat(Figures.of(plan, "养老机构护理型床位占比")).containsExactly(
          "养老机构护理型床位占比|actual|2025|absent:not_printed|absent:not_printed|— —",
          "养老机构护理型床位占比|target|2026|exact:75||75");
      assertThat(Figures.of(plan, "实际使用外资")).containsExactly(
          "实际使用外资|actual|2025|exact:19652|exact:-45.8|19652 -45.8", "实际使用外资|target|2026||qualitative|固稳提质",
          "实际使用外资|actual|2025|exact:19652万美元||19652万美元");
      assertThat(indicator("实际使用外资").unit().symbol()).isEqualTo("万美元");
    }

    @Test
    void readsNarrativeFiguresWithTheirWording() {
      assertThat(Figures.of(plan, "地区生产总值")).containsExactly("地区生产总值|actual|2025||exact:5.6|5.6",
          "地区生产总值|target|2026||at_least:5|5以上", "地区生产总值|actual|2025|exact:5088.9亿元|exact:5.6%|5088.9亿元 同比增长5.6%",
          "地区生产总值|target|2026||at_least:5%|增长5%以上 (在实际工作中努力争取更好结果)");
      assertThat(provenances("地区生产总值")).containsExactly("row 1", "row 1", "7:32", "29:23");
      assertThat(Figures.of(plan, "城镇调查失业率")).containsExactly("城镇调查失业率|actual|2025|exact:5.3||5.3",
          "城镇调查失业率|target|2026|about:5.5||5.5左右", "城镇调查失业率|target|2026|about:5.5%||控制在5.5%左右",
          "城镇调查失业率|target|2026|about:5.5%||控制在5.5%左右");
      assertThat(provenances("城镇调查失业率")).containsExactly("row 28", "row 28", "29:81", "55:93");
    }

    @Test
    void spreadsDistributiveListsAndKeepsHedges() {
      assertThat(Figures.of(plan, "纺织产业规模")).containsExactly("纺织产业规模|target|2026|exact:120亿元||120亿元 (力争)");
      assertThat(Figures.of(plan, "新增技师")).containsExactly("新增技师|target|2026|at_least:1000人||1000人以上");
    }

    @Test
    void givesEachNameOfADistributiveListItsOwnIndicatorAndTheQualifierWrittenOnce() {
      assertThat(List.of("省级以上专精特新企业", "单项冠军企业", "创新型中小企业")).flatMap(name -> Figures.of(plan, name))
          .containsExactly("省级以上专精特新企业|target|2026|greater_than:850家||突破850家 (力争)",
              "单项冠军企业|target|2026|greater_than:155家||突破155家 (力争)",
              "创新型中小企业|target|2026|greater_than:1500家||突破1500家 (力争)");
      assertThat(plan.indicatorByName("省级以上专精特新企业、单项冠军企业、创新型中小企业")).isEmpty();
    }

    @Test
    void givesEachDimensionOfOneSubjectItsOwnIndicator() {
      assertThat(List.of("服务各类农村产权交易", "服务各类农村产权交易（宗）", "济南都市圈重点项目完成投资", "济南都市圈重点项目完成投资（个）",
          "服务业重点项目年度投资完成率")).flatMap(name -> Figures.of(plan, name)).containsExactly(
          "服务各类农村产权交易|actual|2025|exact:11.8亿元||11.8亿元", "服务各类农村产权交易（宗）|actual|2025|exact:8151宗||8151宗",
          "济南都市圈重点项目完成投资|actual|2025|exact:81亿元||81亿元", "济南都市圈重点项目完成投资（个）|actual|2025|exact:14个||14个",
          "服务业重点项目年度投资完成率|actual|2025|greater_than:100%||超过100%");
      assertThat(List.of("服务各类农村产权交易", "服务各类农村产权交易（宗）", "济南都市圈重点项目完成投资", "济南都市圈重点项目完成投资（个）",
          "服务业重点项目年度投资完成率")).map(name -> indicator(name).unit().symbol())
          .containsExactly("亿元", "宗", "亿元", "个", "%");
      for (Indicator i : plan.indicators()) {
        for (Observation o : i.observations()) {
          Optional<Unit> written = o.level().flatMap(Bound::unit);
          if (written.isPresent() && !o.isChange()) {
            assertThat(written.get().isConvertibleTo(i.unit())).as("%s: %s", i.name(), o.level().get().text())
                .isTrue();
          }
        }
      }
    }

    @Test
    void linksThroughTheAliasTableButNeverByLookAlikes() {
      assertThat(indicator("金融机构存款余额").aliases()).containsExactly("本外币存款余额");
      assertThat(Figures.of(plan, "金融机构存款余额")).containsExactly(
          "金融机构存款余额|actual|2025|exact:8969.75|exact:7.63|8969.75 7.63", "金融机构存款余额|target|2026|exact:9687|exact:8|9687 8",
          "金融机构存款余额|actual|2025|exact:8969.75亿元|exact:7.63%|8969.75亿元 同比增长7.63%");
      assertThat(Figures.of(plan, "每万人口发明专利拥有量")).containsExactly("每万人口发明专利拥有量|actual|2025|exact:33.25件||33.25件");
      assertThat(Figures.of(plan, "每万人高价值发明专利拥有量")).containsExactly(
          "每万人高价值发明专利拥有量|actual|2025|exact:12.47||12.47", "每万人高价值发明专利拥有量|target|2026|exact:13.2||13.2");
    }

    @Test
    void buildsTheHeadingTreeWithInlineItemsAndTasks() {
      Chapter consumption = plan.chapter("3.1.1").orElseThrow();
      assertThat(consumption.label()).isEqualTo("一是");
      assertThat(consumption.numbering()).isEqualTo(Chapter.Numbering.ENUMERATED);
      assertThat(consumption.title()).isEqualTo("多措并举提振消费");
      assertThat(consumption.inline()).isTrue();
      assertThat(Figures.ofTasks(plan, consumption)).containsExactly(
          "举办各类促消费活动|target|2026|at_least:400场次||400场次以上", "新增省级“绿色饭店”|target|2026|at_least:2家||2家以上",
          "新增“一刻钟便民生活圈”|target|2026|exact:20个||20个");
      Chapter digital = plan.chapter("3.5").orElseThrow();
      assertThat(digital.children()).isEmpty();
      assertThat(digital.tasks()).hasSize(1);
      assertThat(plan.chapter("1.1.1").orElseThrow().tasks()).isEmpty();
      assertThat(plan.chapter("4").orElseThrow().label()).isEqualTo("附件");
    }
  }

  @Nested
  class Tables {
    private static List<String> targets(Plan plan, String name) {
      return Figures.of(plan, name).stream().filter(row -> row.startsWith(name + "|target|")).toList();
    }

    @Test
    void readsAttributesNotesAndComparablePrices() {
      Plan plan = corpus("wuhu-2026-report");
      Indicator energy = plan.indicatorByName("单位地区生产总值能耗降低").orElseThrow();
      assertThat(energy.nature()).isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
      Indicator gdp = plan.indicatorByName("地区生产总值增长").orElseThrow();
      assertThat(gdp.nature()).isEqualTo(Inferred.stated(Indicator.Nature.EXPECTED));
      assertThat(gdp.notes()).containsExactly("注：1. 地区生产总值、规模以上工业增加值增速按可比价格计算，其余按现价计算。",
          "2. 2025年完成数为预计数，最终以统计部门发布数据为准。", "3. “—”表示当年未设具体目标。");
      assertThat(gdp.growthBasis()).isEqualTo(Inferred.stated(Indicator.GrowthBasis.COMPARABLE_PRICES));
      assertThat(gdp.group()).isEqualTo(Optional.of("经济发展"));
      // the targets only: by note 2 the table's 2025 figures are estimates, which the importer does not yet read
      assertThat(targets(plan, "地区生产总值增长")).containsExactly("地区生产总值增长|target|2025|about:6||6左右",
          "地区生产总值增长|target|2026|range:6~6.5%||6%-6.5%");
      assertThat(targets(plan, "实际使用外资")).containsExactly("实际使用外资|target|2025|absent:not_printed||—",
          "实际使用外资|target|2026|exact:12||12 (力争)", "实际使用外资|target|2026|exact:12亿美元||12亿美元 (力争)");
    }

    @Test
    void readsACompletionTableWhoseColumnsHaveNoYear() {
      Plan plan = plan("某市2025年计划执行情况与2026年计划草案的报告\n\n表一　2025年主要指标完成情况\n"
          + "指标名称\t属性\t全年目标\t全年完成\n地区生产总值\t预期性\t增长5%左右\t增长5.4%\n"
          + "城镇调查失业率\t预期性\t5.5%以内\t4.9%\n");
      assertThat(Figures.of(plan)).containsExactly("地区生产总值|target|2025||about:5%|增长5%左右",
          "地区生产总值|actual|2025||exact:5.4%|增长5.4%", "城镇调查失业率|target|2025|at_most:5.5%||5.5%以内",
          "城镇调查失业率|actual|2025|exact:4.9%||4.9%");
      Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
      assertThat(gdp.growthBasis().evidence()).isEqualTo(Evidence.INFERRED);
    }

    @Test
    void readsSpaceAlignedRowsWithBareGroupRows() {
      String text = "某市2026年国民经济和社会发展计划\n\n附表　主要指标\n\n指标名称          单位    2025年完成    2026年目标\n"
          + "一、经济发展\n地区生产总值      亿元    702.6         增长5.5左右\n二、民生福祉\n"
          + "城镇新增就业      万人    1.2           1.1以上\n";
      Plan plan = plan(text);
      assertThat(Figures.of(plan)).containsExactly("地区生产总值|actual|2025|exact:702.6||702.6",
          "地区生产总值|target|2026||about:5.5|增长5.5左右", "城镇新增就业|actual|2025|exact:1.2||1.2",
          "城镇新增就业|target|2026|at_least:1.1||1.1以上");
      assertThat(plan.indicators()).extracting(i -> i.name() + " " + i.unit().symbol() + " " + i.group().orElseThrow())
          .containsExactly("地区生产总值 亿元 经济发展", "城镇新增就业 万人 民生福祉");
    }

    @Test
    void readsCellsOnePerLineWithoutTabs() {
      String text = String.join("\n", "某市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告", "",
          "一、2024年计划执行情况", "", "表1：2024年主要指标完成情况", "", "指标名称", "", "预期目标", "", "实际完成", "",
          "备注", "", "一、综合发展", "", "1.地区生产总值", "", "增长6.5%左右", "", "增长4.8%", "", "1347.1亿元", "",
          "2.城镇调查失业率", "", "5%以内", "", "3.9%", "", "二、民生福祉", "", "3.居民人均可支配收入", "", "与经济增长同步", "",
          "增长5.6%", "", "全年经济运行总体平稳。");
      Plan plan = plan(text);
      assertThat(Figures.of(plan)).containsExactly("地区生产总值|target|2024||about:6.5%|增长6.5%左右",
          "地区生产总值|actual|2024|exact:1347.1亿元|exact:4.8%|1347.1亿元 增长4.8%",
          "城镇调查失业率|target|2024|at_most:5%||5%以内", "城镇调查失业率|actual|2024|exact:3.9%||3.9%",
          "居民人均可支配收入|target|2024|qualitative||与经济增长同步", "居民人均可支配收入|actual|2024||exact:5.6%|增长5.6%");
      assertThat(plan.indicators()).extracting(i -> i.name() + " " + i.group().orElseThrow())
          .containsExactly("地区生产总值 综合发展", "城镇调查失业率 综合发展", "居民人均可支配收入 民生福祉");
      assertThat(plan.chapters()).hasSize(1);
      assertThat(plan.spans().stream().map(Span::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void readsAnOutlineTableWithCategoriesPeriodsAndEstimates() {
      Plan plan = corpus("yichang-15th-fyp-outline");
      assertThat(plan.indicatorByName("常住人口城镇化率").orElseThrow().group()).isEqualTo(Optional.of("经济发展"));
      assertThat(Figures.of(plan, "常住人口城镇化率")).containsExactly("常住人口城镇化率|actual|2025|exact:65.2||65.2",
          "常住人口城镇化率|target|2030|exact:68||68", "常住人口城镇化率|target|2026—2030 cumulative|exact:2.8||〔2.8〕",
          "常住人口城镇化率|actual|2025|exact:65.2%||65.2%");
      assertThat(Figures.of(plan, "地区生产总值增长")).containsExactly("地区生产总值增长|actual|2025|exact:6.2||6.2 [estimate]",
          "地区生产总值增长|target|2026—2030 annual_average|about:5.5||5.5左右");
      assertThat(plan.indicatorByName("劳动年龄人口平均受教育年限").orElseThrow().nature())
          .isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
      Indicator share = plan.indicatorByName("服务业增加值占地区生产总值比重").orElseThrow();
      assertThat(share.measure()).isEqualTo(Inferred.inferred(Indicator.Measure.SHARE));
      assertThat(plan.indicatorByName("城镇调查失业率").orElseThrow().measure().value()).isEqualTo(Indicator.Measure.RATE);
      assertThat(plan.indicatorByName("地区生产总值增长").orElseThrow().measure().value())
          .isEqualTo(Indicator.Measure.GROWTH_RATE);
      assertThat(plan.indicatorByName("人均预期寿命").orElseThrow().measure().value())
          .isEqualTo(Indicator.Measure.UNSPECIFIED);
    }
  }

  @Nested
  class Inputs {
    @Test
    void streamsReadersAndStringsGiveTheSamePlan() throws IOException {
      byte[] bytes = Files.readAllBytes(SEED);
      String text = new String(bytes, StandardCharsets.UTF_8);
      PlanText.Options named = PlanText.Options.defaults().withDocumentName("zibo-2026.txt");
      Plan fromPath = PlanText.parser().parseFile(SEED);
      Plan fromStream = PlanText.parser(named).parseStream(new ByteArrayInputStream(bytes));
      Plan fromReader = PlanText.parser(named).parseReader(new StringReader(text));
      Plan fromString = PlanText.parser(named).parseChars(text);
      assertThat(fromStream).isEqualTo(fromPath);
      assertThat(fromReader.indicators()).isEqualTo(fromPath.indicators());
      assertThat(fromString.chapters()).isEqualTo(fromPath.chapters());
      assertThat(PlanText.parser().reporting().parseChars(text).encoding()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "某市2026年国民经济和社会发展计划\n\n", "这是一段没有标题也没有数字的文字。\n"})
    void aTextWithNoHeadingAndNoFigureIsNotAPlan(String text) {
      PlanText.Options year = PlanText.Options.defaults().withRegion("某市").withPlanYear(2026);
      String expected = "<text>:1:1: no plan content: found no heading (such as 一、 or 第一章) and no figure in the text";
      assertThatThrownBy(() -> PlanText.parser(year).parseChars(text)).isInstanceOf(PlanFormatException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> PlanText.parser(year.withDocumentName("empty.txt")).parseStream(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(PlanFormatException.class)
          .hasMessage(expected.replace("<text>", "empty.txt"));
    }

    @Test
    void optionsSupplyWhatTheTitleLacks() {
      String text = "主要预期目标\n\n一、总体要求\n\n地区生产总值增长5%以上。\n";
      assertThatThrownBy(() -> plan(text))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("<text>:1:1")
          .hasMessageContaining("plan year");
      Plan plan = imported(text, PlanText.Options.defaults().withRegion("某市").withPlanYear(2026)).plan();
      assertThat(plan.region().name()).isEqualTo("某市");
      assertThat(plan.baseYear()).isEqualTo(2025);
      assertThat(Figures.of(plan)).containsExactly("地区生产总值|target|2026||at_least:5%|增长5%以上");
    }

    @Test
    void reportsCrLfAndFullWidthPositionsInTheDecodedText() {
      String text = "某市２０２６年国民经济和社会发展计划\r\n\r\n一、２０２５年计划执行情况\r\n\r\n　　全市实现地区生产总值５０８８.９亿元，增长５.６％。\r\n";
      PlanText.Result r = imported(text, PlanText.Options.defaults());
      assertThat(Figures.of(r.plan())).containsExactly("地区生产总值|actual|2025|exact:5088.9亿元|exact:5.6%|５０８８.９亿元 增长５.６％");
      assertThat(r.plan().allObservations().map(o -> o.provenance().orElseThrow().start().toString()))
          .containsExactly("5:13");
      assertThat(r.plan().spans().stream().map(Span::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void takesYearAndRegionOfAWorkReportFromItsSubtitle() {
      Plan plan = plan("政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第五次会议上\n\n"
          + "一、2025年工作回顾\n\n全市地区生产总值增长5.8%。\n\n二、2026年主要目标\n\n地区生产总值增长5%左右。\n");
      assertThat(plan.kind()).isEqualTo(Plan.Kind.WORK_REPORT);
      assertThat(plan.planYear()).isEqualTo(2026);
      assertThat(plan.region().name()).isEqualTo("某市");
      assertThat(Figures.of(plan)).containsExactly("地区生产总值|actual|2025||exact:5.8%|增长5.8%",
          "地区生产总值|target|2026||about:5%|增长5%左右");
    }

    @Test
    void survivesAGrowthVerbBeforeAFigureThatReadsAsALevel() {
      String text = "567890一、2025年 个\t预期目标3.25年〔13.5〕：\t超过增长12345678901234567890\u200B、）  6.2*  —  5.5左右  预期性：";
      PlanText.Result r = imported(text, PlanText.Options.defaults().withPlanYear(2026));
      assertThat(r.plan().spans().stream().map(Span::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorGb18030() {
      byte[] bad = {'a', '\n', 'b', (byte) 0x80, (byte) 0xFF};
      assertThatThrownBy(() -> PlanText.parser(PlanText.Options.defaults().withDocumentName("bad.txt")).reporting()
          .parseStream(new ByteArrayInputStream(bad)))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageStartingWith("bad.txt:2:2");
    }

    @Test
    void optionsRejectBadValues() {
      assertThatThrownBy(() -> PlanText.Options.defaults().withPlanYear(20266))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20266");
      assertThatThrownBy(() -> PlanText.Options.defaults().withRegion(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(PlanText.Options.defaults().withBaseYear(2024).baseYear()).hasValue(2024);
      assertThat(PlanText.Options.defaults().region()).isEqualTo(Optional.empty());
    }
  }
}
