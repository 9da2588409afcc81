package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;
import org.immutables.value.Value;

/**
 * A per-indicator overview of one plan, for reports: for every indicator with a base-year actual or a plan-year
 * target, the two figures and what follows from them ({@link IndicatorSummary}). Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanSummary s = CalcContext.defaults().calc().summary(plan);
 * s.rows().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PlanSummary {
  PlanSummary() {}

  /** The plan's id. */
  public abstract String planId();

  /** The year whose actuals are shown. */
  public abstract int baseYear();

  /** The year whose targets are shown. */
  public abstract int planYear();

  /** One row per indicator, in the plan's order. */
  public abstract ImmutableList<IndicatorSummary> rows();

  /** The row of the indicator with code, name or alias {@code key}. */
  public final Optional<IndicatorSummary> row(String key) {
    Optional<IndicatorSummary> byCode = rows().stream().filter(r -> r.indicator().code().equals(key)).findFirst();
    return byCode.isPresent() ? byCode : rows().stream().filter(r -> r.indicator().isCalled(key)).findFirst();
  }

  /** Summarizes {@code plan}: the body of {@link Calculator#summary}. */
  static PlanSummary of(Plan plan, CalcContext ctx) {
    List<IndicatorSummary> rows = new ArrayList<>();
    for (Indicator ind : plan.indicators()) {
      Optional<Observation> base = first(ind.observations(Observation.Kind.ACTUAL, plan.baseYear()));
      Optional<Observation> target = first(ind.observations(Observation.Kind.TARGET, plan.planYear()));
      if (base.isEmpty() && target.isEmpty()) {
        continue;
      }
      ImmutableIndicatorSummary.Builder row = ImmutableIndicatorSummary.builder().indicator(ind).baseActual(base)
          .target(target);
      Optional<Quantity> baseLevel = base.flatMap(o -> figure(ind, o));
      Optional<Quantity> targetLevel = target.flatMap(o -> figure(ind, o));
      Optional<Bound> growth = target.flatMap(Observation::growth);
      if (baseLevel.isPresent() && growth.isPresent() && growth.get() instanceof Bound.Single g) {
        try {
          Rate rate = Rate.of(g);
          row.impliedTarget(Growth.impliedLevel(ind, baseLevel.get(), rate, ctx));
        } catch (IllegalArgumentException | IllegalStateException e) {
          row.addNote("implied target: " + e.getMessage());
        }
      } else if (growth.isPresent() && !growth.get().isNumeric()) {
        row.addNote("target growth in words: " + growth.get().text());
      }
      if (baseLevel.isPresent() && targetLevel.isPresent()) {
        try {
          row.targetGrowth(Growth.change(baseLevel.get(), targetLevel.get(), ctx));
        } catch (IllegalArgumentException e) {
          row.addNote("target growth: " + e.getMessage());
        }
      }
      if (base.isPresent() && target.isPresent()) {
        Gaps.levelGap(ind, base.get(), target.get(), ctx).ifPresent(row::baseGap);
      }
      rows.add(row.build());
    }
    return ImmutablePlanSummary.builder().planId(plan.id()).baseYear(plan.baseYear()).planYear(plan.planYear())
        .rows(rows).build();
  }

  /** The rows, one per line. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    rows().forEach(r -> b.append(r).append('\n'));
    return b.toString();
  }

  private static Optional<Observation> first(List<Observation> obs) {
    return obs.stream().filter(o -> o.provenance().map(Provenance::origin).orElse(Provenance.Origin.TABLE)
            == Provenance.Origin.TABLE).findFirst().or(() -> obs.stream().findFirst());
  }

  private static Optional<Quantity> figure(Indicator ind, Observation o) {
    if (o.isChange()) {
      return Optional.empty();
    }
    return o.level().filter(b -> b instanceof Bound.Single s && s.kind() == Bound.Kind.EXACT)
        .map(b -> Quantity.of(((Bound.Single) b).value(), unitOf(ind, o)));
  }

  private static Unit unitOf(Indicator ind, Observation o) {
    return ind.unitOf(o);
  }
}
