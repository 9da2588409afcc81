package org.devplan.calc;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Unit;

/**
 * The seed plan (seeds/zibo-2026-plan.txt, 淄博市2026年国民经济和社会发展计划) built in code: all 28 rows of its
 * annex table, both years, cell by cell as printed (with the line and table row/cell each was read from), plus the
 * narrative figures that restate annex indicators (chapter 一 for 2025, chapter 二 and （十二） for 2026), each at
 * its line and column. No figure is invented; 2024 levels are not printed and are not made up.
 */
final class SeedAnnex {
  static final String DOC = "seeds/zibo-2026-plan.txt";

  private SeedAnnex() {}

  /** The 28 annex indicators with annex cells and narrative restatements. */
  static Plan plan() {
    return plan(true);
  }

  /** The plan; with {@code narrative} false, annex cells only. */
  static Plan plan(boolean narrative) {
    List<Indicator> list = new ArrayList<>();
    // row numbers count group and data rows (header rows not); cells: 1 name, 2 unit, 3/4 2025 level/growth,
    // 5/6 2026 level/growth; 七、绿色低碳 rows have merged year columns: cell 3 = 2025, cell 4 = 2026.
    String g1 = "地区生产总值";
    Ind gdp = row("gdp", "地区生产总值", "亿元", g1, 1, 79, "—", "5.6", "—", "5以上");
    if (narrative) {
      gdp.narrative(actual("gdp-2025-n", 2025, "5088.9", "5.6", "增长", 7, 32))
          .narrative(target("gdp-2026-n", 2026, null, "5%以上", "增长", 29, 23));
    }
    list.add(gdp.build());
    list.add(row("industry-va", "规模以上工业增加值", "亿元", g1, 2, 86, "—", "7.4", "—", "6.5").build());
    list.add(row("services-va", "服务业增加值", "亿元", g1, 3, 93, "—", "6.8", "—", "6").build());
    Ind fai = row("fixed-investment", "固定资产投资", "亿元", "固定资产投资", 4, 100, "—", "-12.6", "—", "止跌回稳");
    if (narrative) {
      fai.narrative(actual("fixed-investment-2025-n", 2025, null, "下降12.6%", "下降", 7, 166));
    }
    list.add(fai.build());
    list.add(row("retail-sales", "社会消费品零售总额", "亿元", "社会消费品零售总额", 5, 107, "—", "5.2", "—", "稳定增长")
        .build());
    String g4 = "外经外贸";
    list.add(row("fdi", "实际使用外资", "万美元", g4, 7, 117, "19652", "-45.8", "—", "固稳提质").build());
    list.add(row("trade", "进出口总额", "亿元", g4, 8, 124, "1010.8", "-3.7", "—", "固稳提质").build());
    String g5 = "科技创新";
    list.add(row("rnd-growth", "全社会研发经费投入增长", "%", g5, 10, 134, "6.97", "—", "7", "—").build());
    list.add(row("patents", "每万人高价值发明专利拥有量", "件", g5, 11, 141, "12.47", "—", "13.2", "—").build());
    String g6 = "财政金融";
    Ind revenue = row("revenue", "一般公共预算收入", "亿元", g6, 13, 151, "419.73", "2.01", "428.12", "2以上");
    Ind spending = row("spending", "一般公共预算支出", "亿元", g6, 14, 158, "583.28", "0.99", "592.03", "1.5");
    Ind deposits = row("deposits", "金融机构存款余额", "亿元", g6, 15, 165, "8969.75", "7.63", "9687", "8");
    Ind loans = row("loans", "金融机构贷款余额", "亿元", g6, 16, 172, "6037.44", "5.71", "6520", "8");
    if (narrative) {
      revenue.narrative(actual("revenue-2025-n", 2025, "419.73", "2.01", "增长", 7, 432))
          .narrative(target("revenue-2026-n", 2026, null, "2%以上", "增长", 29, 53));
      spending.narrative(actual("spending-2025-n", 2025, "583.28", "0.99", "增长", 7, 459));
      loans.narrative(actual("loans-2025-n", 2025, "6037.44", "5.71", "增长", 7, 485));
      deposits.narrative(actual("deposits-2025-n", 2025, "8969.75", "7.63", "增长", 7, 512));
    }
    list.add(revenue.build());
    list.add(spending.build());
    list.add(deposits.build());
    list.add(loans.build());
    String g7 = "绿色低碳";
    list.add(merged("co2-intensity", "单位地区生产总值二氧化碳排放降低", "%", g7, 18, 182, ">20.5").build());
    list.add(merged("non-fossil-share", "非化石能源占能源消费总量比重", "%", g7, 19, 187, "9.5").build());
    list.add(merged("vocs", "VOCs削减量", "吨", g7, 20, 192, "—").build());
    list.add(merged("cod", "COD排放削减量", "吨", g7, 21, 197, "—").build());
    Ind air = merged("good-air-days", "空气质量优良天数", "天", g7, 22, 202, "278");
    if (narrative) {
      air.narrative(actual("good-air-days-2025-n", 2025, "278天", null, null, 17, 77));
    }
    list.add(air.build());
    list.add(merged("pm25", "细颗粒物浓度", "微克/立方米", g7, 23, 207, "35").build());
    list.add(merged("good-water-share", "优良水体比例", "%", g7, 24, 212, "9.5").build());
    list.add(merged("forest", "森林覆盖率", "%", g7, 25, 217, "31.32").build());
    String g8 = "就业和人民生活";
    Ind jobs = row("urban-new-jobs", "城镇新增就业人数", "万人", g8, 27, 225, "5.53", "—", "5.5以上", "—");
    Ind unemployment = row("urban-unemployment", "城镇调查失业率", "%", g8, 28, 232, "5.3", "—", "5.5左右", "—");
    if (narrative) {
      jobs.alias("新增城镇就业").alias("城镇新增就业")
          .narrative(actual("urban-new-jobs-2025-n", 2025, "6.01万人", null, null, 21, 115))
          .narrative(target("urban-new-jobs-2026-n", 2026, "5.5万人以上", null, null, 29, 97))
          .narrative(target("urban-new-jobs-2026-n2", 2026, "5.5万人以上", null, "实现", 55, 78));
      unemployment
          .narrative(target("urban-unemployment-2026-n", 2026, "5.5%左右", null, "控制在", 29, 84))
          .narrative(target("urban-unemployment-2026-n2", 2026, "5.5%左右", null, "控制在", 55, 96));
    }
    list.add(jobs.build());
    list.add(unemployment.build());
    list.add(row("income", "居民人均可支配收入", "元", g8, 29, 239, "52062", "4.9", "—", "与经济增长同步").build());
    list.add(row("doctors", "每千人口拥有执业医师数", "人", g8, 30, 248, "4.58", "—", "4.6", "—").build());
    list.add(row("nurses", "每千人口拥有注册护士数", "人", g8, 31, 255, "4.58", "—", "4.58", "—").build());
    list.add(row("nursing-beds", "养老机构护理型床位占比", "%", g8, 32, 262, "—", "—", "75", "—").build());
    list.add(row("childcare", "1—3岁婴幼儿入托率", "%", g8, 33, 269, "10.8", "—", "13", "—").build());
    return new Plan.Builder().id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
        .region(new Region.Builder().name("淄博市").code("370300").level(Region.Level.PREFECTURE).build())
        .planYear(2026).source(Source.of("淄博市2026年国民经济和社会发展计划")).indicators(list).build();
  }

