package org.devplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devplan panel} on the seed and corpus documents, whose GDP figures were read off the texts by hand. */
class PanelCommandTest {
  static final Path CORPUS = Path.of("../plan-io/src/test/resources/corpus");
  static final String[] PLANS = {"../seeds/zibo-2026-plan.txt", CORPUS.resolve("anji-2026-plan.txt").toString(),
      CORPUS.resolve("wuhu-2026-report.txt").toString()};

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  private static String[] args(String... more) {
    String[] all = new String[1 + PLANS.length + more.length];
    all[0] = "panel";
    System.arraycopy(PLANS, 0, all, 1, PLANS.length);
    System.arraycopy(more, 0, all, 1 + PLANS.length, more.length);
    return all;
  }

  @Test
  void longTableHasTheGdpTargetsWithTheirBounds(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("panel.csv");
    DevplanCliTest.Run run = DevplanCliTest.run(args("--csv", csv.toString()));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(lines(csv).get(0)).isEqualTo(String.join(",", PanelTables.COLUMNS));
    assertThat(lines(csv).stream().filter(l -> l.contains(",gdp,") && l.contains(",target,")))
        .containsExactly(
            "zibo-2026-plan,淄博市,2026,gdp,地区生产总值,2026,target,,,,,5,at_least,,,增长5%以上,亿元,narrative:29:23",
            "anji-2026-plan,安吉县,2026,gdp,地区生产总值,2026,target,,,,,,range,5.0,5.5,增长5.0%—5.5%,亿元,"
                + "narrative:35:33",
            "wuhu-2026-report,芜湖市,2026,gdp,地区生产总值,2026,target,,,,,,range,6,6.5,增长6%-6.5%,亿元,"
                + "narrative:57:46");
  }

  @Test
  void wideTableHasOneRowPerPlan(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("wide.csv");
    assertThat(DevplanCliTest.run(args("--csv", csv.toString(), "--wide")).code()).isZero();
    List<String> header = List.of(lines(csv).get(0).split(",", -1));
    int gdp = header.indexOf("gdp.2026.target.growth");
    assertThat(lines(csv).stream().skip(1).map(l -> Sheet.parseCsv(l).get(0))
        .map(cells -> cells.get(1) + " " + cells.get(gdp)))
        .containsExactly("淄博市 增长5%以上", "安吉县 增长5.0%—5.5%", "芜湖市 增长6%-6.5%");
  }

  @Test
  void aPanelNeedsSomewhereToWrite() {
    DevplanCliTest.Run run = DevplanCliTest.run(args());
    assertThat(run.code()).isEqualTo(Devplan.USAGE_ERROR);
    assertThat(run.err()).isEqualTo("devplan: say where to write: --csv, --xlsx or --html (see: devplan help panel)\n");
  }

  @Test
  void anEmptyFolderIsAnInputError(@TempDir Path dir) {
    DevplanCliTest.Run run = DevplanCliTest.run("panel", dir.toString(), "--csv", dir.resolve("p.csv").toString());
    assertThat(run.code()).isEqualTo(Devplan.INPUT_ERROR);
    assertThat(run.err()).isEqualTo("devplan: " + dir + ": no plan texts (*.txt) or JSON files (*.json) in the "
        + "folder\n");
  }

  @Test
  void xlsxHasThePanelWideAndAttainmentSheets(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("panel.xlsx");
    assertThat(DevplanCliTest.run(args("--xlsx", xlsx.toString())).code()).isZero();
    List<List<Object>> panel = SpreadsheetTest.read(xlsx, "panel");
    assertThat(panel.get(0)).containsExactlyElementsOf(PanelTables.COLUMNS);
    assertThat(panel.stream().filter(r -> r.get(3).equals("gdp") && r.get(6).equals("target"))
        .map(r -> r.subList(0, 15))).containsExactly(
            List.of("zibo-2026-plan", "淄博市", new java.math.BigDecimal("2026"), "gdp", "地区生产总值",
                new java.math.BigDecimal("2026"), "target", "", "", "", "", new java.math.BigDecimal("5"),
                "at_least", "", ""),
            List.of("anji-2026-plan", "安吉县", new java.math.BigDecimal("2026"), "gdp", "地区生产总值",
                new java.math.BigDecimal("2026"), "target", "", "", "", "", "", "range",
                new java.math.BigDecimal("5.0"), new java.math.BigDecimal("5.5")),
            List.of("wuhu-2026-report", "芜湖市", new java.math.BigDecimal("2026"), "gdp", "地区生产总值",
                new java.math.BigDecimal("2026"), "target", "", "", "", "", "", "range",
                new java.math.BigDecimal("6"), new java.math.BigDecimal("6.5")));
    assertThat(SpreadsheetTest.read(xlsx, "attainment").get(0)).containsExactly("region", "concept", "year",
        "target", "actual", "status", "target_plan", "actual_plan");
  }

  @Test
  void escalationAgainstAReferencePlan(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("panel.xlsx");
    assertThat(DevplanCliTest.run(args("--xlsx", xlsx.toString(), "--reference",
        CORPUS.resolve("province-2026-plan-report.txt").toString())).code()).isZero();
    assertThat(SpreadsheetTest.read(xlsx, "escalation").stream()
        .filter(r -> r.get(1).equals("gdp")).map(r -> r.get(0) + " " + r.get(3) + " vs " + r.get(5) + ": "
            + ((java.math.BigDecimal) r.get(6)).toPlainString()))
        .containsExactly("淄博市 增长5%以上 vs 增长5%左右: 0", "安吉县 增长5.0%—5.5% vs 增长5%左右: 0.25",
            "芜湖市 增长6%-6.5% vs 增长5%左右: 1.25");
  }
}
