package org.devplan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.devplan.io.SeedSlice;
import org.devplan.io.internal.IoCsvReader;
import org.devplan.io.internal.IoCsvWriter;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCsvTest {
  private static final Plan SEED = SeedSlice.plan();
  private static final String TIDY = PlanCsv.tidy().formatToString(TidyTable.of(SEED));

  private static List<String> lines(String csv) {
    return List.of(csv.split("\n", -1));
  }

  /** Rewrites a CSV with its columns in the order of {@code order} (indices into its header). */
  private static String reorder(String csv, int[] order, CsvOptions options) {
    StringWriter out = new StringWriter();
    try (IoCsvReader in = new IoCsvReader(new StringReader(csv), "t", false)) {
      List<String> header = new ArrayList<>();
      for (int i : order) {
        header.add(in.header().get(i));
      }
      try (IoCsvWriter w = new IoCsvWriter(out, header, List.of(), options.bom(), options.crlf(), false)) {
        while (in.next()) {
          String[] cells = new String[order.length];
          for (int i = 0; i < order.length; i++) {
            cells[i] = in.cell(order[i]);
          }
          w.row(cells);
        }
      }
    }
    return out.toString();
  }

  private static PlanFormatException tidyFails(String csv) {
    try {
      PlanCsv.tidy().parseChars(csv);
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("accepted bad input");
  }

  @Nested
  class Tidy {
    @Test
    void headerIsTheFixedPublicOne() {
      assertThat(lines(TIDY).get(0)).isEqualTo("plan_id,region,plan_year,observation_id,indicator_code,"
          + "indicator_name,group,unit,nature,kind,year,period_start,aggregation,level,level_bound,level_low,"
          + "level_high,level_text,growth_pct,growth_bound,growth_low,growth_high,growth_text,is_change,verb,hedge,"
          + "status,chapter,source,origin,concept");
      assertThat(TidyTable.COLUMNS).hasSize(31);
    }

    @Test
    void seedRowsAsPandasWouldSeeThem() {
      assertThat(lines(TIDY)).contains(
          "zibo-2026,淄博市,2026,revenue-2025,general-budget-revenue,一般公共预算收入,财政金融,亿元,expected,actual,"
              + "2025,2025,year,419.73,exact,,,419.73,2.01,exact,,,2.01,false,,,,,table:127:2,table,",
          "zibo-2026,淄博市,2026,revenue-2026,general-budget-revenue,一般公共预算收入,财政金融,亿元,expected,target,"
              + "2026,2026,year,428.12,exact,,,428.12,2,at_least,,,2以上,false,,,,,table:129:2,table,",
          "zibo-2026,淄博市,2026,revenue-2026-narrative,general-budget-revenue,一般公共预算收入,财政金融,亿元,"
              + "expected,target,2026,2026,year,,,,,,2,at_least,,,增长2%以上,false,增长,,,2.1,narrative:29:49,narrative,",
          "zibo-2026,淄博市,2026,fdi-2025,fdi,实际使用外资,外经外贸,万美元,unspecified,actual,2025,2025,year,19652,"
              + "exact,,,19652,-45.8,exact,,,-45.8,false,,,,,table:115:2,table,",
          "zibo-2026,淄博市,2026,fdi-2026,fdi,实际使用外资,外经外贸,万美元,unspecified,target,2026,2026,year,,absent,"
              + ",,—,,qualitative,,,固稳提质,false,,,,,table:117:2,table,",
          "zibo-2026,淄博市,2026,unemployment-2026,urban-unemployment,城镇调查失业率,就业和人民生活,%,expected,target,"
              + "2026,2026,year,5.5,about,,,5.5左右,,absent,,,—,false,,,,,table:233:2,table,",
          "zibo-2026,淄博市,2026,co2-2025,co2-intensity-reduction,单位地区生产总值二氧化碳排放降低,绿色低碳,%,binding,"
              + "actual,2025,2025,year,20.5,greater_than,,,>20.5,,,,,,false,,,,,table:182:2,table,",
          "zibo-2026,淄博市,2026,co2-2026,co2-intensity-reduction,单位地区生产总值二氧化碳排放降低,绿色低碳,%,binding,"
              + "target,2026,2026,year,,qualitative,,,完成省下达目标,,,,,,false,,,,,table:183:2,table,");
      assertThat(TIDY).contains(",52062,exact,,,52062,4.9,exact,,,4.9,false,")
          .contains(",—,,qualitative,,,\"与经济\n增长同步\",false,");
      assertThat(lines(TIDY)).hasSize(1 + 11 + 1 + 1); // header, 11 rows (one spans two lines), final newline
    }

    @Test
    void anUnknownUnitIsAnEmptyCellAndReadsBack() {
      Plan plan = SEED.withIndicators(SEED.indicators().get(0).withUnit(Unit.UNSPECIFIED));
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(plan));
      assertThat(lines(csv).get(1)).isEqualTo("zibo-2026,淄博市,2026,revenue-2025,general-budget-revenue,一般公共预算收入,"
          + "财政金融,,expected,actual,2025,2025,year,419.73,exact,,,419.73,2.01,exact,,,2.01,false,,,,,table:127:2,"
          + "table,");
      assertThat(PlanCsv.tidy().parseChars(csv)).isEqualTo(TidyTable.of(plan));
    }

    @Test
    void roundTripIsExact() {
      TidyTable read = PlanCsv.tidy().parseChars(TIDY);
      assertThat(read).isEqualTo(TidyTable.of(SEED));
      assertThat(PlanCsv.tidy().formatToString(read)).isEqualTo(TIDY);
    }

    @Test
    void readingGivesTheIndicatorsBack() {
      ImmutableList<Indicator> indicators = PlanCsv.tidy().parseChars(TIDY).indicators();
      assertThat(indicators).extracting(Indicator::code).containsExactly("general-budget-revenue", "fdi",
          "urban-unemployment", "co2-intensity-reduction", "disposable-income");
      Indicator fdi = indicators.get(1);
      assertThat(fdi.unit()).isEqualTo(Unit.of("万美元"));
      assertThat(fdi.observations().get(0).level()).contains(Bound.parse("19652"));
      assertThat(fdi.observations().get(0).growth().flatMap(Bound::number)).contains(new BigDecimal("-45.8"));
      for (int i = 0; i < indicators.size(); i++) {
        Indicator original = SEED.indicators().get(i);
        assertThat(indicators.get(i).observations()).hasSameSizeAs(original.observations());
        for (int k = 0; k < original.observations().size(); k++) {
          Observation o = original.observations().get(k);
          Observation back = indicators.get(i).observations().get(k);
          assertThat(back.level()).isEqualTo(o.level());
          assertThat(back.growth()).isEqualTo(o.growth());
          assertThat(back.provenance().map(Object::toString)).isEqualTo(o.provenance().map(Object::toString));
        }
      }
    }

    @Test
    void levelInItsOwnUnitRoundTripsThroughItsWording() {
      Indicator jobs = new Indicator.Builder().code("jobs").name("城镇新增就业").unit(Unit.of("人"))
          .addObservation(Observation.target("jobs-2026", 2026, Bound.parse("5.5万人以上"), Bound.absent()))
          .build();
      Plan p = SEED.withIndicators(com.google.common.collect.Iterables.concat(SEED.indicators(), List.of(jobs)));
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(p));
      assertThat(csv).contains(",jobs,城镇新增就业,,人,unspecified,target,2026,2026,year,5.5,at_least,,,5.5万人以上,");
      Observation back = PlanCsv.tidy().parseChars(csv).indicators().get(5).observations().get(0);
      assertThat(back.level().flatMap(Bound::unit)).contains(Unit.of("万人"));
      assertThat(jobs.unitOf(back)).isEqualTo(Unit.of("万人"));
    }

    @Test
    void columnsInAnyOrderWithBomAndCrlf(@TempDir Path dir) throws Exception {
      int[] order = new int[TidyTable.COLUMNS.size()];
      List<Integer> shuffled = new ArrayList<>();
      for (int i = 0; i < order.length; i++) {
        shuffled.add(i);
      }
      Collections.shuffle(shuffled, new Random(42));
      for (int i = 0; i < order.length; i++) {
        order[i] = shuffled.get(i);
      }
      String excel = reorder(TIDY, order, new CsvOptions(true, true, false, false, "<csv>"));
      assertThat(excel).startsWith("\uFEFF").contains("\r\n");
      Path file = dir.resolve("excel.csv");
      Files.writeString(file, excel, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(PlanCsv.tidy().parseFile(file)).isEqualTo(TidyTable.of(SEED));
    }

    @Test
    void writesSeveralPlansUnderOneHeaderPlanByPlan(@TempDir Path dir) {
      Plan second = SEED.withId("zibo-2026-copy");
      Path file = dir.resolve("all.csv");
      try (TidyCsvWriter w = PlanCsv.tidy().formatAllFile(file)) {
        w.write(SEED).write(second);
      }
      List<TidyRow> expected = new ArrayList<>(TidyTable.of(SEED).rows());
      expected.addAll(TidyTable.of(second).rows());
      assertThat(PlanCsv.tidy().parseFile(file).rows()).containsExactlyElementsOf(expected);
    }

    @Test
    void excelOptionsWriteBomCrlfAndNeutraliseFormulasButNotNumbers() {
      Indicator risky = new Indicator.Builder().code("risky").name("=HYPERLINK(\"http://x\")").unit(Unit.of("亿元"))
          .group("@群组").addObservation(new Observation.Builder().id("r1").kind(Observation.Kind.ACTUAL)
              .period(org.devplan.model.Period.year(2025)).level(Bound.parse("-12.6")).growth(Bound.parse("-3.7"))
              .verb("+下降").hedge("'引号").build())
          .build();
      Plan p = SEED.withIndicators(com.google.common.collect.Iterables.concat(SEED.indicators(), List.of(risky)));
      String csv = PlanCsv.tidy(CsvOptions.EXCEL).formatToString(TidyTable.of(p));
      assertThat(csv).startsWith("\uFEFFplan_id,").contains("\r\n").doesNotContain("s\n");
      assertThat(csv).contains(",risky,\"'=HYPERLINK(\"\"http://x\"\")\",'@群组,亿元,unspecified,actual,2025,2025,year,"
          + "-12.6,exact,,,-12.6,-3.7,exact,,,-3.7,false,'+下降,''引号,,,,,\r\n");
      assertThat(PlanCsv.tidy(CsvOptions.EXCEL.withSourceName("excel")).parseChars(csv)).isEqualTo(TidyTable.of(p));
      String plain = PlanCsv.tidy().formatToString(TidyTable.of(p));
      assertThat(plain).contains(",risky,\"=HYPERLINK(\"\"http://x\"\")\",@群组,");
    }
  }

  @Nested
  class TidyErrors {
    private String edit(String observationId, String column, String value) {
      StringWriter out = new StringWriter();
      try (IoCsvReader in = new IoCsvReader(new StringReader(TIDY), "t", false);
          IoCsvWriter w = new IoCsvWriter(out, in.header(), List.of(), false, false, false)) {
        while (in.next()) {
          String[] cells = new String[in.header().size()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = in.cell(i);
          }
          if (in.cell("observation_id").equals(observationId)) {
            cells[in.column(column)] = value;
          }
          w.row(cells);
        }
      }
      return out.toString();
    }

    @Test
    void unparsableNumberNamesRowAndColumn() {
      PlanFormatException e = tidyFails(edit("revenue-2026", "level", "428.1two"));
      assertThat(e.getMessage()).isEqualTo(
          "<csv>:3:14: row 3, column \"level\": \"428.12\" gives 428.12, found \"428.1two\"");
      assertThat(tidyFails(edit("revenue-2026", "level", "428.120")).reason())
          .isEqualTo("row 3, column \"level\": \"428.12\" gives 428.12, found \"428.120\"");
      assertThat(tidyFails(edit("fdi-2025", "year", "二〇二五")).reason())
          .isEqualTo("row 5, column \"year\": expected an integer, found \"二〇二五\"");
    }

    @Test
    void wordingThatDoesNotParseOrDisagrees() {
      assertThat(tidyFails(edit("revenue-2026", "growth_text", "2以上x")).reason())
          .startsWith("row 3, column \"growth_text\": unexpected 'x'");
      assertThat(tidyFails(edit("revenue-2026", "growth_bound", "about")).reason())
          .isEqualTo("row 3, column \"growth_bound\": \"2以上\" reads as at_least, not about");
      assertThat(tidyFails(edit("fdi-2026", "level_low", "1")).reason())
          .startsWith("row 6, column \"level_low\": must be empty");
      assertThat(tidyFails(edit("revenue-2025", "level_text", "1e999999999")).reason())
          .startsWith("row 2, column \"level_text\": unexpected '999999999'");
      assertThat(tidyFails(edit("revenue-2025", "level", "1e999999999")).reason())
          .isEqualTo("row 2, column \"level\": \"419.73\" gives 419.73, found \"1e999999999\"");
    }

    @Test
    void missingRequiredFieldAndWrongValues() {
      assertThat(tidyFails(edit("co2-2025", "indicator_code", "")).reason())
          .isEqualTo("row 9, column \"indicator_code\": a value is required");
      assertThat(tidyFails(edit("co2-2025", "kind", "plan")).reason())
          .isEqualTo("row 9, column \"kind\": expected one of actual, target, found \"plan\"");
      assertThat(tidyFails(edit("co2-2025", "concept", "CO2")).reason())
          .isEqualTo("row 9: tidy row co2-2025: concept \"CO2\" is not a code: lower-case letters, digits, '-' inside");
      assertThat(tidyFails(edit("co2-2025", "is_change", "yes")).reason())
          .isEqualTo("row 9, column \"is_change\": expected true or false, found \"yes\"");
      assertThat(tidyFails(edit("co2-2025", "source", "table:0:2")).reason())
          .isEqualTo("row 9, column \"source\": position: line 0 must be at least 1");
      assertThat(tidyFails(edit("co2-2025", "origin", "narrative")).reason())
          .isEqualTo("row 9, column \"origin\": must be table as in source, found \"narrative\"");
      assertThat(tidyFails(edit("co2-2025", "source", "")).reason())
          .isEqualTo("row 9, column \"origin\": must be empty when source is, found \"table\"");
      assertThat(tidyFails(edit("co2-2025", "source", "annex")).reason())
          .startsWith("row 9, column \"source\": expected table:line:column");
      assertThat(tidyFails(edit("co2-2025", "level_text", "")).reason())
          .isEqualTo("row 9, column \"level_text\": the wording is required when level_bound is given");
      assertThat(tidyFails(edit("co2-2025", "status", "final")).reason())
          .startsWith("row 9, column \"status\": expected one of reported, preliminary, estimate");
      assertThat(tidyFails(edit("co2-2026", "status", "reported")).reason())
          .isEqualTo("row 10: observation co2-2026: status REPORTED applies only to actuals, not to a TARGET");
    }

    @Test
    void inconsistentIndicatorAndDuplicateIds() {
      assertThat(tidyFails(edit("revenue-2026", "unit", "万元")).reason())
          .isEqualTo("row 3, column \"unit\": indicator general-budget-revenue has unit \"亿元\" in an earlier row, "
              + "\"万元\" here");
      assertThat(tidyFails(edit("revenue-2026", "observation_id", "revenue-2025")).reason())
          .isEqualTo("row 3, column \"observation_id\": observation id revenue-2025 occurs twice in plan zibo-2026");
    }

    @Test
    void headerProblems() {
      assertThat(tidyFails(TIDY.replaceFirst("hedge,", "hedges,")).reason())
          .startsWith("row 1: missing column \"hedge\"");
      String extra = TIDY.replaceFirst("\n", ",extra\n").replace(",table:", ",x,table:")
          .replace(",narrative:", ",x,narrative:");
      assertThat(tidyFails(extra).reason()).isEqualTo("row 1, column \"extra\": unknown column \"extra\"");
      assertThat(tidyFails("").reason()).isEqualTo("row 1: expected a header row, found an empty file");
      String shortRow = TIDY + "zibo-2026,淄博市\n";
      assertThat(tidyFails(shortRow).reason()).isEqualTo("row 13: expected 31 cells as in the header, found 2");
    }

    @Test
    void unknownUnitInStrictRead() {
      String custom = edit("fdi-2025", "unit", "万蒸吨").replace(",万美元,", ",万蒸吨,");
      assertThat(PlanCsv.tidy().parseChars(custom).rows().get(3).unit().isCustom()).isTrue();
      assertThatThrownBy(() -> PlanCsv.tidy(CsvOptions.DEFAULT.withStrictUnits(true).withSourceName("s.csv")).parseChars(custom))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage("s.csv:5:8: row 5, column \"unit\": unknown unit \"万蒸吨\" (strict read)");
    }
  }

  @Nested
  class Outline {
    @Test
    void writesAndReadsTheHeadings() {
      String csv = PlanCsv.outline().formatToString(OutlineRow.of(SEED));
      assertThat(csv).isEqualTo("chapter_path,depth,label,title,line\n"
          + "1,1,一、,2025年国民经济和社会发展计划执行情况,5\n"
          + "2,1,二、,2026年经济社会发展的总体要求和主要目标,25\n"
          + "2.1,2,（一）,主要预期目标,29\n");
      assertThat(PlanCsv.outline(CsvOptions.DEFAULT.withSourceName("o")).parseChars(csv)).isEqualTo(OutlineRow.of(SEED));
    }

    @Test
    void depthMustMatchThePath() {
      assertThatThrownBy(() -> PlanCsv.outline(CsvOptions.DEFAULT.withSourceName("o")).parseReader(new StringReader(
          "chapter_path,depth,label,title,line\n2.1,1,（一）,主要预期目标,29\n")))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage("o:2:1: row 2, column \"chapter_path\": outline row 2.1: depth 1 does not match the path");
    }
  }

  @Nested
  class Annex {
    private final String csv = PlanCsv.annex().formatToString(AnnexTable.of(SEED));

    @Test
    void printsTheAnnexAsPlansDo() {
      assertThat(lines(csv)).startsWith(
          "分组,指标名称,单位,2025年完成·绝对值,2025年完成·增长%,2026年预期·绝对值,2026年预期·增长%,属性",
          "一、财政金融,,,,,,,",
          "财政金融,一般公共预算收入,亿元,419.73,2.01,428.12,2以上,预期性",
          "二、外经外贸,,,,,,,",
          "外经外贸,实际使用外资,万美元,19652,-45.8,—,固稳提质,",
          "三、就业和人民生活,,,,,,,",
          "就业和人民生活,城镇调查失业率,%,5.3,—,5.5左右,—,预期性",
          "四、绿色低碳,,,,,,,",
          "绿色低碳,单位地区生产总值二氧化碳排放降低,%,>20.5,,完成省下达目标,,约束性");
      assertThat(csv).contains("就业和人民生活,居民人均可支配收入,元,52062,4.9,—,\"与经济\n增长同步\",预期性\n");
      assertThat(csv).doesNotContain("增长2%以上"); // narrative figures are not annex cells
    }

    @Test
    void roundTripAndMergedCells() {
      AnnexTable back = PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("annex.csv")).parseChars(csv);
      assertThat(back).isEqualTo(AnnexTable.of(SEED));
      assertThat(PlanCsv.annex().formatToString(back)).isEqualTo(csv);
      Indicator co2 = back.indicators().get(3);
      assertThat(co2.name()).isEqualTo("单位地区生产总值二氧化碳排放降低");
      assertThat(co2.observations()).extracting(Observation::id)
          .containsExactly("annex-4-2025-actual", "annex-4-2026-target");
      assertThat(co2.observations().get(1).level()).contains(Bound.parse("完成省下达目标"));
      assertThat(co2.observations().get(1).growth()).isEmpty();
      assertThat(co2.nature()).isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
    }

    @Test
    void aFilledInSpreadsheetLoads() {
      String sheet = "\uFEFF指标名称,属性,单位,2026年预期·增长%,2026年预期·绝对值,分组,2025年完成·绝对值,2025年完成·增长%\r\n"
          + ",,,,,一、地区生产总值,,\r\n"
          + "地区生产总值,预期性,亿元,5以上,—,地区生产总值,—,5.6\r\n"
          + "规模以上工业增加值,,%,6.5,,地区生产总值,,7.4\r\n";
      AnnexTable t = PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("sheet.csv")).parseChars(sheet);
      assertThat(t.baseYear()).isEqualTo(2025);
      assertThat(t.planYear()).isEqualTo(2026);
      assertThat(t.rows().get(0)).isEqualTo(new AnnexRow.Group("一、地区生产总值"));
      ImmutableList<Indicator> indicators = t.indicators();
      assertThat(indicators.get(0).observations(Observation.Kind.TARGET, 2026).get(0).growth())
          .contains(Bound.parse("5以上"));
      assertThat(indicators.get(1).observations(Observation.Kind.ACTUAL, 2025).get(0).growth())
          .contains(Bound.parse("7.4"));
      assertThat(indicators.get(1).group()).contains("地区生产总值");
    }

    @Test
    void badCellsAreNamed() {
      String sheet = "分组,指标名称,单位,2025年完成·绝对值,2025年完成·增长%,2026年预期·绝对值,2026年预期·增长%,属性\n"
          + "一、地区生产总值,,,5.6,,,,\n";
      assertThatThrownBy(() -> PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a.csv")).parseChars(sheet))
          .hasMessage("a.csv:2:4: row 2, column \"2025年完成·绝对值\": a group row (no 指标名称) has only its 分组 cell");
      String badNature = sheet.replace("一、地区生产总值,,,5.6,,,,", "地区生产总值,地区生产总值,亿元,5.6,,,,必须");
      assertThatThrownBy(() -> PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a.csv")).parseChars(badNature))
          .hasMessage("a.csv:2:8: row 2, column \"属性\": expected 预期性, 约束性 or nothing, found \"必须\"");
      String badFigure = sheet.replace("一、地区生产总值,,,5.6,,,,", "地区生产总值,地区生产总值,亿元,5.6以上x,,,,");
      assertThatThrownBy(() -> PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a.csv")).parseChars(badFigure))
          .isInstanceOf(PlanFormatException.class).hasMessageStartingWith("a.csv:2:4: row 2, column \"2025年完成·绝对值\"");
      String noYears = sheet.replace("2025年完成·绝对值", "完成·绝对值");
      assertThatThrownBy(() -> PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a.csv")).parseChars(noYears))
          .isInstanceOf(PlanFormatException.class).hasMessageContaining("missing column \"2025年完成·绝对值\"");
    }
  }

  @Nested
  class Tasks {
    @Test
    void oneRowPerStatedFigure() {
      StringWriter out = new StringWriter();
      PlanCsv.tasks().formatWriter(TaskRow.of(SEED), out);
      assertThat(out.toString()).isEqualTo(String.join(",", TaskRow.COLUMNS) + "\n"
          + "2.1,2.1,（一）,主要预期目标,revenue-2026-narrative,general-budget-revenue,target,2026,,,增长2%以上,2\n");
    }

    private String tasks() {
      StringWriter out = new StringWriter();
      PlanCsv.tasks().formatWriter(TaskRow.of(SEED), out);
      return out.toString();
    }

    private List<TaskRow> read(String csv) {
      return PlanCsv.tasks(CsvOptions.DEFAULT.withSourceName("tasks.csv")).parseChars(csv);
    }

    @Test
    void readsBackWhatItWrote() {
      assertThat(read(tasks())).isEqualTo(TaskRow.of(SEED)).containsExactly(new TaskRow("2.1", "2.1",
          Optional.of("（一）"), "主要预期目标", Optional.of(new TaskRow.Target("revenue-2026-narrative",
              "general-budget-revenue", Observation.Kind.TARGET, 2026, Optional.empty(),
              Optional.of(Bound.parse("增长2%以上"))))));
    }

    @Test
    void refusesAFigureThatDisagreesWithItsWordingAndFiguresWithoutAnObservation() {
      PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
          () -> read(tasks().replace("增长2%以上,2\n", "增长2%以上,3\n")));
      assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(2, 12,
          "row 2, column \"growth_pct\": \"增长2%以上\" gives 2, found \"3\"");
      PlanFormatException f = catchThrowableOfType(PlanFormatException.class,
          () -> read(tasks().replace("revenue-2026-narrative,", ",")));
      assertThat(List.of(f.line(), f.column(), f.reason())).containsExactly(2, 6, "row 2, column "
          + "\"indicator_code\": a row without observation_id (a task that states no figure) has no figure cells");
    }
  }

  @Test
  void optionalEmptyValuesStayEmpty() {
    TidyRow r = PlanCsv.tidy().parseChars(TIDY).rows().get(0);
    assertThat(r.observation().verb()).isEqualTo(Optional.empty());
    assertThat(r.group()).contains("财政金融");
  }
}
