package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/**
 * Every calculation of plan-calc under one {@link CalcContext}: growth, shares and contributions, gaps against
 * targets, attainment tables, progress on multi-year targets, the per-indicator summary of a plan, its audit and
 * panels of plans side by side. Get one from {@link CalcContext#calc()}; each operation has one signature and takes
 * its rounding, tolerances and concepts from that context. Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * Calculator calc = CalcContext.defaults().calc();
 * Quantity revenue2025 = Quantity.of("419.73", Unit.YI_YUAN);
 * calc.grow(revenue2025, Rate.percent("2")).value();                              // 428.12 (428.1246)
 * calc.growthPercent(revenue2025, Quantity.of("428.12", Unit.YI_YUAN)).value();   // 2.00
 * calc.previous(revenue2025, Rate.percent("2.01")).value();                       // 411.46
 * calc.part(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("50.4")).value();   // 2564.8
 * calc.gap(Quantity.of("5.3", Unit.PERCENT), Bound.parse("5.5%左右")).status();  // MET (|−0.2| ≤ 0.5)
 * calc.audit(plan).failures().forEach(System.out::println);
 * }</pre>
 *
 * <h2>Growth</h2>
 * Levels in convertible units (亿元 and 万元) are converted exactly before use. Growth of a percent-valued figure
 * is a change in percentage points: use {@link #changeInPoints} or {@link #change} (which picks points for %
 * and percent otherwise); {@link #growthPercent} of two percentages is the relative change, which is rarely what a
 * plan means. Growth at comparable prices (GDP, value added; see {@link PriceBasis}) is refused by
 * {@link #impliedLevel} and {@link #impliedPrevious} unless {@link CalcContext#allowComparablePriceApproximation()}
 * is set, and then flagged.
 *
 * <h2>Gaps</h2>
 * The actual is converted exactly into the target's unit (亿元 vs 万元) first; the difference
 * {@code actual − reference} is exact and in the target's unit, or in percentage points when the target is in %.
 * Verdicts, with {@code v} the target figure and {@code a} the actual:
 * <ul>
 *   <li>{@code AT_LEAST v}: met if {@code a ≥ v}; {@code GREATER_THAN v}: met if {@code a > v};
 *   {@code AT_MOST v}: met if {@code a ≤ v}; {@code LESS_THAN v}: met if {@code a < v}. When {@code v} is
 *   negative the qualifier bounds the size of a decline (Bound's sign rule): {@code 下降5%以上} = AT_LEAST −5 is met
 *   by −6, so the comparisons flip ({@code a ≤ v}, {@code a < v}, {@code a ≥ v}, {@code a > v}).</li>
 *   <li>{@code ABOUT v}: met if {@code |a − v| ≤ tolerance}: {@link CalcContext#aboutPointTolerance()} points if
 *   the target is in %, else {@link CalcContext#aboutRelativeTolerance()} × |v|.</li>
 *   <li>{@code EXACT v}: met if {@code a ≥ v} for {@link Indicator.Direction#HIGHER_IS_BETTER}, {@code a ≤ v} for
 *   {@link Indicator.Direction#LOWER_IS_BETTER}, else if {@code |a − v|} is within half a unit of v's last printed
 *   digit (4.6 is met by 4.55 … 4.65).</li>
 *   <li>{@code RANGE low..high}: met if {@code low ≤ a ≤ high}; the reference is the nearer end and the difference
 *   zero inside.</li>
 *   <li>{@code QUALITATIVE} and {@code ABSENT}: not comparable; the words are kept in {@link Gap#target()}, never
 *   turned into a number.</li>
 * </ul>
 *
 * <h2>Attainment</h2>
 * The targets one plan sets for its plan year, joined with the actuals the next plan reports for its base year,
 * for the same region and indicator (matched by code, then name, then alias in either direction).
 *
 * @since 0.1
 */
public final class Calculator {
  private final CalcContext ctx;

  Calculator(CalcContext ctx) {
    this.ctx = ctx;
  }

