package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Span;

/** Arbitrary input either imports, with spans that give the text back, or fails with a positioned error. */
class PlanTextProperties {
  private static final List<String> FRAGMENTS = List.of("淄博市2026年国民经济和社会发展计划", "\n", "\r\n", "\r", "\n\n",
      "\t", "　　", " ", "一、2025年计划执行情况", "二、2026年主要目标", "（一）经济运行稳中有进。", "(二)", "一是", "二是",
      "1.", "1、", "（1）", "①", "第一章　", "第三部分", "附件：", "附表", "注：", "表1　", "指标名称\t单位\t2026年目标",
      "| 指标 | 单位 | 2025年完成 |", "| --- | --- |", "\t指标名称", "\t—", "\t5以上", "地区生产总值", "增长", "下降",
      "5088.9亿元", "５.６％", "3.4万余个", "400余场", "控制在5.5%左右", "6%-6.5%", "4.5%至5%", "分别", "均", "、",
      "，", "。", "；", "：", "力争", "在实际工作中努力争取更好结果", "与经济增长同步", "止跌回稳", "“十五五”时期", "年均",
      "累计", "到2030年", "5G", "第15名", "“齐剑2025”", "10亿元以上项目", "3岁以下", "〔13.5〕", "6.2*", ">20.5",
      "<5.5", "1,234", "0.31个、0.36个百分点", "\u200B", "\uFEFF", "\u00A0", "……12", "——", "等", "的", "占", "比重",
      "12345678901234567890", "-", "—", "个", "%", "万", "亿", "元");

  @Property(tries = 200)
  void randomUnicodeImportsOrFailsWithAPosition(@ForAll @StringLength(max = 300) String text) {
    check(text);
  }

  @Property(tries = 250)
  void mixesOfPlanFragmentsImportOrFailWithAPosition(@ForAll("mixes") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> mixes() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Group
  class WithOptions {
    @Property(tries = 150)
    void importsWhenTheCallerGivesTheYearUnlessThereIsNoPlanContent(@ForAll("mixes") String text) {
      PlanText.Result r;
      try {
        r = PlanText.parser(PlanText.Options.defaults().withPlanYear(2026)).reporting().parseChars(text);
      } catch (PlanFormatException e) {
        assertThat(e.getMessage()).isEqualTo("<text>:1:1: no plan content: found no heading (such as 一、 or 第一章) "
            + "and no figure in the text");
        return;
      }
      assertThat(joined(r)).isEqualTo(r.text());
      assertThat(r.plan().chapters().size() + r.plan().allObservations().count()).isPositive();
    }

    @Provide
    Arbitrary<String> mixes() {
      return PlanTextProperties.this.mixes();
    }
  }

  private static void check(String text) {
    try {
      PlanText.Result r = PlanText.parser().reporting().parseChars(text);
      assertThat(joined(r)).isEqualTo(r.text());
    } catch (PlanFormatException e) {
      assertThat(e.source()).isEqualTo("<text>");
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).startsWith("<text>:" + e.line() + ":" + e.column() + ": ");
    }
  }

  private static String joined(PlanText.Result r) {
    return r.plan().spans().stream().map(Span::text).collect(Collectors.joining());
  }
}
