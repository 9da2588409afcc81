package org.devplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.text.PlanText;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --xlsx files, read back with a spreadsheet reader (FastExcel's): typed cells, frozen header, widths. */
class SpreadsheetTest {
  static final Path SEED = Path.of("../seeds/zibo-2026-plan.txt");

  /** Each row of sheet {@code name} as cells: a BigDecimal for a number cell, a String for a text cell. */
  static List<List<Object>> read(Path xlsx, String name) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      org.dhatim.fastexcel.reader.Sheet sheet = wb.findSheet(name).orElseThrow();
      List<List<Object>> rows = new ArrayList<>();
      for (Row r : sheet.read()) {
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
          Cell cell = r.getCell(c);
          cells.add(cell == null || cell.getType() == CellType.EMPTY ? ""
              : cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  /** A CSV as PlanCsv writes it, the figures of {@code numeric} columns as BigDecimal. */
  static List<List<Object>> expected(String text, java.util.function.Predicate<String> numeric) {
    List<List<Object>> rows = new ArrayList<>();
    List<List<String>> csv = Sheet.parseCsv(text);
    List<String> header = csv.get(0);
    for (List<String> line : csv) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < line.size(); c++) {
        String v = line.get(c);
        boolean number = line != header && numeric.test(header.get(c)) && v.matches("-?[0-9]+(\\.[0-9]+)?");
        row.add(number ? new BigDecimal(v) : v);
      }
      while (!row.isEmpty() && row.get(row.size() - 1).equals("")) {
        row.remove(row.size() - 1);
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<Object>> trimmed(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> r : rows) {
      List<Object> row = new ArrayList<>(r);
      while (!row.isEmpty() && row.get(row.size() - 1).equals("")) {
        row.remove(row.size() - 1);
      }
      out.add(row);
    }
    return out;
  }

  @Test
  void importWritesTheTidyTableWithNumbersAsNumbers(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("zibo.xlsx");
    assertThat(DevplanCliTest.run("import", SEED.toString(), "--xlsx", xlsx.toString()).code()).isZero();
    Plan plan = PlanText.parser().parseFile(SEED);
    assertThat(trimmed(read(xlsx, "tidy"))).isEqualTo(expected(PlanCsv.tidy().formatToString(TidyTable.of(plan)), TidyTable.NUMERIC::contains));
    List<List<Object>> annex = trimmed(read(xlsx, "annex"));
    assertThat(annex).isEqualTo(expected(PlanCsv.annex().formatToString(AnnexTable.of(plan)),
        c -> c.contains("·")));
    assertThat(annex.stream().filter(r -> r.size() > 1 && r.get(1).equals("一般公共预算收入")).findFirst().orElseThrow())
        .containsExactly("财政金融", "一般公共预算收入", "亿元", new BigDecimal("419.73"), new BigDecimal("2.01"),
            new BigDecimal("428.12"), "2以上");
  }

  @Test
  void formulaLikeTextStaysText(@TempDir Path dir) throws IOException {
    Indicator risky = new Indicator.Builder().code("risky").name("=HYPERLINK(\"http://x\",\"y\")")
        .unit(Unit.of("亿元")).addObservation(Observation.actual("r1", 2025, Bound.parse("12.6"), Bound.absent()))
        .build();
    Plan plan = new Plan.Builder().id("risky").title("risky").kind(Plan.Kind.ANNUAL_PLAN)
        .region(org.devplan.model.Region.of("某市")).planYear(2026).source(org.devplan.model.Source.of("risky"))
        .addIndicator(risky).build();
    Path xlsx = dir.resolve("risky.xlsx");
    PlanSheets.writeXlsx(plan, xlsx);
    assertThat(read(xlsx, "tidy").get(1).subList(4, 8))
        .containsExactly("risky", "=HYPERLINK(\"http://x\",\"y\")", "", "亿元");
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(sheet).doesNotContain("<f>").contains("ySplit=\"1\"").contains("state=\"frozen\"")
          .contains("customWidth=\"true\"");
    }
  }
}
