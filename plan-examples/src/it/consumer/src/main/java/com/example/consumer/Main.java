package com.example.consumer;

import org.devplan.calc.CalcContext;
import org.devplan.calc.Rate;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Indicator;
import org.devplan.model.Plan;
import org.devplan.model.Quantity;
import tools.jackson.databind.json.JsonMapper;

/** Imports a small plan text, computes with it and round-trips it through JSON, as a user's program would. */
public final class Main {
  private static final String TEXT = String.join("\n",
      "某市2026年国民经济和社会发展计划",
      "",
      "一、2025年国民经济和社会发展计划执行情况",
      "",
      "（一）经济运行稳中有进。全市地区生产总值实现5088.9亿元，同比增长5.6%。一般公共预算收入完成419.73亿元，同比增长2.01%。",
      "",
      "二、2026年经济社会发展总体要求和主要目标",
      "",
      "全市经济社会发展预期目标建议为：地区生产总值增长5%以上；一般公共预算收入增长2%以上。",
      "");

  private Main() {}

  public static void main(String[] args) {
    String path = args.length > 0 ? args[0] : "?";
    Plan plan = PlanText.parser().parseChars(TEXT);
    check(plan.planYear() == 2026, "plan year " + plan.planYear());
    Indicator revenue = plan.indicatorByName("一般公共预算收入").orElseThrow(() -> new AssertionError("no revenue"));
    Quantity implied = Quantity.of(CalcContext.defaults().calc().grow(Quantity.parse("419.73亿元"),
        Rate.percent("2")).value(), revenue.unit());
    check(implied.amount().compareTo(new java.math.BigDecimal("428.12")) == 0, "implied " + implied);
    Plan back = PlanJson.codec().parseChars(PlanJson.codec().formatToString(plan));
    check(back.equals(plan), "JSON round trip");
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    check(discovered.readValue(discovered.writeValueAsString(plan), Plan.class).equals(plan),
        "the Jackson module found through the service loader");
    check(PlanCsv.tidy().parseChars(PlanCsv.tidy().formatToString(TidyTable.of(plan))).rows().size()
        == plan.allObservations().count(), "tidy CSV rows");
    System.out.println("devplan consumer on the " + path + ": " + plan.indicators().size() + " indicators, revenue "
        + revenue.observations().size() + " figures, implied 2026 revenue " + implied + ": ok");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("devplan consumer check failed: " + what);
    }
  }
}
