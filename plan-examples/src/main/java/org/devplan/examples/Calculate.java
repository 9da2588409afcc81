package org.devplan.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.devplan.calc.CalcContext;
import org.devplan.calc.CalcResult;
import org.devplan.calc.Calculator;
import org.devplan.calc.Gap;
import org.devplan.calc.Rate;
import org.devplan.model.Bound;
import org.devplan.model.Quantity;

/**
 * Growth, share and gap with the seed's own figures, exactly ({@code BigDecimal}, never {@code double}).
 *
 * <pre>{@code
 * CalcResult deposits = Calculate.depositTarget();       // 8969.75亿元 × 1.08 = 9687.33亿元
 * CalcResult services = Calculate.servicesValueAdded();  // 50.4% of 5088.9亿元 = 2564.8亿元
 * Gap unemployment = Calculate.unemploymentGap();        // 5.3% against 5.5%左右: met
 * }</pre>
 *
 * @since 0.1
 */
public final class Calculate {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private Calculate() {}

  /** Prints the three calculations. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println("deposits 2026 implied by 8% growth: " + depositTarget());
    out.println("revenue growth 2025→2026 target: " + revenueTargetGrowth());
    out.println("services value added from its share of GDP: " + servicesValueAdded());
    out.println("unemployment 5.3% against 5.5%左右: " + unemploymentGap().status());
  }

  /** 金融机构存款余额: the 2025 level 8969.75亿元 grown by the 2026 target of 8%. */
  public static CalcResult depositTarget() {
    return CALC.grow(Quantity.parse("8969.75亿元"), Rate.percent("8"));
  }

  /** 一般公共预算收入: the growth from the 2025 actual 419.73亿元 to the 2026 target 428.12亿元. */
  public static CalcResult revenueTargetGrowth() {
    return CALC.growthPercent(Quantity.parse("419.73亿元"), Quantity.parse("428.12亿元"));
  }

  /** 服务业增加值 implied by its share of 地区生产总值: 50.4% of 5088.9亿元. */
  public static CalcResult servicesValueAdded() {
    return CALC.part(Quantity.parse("5088.9亿元"), Rate.percent("50.4"));
  }

  /** 城镇调查失业率: the 2025 rate 5.3% against the 2026 target 5.5%左右. */
  public static Gap unemploymentGap() {
    return CALC.gap(Quantity.parse("5.3%"), Bound.parse("5.5%左右"));
  }
}
