package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Region;

/**
 * The attainment tables behind {@link Calculator#attainments} and {@link Calculator#attainmentsAcross}.
 * Stateless.
 */
final class Attainments {
  private Attainments() {}

  /** The body of {@link Calculator}'s operation {@code table}. */
  static ImmutableList<Attainment> table(Plan targets, Plan actuals, CalcContext ctx) {
    checkArgument(sameRegion(targets.region(), actuals.region()),
        "attainment: plan %s is for %s but plan %s is for %s", targets.id(), targets.region().name(), actuals.id(),
        actuals.region().name());
    int year = targets.planYear();
    List<Attainment> rows = new ArrayList<>();
    for (Indicator ti : targets.indicators()) {
      Optional<Match> m = find(ti, actuals);
      if (m.isEmpty()) {
        continue;
      }
      Indicator ai = m.get().indicator();
      for (Observation t : ti.observations(Observation.Kind.TARGET, year)) {
        for (Observation a : ai.observations(Observation.Kind.ACTUAL, year)) {
          rows.add(ImmutableAttainment.builder().region(targets.region()).year(year).indicatorCode(ti.code())
              .indicatorName(ti.name()).targetPlanId(targets.id()).actualPlanId(actuals.id()).match(m.get().how())
              .target(t).actual(a)
              .levelGap(levelGap(ti, ai, a, t, ctx))
              .growthGap(Gaps.growthGap(ti, a, t, ctx)).build());
        }
      }
    }
    return ImmutableList.copyOf(rows);
  }

  /** The body of {@link Calculator}'s operation {@code table}. */
  static ImmutableList<Attainment> table(Iterable<Plan> plans, CalcContext ctx) {
    List<Plan> all = new ArrayList<>();
    plans.forEach(all::add);
    List<Attainment> rows = new ArrayList<>();
    List<Plan> done = new ArrayList<>();
    for (Plan first : all) {
      if (done.stream().anyMatch(d -> sameRegion(d.region(), first.region()))) {
        continue;
      }
      List<Plan> region = all.stream().filter(p -> sameRegion(p.region(), first.region()))
          .sorted(java.util.Comparator.comparingInt(Plan::planYear)).toList();
      done.add(first);
      for (Plan targets : region) {
        List<Plan> next = region.stream().filter(p -> p != targets && p.baseYear() == targets.planYear()).toList();
        checkArgument(next.size() <= 1, "attainment: plans %s all report %s for %s",
            next.stream().map(Plan::id).toList(), targets.planYear(), targets.region().name());
        if (!next.isEmpty()) {
          rows.addAll(table(targets, next.get(0), ctx));
        }
      }
    }
    return ImmutableList.copyOf(rows);
  }

  /** The level gap with the actual's unit from the later plan's indicator and the target's from the earlier. */
  private static Optional<Gap> levelGap(Indicator ti, Indicator ai, Observation a, Observation t, CalcContext ctx) {
    if (a.level().isEmpty() || t.level().isEmpty()) {
      return Optional.empty();
    }
    if (a.level().get().kind() == org.devplan.model.Bound.Kind.ABSENT
        || t.level().get().kind() == org.devplan.model.Bound.Kind.ABSENT) {
      return Optional.empty();
    }
    Indicator merged = new Indicator.Builder().from(ti).unit(ti.unitOf(t)).observations(List.of()).build();
    Observation aInItsUnit = new Observation.Builder().from(a)
        .level(a.level().get().unit().isPresent() ? a.level().get() : withUnit(a, ai)).build();
    return Gaps.levelGap(merged, aInItsUnit, t, ctx);
  }

  private static org.devplan.model.Bound withUnit(Observation a, Indicator ai) {
    org.devplan.model.Bound level = a.level().get();
    if (level instanceof org.devplan.model.Bound.Single s) {
      return new org.devplan.model.Bound.Single(s.kind(), s.value(), Optional.of(ai.unit()), s.text());
    }
    return level;
  }

  private record Match(Indicator indicator, Attainment.Match how) {}

  private static Optional<Match> find(Indicator ti, Plan actuals) {
    for (Indicator ai : actuals.indicators()) {
      if (ai.code().equals(ti.code())) {
        return Optional.of(new Match(ai, Attainment.Match.CODE));
      }
    }
    for (Indicator ai : actuals.indicators()) {
      if (ai.name().equals(ti.name())) {
        return Optional.of(new Match(ai, Attainment.Match.NAME));
      }
    }
    for (Indicator ai : actuals.indicators()) {
      if (ai.isCalled(ti.name()) || ti.isCalled(ai.name())
          || ai.aliases().stream().anyMatch(ti::isCalled)) {
        return Optional.of(new Match(ai, Attainment.Match.ALIAS));
      }
    }
    return Optional.empty();
  }

  private static boolean sameRegion(Region a, Region b) {
    if (a.code().isPresent() && b.code().isPresent()) {
      return a.code().equals(b.code());
    }
    return a.name().equals(b.name());
  }
}