  /** The context whose rounding, tolerances and concepts every operation uses. */
  public CalcContext context() {
    return ctx;
  }

  /**
   * Year-on-year (or any two-point) growth in percent: {@code (current − previous) / |previous| × 100}, reported
   * to the fewest decimals of the two levels (at least {@link CalcContext#minRateScale()}).
   *
   * <pre>{@code
   * calc.growthPercent(Quantity.of("8969.75", Unit.YI_YUAN), Quantity.of("9687", Unit.YI_YUAN)).value(); // 8.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert into each other or {@code previous} is zero
   */
  public CalcResult growthPercent(Quantity previous, Quantity current) {
    return Growth.growthPercent(previous, current, ctx);
  }

  /**
   * The change of a percent-valued figure in percentage points: {@code current − previous}, both in %; a difference
   * of printed figures, so exact, at the larger of their decimals (6.97% → 7% is +0.03 points).
   *
   * <pre>{@code
   * calc.changeInPoints(Quantity.of("50.1", Unit.PERCENT), Quantity.of("50.4", Unit.PERCENT)).unit(); // 个百分点
   * }</pre>
   *
   * @throws IllegalArgumentException if either figure is not in %
   */
  public CalcResult changeInPoints(Quantity previous, Quantity current) {
    return Growth.changeInPoints(previous, current, ctx);
  }

  /**
   * The natural change: in percentage points if both figures are in %, else growth in percent.
   *
   * <pre>{@code
   * calc.change(Quantity.of("5.3", Unit.PERCENT), Quantity.of("5.5", Unit.PERCENT)).unit();  // 个百分点
   * calc.change(Quantity.of("100", Unit.YUAN), Quantity.of("105", Unit.YUAN)).unit();        // %
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #growthPercent} or {@link #changeInPoints}
   */
  public CalcResult change(Quantity previous, Quantity current) {
    return Growth.change(previous, current, ctx);
  }

  /**
   * A level grown by a rate: {@code previous × (1 + rate/100)}, exact before reporting, reported to the level's
   * decimals, in the level's unit. For a level whose growth is at comparable prices use {@link #impliedLevel}.
   *
   * <pre>{@code
   * calc.grow(Quantity.of("583.28", Unit.YI_YUAN), Rate.percent("1.5")).unrounded();   // 592.02920
   * }</pre>
   *
   * @throws IllegalArgumentException if the rate is in percentage points, or the level is in % (grow a percentage
   *     by points with {@link #addPoints})
   */
  public CalcResult grow(Quantity previous, Rate rate) {
    return Growth.grow(previous, rate, ctx);
  }

  /**
   * A percentage raised by percentage points ({@code 提高1个百分点}): {@code percentage + points}, in %.
   *
   * <pre>{@code
   * calc.addPoints(Quantity.of("50.4", Unit.PERCENT), Rate.points("1")).value();   // 51.4
   * }</pre>
   *
   * @throws IllegalArgumentException if the figure is not in % or the rate is not in points
   */
  public CalcResult addPoints(Quantity percentage, Rate points) {
    return Growth.addPoints(percentage, points, ctx);
  }

  /**
   * The level implied before a growth: {@code current / (1 + rate/100)}, to {@link CalcContext#mathContext()}
   * digits, reported to the level's decimals.
   *
   * <pre>{@code
   * calc.previous(Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6")).value();   // 4819.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the rate is in points, is −100% or less, or the level is in %
   */
  public CalcResult previous(Quantity current, Rate rate) {
    return Growth.previous(current, rate, ctx);
  }

