package org.devplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.devplan.examples.cli.DevplanCliTest.SEED;
import static org.devplan.examples.cli.DevplanCliTest.run;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devplan.examples.cli.DevplanCliTest.Run;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool against hostile plans, file names and arguments. */
class CliHostileTest {
  private static final String PAYLOAD = "=cmd|' /C calc'!A0";

  /** A plan text whose title and first heading carry a formula and terminal escape codes. */
  private static Path hostile(Path dir) throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8)
        .replaceFirst("2025年国民经济和社会发展计划执行情况", PAYLOAD + "\u001B]0;pwned\u0007执行情况");
    return Files.writeString(dir.resolve("hostile.txt"), text, StandardCharsets.UTF_8);
  }

  @Test
  void excelGuardsTheOutlineAndConvertUnguardsWhatItGuarded(@TempDir Path dir) throws IOException {
    Path text = hostile(dir);
    Plan plan = PlanText.parser().parseFile(text);
    Path outline = dir.resolve("outline.csv");
    Path tidy = dir.resolve("tidy.csv");
    assertThat(run("import", text.toString(), "--excel", "--outline-csv", outline.toString(), "--csv",
        tidy.toString()).code()).isZero();
    String written = Files.readString(outline, StandardCharsets.UTF_8);
    assertThat(written).contains(",'" + PAYLOAD).doesNotContain("," + PAYLOAD);
    assertThat(PlanCsv.outline(CsvOptions.EXCEL).parseFile(outline)).isEqualTo(OutlineRow.of(plan));
    Path converted = dir.resolve("convert-outline.csv");
    assertThat(run("convert", text.toString(), converted.toString(), "--excel", "--layout", "outline").code())
        .isZero();
    assertThat(Files.readString(converted, StandardCharsets.UTF_8)).isEqualTo(written);
    Path back = dir.resolve("back.json");
    assertThat(run("convert", tidy.toString(), back.toString(), "--excel").code()).isZero();
    assertThat(PlanJson.codec().parseFile(back).indicators()).extracting(i -> i.name())
        .isEqualTo(TidyTable.of(plan).indicators().stream().map(i -> i.name()).toList());
  }

  @Test
  void reportEscapesControlCharactersOfThePlan(@TempDir Path dir) throws IOException {
    Run r = run("report", hostile(dir).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u0007").contains("\\e]0;pwned\\u0007执行情况");
  }

  @Test
  void errorsEscapeFileNamesAndSpeakInOptions(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("bad\u001B[2Jname.txt"), "hello world\n", StandardCharsets.UTF_8);
    Run r = run("import", text.toString());
    assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(r.err()).hasLineCount(1).doesNotContain("\u001B").contains("bad\\e[2Jname.txt")
        .doesNotContain("PlanText.Options");
  }

  @Test
  void anEmptyTextIsNotAPlanEvenWithAPlanYear(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Run r = run("import", empty.toString(), "--plan-year", "2026", "--region", "某市");
    assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(r.err()).isEqualTo("devplan: empty.txt:1:1: no plan content: found no heading (such as 一、 or "
        + "第一章) and no figure in the text\n");
  }

  @Test
  void batchRefusesOutputsThatWouldReplaceEachOther(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.copy(SEED, in.resolve("a.txt"));
    Files.copy(SEED, in.resolve("a.TXT"));
    Files.copy(SEED, in.resolve("all-plans.txt"));
    Path out = dir.resolve("out");
    Run r = run("batch", in.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(r.out()).startsWith("imported 1 of 3 plans").contains("2 failed");
    assertThat(r.err().lines().toList()).containsExactly(
        "devplan: a.txt: not imported: its outputs a.json and .csv would replace those of a.TXT (rename one of them)",
        "devplan: all-plans.txt: not imported: its outputs all-plans.json and .csv would replace those of "
            + "all-plans.csv (rename one of them)");
    assertThat(PlanCsv.tidy().parseFile(out.resolve("all-plans.csv")).rows()).hasSize(
        (int) PlanText.parser().parseFile(SEED).allObservations().count());
  }

  @Test
  void batchWritesTheCombinedTableInsideOutOnly(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.copy(SEED, in.resolve("zibo.txt"));
    for (String name : List.of("../x.csv", "sub/x.csv", "x.json", "")) {
      Run r = run("batch", in.toString(), "--out", dir.resolve("out").toString(), "--combined", name);
      assertThat(r.code()).as(name).isEqualTo(Devplan.USAGE_ERROR);
      assertThat(r.err()).as(name).hasLineCount(1).startsWith("devplan: --combined must be a file name ending in .csv");
    }
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void usageErrorsAreOneLineAndHelpIsACommand() {
    Run r = run("report");
    assertThat(r.code()).isEqualTo(Devplan.USAGE_ERROR);
    assertThat(r.err()).isEqualTo("devplan: Missing required parameter: 'PLAN' (see: devplan help report)\n");
    Run help = run("help", "import");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: devplan import");
  }

  @Test
  void validateNamesTheBadByteOfAHeaderAndKnowsTheTasksTable(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, new byte[] {'p', 'l', (byte) 0xFF, 'n', '\n'});
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(r.err()).isEqualTo("devplan: " + bad + ":1:3: row 1: the input is not valid UTF-8 (byte 0xFF)\n");
    Path tasks = dir.resolve("tasks.csv");
    assertThat(run("import", SEED.toString(), "--tasks-csv", tasks.toString()).code()).isZero();
    ImmutableList<TaskRow> rows = TaskRow.of(PlanText.parser().parseFile(SEED));
    assertThat(PlanCsv.tasks().parseFile(tasks)).isEqualTo(rows);
    assertThat(run("validate", tasks.toString()).out()).isEqualTo(tasks + ": valid, a tasks table of " + rows.size()
        + " rows\n");
    Files.writeString(tasks, Files.readString(tasks, StandardCharsets.UTF_8).replaceFirst(",target,2026,", ",goal,2026,"),
        StandardCharsets.UTF_8);
    Run edited = run("validate", tasks.toString());
    assertThat(edited.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(edited.err()).hasLineCount(1).contains(": row ").contains(", column \"kind\": expected one of ");
  }
}
