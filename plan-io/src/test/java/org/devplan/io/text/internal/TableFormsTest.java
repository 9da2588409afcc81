package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.junit.jupiter.api.Test;

/** Indicator tables of each kind and rendering form, imported whole: every row's name, group, unit and figures. */
class TableFormsTest {
  private static final String REPORT = "关于东阳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n"
      + "一、2025年计划执行情况\n\n全市经济运行总体平稳。\n\n";
  private static final String AFTER = "\n二、2026年工作安排\n\n推进改革开放。\n";

  /** Each table indicator as {@code name [group] unit: kind period level/growth; …}. */
  private static List<String> indicators(String head, String table) {
    return Importer.importText(head + table + AFTER, new Importer.Settings("forms.txt", Optional.empty(),
        OptionalInt.empty(), OptionalInt.empty(), Optional.empty())).indicators().stream()
        .map(TableFormsTest::describe).toList();
  }

  private static String describe(Indicator i) {
    return i.name() + " [" + i.group().orElse("-") + "] " + i.unit().symbol() + ": " + i.observations().stream()
        .map(o -> o.kind() + " " + o.period() + " " + text(o.level()) + "/" + text(o.growth()))
        .collect(Collectors.joining("; "));
  }

  private static String text(Optional<Bound> b) {
    return b.map(Bound::text).orElse("-");
  }

  @Test
  void skipsTheSeparatorRowOfTrailingPipes() {
    String table = "表一　2025年主要指标完成情况\n指标名称 | 属性 | 全年目标 | 全年完成 |\n--- | --- | --- | --- |\n"
        + "地区生产总值 | 预期性 | 增长5%左右 | 增长5.4% |\n单位GDP能耗降低 | 约束性 | 完成省下达目标 | 完成 |\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "地区生产总值 [-] 倍: TARGET 2025 -/增长5%左右; ACTUAL 2025 -/增长5.4%",
        "单位GDP能耗降低 [-] 倍: TARGET 2025 完成省下达目标/-; ACTUAL 2025 完成/-");
  }
}