  /** A six-cell row: 2025 level and growth at {@code line} and {@code line + 1}, 2026 at {@code line + 2, + 3}. */
  private static Ind row(String code, String name, String unit, String group, int row, int line, String l25,
      String g25, String l26, String g26) {
    Ind i = new Ind(code, name, unit, group);
    i.b.addObservation(new Observation.Builder().id(code + "-2025").kind(Observation.Kind.ACTUAL)
        .period(Period.year(2025)).level(Bound.parse(l25)).growth(Bound.parse(g25))
        .provenance(cell(line, row, 3)).build());
    i.b.addObservation(new Observation.Builder().id(code + "-2026").kind(Observation.Kind.TARGET)
        .period(Period.year(2026)).level(Bound.parse(l26)).growth(Bound.parse(g26))
        .provenance(cell(line + 2, row, 5)).build());
    return i;
  }

  /** A four-cell row of 七、绿色低碳: one 2025 cell at {@code line}, one 2026 cell (完成省下达目标) after it. */
  private static Ind merged(String code, String name, String unit, String group, int row, int line, String l25) {
    Ind i = new Ind(code, name, unit, group);
    i.b.addObservation(new Observation.Builder().id(code + "-2025").kind(Observation.Kind.ACTUAL)
        .period(Period.year(2025)).level(Bound.parse(l25)).provenance(cell(line, row, 3)).build());
    i.b.addObservation(new Observation.Builder().id(code + "-2026").kind(Observation.Kind.TARGET)
        .period(Period.year(2026)).level(Bound.parse("完成省下达目标")).provenance(cell(line + 1, row, 4)).build());
    return i;
  }

  static Provenance cell(int line, int row, int cell) {
    return Provenance.table(DOC, Position.of(line, 2), row, cell);
  }

  private static Observation actual(String id, int year, String level, String growth, String verb, int line,
      int column) {
    return narrative(id, Observation.Kind.ACTUAL, year, level, growth, verb, line, column);
  }

  private static Observation target(String id, int year, String level, String growth, String verb, int line,
      int column) {
    return narrative(id, Observation.Kind.TARGET, year, level, growth, verb, line, column);
  }

  private static Observation narrative(String id, Observation.Kind kind, int year, String level, String growth,
      String verb, int line, int column) {
    Observation.Builder b = new Observation.Builder().id(id).kind(kind).period(Period.year(year))
        .provenance(Provenance.narrative(DOC, Position.of(line, column)));
    if (level != null) {
      b.level(Bound.parse(level));
    }
    if (growth != null) {
      b.growth(Bound.parse(growth));
    }
    if (verb != null) {
      b.verb(verb);
    }
    return b.build();
  }

  /** An indicator under construction. */
  static final class Ind {
    final Indicator.Builder b = new Indicator.Builder();

    Ind(String code, String name, String unit, String group) {
      b.code(code).name(name).unit(Unit.of(unit)).group(group);
    }

    Ind narrative(Observation o) {
      b.addObservation(o);
      return this;
    }

    Ind alias(String a) {
      b.addAlias(a);
      return this;
    }

    Indicator build() {
      return b.build();
    }
  }
}
