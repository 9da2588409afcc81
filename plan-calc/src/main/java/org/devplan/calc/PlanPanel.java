package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devplan.calc.internal.Vocabulary;
import org.devplan.model.Bound;
import org.devplan.model.Concept;
import org.devplan.model.Concepts;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;
import org.devplan.model.Span;

/**
 * Plans side by side by concept: one {@link PanelRow} per plan × concept × year × kind (actual or target), the
 * attainment of each year's targets by that year's actuals, and the escalation of each target against a reference
 * plan. Only indicators tagged with a concept ({@link Indicator#concept()}) and single-year figures (not 年均 or 累计)
 * take part; concepts come from {@link CalcContext#concepts()}. Immutable and thread-safe.
 *
 * <p><b>Which figure a row holds.</b> A plan may state one concept for one year more than once (the main-targets
 * paragraph, a task, a table; or indicators that share a concept, which stay apart in the plan). The row holds the
 * first of: a target in the plan's main-targets statement (主要预期目标是：…), a table cell, the first statement in
 * document order; {@link PanelRow#statements()} says how many there were.
 *
 * <pre>{@code
 * Calculator calc = CalcContext.defaults().calc();
 * PlanPanel panel = calc.panel(List.of(anhui, beijing, chongqing));
 * for (PanelRow r : panel.rows("gdp", 2026, Observation.Kind.TARGET)) {
 *   System.out.println(r.region().name() + " " + r.growth().orElseThrow().text());   // 安徽省 增长5%—5.5% …
 * }
 * PlanPanel vsNation = calc.panelAgainst(national, provinces);
 * vsNation.escalations();   // each province's target minus the national one
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanPanel {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final ImmutableList<PanelRow> rows;
  private final Optional<String> referenceId;
  private final CalcContext ctx;

  private PlanPanel(ImmutableList<PanelRow> rows, Optional<String> referenceId, CalcContext ctx) {
    this.rows = rows;
    this.referenceId = referenceId;
    this.ctx = ctx;
  }

  /**
   * The panel of {@code plans} and, if given, {@code reference} (its rows come first), by the concepts of
   * {@code ctx}: the body of {@link Calculator#panel} and {@link Calculator#panelAgainst}.
   */
  static PlanPanel of(Iterable<Plan> plans, Optional<Plan> reference, CalcContext ctx) {
    Concepts concepts = ctx.concepts();
    ImmutableList.Builder<PanelRow> rows = ImmutableList.builder();
    reference.ifPresent(r -> rows.addAll(rowsOf(r, concepts)));
    for (Plan p : plans) {
      rows.addAll(rowsOf(p, concepts));
    }
    return new PlanPanel(rows.build(), reference.map(Plan::id), ctx);
  }

  /** Every row: plan by plan in the order given (the reference first), then concept, year and kind. */
  public ImmutableList<PanelRow> rows() {
    return rows;
  }

  /** The rows of {@code concept} for {@code year} and {@code kind}, in plan order. */
  public ImmutableList<PanelRow> rows(String concept, int year, Observation.Kind kind) {
    return rows.stream().filter(r -> r.concept().code().equals(concept) && r.year() == year && r.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /** The reference plan's rows, empty without a reference. */
  public ImmutableList<PanelRow> referenceRows() {
    return rows.stream().filter(r -> referenceId.isPresent() && r.planId().equals(referenceId.get()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Each target joined with the actual for the same region, concept and year: from a later plan (the next year's
   * review) where there is one, else from the plan itself.
   */
  public ImmutableList<PanelAttainment> attainments() {
    ImmutableList.Builder<PanelAttainment> out = ImmutableList.builder();
    for (PanelRow t : rows) {
      if (t.kind() != Observation.Kind.TARGET) {
        continue;
      }
      rows.stream()
          .filter(a -> a.kind() == Observation.Kind.ACTUAL && a.year() == t.year()
              && a.concept().equals(t.concept()) && a.region().name().equals(t.region().name()))
          .max(Comparator.comparingInt(PanelRow::planYear))
          .ifPresent(a -> out.add(new PanelAttainment.Builder().target(t).actual(a)
              .growthGap(Gaps.growthGap(t.indicator(), a.observation(), t.observation(), ctx))
              .levelGap(Gaps.levelGap(t.indicator(), a.observation(), t.observation(), ctx)).build()));
    }
    return out.build();
  }

  /** Each target of a plan other than the reference against the reference's target for the same concept and year. */
  public ImmutableList<Escalation> escalations() {
    ImmutableList<PanelRow> reference = referenceRows();
    ImmutableList.Builder<Escalation> out = ImmutableList.builder();
    for (PanelRow t : rows) {
      if (t.kind() != Observation.Kind.TARGET || reference.contains(t)) {
        continue;
      }
      reference.stream().filter(r -> r.kind() == Observation.Kind.TARGET && r.year() == t.year()
          && r.concept().equals(t.concept())).findFirst()
          .ifPresent(r -> out.add(new Escalation.Builder().target(t).reference(r)
              .growthDifference(difference(t.growth(), r.growth())).build()));
    }
    return out.build();
  }

  /** The centre of a numeric bound: a range's midpoint, a single figure itself. */
  private static Optional<BigDecimal> centre(Bound bound) {
    if (bound instanceof Bound.Range r) {
      BigDecimal sum = r.low().add(r.high());
      return Optional.of(sum.divide(TWO, sum.scale() + 1, RoundingMode.UNNECESSARY).stripTrailingZeros());
    }
    return bound.number();
  }

  private static Optional<BigDecimal> difference(Optional<Bound> target, Optional<Bound> reference) {
    Optional<BigDecimal> t = target.flatMap(PlanPanel::centre);
    Optional<BigDecimal> r = reference.flatMap(PlanPanel::centre);
    return t.isPresent() && r.isPresent() ? Optional.of(t.get().subtract(r.get())) : Optional.empty();
  }

  private static List<PanelRow> rowsOf(Plan plan, Concepts concepts) {
    Map<String, List<Candidate>> cells = new LinkedHashMap<>();
    for (Indicator i : plan.indicators()) {
      if (i.concept().isEmpty()) {
        continue;
      }
      String code = i.concept().get().value();
      Concept concept = concepts.concept(code).orElseThrow(() -> new IllegalArgumentException(
          "plan " + plan.id() + ": indicator " + i.code() + " names concept " + code + ", which is not known"));
      for (Observation o : i.observations()) {
        if (o.period().aggregation() != Period.Aggregation.YEAR || o.period().start() != o.period().end()
            || !states(o)) {
          continue;
        }
        cells.computeIfAbsent(code + '\u0000' + o.year() + '\u0000' + o.kind(), k -> new ArrayList<>())
            .add(new Candidate(concept, i, o, rank(plan, o)));
      }
    }
    List<PanelRow> out = new ArrayList<>();
    for (List<Candidate> cell : cells.values()) {
      Candidate best = cell.stream().min(Comparator.comparingInt(Candidate::rank)).orElseThrow();
      out.add(new PanelRow.Builder().planId(plan.id()).region(plan.region()).planYear(plan.planYear())
          .concept(best.concept()).year(best.observation().year()).kind(best.observation().kind())
          .indicator(best.indicator()).observation(best.observation()).statements(cell.size()).build());
    }
    out.sort(Comparator.comparingInt((PanelRow r) -> concepts.all().indexOf(r.concept()))
        .thenComparingInt(PanelRow::year).thenComparing(PanelRow::kind));
    return out;
  }

  private static boolean states(Observation o) {
    return o.level().filter(Bound::isNumeric).isPresent() || o.growth().filter(Bound::isNumeric).isPresent();
  }

  /** 0: a target in the main-targets statement; 1: a table cell; 2: anything else (first in document order). */
  private static int rank(Plan plan, Observation o) {
    Optional<Provenance> p = o.provenance();
    if (p.isPresent() && p.get().origin() == Provenance.Origin.TABLE) {
      return 1;
    }
    if (p.isPresent() && o.kind() == Observation.Kind.TARGET
        && paragraphAt(plan, p.get().start().line()).filter(Vocabulary::isMainTargetStatement).isPresent()) {
      return 0;
    }
    return 2;
  }

  private static Optional<String> paragraphAt(Plan plan, int line) {
    for (Span s : plan.spans()) {
      int first = s.start().line();
      String text = s.text().endsWith("\n") ? s.text().substring(0, s.text().length() - 1) : s.text();
      int last = first + (int) text.chars().filter(c -> c == '\n').count();
      if (s.kind() == Span.Kind.PARAGRAPH && first <= line && line <= last) {
        return Optional.of(s.text());
      }
      if (first > line) {
        break;
      }
    }
    return Optional.empty();
  }

  private record Candidate(Concept concept, Indicator indicator, Observation observation, int rank) {}
}
