package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.devplan.model.Indicator;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;

class TrailingPipeRowsTest {
  private static final String TABLE = "类别 | 指标 | 单位 | 2025年完成 | 2026年目标 |\n"
      + "经济发展 | 地区生产总值增长 | % | 5.5 | 6左右 |\n"
      + " | 一般公共预算收入 | 亿元 | 420 | 430 |\n"
      + "民生福祉 | 城镇新增就业 | 万人 | 11 | 11以上 |\n";

  private static Lines lines(String text) {
    return new Lines(SourceText.of(text), Vocabulary.standard());
  }

  @Test
  void readsEachCellBeforeItsPipeAndKeepsTheEmptyCellOfAMergedCategory() {
    TableLayout.Found found = new TrailingPipeRows().recognise(lines(TABLE + "\n正文。\n"), 0).orElseThrow();
    assertThat(found.table().rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList())
        .containsExactly(List.of("类别", "指标", "单位", "2025年完成", "2026年目标"),
            List.of("经济发展", "地区生产总值增长", "%", "5.5", "6左右"),
            List.of("", "一般公共预算收入", "亿元", "420", "430"),
            List.of("民生福祉", "城镇新增就业", "万人", "11", "11以上"));
    assertThat(found.endLine()).isEqualTo(4);
  }

  @Test
  void skipsAMarkdownSeparatorRow() {
    String text = "指标名称 | 属性 | 全年目标 |\n--- | --- | --- |\n地区生产总值 | 预期性 | 增长5%左右 |\n";
    TableLayout.Found found = new TrailingPipeRows().recognise(lines(text), 0).orElseThrow();
    assertThat(found.table().rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList())
        .containsExactly(List.of("指标名称", "属性", "全年目标"), List.of("地区生产总值", "预期性", "增长5%左右"));
  }

  @Test
  void leavesATableWhoseFirstRowStartsWithAPipeToPipeRows() {
    Lines md = lines("| 指标 | 单位 | 2026年目标 |\n| 城乡居民收入比 |  | <1.55 |\n");
    assertThat(new TrailingPipeRows().recognise(md, 0)).isEmpty();
    assertThat(TableLayout.first(md, 0).map(f -> f.table().layout())).containsInstanceOf(PipeRows.class);
  }

  @Test
  void theImporterReadsTheIndicatorsWithTheirCategories() {
    Plan plan = Importer.importText(SourceText.of("某市2026年国民经济和社会发展计划\n\n一、主要目标\n\n表1　2026年主要指标\n"
        + TABLE + "\n二、重点工作\n\n推进改革。\n"), new Importer.Settings("pipes.txt", Optional.empty(), OptionalInt.empty(),
        OptionalInt.empty(), Optional.empty()));
    assertThat(plan.indicators().stream().map(TrailingPipeRowsTest::row).toList()).containsExactly(
        "地区生产总值增长 经济发展 % 2", "一般公共预算收入 经济发展 亿元 2", "城镇新增就业 民生福祉 万人 2");
  }

  private static String row(Indicator i) {
    return i.name() + " " + i.group().orElse("-") + " " + i.unit().symbol() + " " + i.observations().size();
  }
}