  /**
   * Like {@link #grow}, for an indicator whose growth basis matters: if its growth is at comparable prices (stated,
   * or inferred from its name, see {@link PriceBasis}) the calculation is refused unless
   * {@link CalcContext#allowComparablePriceApproximation()} is set, and then flagged
   * {@link CalcResult.Flag#APPROXIMATE_COMPARABLE_PRICES} (and {@link CalcResult.Flag#BASIS_INFERRED} if inferred).
   *
   * <pre>{@code
   * CalcContext optIn = new CalcContext.Builder().allowComparablePriceApproximation(true).build();
   * optIn.calc().impliedLevel(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5")).isApproximate(); // true
   * }</pre>
   *
   * @throws IllegalArgumentException if the growth is at comparable prices and the context does not opt in, or as
   *     {@link #grow}
   */
  public CalcResult impliedLevel(Indicator indicator, Quantity base, Rate rate) {
    return Growth.impliedLevel(indicator, base, rate, ctx);
  }

  /**
   * Like {@link #previous}, for an indicator whose growth basis matters: back-computing last year's nominal level
   * from this year's level and a comparable-price growth (GDP 5088.9亿元 and 5.6%) is refused unless
   * {@link CalcContext#allowComparablePriceApproximation()} is set, and then flagged approximate.
   *
   * <pre>{@code
   * calc.impliedPrevious(revenue, Quantity.of("419.73", Unit.YI_YUAN), Rate.percent("2.01")).value(); // 411.46
   * calc.impliedPrevious(gdp, Quantity.of("5088.9", Unit.YI_YUAN), Rate.percent("5.6"));  // refused
   * }</pre>
   *
   * @throws IllegalArgumentException if the growth is at comparable prices and the context does not opt in, or as
   *     {@link #previous}
   */
  public CalcResult impliedPrevious(Indicator indicator, Quantity current, Rate rate) {
    return Growth.impliedPrevious(indicator, current, rate, ctx);
  }

  /**
   * Compound annual growth rate in percent over {@code years}: {@code ((end / start)^(1/years) − 1) × 100}, the root
   * by exact Newton iteration to {@link CalcContext#mathContext()} digits; over one year it equals
   * {@link #growthPercent}.
   *
   * <pre>{@code
   * calc.cagr(Quantity.of("4000", Unit.YI_YUAN), Quantity.of("5088.9", Unit.YI_YUAN), 5).value();   // 4.9
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code years < 1}, {@code start ≤ 0}, {@code end < 0} or the units do not
   *     convert
   */
  public CalcResult cagr(Quantity start, Quantity end, int years) {
    return Growth.cagr(start, end, years, ctx);
  }

  /**
   * Cumulative change in percent from annual growth rates: {@code (Π (1 + gᵢ/100) − 1) × 100}, exact before
   * reporting, reported to the fewest decimals of the rates.
   *
   * <pre>{@code
   * calc.cumulativePercent(List.of(Rate.percent("10"), Rate.percent("10"))).value();   // 21.0
   * }</pre>
   *
   * @throws IllegalArgumentException if there are no rates or one is in percentage points
   */
  public CalcResult cumulativePercent(Iterable<Rate> annualRates) {
    return Growth.cumulativePercent(annualRates, ctx);
  }

  /**
   * The constant annual growth in percent that takes {@code current} to {@code target} in {@code years}:
   * {@code ((target / current)^(1/years) − 1) × 100} (a CAGR looking forward).
   *
   * <pre>{@code
   * calc.requiredRate(Quantity.of("5088.9", Unit.YI_YUAN), Quantity.of("6000", Unit.YI_YUAN), 4).value(); // 4.2
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #cagr}
   */
  public CalcResult requiredRate(Quantity current, Quantity target, int years) {
    return Growth.requiredRate(current, target, years, ctx);
  }

  /**
   * The annual growth in percent that doubles a level (翻一番) in {@code years}: {@code (2^(1/years) − 1) × 100},
   * reported to {@link CalcContext#minRateScale()} decimals (the 2 is exact).
   *
   * <pre>{@code
   * calc.doublingRate(10).value();       // 7.2
   * calc.doublingRate(10).unrounded();   // 7.177346253629316…
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public CalcResult doublingRate(int years) {
    return Growth.doublingRate(years, ctx);
  }

  /**
   * The target a doubling (翻一番) sets: {@code 2 × base}, exact, in the base's unit and decimals.
   *
   * <pre>{@code
   * calc.doublingTarget(Quantity.of("5088.9", Unit.YI_YUAN)).value();   // 10177.8
   * }</pre>
   *
   * @throws IllegalArgumentException if the base is in %
   */
  public CalcResult doublingTarget(Quantity base) {
    return Growth.doublingTarget(base, ctx);
  }

