/**
 * Calculations over plans, exact and with a stated rounding policy, all on one {@link org.devplan.calc.Calculator}
 * from {@link org.devplan.calc.CalcContext#calc()}: growth, shares and contributions, gaps between actuals and
 * targets for every kind of {@link org.devplan.model.Bound}, attainment tables across plans, SDG-style
 * {@link org.devplan.calc.Progress} on multi-year targets, a per-indicator {@link org.devplan.calc.PlanSummary} of
 * one plan, a consistency audit of a plan's own figures ({@link org.devplan.calc.AuditReport}) and a
 * {@link org.devplan.calc.PlanPanel} of plans side by side.
 *
 * <p>Every number is a {@link java.math.BigDecimal}; no calculation goes through {@code double}. Fractional powers
 * (compound annual growth, required rates, 翻一番) use an exact Newton iteration to the precision of
 * {@link org.devplan.calc.CalcContext#mathContext()}. Every result ({@link org.devplan.calc.CalcResult}) keeps the
 * figures it was computed from, its unrounded value, the {@link java.math.MathContext} and
 * {@link java.math.RoundingMode} used, and flags such as
 * {@link org.devplan.calc.CalcResult.Flag#APPROXIMATE_COMPARABLE_PRICES}. The rounding policy (how many decimals a
 * result is reported to) is written down in {@link org.devplan.calc.CalcContext}.
 *
 * <p>Percent and percentage points cannot be confused: a {@link org.devplan.calc.Rate} is either
 * {@link org.devplan.model.Unit#PERCENT} or {@link org.devplan.model.Unit#PERCENTAGE_POINT}, and methods say
 * which they return ({@code growthPercent}, {@code changeInPoints}). Every type is immutable and thread-safe; none
 * accepts or returns {@code null}.
 *
 * <pre>{@code
 * Calculator calc = CalcContext.defaults().calc();
 * CalcResult deposits = calc.grow(Quantity.of("8969.75", Unit.YI_YUAN), Rate.percent("8"));
 * deposits.value();                          // 9687.33 (亿元, the base's two decimals)
 * calc.growthPercent(Quantity.of("419.73", Unit.YI_YUAN), Quantity.of("428.12", Unit.YI_YUAN)).value(); // 2.00
 * calc.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5左右")).status();   // MET
 * AuditReport report = calc.audit(plan);
 * report.failures().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package org.devplan.calc;

import org.immutables.value.Value;
