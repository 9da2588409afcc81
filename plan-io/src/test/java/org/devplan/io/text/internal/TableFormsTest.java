package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Indicator tables of each kind and rendering form, imported whole: every row's name, group, unit and figures. */
class TableFormsTest {
  private static final String REPORT = "关于东阳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n"
      + "一、2025年计划执行情况\n\n全市经济运行总体平稳。\n\n";
  private static final String OUTLINE = "东阳市国民经济和社会发展第十五个五年规划纲要\n\n第一章　发展基础\n\n"
      + "全市经济运行总体平稳。\n\n";
  private static final String AFTER = "\n二、2026年工作安排\n\n推进改革开放。\n";

  /** Each indicator of {@code head}, {@code table} and a chapter after it, as {@code name [group] unit: kind period level/growth; …}. */
  private static List<String> indicators(String head, String table) {
    return imported(head + table + AFTER);
  }

  /** Every indicator of {@code document}, described so. */
  private static List<String> imported(String document) {
    return Importer.importText(SourceText.of(document), new Importer.Settings("forms.txt", Optional.empty(),
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

  @Nested
  class PipesWithoutOuterPipes {
    @Test
    void readsACompletionTableWithASeparatorRow() {
      String table = "表一　2025年主要指标完成情况\n指标名称 | 属性 | 全年目标 | 全年完成\n--- | --- | --- | ---\n"
          + "地区生产总值 | 预期性 | 增长5%左右 | 增长5.4%\n城镇调查失业率 | 预期性 | 5.5%以内 | 5.1%\n";
      assertThat(indicators(REPORT, table)).containsExactly(
          "地区生产总值 [-] 倍: TARGET 2025 -/增长5%左右; ACTUAL 2025 -/增长5.4%",
          "城镇调查失业率 [-] 倍: TARGET 2025 5.5%以内/-; ACTUAL 2025 5.1%/-");
    }

    @Test
    void readsAnOutlineTableWithMergedCategories() {
      String table = "专栏1　“十五五”时期经济社会发展主要指标\n类别 | 指标 | 2025年 | 2030年 | 年均/累计 | 属性\n"
          + "经济发展 | 1.地区生产总值增长（%） | 6.1 | — | 5左右 | 预期性\n"
          + " | 2.全员劳动生产率增长（%） | 5.8 | — | >6 | 预期性\n"
          + "安全保障 | 3.粮食综合生产能力（万吨） | 52 | >52 | — | 约束性\n";
      assertThat(indicators(OUTLINE, table)).containsExactly(
          "地区生产总值增长 [经济发展] %: ACTUAL 2025 6.1/-; TARGET 2026—2030 annual_average 5左右/-",
          "全员劳动生产率增长 [经济发展] %: ACTUAL 2025 5.8/-; TARGET 2026—2030 annual_average >6/-",
          "粮食综合生产能力 [安全保障] 万吨: ACTUAL 2025 52/-; TARGET 2030 >52/-");
    }
  }

  @Test
  void skipsTheSeparatorRowOfTrailingPipes() {
    String table = "表一　2025年主要指标完成情况\n指标名称 | 属性 | 全年目标 | 全年完成 |\n--- | --- | --- | --- |\n"
        + "地区生产总值 | 预期性 | 增长5%左右 | 增长5.4% |\n单位GDP能耗降低 | 约束性 | 完成省下达目标 | 完成 |\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "地区生产总值 [-] 倍: TARGET 2025 -/增长5%左右; ACTUAL 2025 -/增长5.4%",
        "单位GDP能耗降低 [-] 倍: TARGET 2025 完成省下达目标/-; ACTUAL 2025 完成/-");
  }

  @Test
  void keepsTheNameAndUnitColumnsOfATwoRowHeaderWhoseSecondRowRepeatsTheGrid() {
    String table = "附件　2026年主要指标\n| 指标名称 | 单位 | 2025年完成 | | 2026年预期 | |\n|---|---|---|---|---|---|\n"
        + "| | | 绝对值 | 增长% | 绝对值 | 增长% |\n| 一、地区生产总值 | 亿元 | 2310.5 | 5.6 | — | 5.5左右 |\n"
        + "| 1.规上工业增加值 | 亿元 | — | 7.1 | — | 6.5以上 |\n| 二、外经外贸 | | | | | |\n"
        + "| 2.进出口总额 | 亿元 | 812.3 | -2.4 | — | 止跌回稳 |\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "地区生产总值 [地区生产总值] 亿元: ACTUAL 2025 2310.5/5.6; TARGET 2026 -/5.5左右",
        "规上工业增加值 [地区生产总值] 亿元: ACTUAL 2025 -/7.1; TARGET 2026 -/6.5以上",
        "进出口总额 [外经外贸] 亿元: ACTUAL 2025 812.3/-2.4; TARGET 2026 -/止跌回稳");
  }

  @Test
  void readsLetterSpacedHeadersAndNames() {
    String table = "表3　2025年主要农产品产量\n指  标\t单  位\t2025年完成\n粮  食\t万吨\t612.5\n鲜　菜\t万吨\t230.1\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "粮食 [-] 万吨: ACTUAL 2025 612.5/-", "鲜菜 [-] 万吨: ACTUAL 2025 230.1/-");
  }

  @Test
  void datesTheLevelAndGrowthColumnsOfABulletinTableByItsCaption() {
    String table = "表3　2024年主要农产品产量\n指标\t单位\t绝对数\t比上年增长（%）\n粮食\t万吨\t612.5\t1.2\n"
        + "鲜菜\t万吨\t230.1\t-3.4\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "粮食 [-] 万吨: ACTUAL 2024 612.5/1.2", "鲜菜 [-] 万吨: ACTUAL 2024 230.1/-3.4");
  }

  @Test
  void takesTheLevelOfAnActualFigureFromTheRemark() {
    String table = "表1　2025年主要经济指标完成情况\n| 指标名称 | 预期目标 | 实际完成 | 备注 |\n| --- | --- | --- | --- |\n"
        + "| 一、综合发展 | | | |\n| 1.地区生产总值 | 增长6.5%左右 | 增长4.8% | 1347.1亿元 |\n"
        + "| 2.城镇新增就业 | 2万人 | 2.3万人 | 超额完成 |\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "地区生产总值 [综合发展] 亿元: TARGET 2025 -/增长6.5%左右; ACTUAL 2025 1347.1亿元/增长4.8%",
        "城镇新增就业 [综合发展] 倍: TARGET 2025 2万人/-; ACTUAL 2025 2.3万人/-");
  }

