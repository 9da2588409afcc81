package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
import org.devplan.model.Task;
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

  @Nested
  class Corpus {
    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void spansPartitionTheDecodedText(String doc) throws IOException {
      PlanText.Result r = PlanText.parser().reporting().parseFile(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      String joined = r.plan().spans().stream().map(Span::text).collect(Collectors.joining());
      assertThat(joined).isEqualTo(r.text());
      byte[] bytes = Files.readAllBytes(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      String expected = new String(bytes, r.encoding().orElseThrow());
      assertThat(r.text()).isEqualTo(expected.startsWith("\uFEFF") ? expected.substring(1) : expected);
    }

    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void spansStartWhereTheirTextStarts(String doc) {
      PlanText.Result r = PlanText.parser().reporting().parseFile(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
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
      PlanText.Result r = PlanText.parser().reporting().parseFile(CorpusAccuracyTest.CORPUS.resolve(doc + ".txt"));
      assertThat(r.plan().title()).isEqualTo(key.get("title").asString());
      assertThat(r.plan().planYear()).isEqualTo(key.get("planYear").asInt());
      assertThat(r.plan().baseYear()).isEqualTo(key.get("baseYear").asInt());
      assertThat(r.encoding().map(Charset::name)).contains(key.get("encoding").asString());
      assertThat(key.get("region").asString()).endsWith(r.plan().region().name());
    }

    @ParameterizedTest
    @MethodSource("org.devplan.io.text.PlanTextTest#documents")
    void everyObservationHasAProvenanceAndTheNarrativeOnesAChapter(String doc) {
      Plan plan = CorpusAccuracyTest.plan(doc);
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
    final Plan plan = PlanText.parser().parseFile(SEED);

    Indicator indicator(String name) {
      return plan.indicatorByName(name).orElseThrow();
    }

    Observation only(Indicator i, Observation.Kind kind, int year, Provenance.Origin origin) {
      List<Observation> os = i.observations(kind, year).stream()
          .filter(o -> o.provenance().orElseThrow().origin() == origin).toList();
      assertThat(os).hasSize(1);
      return os.get(0);
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
      assertThat(revenue.group()).contains("财政金融");
      assertThat(revenue.unit()).isEqualTo(Unit.YI_YUAN);
      Observation target = only(revenue, Observation.Kind.TARGET, 2026, Provenance.Origin.TABLE);
      assertThat(target.level().orElseThrow().number()).contains(new BigDecimal("428.12"));
      assertThat(target.growth().orElseThrow().kind()).isEqualTo(Bound.Kind.AT_LEAST);
      assertThat(target.growth().orElseThrow().text()).isEqualTo("2以上");
      Observation actual = only(revenue, Observation.Kind.ACTUAL, 2025, Provenance.Origin.TABLE);
      assertThat(actual.level().orElseThrow().number()).contains(new BigDecimal("419.73"));
      assertThat(actual.growth().orElseThrow().number()).contains(new BigDecimal("2.01"));
    }

    @Test
    void readsMergedBrokenAndPlaceholderCells() {
      Observation income = only(indicator("居民人均可支配收入"), Observation.Kind.TARGET, 2026, Provenance.Origin.TABLE);
      assertThat(income.growth().orElseThrow()).isEqualTo(new Bound.Qualitative("与经济增长同步"));
      Observation co2 = only(indicator("单位地区生产总值二氧化碳排放降低"), Observation.Kind.ACTUAL, 2025,
          Provenance.Origin.TABLE);
      assertThat(co2.level().orElseThrow().kind()).isEqualTo(Bound.Kind.GREATER_THAN);
      Observation beds = only(indicator("养老机构护理型床位占比"), Observation.Kind.ACTUAL, 2025, Provenance.Origin.TABLE);
      assertThat(beds.level().orElseThrow().kind()).isEqualTo(Bound.Kind.ABSENT);
      Observation fdi = only(indicator("实际使用外资"), Observation.Kind.ACTUAL, 2025, Provenance.Origin.TABLE);
      assertThat(fdi.growth().orElseThrow().number()).contains(new BigDecimal("-45.8"));
      assertThat(indicator("实际使用外资").unit().symbol()).isEqualTo("万美元");
    }

    @Test
    void readsNarrativeFiguresWithTheirWording() {
      Observation gdp = indicator("地区生产总值").observations(Observation.Kind.ACTUAL, 2025).stream()
          .filter(o -> o.level().isPresent() && o.level().get().isNumeric()).findFirst().orElseThrow();
      assertThat(gdp.level().orElseThrow().text()).isEqualTo("5088.9亿元");
      assertThat(gdp.growth().orElseThrow().text()).isEqualTo("同比增长5.6%");
      assertThat(gdp.provenance().orElseThrow().start().line()).isEqualTo(7);
      Observation jobs = indicator("城镇调查失业率").observations(Observation.Kind.TARGET, 2026).stream()
          .filter(o -> o.provenance().orElseThrow().origin() == Provenance.Origin.NARRATIVE).findFirst().orElseThrow();
      assertThat(jobs.level().orElseThrow().text()).isEqualTo("控制在5.5%左右");
      assertThat(jobs.level().orElseThrow().kind()).isEqualTo(Bound.Kind.ABOUT);
    }

    @Test
    void spreadsDistributiveListsAndKeepsHedges() {
      Observation textile = indicator("纺织产业规模").observations().get(0);
      assertThat(textile.level().orElseThrow().number()).contains(new BigDecimal("120"));
      assertThat(textile.hedge()).contains("力争");
      assertThat(indicator("新增技师").observations().get(0).level().orElseThrow().kind())
          .isEqualTo(Bound.Kind.AT_LEAST);
    }

    @Test
    void givesEachNameOfADistributiveListItsOwnIndicatorAndTheQualifierWrittenOnce() {
      String[] names = {"省级以上专精特新企业", "单项冠军企业", "创新型中小企业"};
      String[] values = {"850", "155", "1500"};
      for (int k = 0; k < names.length; k++) {
        Indicator firms = indicator(names[k]);
        assertThat(firms.unit().symbol()).isEqualTo("家");
        Observation target = only(firms, Observation.Kind.TARGET, 2026, Provenance.Origin.NARRATIVE);
        assertThat(target.level().orElseThrow().number()).contains(new BigDecimal(values[k]));
        assertThat(target.level().orElseThrow().kind()).isEqualTo(Bound.Kind.GREATER_THAN);
        assertThat(firms.observations()).hasSize(1);
      }
      assertThat(plan.indicatorByName("省级以上专精特新企业、单项冠军企业、创新型中小企业")).isEmpty();
    }

    @Test
    void givesEachDimensionOfOneSubjectItsOwnIndicator() {
      Indicator deals = indicator("服务各类农村产权交易");
      Indicator dealValue = indicator("服务各类农村产权交易（宗）");
      assertThat(deals.unit()).isEqualTo(Unit.YI_YUAN);
      assertThat(only(deals, Observation.Kind.ACTUAL, 2025, Provenance.Origin.NARRATIVE).level().orElseThrow()
          .number()).contains(new BigDecimal("11.8"));
      assertThat(dealValue.unit().symbol()).isEqualTo("宗");
      assertThat(only(dealValue, Observation.Kind.ACTUAL, 2025, Provenance.Origin.NARRATIVE).level().orElseThrow()
          .number()).contains(new BigDecimal("8151"));
      Indicator investment = indicator("济南都市圈重点项目完成投资");
      assertThat(investment.unit()).isEqualTo(Unit.YI_YUAN);
      assertThat(indicator("济南都市圈重点项目完成投资（个）").unit().symbol()).isEqualTo("个");
      assertThat(indicator("服务业重点项目年度投资完成率").unit()).isEqualTo(Unit.PERCENT);
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
      Indicator deposits = indicator("金融机构存款余额");
      assertThat(deposits.aliases()).contains("本外币存款余额");
      assertThat(deposits.observations(Observation.Kind.ACTUAL, 2025)).hasSize(2);
      Indicator patents = indicator("每万人口发明专利拥有量");
      Indicator highValue = indicator("每万人高价值发明专利拥有量");
      assertThat(patents).isNotEqualTo(highValue);
      assertThat(patents.observations()).hasSize(1);
    }

    @Test
    void buildsTheHeadingTreeWithInlineItemsAndTasks() {
      Chapter consumption = plan.chapter("3.1.1").orElseThrow();
      assertThat(consumption.label()).isEqualTo("一是");
      assertThat(consumption.numbering()).isEqualTo(Chapter.Numbering.ENUMERATED);
      assertThat(consumption.title()).isEqualTo("多措并举提振消费");
      assertThat(consumption.inline()).isTrue();
      Task task = consumption.tasks().get(0);
      assertThat(task.observationIds()).isNotEmpty();
      assertThat(plan.observation(task.observationIds().get(0)).orElseThrow().kind())
          .isEqualTo(Observation.Kind.TARGET);
      Chapter digital = plan.chapter("3.5").orElseThrow();
      assertThat(digital.children()).isEmpty();
      assertThat(digital.tasks()).hasSize(1);
      assertThat(plan.chapter("1.1.1").orElseThrow().tasks()).isEmpty();
      assertThat(plan.chapter("4").orElseThrow().label()).isEqualTo("附件");
    }
  }

  @Nested
  class Tables {
    @Test
    void readsAttributesNotesAndComparablePrices() {
      Plan plan = CorpusAccuracyTest.plan("wuhu-2026-report");
      Indicator energy = plan.indicatorByName("单位地区生产总值能耗降低").orElseThrow();
      assertThat(energy.nature()).isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
      Indicator gdp = plan.indicatorByName("地区生产总值增长").orElseThrow();
      assertThat(gdp.nature()).isEqualTo(Inferred.stated(Indicator.Nature.EXPECTED));
      assertThat(gdp.notes()).anySatisfy(n -> assertThat(n).contains("可比价格"));
      assertThat(gdp.growthBasis()).isEqualTo(Inferred.stated(Indicator.GrowthBasis.COMPARABLE_PRICES));
      assertThat(gdp.group()).contains("经济发展");
      Observation range = gdp.observations(Observation.Kind.TARGET, 2026).get(0);
      assertThat(range.level().orElseThrow()).isInstanceOf(Bound.Range.class);
      assertThat(plan.indicatorByName("实际使用外资").orElseThrow().observations(Observation.Kind.TARGET, 2026).get(0).hedge())
          .contains("力争");
    }

    @Test
    void readsACompletionTableWhoseColumnsHaveNoYear() {
      Plan plan = PlanText.parser().parseChars("某市2025年计划执行情况与2026年计划草案的报告\n\n表一　2025年主要指标完成情况\n"
          + "指标名称\t属性\t全年目标\t全年完成\n地区生产总值\t预期性\t增长5%左右\t增长5.4%\n"
          + "城镇调查失业率\t预期性\t5.5%以内\t4.9%\n");
      Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
      assertThat(gdp.observations(Observation.Kind.TARGET, 2025).get(0).growth().orElseThrow().kind())
          .isEqualTo(Bound.Kind.ABOUT);
      assertThat(gdp.observations(Observation.Kind.ACTUAL, 2025).get(0).growth().orElseThrow().number())
          .contains(new BigDecimal("5.4"));
      assertThat(gdp.growthBasis()).isEqualTo(Inferred.inferred(Indicator.GrowthBasis.COMPARABLE_PRICES));
      assertThat(plan.indicatorByName("城镇调查失业率").orElseThrow().observations(Observation.Kind.TARGET, 2025).get(0)
          .level().orElseThrow().kind()).isEqualTo(Bound.Kind.AT_MOST);
    }

    @Test
    void readsSpaceAlignedRowsWithBareGroupRows() {
      String text = "某市2026年国民经济和社会发展计划\n\n附表　主要指标\n\n指标名称          单位    2025年完成    2026年目标\n"
          + "一、经济发展\n地区生产总值      亿元    702.6         增长5.5左右\n二、民生福祉\n"
          + "城镇新增就业      万人    1.2           1.1以上\n";
      Plan plan = PlanText.parser().parseChars(text);
      Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
      assertThat(gdp.group()).contains("经济发展");
      assertThat(gdp.observations(Observation.Kind.TARGET, 2026).get(0).growth().orElseThrow().kind())
          .isEqualTo(Bound.Kind.ABOUT);
      Indicator jobs = plan.indicatorByName("城镇新增就业").orElseThrow();
      assertThat(jobs.group()).contains("民生福祉");
      assertThat(jobs.unit().symbol()).isEqualTo("万人");
      assertThat(jobs.observations(Observation.Kind.ACTUAL, 2025).get(0).level().orElseThrow().number())
          .contains(new BigDecimal("1.2"));
    }

    @Test
    void readsCellsOnePerLineWithoutTabs() {
      String text = String.join("\n", "某市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告", "",
          "一、2024年计划执行情况", "", "表1：2024年主要指标完成情况", "", "指标名称", "", "预期目标", "", "实际完成", "",
          "备注", "", "一、综合发展", "", "1.地区生产总值", "", "增长6.5%左右", "", "增长4.8%", "", "1347.1亿元", "",
          "2.城镇调查失业率", "", "5%以内", "", "3.9%", "", "二、民生福祉", "", "3.居民人均可支配收入", "", "与经济增长同步", "",
          "增长5.6%", "", "全年经济运行总体平稳。");
      Plan plan = PlanText.parser().parseChars(text);
      Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
      assertThat(gdp.group()).contains("综合发展");
      assertThat(gdp.observations(Observation.Kind.TARGET, 2024).get(0).growth().orElseThrow().text())
          .isEqualTo("增长6.5%左右");
      assertThat(gdp.observations(Observation.Kind.ACTUAL, 2024).get(0).growth().orElseThrow().number())
          .contains(new BigDecimal("4.8"));
      assertThat(plan.indicatorByName("城镇调查失业率").orElseThrow().observations(Observation.Kind.ACTUAL, 2024).get(0)
          .level().orElseThrow().number()).contains(new BigDecimal("3.9"));
      Indicator income = plan.indicatorByName("居民人均可支配收入").orElseThrow();
      assertThat(income.group()).contains("民生福祉");
      assertThat(income.observations(Observation.Kind.TARGET, 2024).get(0).level().orElseThrow().kind())
          .isEqualTo(Bound.Kind.QUALITATIVE);
      assertThat(plan.chapters()).hasSize(1);
      assertThat(plan.spans().stream().map(Span::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void readsAnOutlineTableWithCategoriesPeriodsAndEstimates() {
      Plan plan = CorpusAccuracyTest.plan("yichang-15th-fyp-outline");
      Indicator urban = plan.indicatorByName("常住人口城镇化率").orElseThrow();
      assertThat(urban.group()).contains("经济发展");
      assertThat(urban.observations(Observation.Kind.TARGET, 2030)).extracting(Observation::period)
          .contains(org.devplan.model.Period.of(2026, 2030, org.devplan.model.Period.Aggregation.CUMULATIVE));
      Observation gdp2025 = plan.indicatorByName("地区生产总值增长").orElseThrow()
          .observations(Observation.Kind.ACTUAL, 2025).get(0);
      assertThat(gdp2025.status()).contains(Observation.Status.ESTIMATE);
      assertThat(plan.indicatorByName("劳动年龄人口平均受教育年限").orElseThrow().nature())
          .isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
      Indicator share = plan.indicatorByName("服务业增加值占地区生产总值比重").orElseThrow();
      assertThat(share.measure()).isEqualTo(Inferred.inferred(Indicator.Measure.SHARE));
      assertThat(plan.indicatorByName("城镇调查失业率").orElseThrow().measure())
          .isEqualTo(Inferred.inferred(Indicator.Measure.RATE));
      assertThat(plan.indicatorByName("地区生产总值增长").orElseThrow().measure())
          .isEqualTo(Inferred.inferred(Indicator.Measure.GROWTH_RATE));
      assertThat(plan.indicatorByName("人均预期寿命").orElseThrow().measure())
          .isEqualTo(Inferred.of(Indicator.Measure.UNSPECIFIED, Evidence.NONE));
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
      assertThatThrownBy(() -> PlanText.parser().reporting().parseChars(text))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("<text>:1:1")
          .hasMessageContaining("plan year");
      Plan plan = PlanText.parser(PlanText.Options.defaults().withRegion("某市").withPlanYear(2026)).parseChars(text);
      assertThat(plan.region().name()).isEqualTo("某市");
      assertThat(plan.baseYear()).isEqualTo(2025);
      Observation gdp = plan.indicatorByName("地区生产总值").orElseThrow().observations().get(0);
      assertThat(gdp.kind()).isEqualTo(Observation.Kind.TARGET);
      assertThat(gdp.growth().orElseThrow().kind()).isEqualTo(Bound.Kind.AT_LEAST);
    }

    @Test
    void reportsCrLfAndFullWidthPositionsInTheDecodedText() {
      String text = "某市２０２６年国民经济和社会发展计划\r\n\r\n一、２０２５年计划执行情况\r\n\r\n　　全市实现地区生产总值５０８８.９亿元，增长５.６％。\r\n";
      PlanText.Result r = PlanText.parser().reporting().parseChars(text);
      Observation gdp = r.plan().indicatorByName("地区生产总值").orElseThrow().observations().get(0);
      assertThat(gdp.level().orElseThrow().number()).contains(new BigDecimal("5088.9"));
      assertThat(gdp.level().orElseThrow().text()).isEqualTo("５０８８.９亿元");
      assertThat(gdp.growth().orElseThrow().number()).contains(new BigDecimal("5.6"));
      assertThat(gdp.provenance().orElseThrow().start()).hasToString("5:13");
      assertThat(gdp.kind()).isEqualTo(Observation.Kind.ACTUAL);
      assertThat(gdp.year()).isEqualTo(2025);
      assertThat(r.plan().spans().stream().map(Span::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void takesYearAndRegionOfAWorkReportFromItsSubtitle() {
      Plan plan = PlanText.parser().parseChars("政府工作报告\n——2026年1月25日在某市第十六届人民代表大会第五次会议上\n\n"
          + "一、2025年工作回顾\n\n全市地区生产总值增长5.8%。\n\n二、2026年主要目标\n\n地区生产总值增长5%左右。\n");
      assertThat(plan.kind()).isEqualTo(Plan.Kind.WORK_REPORT);
      assertThat(plan.planYear()).isEqualTo(2026);
      assertThat(plan.region().name()).isEqualTo("某市");
      Indicator gdp = plan.indicatorByName("地区生产总值").orElseThrow();
      assertThat(gdp.observations(Observation.Kind.ACTUAL, 2025)).hasSize(1);
      assertThat(gdp.observations(Observation.Kind.TARGET, 2026)).hasSize(1);
    }

    @Test
    void survivesAGrowthVerbBeforeAFigureThatReadsAsALevel() {
      String text = "567890一、2025年 个\t预期目标3.25年〔13.5〕：\t超过增长12345678901234567890\u200B、）  6.2*  —  5.5左右  预期性：";
      PlanText.Result r = PlanText.parser(PlanText.Options.defaults().withPlanYear(2026)).reporting().parseChars(text);
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