  /**
   * The part as a percent of the whole, {@code part / whole × 100}, after converting the part into the whole's
   * unit; reported to the fewest decimals of the two (at least {@link CalcContext#minRateScale()}).
   *
   * <pre>{@code
   * calc.sharePercent(Quantity.of("50889000", Unit.of("万元")), Quantity.of("10177.8", Unit.YI_YUAN))
   *     .value();   // 50.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert or the whole is zero
   */
  public CalcResult sharePercent(Quantity part, Quantity whole) {
    return Shares.sharePercent(part, whole, ctx);
  }

  /**
   * The part implied by a share of a whole: {@code whole × share / 100}, exact before reporting, in the whole's
   * unit and decimals.
   *
   * @throws IllegalArgumentException if the share is not in %
   */
  public CalcResult part(Quantity whole, Rate share) {
    return Shares.part(whole, share, ctx);
  }

  /**
   * The whole implied by a part and its share: {@code part / (share / 100)}, in the part's unit and decimals.
   *
   * <pre>{@code
   * calc.whole(Quantity.of("60.2", Unit.YI_YUAN), Rate.percent("60.2")).value();   // 100.0
   * }</pre>
   *
   * @throws IllegalArgumentException if the share is not in % or is zero
   */
  public CalcResult whole(Quantity part, Rate share) {
    return Shares.whole(part, share, ctx);
  }

  /**
   * The change of a share in percentage points, {@code after − before}, exact.
   *
   * @throws IllegalArgumentException if either share is not in %
   */
  public CalcResult shareChangeInPoints(Rate before, Rate after) {
    return Shares.changeInPoints(before, after, ctx);
  }

  /**
   * The share of each part in the sum of all parts (a partition of the whole), in the parts' order. The unrounded
   * shares sum to 100 within the context's precision; the reported ones within half a unit per part.
   *
   * <pre>{@code
   * calc.partition(Map.of("a", Quantity.of("1", Unit.YUAN))).get("a").value();   // 100.0
   * }</pre>
   *
   * @throws IllegalArgumentException if there are no parts, their units do not convert, or they sum to zero
   */
  public ImmutableMap<String, CalcResult> partition(Map<String, Quantity> parts) {
    return Shares.partition(parts, ctx);
  }

  /**
   * Contribution of a part to the whole's growth (贡献率) from levels: {@code Δpart / Δwhole × 100}, the part
   * converted into the whole's unit.
   *
   * <pre>{@code
   * calc.contributionPercent(Quantity.of("50", Unit.YI_YUAN), Quantity.of("53.4", Unit.YI_YUAN),
   *     Quantity.of("100", Unit.YI_YUAN), Quantity.of("105.6", Unit.YI_YUAN)).value();   // 60.7
   * }</pre>
   *
   * @throws IllegalArgumentException if the units do not convert or the whole did not change
   */
  public CalcResult contributionPercent(Quantity partPrevious, Quantity partCurrent, Quantity wholePrevious,
      Quantity wholeCurrent) {
    return Shares.contributionPercent(partPrevious, partCurrent, wholePrevious, wholeCurrent, ctx);
  }

  /**
   * Contribution of a part to the whole's growth (贡献率) from growth rates: the part's previous-year share × its
   * growth ÷ the whole's growth, in %. The share must be of the year before {@code growthYear}: that is why it is a
   * {@link PreviousShare}, which names its year.
   *
   * <pre>{@code
   * calc.contributionFromGrowth(PreviousShare.of(2024, Rate.percent("50")), Rate.percent("6.8"),
   *     Rate.percent("5.6"), 2025).value();   // 60.7
   * }</pre>
   *
   * @throws IllegalArgumentException if the share is not of {@code growthYear − 1}, a growth is not in %, or the
   *     whole did not grow
   */
  public CalcResult contributionFromGrowth(PreviousShare partShare, Rate partGrowth, Rate wholeGrowth,
      int growthYear) {
    return Shares.contributionPercent(partShare, partGrowth, wholeGrowth, growthYear, ctx);
  }

