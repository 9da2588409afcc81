package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;

/**
 * The annex table as plans print it (附件：主要预期目标), one header row: {@code 分组, 指标名称, 单位,
 * 2025年完成·绝对值, 2025年完成·增长%, 2026年预期·绝对值, 2026年预期·增长%, 属性} (the years are the plan's base and
 * plan years), then {@link AnnexRow}s: group heading rows kept as rows, indicator lines with the wording of each
 * figure. A user can fill such a table in a spreadsheet and load it ({@link PlanCsv#annex(CsvOptions)}, then
 * {@link #indicators()}). Immutable and thread-safe.
 *
 * <pre>{@code
 * AnnexTable annex = AnnexTable.of(plan);
 * PlanCsv.annex(CsvOptions.EXCEL).formatFile(annex, Path.of("annex.csv"));
 * ImmutableList<Indicator> filledIn = PlanCsv.annex(CsvOptions.EXCEL).parseFile(Path.of("annex.csv")).indicators();
 * }</pre>
 *
 * @param baseYear the year of the 完成 columns
 * @param planYear the year of the 预期 columns
 * @param rows the rows, in order
 * @since 0.1
 */
public record AnnexTable(int baseYear, int planYear, ImmutableList<AnnexRow> rows) {
  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /**
   * @throws IllegalArgumentException if the base year is after the plan year
   */
  public AnnexTable {
    checkArgument(baseYear <= planYear, "annex table: base year %s is after plan year %s", baseYear, planYear);
    rows = ImmutableList.copyOf(rows);
  }

  /** The header of a table for {@code baseYear} and {@code planYear}. */
  public static ImmutableList<String> header(int baseYear, int planYear) {
    return ImmutableList.of("分组", "指标名称", "单位", baseYear + "年完成·绝对值", baseYear + "年完成·增长%",
        planYear + "年预期·绝对值", planYear + "年预期·增长%", "属性");
  }

  /**
   * The annex of {@code plan}: every indicator with a base-year actual or a plan-year target that was read from a
   * table (or has no provenance), taking the first such observation of each; a group row ({@code 一、财政金融},
   * numbered in order) before each run of indicators of one group.
   */
  public static AnnexTable of(Plan plan) {
    ImmutableList.Builder<AnnexRow> rows = ImmutableList.builder();
    Optional<String> group = Optional.empty();
    int groups = 0;
    for (Indicator i : plan.indicators()) {
      Optional<Observation> actual = annexObservation(i, Observation.Kind.ACTUAL, plan.baseYear());
      Optional<Observation> target = annexObservation(i, Observation.Kind.TARGET, plan.planYear());
      if (actual.isEmpty() && target.isEmpty()) {
        continue;
      }
      if (i.group().isPresent() && !i.group().equals(group)) {
        rows.add(new AnnexRow.Group(chineseOrdinal(++groups) + "、" + i.group().get()));
      }
      group = i.group();
      rows.add(new AnnexRow.Line(i.group(), i.name(), i.unit(), actual.flatMap(Observation::level),
          actual.flatMap(Observation::growth), target.flatMap(Observation::level),
          target.flatMap(Observation::growth), i.nature().value()));
    }
    return new AnnexTable(plan.baseYear(), plan.planYear(), rows.build());
  }

  private static Optional<Observation> annexObservation(Indicator i, Observation.Kind kind, int year) {
    return i.observations(kind, year).stream()
        .filter(o -> o.period().aggregation() == Period.Aggregation.YEAR)
        .filter(o -> o.provenance().map(p -> p.origin() == Provenance.Origin.TABLE).orElse(true))
        .findFirst();
  }

  /**
   * The indicators of the table's lines, in order: line {@code n} (counting lines only, from 1) becomes indicator
   * {@code annex-n} with an actual {@code annex-n-<baseYear>-actual} and a target {@code annex-n-<planYear>-target}
   * where its cells state one.
   */
  public ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> out = ImmutableList.builder();
    int n = 0;
    for (AnnexRow row : rows) {
      if (row instanceof AnnexRow.Line line) {
        n++;
        String code = "annex-" + n;
        Indicator.Builder b = new Indicator.Builder().code(code).name(line.name()).group(line.group())
            .unit(line.unit()).nature(Inferred.stated(line.nature()));
        if (line.actualLevel().isPresent() || line.actualGrowth().isPresent()) {
          b.addObservation(new Observation.Builder().id(code + "-" + baseYear + "-actual")
              .kind(Observation.Kind.ACTUAL).period(Period.year(baseYear)).level(line.actualLevel())
              .growth(line.actualGrowth()).build());
        }
        if (line.targetLevel().isPresent() || line.targetGrowth().isPresent()) {
          b.addObservation(new Observation.Builder().id(code + "-" + planYear + "-target")
              .kind(Observation.Kind.TARGET).period(Period.year(planYear)).level(line.targetLevel())
              .growth(line.targetGrowth()).build());
        }
        out.add(b.build());
      }
    }
    return out.build();
  }

  /** 1 → 一, 10 → 十, 14 → 十四, 23 → 二十三 (up to 99; beyond, Arabic digits). */
  static String chineseOrdinal(int n) {
    if (n < 1 || n > 99) {
      return Integer.toString(n);
    }
    int tens = n / 10;
    int ones = n % 10;
    String t = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
    return t + DIGITS[ones];
  }
}
