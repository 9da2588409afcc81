package org.devplan.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The seed plan's annex table (淄博市2026年国民经济和社会发展计划, 附件 "2026年国民经济和社会发展主要预期目标"),
 * all 28 rows with both years' cells exactly as printed, built into indicators with the model's own grammar.
 * Rows of the 绿色低碳 group print one merged cell per year, which reads as the year's level.
 */
final class SeedAnnex {
  private SeedAnnex() {}

  record Row(String group, String label, String unit, List<String> actual2025, List<String> target2026) {}

  static final ImmutableList<Row> ROWS = ImmutableList.of(
      row("一、地区生产总值", "一、地区生产总值", "亿元", cells("—", "5.6"), cells("—", "5以上")),
      row("一、地区生产总值", "规模以上工业增加值", "亿元", cells("—", "7.4"), cells("—", "6.5")),
      row("一、地区生产总值", "服务业增加值", "亿元", cells("—", "6.8"), cells("—", "6")),
      row("二、固定资产投资", "二、固定资产投资", "亿元", cells("—", "-12.6"), cells("—", "止跌回稳")),
      row("三、社会消费品零售总额", "三、社会消费品零售总额", "亿元", cells("—", "5.2"), cells("—", "稳定增长")),
      row("四、外经外贸", "实际使用外资", "万美元", cells("19652", "-45.8"), cells("—", "固稳提质")),
      row("四、外经外贸", "进出口总额", "亿元", cells("1010.8", "-3.7"), cells("—", "固稳提质")),
      row("五、科技创新", "全社会研发经费投入增长", "%", cells("6.97", "—"), cells("7", "—")),
      row("五、科技创新", "每万人高价值发明专利拥有量", "件", cells("12.47", "—"), cells("13.2", "—")),
      row("六、财政金融", "一般公共预算收入", "亿元", cells("419.73", "2.01"), cells("428.12", "2以上")),
      row("六、财政金融", "一般公共预算支出", "亿元", cells("583.28", "0.99"), cells("592.03", "1.5")),
      row("六、财政金融", "金融机构存款余额", "亿元", cells("8969.75", "7.63"), cells("9687", "8")),
      row("六、财政金融", "金融机构贷款余额", "亿元", cells("6037.44", "5.71"), cells("6520", "8")),
      row("七、绿色低碳", "单位地区生产总值二氧化碳排放降低", "%", cells(">20.5"), cells("完成省下达目标")),
      row("七、绿色低碳", "非化石能源占能源消费总量比重", "%", cells("9.5"), cells("完成省下达目标")),
      row("七、绿色低碳", "VOCs削减量", "吨", cells("—"), cells("完成省下达目标")),
      row("七、绿色低碳", "COD排放削减量", "吨", cells("—"), cells("完成省下达目标")),
      row("七、绿色低碳", "空气质量优良天数", "天", cells("278"), cells("完成省下达目标")),
      row("七、绿色低碳", "细颗粒物浓度", "微克/立方米", cells("35"), cells("完成省下达目标")),
      row("七、绿色低碳", "优良水体比例", "%", cells("9.5"), cells("完成省下达目标")),
      row("七、绿色低碳", "森林覆盖率", "%", cells("31.32"), cells("完成省下达目标")),
      row("八、就业和人民生活", "城镇新增就业人数", "万人", cells("5.53", "—"), cells("5.5以上", "—")),
      row("八、就业和人民生活", "城镇调查失业率", "%", cells("5.3", "—"), cells("5.5左右", "—")),
      row("八、就业和人民生活", "居民人均可支配收入", "元", cells("52062", "4.9"), cells("—", "与经济增长同步")),
      row("八、就业和人民生活", "每千人口拥有执业医师数", "人", cells("4.58", "—"), cells("4.6", "—")),
      row("八、就业和人民生活", "每千人口拥有注册护士数", "人", cells("4.58", "—"), cells("4.58", "—")),
      row("八、就业和人民生活", "养老机构护理型床位占比", "%", cells("—", "—"), cells("75", "—")),
      row("八、就业和人民生活", "1—3岁婴幼儿入托率", "%", cells("10.8", "—"), cells("13", "—")));

  private static Row row(String group, String label, String unit, List<String> actual, List<String> target) {
    return new Row(group, label, unit, actual, target);
  }

  private static List<String> cells(String... cells) {
    return List.of(cells);
  }

  /** Strips a group numbering such as {@code 一、} from a label. */
  static String withoutNumbering(String label) {
    int comma = label.indexOf('、');
    return comma > 0 && label.substring(0, comma).codePoints().allMatch(cp -> "一二三四五六七八九十".indexOf(cp) >= 0)
        ? label.substring(comma + 1) : label;
  }

  static Indicator indicator(int index, Row row) {
    return new Indicator.Builder()
        .code("annex-" + (index + 1))
        .name(withoutNumbering(row.label()))
        .group(withoutNumbering(row.group()))
        .unit(Unit.of(row.unit()))
        .addObservation(observation("a" + (index + 1), Observation.Kind.ACTUAL, 2025, row.actual2025()))
        .addObservation(observation("t" + (index + 1), Observation.Kind.TARGET, 2026, row.target2026()))
        .build();
  }

  private static Observation observation(String id, Observation.Kind kind, int year, List<String> cells) {
    Observation.Builder b = new Observation.Builder().id(id).kind(kind).period(Period.year(year))
        .level(Bound.parse(cells.get(0)));
    if (cells.size() == 2) {
      b.growth(Bound.parse(cells.get(1)));
    }
    return b.build();
  }

  static ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> b = ImmutableList.builder();
    for (int i = 0; i < ROWS.size(); i++) {
      b.add(indicator(i, ROWS.get(i)));
    }
    return b.build();
  }
}