  /**
   * The share of year {@code year} computed from that year's part and whole levels, exact to the context's digits,
   * for {@link #contributionFromGrowth} with growth of year {@code year + 1}.
   *
   * <pre>{@code
   * calc.previousShare(2024, Quantity.of("2500", Unit.YI_YUAN), Quantity.of("5000", Unit.YI_YUAN)).percent()
   *     .toPlainString();   // 50
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #sharePercent}
   */
  public PreviousShare previousShare(int year, Quantity part, Quantity whole) {
    CalcResult share = Shares.sharePercent(part, whole, ctx);
    return PreviousShare.of(year, Rate.percent(share.unrounded().stripTrailingZeros()));
  }

  /**
   * The gap of {@code actual} against {@code target}, whose figure is in the bound's own unit, else in the
   * actual's; direction unknown (see {@link #directedGap} to give both).
   *
   * <pre>{@code
   * calc.gap(Quantity.of("-6", Unit.PERCENT), Bound.parse("下降5%以上")).status();       // MET
   * calc.gap(Quantity.of("50889000", Unit.of("万元")), Bound.parse("5000亿元以上")).status(); // MET
   * calc.gap(Quantity.of("3", Unit.PERCENT), Bound.parse("止跌回稳")).status();          // NOT_COMPARABLE
   * }</pre>
   */
  public Gap gap(Quantity actual, Bound target) {
    return Gaps.gap(actual, target, target.unit().orElse(actual.unit()), Indicator.Direction.UNKNOWN, ctx);
  }

  /**
   * The gap of {@code actual} against {@code target}, whose figure is in {@code targetUnit} unless the bound
   * writes its own unit.
   *
   * <pre>{@code
   * Gap g = calc.directedGap(Quantity.of("9700", Unit.YI_YUAN), Bound.parse("9687"), Unit.YI_YUAN,
   *     Indicator.Direction.HIGHER_IS_BETTER);
   * g.status();        // MET
   * g.difference();    // Optional[13]
   * }</pre>
   */
  public Gap directedGap(Quantity actual, Bound target, Unit targetUnit, Indicator.Direction direction) {
    return Gaps.gap(actual, target, targetUnit, direction, ctx);
  }

  /**
   * The gap of an actual observation's level against a target observation's level, both of {@code indicator}
   * (units from the observations or the indicator; direction from the indicator). An actual that is not a single
   * exact or approximate figure makes the gap not comparable.
   *
   * <pre>{@code
   * Optional<Gap> g = calc.levelGap(employment, actual2025, target2026);
   * }</pre>
   *
   * @return empty if either observation states no level (none, or {@code —})
   */
  public Optional<Gap> levelGap(Indicator indicator, Observation actual, Observation target) {
    return Gaps.levelGap(indicator, actual, target, ctx);
  }

  /**
   * The gap of an actual observation's growth against a target observation's growth (both in % unless written in
   * 个百分点), direction from the indicator.
   *
   * @return empty if either observation states no growth (none, or {@code —})
   */
  public Optional<Gap> growthGap(Indicator indicator, Observation actual, Observation target) {
    return Gaps.growthGap(indicator, actual, target, ctx);
  }

  /**
   * Every target of {@code targets} for its plan year joined with each actual {@code actuals} reports for that
   * year, in the order of {@code targets}' indicators; indicators without a match are left out.
   *
   * <pre>{@code
   * calc.attainments(plan2025, plan2026).forEach(System.out::println);
   * // 2025 一般公共预算收入 MET growth: MET 2.01% vs 2以上: 0.01个百分点
   * }</pre>
   *
   * @throws IllegalArgumentException if the plans are for different regions (compared by division code when both
   *     have one, else by name)
   */
  public ImmutableList<Attainment> attainments(Plan targets, Plan actuals) {
    return Attainments.table(targets, actuals, ctx);
  }

