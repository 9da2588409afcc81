package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {
  @Test
  void readsEachSegmentInItsChaptersContext() {
    SourceText src = SourceText.of("某市2026年计划\n\n一、2025年工作回顾\n\n投资增长6%。\n\n二、2026年主要目标\n\n"
        + "地区生产总值增长5%左右。\n");
    assertThat(read(src, (r, o) -> r.name() + " " + o.kind() + " " + o.period() + " "
        + o.growth().map(Bound::text).orElse("-") + " " + r.section().path + " " + o.provenance().orElseThrow().start()
        .line())).containsExactly("投资 ACTUAL " + Period.year(2025) + " 增长6% 1 5",
            "地区生产总值 TARGET " + Period.year(2026) + " 增长5%左右 2 9");
  }

  @Test
  void datesAChaptersFiguresByTheFiveYearPeriodItsHeadingNames() {
    SourceText src = SourceText.of("某省政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n地区生产总值从4万亿元增长到5.5万亿元，"
        + "年均增长5.8%。\n\n二、“十五五”时期主要目标任务\n\n常住人口城镇化率达到65%左右，研发经费投入年均增长8%。\n\n"
        + "三、“十四五”时期发展成就和“十五五”时期主要目标\n\n森林覆盖率达到45%。\n\n四、2026年重点工作\n\n"
        + "地区生产总值增长5%左右。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
            "地区生产总值 ACTUAL " + Period.year(2020) + " 4万亿元",
            "地区生产总值 ACTUAL " + Period.year(2025) + " 5.5万亿元",
            "地区生产总值 ACTUAL " + Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE) + " 增长5.8%",
            "常住人口城镇化率 TARGET " + Period.year(2030) + " 65%左右",
            "研发经费投入 TARGET " + Period.of(2026, 2030, Period.Aggregation.ANNUAL_AVERAGE) + " 增长8%",
            "森林覆盖率 ACTUAL " + Period.year(2025) + " 45%",
            "地区生产总值 TARGET " + Period.year(2026) + " 增长5%左右");
  }

  @Test
  void aHeadingThatNamesAPeriodAheadWithItsAimsDatesItsFiguresByIt() {
    SourceText src = SourceText.of("某省政府工作报告\n\n二、“十五五”主要目标任务\n\n常住人口城镇化率提升至67%左右。\n\n"
        + "三、十五五发展目标\n\n人均预期寿命再提高1.5岁。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
            "常住人口城镇化率 TARGET " + Period.year(2030) + " 67%左右",
            "人均预期寿命 TARGET " + Period.year(2030) + " 提高1.5岁");
  }

  @Test
  void anAverageOverNoYearsNamedIsOverTheFiveYearPlanOfItsYear() {
    SourceText src = SourceText.of("某市2026年计划\n\n一、2025年工作回顾\n\n快递业务量年均增长21%。\n\n二、2026年主要目标\n\n"
        + "地区生产总值年均增长5%左右，细颗粒物年均浓度控制在29微克/立方米左右。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
            "快递业务量 ACTUAL " + Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE) + " 增长21%",
            "地区生产总值 TARGET " + Period.of(2026, 2030, Period.Aggregation.ANNUAL_AVERAGE) + " 增长5%左右",
            "细颗粒物年均浓度 TARGET " + Period.year(2026) + " 控制在29微克/立方米左右");
  }

  @Test
  void theOutlineDraftsFiguresAreThePlanPeriodsInAChapterOfBothPeriods() {
    SourceText src = SourceText.of("某市2026年政府工作报告\n\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n"
        + "森林覆盖率达到44%。\n\n《纲要草案》设置了主要指标，包括：森林覆盖率达到46%，居民收入年均增速5%。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
            "森林覆盖率 ACTUAL " + Period.year(2025) + " 44%",
            "森林覆盖率 TARGET " + Period.year(2030) + " 46%",
            "居民收入 TARGET " + Period.of(2026, 2030, Period.Aggregation.ANNUAL_AVERAGE) + " 5%");
  }

  @Test
  void aHeadingThatNamesAPeriodAsAThingOrBesidesAYearDatesNothing() {
    SourceText src = SourceText.of("某省政府工作报告\n\n一、全力推动“十五五”开好局\n\n地区生产总值增长5%左右。\n\n"
        + "二、“十五五”时期目标任务和2026年工作安排\n\n居民消费价格涨幅2%左右。\n");
    assertThat(read(src, (r, o) -> r.name() + " " + o.kind() + " " + o.period())).containsExactly("地区生产总值 TARGET " + Period.year(2026),
            "居民消费价格 TARGET " + Period.year(2026));
  }

  /** A reading as its name, kind, period and the wording of its level, else of its growth. */
  @Test
  void outsideEveryChapterTheYearAParagraphOpensWithDatesTheParagraphsAfterIt() {
    SourceText src = SourceText.of("关于某省2025年计划执行情况与2026年计划草案的报告\n\n2025年，全省地区生产总值增长4.5%。\n\n"
        + "投资关键作用有效发挥。固定资产投资增长2.5%。\n\n今年，全省地区生产总值增长5%左右。\n\n投资增长3%。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
        "地区生产总值 ACTUAL " + Period.year(2025) + " 增长4.5%",
        "固定资产投资 ACTUAL " + Period.year(2025) + " 增长2.5%",
        "地区生产总值 TARGET " + Period.year(2026) + " 增长5%左右",
        "投资 TARGET " + Period.year(2026) + " 增长3%");
  }

  @Test
  void inAChapterAParagraphIsDatedByTheChapterNotByTheYearAnEarlierOneOpensWith() {
    SourceText src = SourceText.of("某市2026年计划\n\n二、2026年主要目标\n\n2025年，全市地区生产总值增长4.5%。\n\n"
        + "固定资产投资增长2.5%。\n");
    assertThat(read(src, NarrativeReaderTest::dated)).containsExactly(
        "地区生产总值 ACTUAL " + Period.year(2025) + " 增长4.5%",
        "固定资产投资 TARGET " + Period.year(2026) + " 增长2.5%");
  }

  private static String dated(Linker.Reading r, Observation o) {
    return r.name() + " " + o.kind() + " " + o.period() + " " + o.level().or(o::growth).map(Bound::text).orElse("-");
  }

  /** The readings of a plan of 2026 reporting on 2025, each described with its observation. */
  private static List<String> read(SourceText src, BiFunction<Linker.Reading, Observation, String> describe) {
    return NarrativeReader.read(src, Vocabulary.standard(), "t.txt", OutlineReaderTest.outline(src).segments(), 2026,
        2025, false, Observation.Kind.TARGET).stream().map(r -> describe.apply(r, r.observation().id("x").build())).toList();
  }
}
