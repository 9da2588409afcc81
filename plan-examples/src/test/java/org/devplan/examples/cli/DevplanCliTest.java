package org.devplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's subcommands on the seed and on bad files, run in process. */
class DevplanCliTest {
  static final Path SEED = Path.of("../seeds/zibo-2026-plan.txt");
  static Plan seed;

  @BeforeAll
  static void importSeed() {
    seed = PlanText.parser().parseFile(SEED);
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Devplan.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Nested
  class Report {
    @Test
    void printsChaptersAnnexComputedFiguresAndAudit() {
      Run r = run("report", SEED.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("淄博市2026年国民经济和社会发展计划\n")
          .contains("plan year 2026 · base year 2025")
          .contains("Chapters: 86 in all")
          .contains("Annex indicators (28):")
          .containsPattern("金融机构存款余额 +8969\\.75亿元 +7\\.63% +9687亿元 +8% +9687\\.33亿元 +8\\.00%")
          .containsPattern("一般公共预算收入 +419\\.73亿元 +2\\.01% +428\\.12亿元 +2%以上 +\\+0\\.01个百分点 \\(met\\) "
              + "+428\\.12亿元 +2\\.00%")
          .containsPattern("城镇调查失业率 +5\\.3% +5\\.5%左右 +-0\\.20个百分点 \\(met\\)")
          .containsPattern("城镇新增就业人数 +5\\.53万人 +5\\.5万人以上 +\\+0\\.03万人 \\(met\\)")
          .contains("target growth in words: 止跌回稳")
          .contains("\n  WARNING conflicting-figures 城镇新增就业人数 2025 actual: level stated with different figures: "
              + "5.53万人 (table) vs 6.01万人 (narrative) [table:225:2, narrative:21:115]\n")
          .contains("WARNING repeated-value 每千人口拥有执业医师数,每千人口拥有注册护士数 2025 actual")
          .endsWith("  passed: target-arithmetic ×4\n");
      assertThat(r.out()).doesNotContain("INFO target-arithmetic");
    }

    @Test
    void lastYearsTargetsBesideLastYearsResultsWhereTheDocumentGivesThem() {
      Run r = run("report", "../plan-io/src/test/resources/corpus/shanghai-style-2026-report.txt");
      assertThat(r.code()).isZero();
      assertThat(r.out()).containsPattern("indicator +2025年目标 +attained +2025年完成 +growth +2026年目标 +growth")
          .containsPattern("\n  地区生产总值 +增长5%左右 +met +增长5\\.2% +增长5%左右 +\\+0\\.20个百分点 \\(met\\)\n")
          .containsPattern("\n  社会消费品零售总额 +增长4%左右 +not met +增长3\\.1% +增长4%以上 "
              + "+-0\\.90个百分点 \\(not met\\)\n")
          .containsPattern("\n  城镇调查失业率 +控制在5\\.5%以内 +met +5\\.0% +控制在5\\.5%以内 +-0\\.50个百分点 \\(met\\)\n");
    }

    @Test
    void readsJsonToo(@TempDir Path dir) {
      Path json = dir.resolve("zibo.json");
      PlanJson.codec().formatFile(seed, json);
      assertThat(run("report", json.toString()).out()).isEqualTo(run("report", SEED.toString()).out());
    }
  }

  @Nested
  class Import {
    @Test
    void saysHowManyNumbersWereNotReadAndListsThem(@TempDir Path dir) {
      Path diagnostics = dir.resolve("not-read.csv");
      Run r = run("import", SEED.toString(), "--json", dir.resolve("p.json").toString(), "--diagnostics",
          diagnostics.toString());
      PlanText.Result result = PlanText.parser().reporting().parseFile(SEED);
      assertThat(r.code()).isZero();
      assertThat(r.err().lines().toList()).last().isEqualTo(seed.allObservations().count() + " figures read; "
          + result.notRead().size() + " numbers not read: listed in " + diagnostics);
      assertThat(diagnostics).content(StandardCharsets.UTF_8).isEqualTo("""
          line,column,text,reason
          9,171,百,not read
          17,354,2,not read
          17,356,350,not read
          19,572,十,not read
          21,1237,11,not read
          21,1240,11,not read
          21,1243,6,not read
          43,423,一,not read
          """);
    }

    @Test
    void listsEveryNumberThatIsNoFigureWithDiagnosticsAll(@TempDir Path dir) {
      Path diagnostics = dir.resolve("all.csv");
      Run r = run("import", SEED.toString(), "--json", dir.resolve("p.json").toString(), "--diagnostics",
          diagnostics.toString(), "--diagnostics-all");
      assertThat(r.code()).isZero();
      List<String> rows = PlanText.parser().reporting().parseFile(SEED).unread().stream()
          .map(n -> n.line() + "," + n.column() + "," + n.text() + "," + n.reason()).toList();
      assertThat(diagnostics).content(StandardCharsets.UTF_8)
          .isEqualTo("line,column,text,reason\n" + String.join("\n", rows) + "\n");
      assertThat(rows).startsWith("1,5,2026,year");
    }

    @Test
    void withoutDiagnosticsPointsToTheOption() {
      Run r = run("import", SEED.toString(), "--csv", "-");
      assertThat(r.err().lines().toList()).last().isEqualTo(seed.allObservations().count()
          + " figures read; 8 numbers not read: see --diagnostics");
    }

    @Test
    void diagnosticsAllNeedsAFile() {
      Run r = run("import", SEED.toString(), "--diagnostics-all");
      assertThat(r.code()).isNotZero();
      assertThat(r.err()).isEqualTo("devplan: --diagnostics-all needs --diagnostics FILE.csv\n");
    }

    @Test
    void writesEveryRequestedFile(@TempDir Path dir) {
      Run r = run("import", SEED.toString(), "--json", dir.resolve("p.json").toString(), "--csv",
          dir.resolve("p.csv").toString(), "--annex-csv", dir.resolve("annex.csv").toString(), "--outline-csv",
          dir.resolve("outline.csv").toString(), "--tasks-csv", dir.resolve("tasks.csv").toString());
      assertThat(r.code()).isZero();
      assertThat(r.err()).contains("imported").contains("UTF-8");
      assertThat(PlanJson.codec().parseFile(dir.resolve("p.json"))).isEqualTo(seed);
      assertThat(PlanCsv.tidy().parseFile(dir.resolve("p.csv")).rows()).hasSize((int) seed.allObservations().count());
      assertThat(PlanCsv.outline().parseFile(dir.resolve("outline.csv"))).hasSize(86);
      assertThat(dir.resolve("annex.csv")).content(StandardCharsets.UTF_8)
          .startsWith("分组,指标名称,单位,2025年完成·绝对值,2025年完成·增长%,2026年预期·绝对值,2026年预期·增长%,属性");
      assertThat(dir.resolve("tasks.csv")).isNotEmptyFile();
    }

    @Test
    void withoutOptionsPrintsJson() {
      Run r = run("import", SEED.toString());
      assertThat(r.code()).isZero();
      assertThat(PlanJson.codec().parseChars(r.out())).isEqualTo(seed);
    }

    @Test
    void textWithoutAPlanYearIsAnInputError(@TempDir Path dir) throws IOException {
      Path text = Files.writeString(dir.resolve("hello.txt"), "hello world\n", StandardCharsets.UTF_8);
      Run r = run("import", text.toString());
      assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(r.err()).startsWith("devplan: hello.txt:1:1: cannot tell the plan year").hasLineCount(1);
      Path plan = Files.writeString(dir.resolve("plan.txt"), "一、总体要求\n地区生产总值增长5%以上。\n",
          StandardCharsets.UTF_8);
      assertThat(run("import", plan.toString()).err()).startsWith("devplan: plan.txt:1:1: cannot tell the plan year")
          .doesNotContain("PlanText.Options").contains("--plan-year");
      assertThat(run("import", plan.toString(), "--plan-year", "2026", "--region", "某市").code()).isZero();
    }
  }

  @Nested
  class ConvertAndValidate {
    @Test
    void jsonToCsvAndBack(@TempDir Path dir) {
      Path json = dir.resolve("p.json");
      PlanJson.codec().formatFile(seed, json);
      Path csv = dir.resolve("p.csv");
      assertThat(run("convert", json.toString(), csv.toString()).code()).isZero();
      assertThat(run("validate", csv.toString()).out()).contains("valid, a tidy table of "
          + seed.allObservations().count() + " observations");
      Path back = dir.resolve("back.json");
      Run r = run("convert", csv.toString(), back.toString());
      assertThat(r.code()).isZero();
      assertThat(r.err()).contains("chapter references were dropped");
      Plan plan = PlanJson.codec().parseFile(back);
      assertThat(plan.indicators()).hasSameSizeAs(seed.indicators());
      assertThat(plan.allObservations().count()).isEqualTo(seed.allObservations().count());
      Path annex = dir.resolve("annex.csv");
      assertThat(run("convert", json.toString(), annex.toString(), "--layout", "annex").code()).isZero();
      assertThat(run("validate", annex.toString()).out()).contains("valid, an annex table of");
    }

    @Test
    void validJsonIsReported(@TempDir Path dir) {
      Path json = dir.resolve("p.json");
      PlanJson.codec().formatFile(seed, json);
      Run r = run("validate", json.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("valid, a plan with 86 chapters");
      java.util.List<org.devplan.model.Indicator> indicators = new java.util.ArrayList<>(seed.indicators());
      indicators.set(0, indicators.get(0).withUnit(org.devplan.model.Unit.of("蒸吨")));
      Plan custom = seed.withIndicators(indicators);
      PlanJson.codec().formatFile(custom, json);
      assertThat(run("validate", json.toString()).code()).isZero();
      Run strict = run("validate", "--strict", json.toString());
      assertThat(strict.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(strict.err()).contains("unknown unit \"蒸吨\"");
    }

    @Test
    void badJsonNamesLineAndColumn(@TempDir Path dir) throws IOException {
      Path json = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"devplan/1\",\n \"id\": 5}",
          StandardCharsets.UTF_8);
      Run r = run("validate", json.toString());
      assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(r.err()).matches("devplan: \\S*bad\\.json:2:\\d+: .*\"id\".*\\n");
    }

    @Test
    void badCsvNamesRowAndColumn(@TempDir Path dir) throws IOException {
      Path csv = dir.resolve("bad.csv");
      PlanCsv.tidy().formatFile(TidyTable.of(seed), csv);
      String[] lines = Files.readString(csv, StandardCharsets.UTF_8).split("\n", -1);
      lines[1] = lines[1].replaceFirst("^([^,]*,[^,]*,)2026,", "$1twenty,");
      Files.writeString(csv, String.join("\n", lines), StandardCharsets.UTF_8);
      Run r = run("validate", csv.toString());
      assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(r.err()).contains("bad.csv").contains("plan_year").contains("twenty").hasLineCount(1);
    }

    @Test
    void unknownLayoutAndMissingFilesAreInputErrors(@TempDir Path dir) throws IOException {
      Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
      assertThat(run("validate", other.toString()).err()).contains("unknown CSV layout");
      Run missing = run("report", dir.resolve("missing.txt").toString());
      assertThat(missing.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(missing.err()).isEqualTo("devplan: " + dir.resolve("missing.txt") + ": no such file\n");
    }

    @Test
    void verbosePrintsTheStackTrace(@TempDir Path dir) {
      Run r = run("report", "--verbose", dir.resolve("missing.txt").toString());
      assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(r.err()).contains("no such file").contains("\tat org.devplan.examples.cli.");
    }
  }

  @Nested
  class Usage {
    @Test
    void unknownCommandsAndMissingArgumentsExitWith2() {
      assertThat(run("frobnicate").code()).isEqualTo(Devplan.USAGE_ERROR);
      assertThat(run("report").code()).isEqualTo(Devplan.USAGE_ERROR);
      assertThat(run().code()).isEqualTo(Devplan.USAGE_ERROR);
      assertThat(run("convert", "a.json", "b.txt").code()).isEqualTo(Devplan.USAGE_ERROR);
      assertThat(run("--help").code()).isZero();
    }
  }

  @Nested
  class Batch {
    @Test
    void processesTheGoodFilesAndReportsTheBadOne(@TempDir Path dir) throws IOException {
      Path in = Files.createDirectory(dir.resolve("in"));
      Files.copy(SEED, in.resolve("zibo.txt"));
      Files.writeString(in.resolve("broken.txt"), "no title here\n", StandardCharsets.UTF_8);
      Files.copy(SEED, in.resolve("zibo-copy.txt"));
      Path out = dir.resolve("out");
      Run r = run("batch", in.toString(), "--out", out.toString());
      assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
      assertThat(r.out()).contains("imported 2 of 3 plans").contains("1 failed");
      assertThat(r.err()).contains("devplan: broken.txt: broken.txt:1:1: cannot tell the plan year");
      assertThat(out.resolve("zibo.json")).exists();
      assertThat(out.resolve("zibo-copy.csv")).exists();
      assertThat(PlanCsv.tidy().parseFile(out.resolve("all-plans.csv")).rows())
          .hasSize(2 * (int) seed.allObservations().count());
    }
  }
}