  /**
   * The attainment table of a collection of plans, possibly of several regions and years: each plan's targets
   * joined with the actuals of the plan of the same region whose base year is its plan year (the next annual
   * plan), ordered by region (first appearance) and year.
   *
   * <pre>{@code
   * calc.attainmentsAcross(List.of(plan2024, plan2025, plan2026)).forEach(System.out::println);
   * }</pre>
   *
   * @throws IllegalArgumentException if two plans of one region report the same base year
   */
  public ImmutableList<Attainment> attainmentsAcross(Iterable<Plan> plans) {
    return Attainments.table(plans, ctx);
  }

  /**
   * The per-indicator overview of {@code plan}: for each indicator the first base-year actual and plan-year target
   * (annex cells preferred over narrative), the implied target level (refused with a note for comparable-price
   * growth unless the context opts in), the growth from base to target level and the gap of the base level against
   * the target.
   *
   * <pre>{@code
   * calc.summary(plan).row("一般公共预算收入").orElseThrow().impliedTarget();   // Optional[428.12亿元]
   * }</pre>
   */
  public PlanSummary summary(Plan plan) {
    return PlanSummary.of(plan, ctx);
  }

  /**
   * Checks {@code plan}'s internal consistency, with this context's tolerances and rounding, and reports every
   * {@link Finding}, passed, failed and skipped, in check order. The checks:
   * <ol>
   *   <li>{@link Finding.Check#TARGET_ARITHMETIC}: for each indicator with a plan-year target level and target growth
   *   and a base-year actual level, the implied level {@code base × (1 + growth/100)} (exact) against the printed
   *   target, with a tolerance of half a unit of the target's last printed digit ({@code 9687} against
   *   {@code 8969.75 × 1.08 = 9687.33} passes, tolerance 0.5). The growth bound's kind decides: EXACT and ABOUT
   *   growth need {@code |printed − implied| ≤ tol}; AT_LEAST / GREATER_THAN growth ({@code 2以上}) need
   *   {@code printed ≥ implied − tol} (a target level above the minimum is consistent); AT_MOST / LESS_THAN need
   *   {@code printed ≤ implied + tol}; a range needs the printed level between the implied ends ± tol. The growth
   *   figure is taken as exact: a planned rate is chosen, not measured. Every comparison is reported, passed ones
   *   too. Skipped, with the reason: indicators whose growth is at comparable prices (stated, or inferred from names
   *   ending in 地区生产总值, 增加值 …, recorded as an inference), percent-valued levels, growth in percentage points,
   *   units that do not convert.</li>
   *   <li>{@link Finding.Check#CONFLICTING_FIGURES}: one indicator, year, period and kind stated with different
   *   figures in different places (annex vs narrative, two chapters): WARNING if they differ beyond rounding, INFO if
   *   one is the other rounded to fewer decimals or only the qualifier differs.</li>
   *   <li>{@link Finding.Check#GROWTH_SIGN}: a growth (or a change) whose sign disagrees with its verb as written
   *   (下降, 降低, 减少 … with a positive number; 增长, 提高 … with a negative one): ERROR.</li>
   *   <li>{@link Finding.Check#REPEATED_VALUE}: the same level, in the same unit, for different indicators of one
   *   annex group in the same year and kind (table cells, or observations without provenance): WARNING. Growth
   *   figures are not compared (round planned rates such as 8% repeat legitimately), nor 0 and 100%.</li>
   *   <li>{@link Finding.Check#UNIT_DIMENSION}: a unit that does not fit the indicator: names ending in 比重, 占比, 比例
   *   or 率 (or measure SHARE/RATE) need a ratio unit, 人数 people, 总额/余额/收入/支出/总值/增加值/投资/外资 money,
   *   天数 time, 浓度 a concentration; and a level written in a unit that does not convert to the indicator's:
   *   WARNING.</li>
   *   <li>{@link Finding.Check#SHARE_OVER_100}: a share (measure SHARE, or a name ending in 比重, 占比, 比例; not a
   *   completion or growth rate) above 100%: ERROR.</li>
   * </ol>
   * An audit that finds nothing on a real plan deserves suspicion; one that flags correct arithmetic is wrong.
   *
   * <pre>{@code
   * calc.audit(plan).findings(Finding.Check.TARGET_ARITHMETIC);
   * }</pre>
   */
  public AuditReport audit(Plan plan) {
    return new PlanAudit(ctx).audit(plan);
  }