  @Test
  void readsTheSentencesOfATaskListAsTheChaptersTargets() {
    String table = "附件　2026年主要工作任务分解表\n| 序号 | 主要工作任务 | 责任单位 |\n| --- | --- | --- |\n"
        + "| 1 | 地区生产总值增长6%左右。 | 市发改委* |\n| 2 | 城镇新增就业11万人，调查失业率控制在5%以内。 | 市人力社保局* |\n";
    assertThat(imported(REPORT + "二、2026年主要任务\n\n" + table + "\n三、保障措施\n\n加强组织领导。\n")).containsExactly(
        "地区生产总值 [-] —: TARGET 2026 -/增长6%左右", "城镇新增就业 [-] 万人: TARGET 2026 11万人/-",
        "调查失业率 [-] %: TARGET 2026 控制在5%以内/-");
  }

  @Test
  void readsNumberedRowsWrittenOneCellPerLine() {
    String table = "表1　2026年主要预期目标\n\n序号\n\n指标名称\n\n单位\n\n2025年完成\n\n2026年目标\n\n1\n\n地区生产总值增长\n\n"
        + "%\n\n5.6\n\n5.5左右\n\n2\n\n城镇新增就业\n\n万人\n\n11.2\n\n11以上\n";
    assertThat(indicators(REPORT, table)).containsExactly(
        "地区生产总值增长 [-] %: ACTUAL 2025 5.6/-; TARGET 2026 5.5左右/-",
        "城镇新增就业 [-] 万人: ACTUAL 2025 11.2/-; TARGET 2026 11以上/-");
  }
}
