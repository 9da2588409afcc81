package org.devplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code devplan.jar} as a user runs it: {@code java -jar}, and JShell with the jar as the whole class
 * path, from the repository's root as the README says.
 */
class DevplanJarIT {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path JAR = Path.of("target/devplan.jar").toAbsolutePath();
  static final Path BIN = Path.of(System.getProperty("java.home"), "bin");

  record Result(int code, String out) {}

  static Result exec(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("devplan-it", ".log");
    Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Result(p.exitValue(), out);
  }

  static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BIN.resolve("java").toString(), "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(command);
  }

  /**
   * JShell with the jar on its class path. Its own log is kept to warnings: on a machine where JShell has never run,
   * java.util.prefs logs "Created user preferences directory" at INFO into the output the tests read.
   */
  static Result jshell(String... args) throws IOException, InterruptedException {
    Path logging = Files.createTempFile("jshell-logging", ".properties");
    Files.writeString(logging, ".level=WARNING\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(BIN.resolve("jshell").toString(), "-J-Dfile.encoding=UTF-8",
        "-J-Dstdout.encoding=UTF-8", "-J-Djava.util.logging.config.file=" + logging, "-R-Dfile.encoding=UTF-8",
        "-R-Dstdout.encoding=UTF-8", "--class-path", JAR.toString()));
    command.addAll(List.of(args));
    return exec(command);
  }

  /**
   * A text too large for the heap ends in one line and exit code 1, not an {@code OutOfMemoryError} trace: the
   * seed repeated to 40 MB does not fit in 64 MB (its bytes and their decoded characters alone take 120 MB).
   */
  @Test
  void runningOutOfMemoryIsOneLine(@TempDir Path dir) throws Exception {
    byte[] seed = Files.readAllBytes(ROOT.resolve("seeds/zibo-2026-plan.txt"));
    Path big = dir.resolve("big.txt");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
      for (long written = 0; written < 40L << 20; written += seed.length) {
        out.write(seed);
      }
    }
    Result r = exec(List.of(BIN.resolve("java").toString(), "-Xmx64m", "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-jar", JAR.toString(), "import", big.toString(), "--json",
        dir.resolve("big.json").toString()));
    assertThat(List.of(r.code(), r.out())).containsExactly(1, "devplan: out of memory: the input is too large "
        + "for this Java heap; give Java more, e.g. java -Xmx4g -jar devplan.jar …\n");
  }

  @Test
  void readmeMainJobPrintsTheSeedReport() throws Exception {
    Result r = java("report", "seeds/zibo-2026-plan.txt");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).startsWith("淄博市2026年国民经济和社会发展计划").contains("Annex indicators (28):")
        .contains("9687.33亿元").contains("Audit:");
  }

  @Test
  void exitCodesForBadInputAndBadUsage(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"devplan/1\", \"id\": ",
        StandardCharsets.UTF_8);
    Result input = java("validate", bad.toString());
    assertThat(input.code()).isEqualTo(1);
    assertThat(input.out()).startsWith("devplan: " + bad).hasLineCount(1);
    assertThat(java("no-such-command").code()).isEqualTo(2);
  }

  @Test
  void ziboScriptRunsInJShell() throws Exception {
    Result r = jshell("plan-examples/jshell/zibo.jsh");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("淄博市2026年国民经济和社会发展计划: 86 chapters")
        .contains("deposits 2025: 8969.75亿元, target 2026: 9687亿元").contains("implied by 8%: 9687.33亿元")
        .contains("level stated with different figures: 5.53万人 (table) vs 6.01万人 (narrative)")
        .containsPattern("tidy rows: \\d+");
  }

  @Test
  void quickstartScriptRunsInJShell() throws Exception {
    Result r = jshell("plan-examples/jshell/quickstart.jsh");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("5088.9亿元 = 50889000万元").contains("AT_LEAST 5").contains("QUALITATIVE")
        .contains("2.00%");
  }

  @Test
  void startupScriptMakesTheOneLinerWork(@TempDir Path dir) throws Exception {
    Path script = Files.writeString(dir.resolve("one-liner.jsh"), String.join("\n",
        "var plan = PlanText.parser().parseFile(Path.of(\"seeds/zibo-2026-plan.txt\"))",
        "System.out.println(\"indicators \" + plan.indicators().size())",
        "System.out.println(Bound.parse(\"5.5左右\").kind())",
        "/exit", ""), StandardCharsets.UTF_8);
    Result r = jshell("--startup", "DEFAULT", "--startup", "plan-examples/jshell/devplan.jsh", script.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).containsPattern("indicators \\d+").contains("ABOUT");
  }

  /** README's "In ten lines" block, as written, in plain JShell (no startup script). */
  @Test
  void readmeTenLinesRunInPlainJShell(@TempDir Path dir) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n", readme.indexOf("## In ten lines")) + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    String json = dir.resolve("zibo.json").toString();
    String csv = dir.resolve("zibo.csv").toString();
    Path script = Files.writeString(dir.resolve("ten.jsh"), block.replace("\"zibo.json\"", "\"" + json + "\"")
        .replace("\"zibo.csv\"", "\"" + csv + "\"") + "System.out.println(target.growth().orElseThrow());\n"
        + "System.out.println(plan);\n/exit\n", StandardCharsets.UTF_8);
    Result r = jshell(script.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).as(r.out()).doesNotContain("Error").startsWith(
        "Single[kind=EXACT, value=8, unit=Optional.empty, text=8]\nPlan[zibo-2026-plan: ");
    assertThat(PlanJson.codec().parseFile(Path.of(json)))
        .isEqualTo(PlanText.parser().parseFile(ROOT.resolve("seeds/zibo-2026-plan.txt")));
  }
}