  /**
   * The panel of {@code plans}, without a reference plan, by the concepts of {@link CalcContext#concepts()}.
   *
   * <pre>{@code
   * calc.panel(List.of(anhui, beijing)).rows("gdp", 2026, Observation.Kind.TARGET);
   * }</pre>
   *
   * @throws IllegalArgumentException if a plan's indicator names a concept the context's concepts lack
   */
  public PlanPanel panel(Iterable<Plan> plans) {
    return PlanPanel.of(plans, Optional.empty(), ctx);
  }

  /**
   * The panel of {@code plans} against {@code reference} (its rows come first), whose targets
   * {@link PlanPanel#escalations()} measure the others by.
   *
   * <pre>{@code
   * calc.panelAgainst(national, provinces).escalations();   // each province's target minus the national one
   * }</pre>
   *
   * @throws IllegalArgumentException if a plan's indicator names a concept the context's concepts lack
   */
  public PlanPanel panelAgainst(Plan reference, Iterable<Plan> plans) {
    return PlanPanel.of(plans, Optional.of(reference), ctx);
  }

  /**
   * Progress of {@code series} ({@code year → value}, at least two years, all before {@code targetYear}) towards
   * {@code target}, with no natural limit; see {@link Progress} for the method. The values and the target must be
   * in one unit or in units that convert into the baseline's.
   *
   * <pre>{@code
   * SortedMap<Integer, Quantity> gdp = new TreeMap<>(Map.of(2020, Quantity.parse("100亿元"),
   *     2023, Quantity.parse("1270000万元")));
   * calc.progress(gdp, 2025, Quantity.parse("161.051亿元"), Indicator.Direction.HIGHER_IS_BETTER).category();
   * // FAIR_PROGRESS (ratio 0.83)
   * }</pre>
   *
   * @throws IllegalArgumentException if a unit does not convert into the baseline's, the series has fewer than two
   *     years, a year is not before the target year, a value or the target is not positive, or the target lies on
   *     the wrong side of the baseline for the direction
   */
  public Progress progress(SortedMap<Integer, Quantity> series, int targetYear, Quantity target,
      Indicator.Direction direction) {
    return Progress.assess(series, targetYear, target, direction, Optional.empty(), ctx);
  }

  /**
   * As {@link #progress}, for a figure with a natural limit (100% for a share): every value and the target must
   * lie within {@code [0, limit]}, and a value at the limit in the good direction is on track.
   *
   * <pre>{@code
   * SortedMap<Integer, Quantity> forest = new TreeMap<>(Map.of(2020, Quantity.parse("30%"),
   *     2023, Quantity.parse("31.5%")));
   * Progress p = calc.progressWithLimit(forest, 2025, Quantity.parse("33%"), Indicator.Direction.HIGHER_IS_BETTER,
   *     Quantity.parse("100%"));
   * p.ratio();      // Optional[0.85198…]: 1.64% a year observed, 1.92% required
   * p.category();   // FAIR_PROGRESS
   * }</pre>
   *
   * @throws IllegalArgumentException as {@link #progress}, or if a value or the target exceeds the limit or the
   *     limit's unit does not convert into the baseline's
   */
  public Progress progressWithLimit(SortedMap<Integer, Quantity> series, int targetYear, Quantity target,
      Indicator.Direction direction, Quantity limit) {
    return Progress.assess(series, targetYear, target, direction, Optional.of(limit), ctx);
  }
}
