package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.devplan.calc.internal.Decimals;
import org.devplan.calc.internal.Classifications;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

/** The checks behind {@link Calculator#audit}, described there. Immutable and thread-safe. */
final class PlanAudit {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CalcContext ctx;

  PlanAudit(CalcContext ctx) {
    this.ctx = ctx;
  }

  /** Runs every check on {@code plan}: the body of {@link Calculator#audit}. */
  AuditReport audit(Plan plan) {
    List<Finding> out = new ArrayList<>();
    List<Index> indexes = new ArrayList<>(plan.indicators().size());
    for (Indicator i : plan.indicators()) {
      indexes.add(new Index(plan, i));
    }
    for (Index i : indexes) {
      targetArithmetic(i, out);
    }
    for (Indicator i : plan.indicators()) {
      conflicting(i, out);
    }
    for (Indicator i : plan.indicators()) {
      growthSign(i, out);
    }
    repeated(plan, out);
    for (Indicator i : plan.indicators()) {
      unitDimension(i, out);
    }
    for (Indicator i : plan.indicators()) {
      shareOver100(i, out);
    }
    return ImmutableAuditReport.builder().planId(plan.id()).context(ctx).findings(out).build();
  }

  /**
   * One indicator's observations as the target arithmetic looks them up, sorted in one pass over them: the
   * plan-year targets with a single level and a numeric growth, and the base-year actuals.
   */
  private static final class Index {
    final Indicator indicator;
    final List<Observation> targets = new ArrayList<>();
    final List<Observation> baseActuals = new ArrayList<>();

    Index(Plan plan, Indicator indicator) {
      this.indicator = indicator;
      for (Observation o : indicator.observations()) {
        int year = o.year();
        if (o.kind() == Observation.Kind.TARGET && year == plan.planYear() && o.level().isPresent()
            && o.level().get() instanceof Bound.Single && o.growth().isPresent() && o.growth().get().isNumeric()) {
          targets.add(o);
        }
        if (o.kind() == Observation.Kind.ACTUAL && year == plan.baseYear()) {
          baseActuals.add(o);
        }
      }
    }
  }

  // ---- 1. target arithmetic ----

  private void targetArithmetic(Index index, List<Finding> out) {
    Indicator ind = index.indicator;
    List<Observation> targets = index.targets;
    if (targets.isEmpty()) {
      return;
    }
    List<Observation> bases = distinctLevels(ind, index.baseActuals);
    if (bases.isEmpty()) {
      return;
    }
    PriceBasis basis = PriceBasis.of(ind);
    for (Observation t : targets) {
      for (Observation base : bases) {
        ImmutableFinding.Builder f = finding(Finding.Check.TARGET_ARITHMETIC, ind, t).addAllObservationIds(
            List.of(base.id(), t.id())).addAllProvenance(provenance(base, t));
        Bound.Single tl = single(t.level()).get();
        Unit unit = ind.unitOf(t);
        Bound.Single bl = single(base.level()).get();
        Unit baseUnit = ind.unitOf(base);
        Bound g = t.growth().get();
        if (basis.isComparablePrices()) {
          if (basis.evidence() == org.devplan.model.Evidence.INFERRED) {
            f.addInference(basis.reason());
          }
          out.add(skipped(f, "growth is at comparable prices (" + basis.reason() + "): the nominal level "
              + bl.text() + " cannot be grown by " + g.text() + "%"));
          continue;
        }
        if (unit.isPercentLike() || baseUnit.isPercentLike()) {
          out.add(skipped(f, "the level is a percentage: growth in % of a percentage is ambiguous"));
          continue;
        }
        if (g.unit().filter(u -> !u.equals(Unit.PERCENT)).isPresent()) {
          out.add(skipped(f, "growth " + g.text() + " is in percentage points, not a growth factor"));
          continue;
        }
        if (!baseUnit.isConvertibleTo(unit)) {
          out.add(skipped(f, "base unit " + baseUnit + " does not convert to the target's " + unit));
          continue;
        }
        BigDecimal b = baseUnit.convert(bl.value(), unit);
        BigDecimal printed = tl.value();
        BigDecimal tol = Decimals.halfUnit(printed);
        BigDecimal low = Decimals.trim(b.multiply(Rate.percent(g.lower().or(g::upper).orElseThrow()).factor()));
        BigDecimal high = Decimals.trim(b.multiply(Rate.percent(g.upper().or(g::lower).orElseThrow()).factor()));
        String gText = Decimals.percentText(g);
        String factorText = g.kind() == Bound.Kind.RANGE ? gText
            : g.number().orElseThrow().toPlainString() + "%";
        boolean ok;
        String rule;
        switch (g.kind()) {
          case AT_LEAST, GREATER_THAN -> {
            ok = printed.compareTo(low.subtract(tol)) >= 0;
            rule = "growth " + gText + " sets a minimum: printed ≥ implied − tolerance";
          }
          case AT_MOST, LESS_THAN -> {
            ok = printed.compareTo(high.add(tol)) <= 0;
            rule = "growth " + gText + " sets a maximum: printed ≤ implied + tolerance";
          }
          case RANGE -> {
            ok = printed.compareTo(low.subtract(tol)) >= 0 && printed.compareTo(high.add(tol)) <= 0;
            rule = "growth " + gText + " is a range: printed within the implied ends ± tolerance";
          }
          default -> {
            ok = printed.subtract(low).abs().compareTo(tol) <= 0;
            rule = "growth " + gText + ": |printed − implied| ≤ tolerance";
          }
        }
        Map<String, Quantity> numbers = new LinkedHashMap<>();
        numbers.put("base " + base.year(), Quantity.of(bl.value(), baseUnit));
        numbers.put("growth " + t.year(), Quantity.of(g.number().orElse(low), Unit.PERCENT));
        if (g.kind() == Bound.Kind.RANGE) {
          numbers.put("growth " + t.year(), Quantity.of(g.lower().orElseThrow(), Unit.PERCENT));
          numbers.put("growth high " + t.year(), Quantity.of(g.upper().orElseThrow(), Unit.PERCENT));
          numbers.put("implied high " + t.year(), Quantity.of(high, unit));
        }
        numbers.put("implied " + t.year(), Quantity.of(low, unit));
        numbers.put("printed " + t.year(), Quantity.of(printed, unit));
        numbers.put("difference", Quantity.of(Decimals.trim(printed.subtract(low)), unit));
        String msg = (ok ? "consistent: " : "inconsistent: ") + bl.value().toPlainString() + " × (1 + " + factorText
            + ") = " + low.toPlainString() + unit.symbol() + " vs printed " + printed.toPlainString() + unit.symbol()
            + " (" + rule + "): " + (ok ? "passes" : "fails");
        f.numbers(numbers).tolerance(Quantity.of(tol, unit)).message(msg)
            .outcome(ok ? Finding.Outcome.PASSED : Finding.Outcome.FAILED)
            .severity(ok ? Finding.Severity.INFO : Finding.Severity.ERROR);
        out.add(f.build());
      }
    }
  }

  /** Base-year actual observations with a single figure, one per distinct figure, in document order. */
  private static List<Observation> distinctLevels(Indicator ind, List<Observation> obs) {
    List<Observation> out = new ArrayList<>();
    for (Observation o : obs) {
      Optional<Bound.Single> s = single(o.level()).filter(x -> x.kind() == Bound.Kind.EXACT);
      if (s.isPresent() && !containsFigure(ind, out, o)) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean containsFigure(Indicator ind, List<Observation> list, Observation o) {
    for (Observation p : list) {
      if (sameFigure(ind, p, o)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFigure(Indicator ind, Observation a, Observation b) {
    Bound.Single x = single(a.level()).orElseThrow();
    Bound.Single y = single(b.level()).orElseThrow();
    Unit ua = ind.unitOf(a);
    Unit ub = ind.unitOf(b);
    return ub.isConvertibleTo(ua) && x.value().compareTo(ub.convert(y.value(), ua)) == 0;
  }

  // ---- 2. conflicting figures ----

  /** Compares the observations of each group of one kind, period and change, groups in order of first mention. */
  private void conflicting(Indicator ind, List<Finding> out) {
    List<Observation> all = ind.observations();
    boolean[] grouped = new boolean[all.size()];
    for (int first = 0; first < all.size(); first++) {
      if (grouped[first]) {
        continue;
      }
      Observation a = all.get(first);
      List<Observation> g = null;
      for (int k = first + 1; k < all.size(); k++) {
        Observation b = all.get(k);
        if (!grouped[k] && b.kind() == a.kind() && b.isChange() == a.isChange() && b.period().equals(a.period())) {
          if (g == null) {
            g = new ArrayList<>();
            g.add(a);
          }
          g.add(b);
          grouped[k] = true;
        }
      }
      if (g == null) {
        continue;
      }
      Map<String, Boolean> seen = new LinkedHashMap<>();
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          compare(ind, g.get(i), g.get(j), "level", ind.unitOf(g.get(i)), ind.unitOf(g.get(j)),
              g.get(i).level(), g.get(j).level(), seen, out);
          compare(ind, g.get(i), g.get(j), "growth", g.get(i).growth().flatMap(Bound::unit).orElse(Unit.PERCENT),
              g.get(j).growth().flatMap(Bound::unit).orElse(Unit.PERCENT), g.get(i).growth(), g.get(j).growth(),
              seen, out);
        }
      }
    }
  }

  private void compare(Indicator ind, Observation a, Observation b, String what, Unit ua, Unit ub,
      Optional<Bound> ba, Optional<Bound> bb, Map<String, Boolean> seen, List<Finding> out) {
    Optional<Bound.Single> x = single(ba);
    Optional<Bound.Single> y = single(bb);
    if (x.isEmpty() || y.isEmpty() || !ub.isConvertibleTo(ua)) {
      return;
    }
    BigDecimal vx = x.get().value();
    BigDecimal vy = ub.convert(y.get().value(), ua);
    String key = what + " " + vx.stripTrailingZeros().toPlainString() + x.get().kind() + " "
        + vy.stripTrailingZeros().toPlainString() + y.get().kind();
    boolean sameNumber = vx.compareTo(vy) == 0;
    if ((sameNumber && x.get().kind() == y.get().kind()) || seen.put(key, true) != null) {
      return;
    }
    Finding.Severity severity;
    String msg;
    if (sameNumber) {
      severity = Finding.Severity.INFO;
      msg = what + " stated with different qualifiers: " + x.get().text() + " vs " + y.get().text();
    } else if (roundsTo(vx, vy) || roundsTo(vy, vx)) {
      severity = Finding.Severity.INFO;
      msg = what + " stated at different precision: " + x.get().text() + " vs " + y.get().text()
          + " (one is the other rounded)";
    } else {
      severity = Finding.Severity.WARNING;
      msg = what + " stated with different figures: " + x.get().text() + (x.get().unit().isPresent() ? "" : ua.symbol())
          + " (" + where(a) + ") vs "
          + y.get().text() + (y.get().unit().isPresent() ? "" : ub.symbol()) + " (" + where(b) + ")";
    }
    Map<String, Quantity> numbers = new LinkedHashMap<>();
    numbers.put(what + " " + where(a), Quantity.of(vx, ua));
    numbers.put(what + " " + where(b) + (numbers.containsKey(what + " " + where(b)) ? " (2)" : ""),
        Quantity.of(vy, ua));
    numbers.put("difference", Quantity.of(vy.subtract(vx), ua.equals(Unit.PERCENT) ? Unit.PERCENTAGE_POINT : ua));
    out.add(finding(Finding.Check.CONFLICTING_FIGURES, ind, a).outcome(Finding.Outcome.FAILED).severity(severity)
        .message(msg).numbers(numbers).tolerance(Quantity.of(BigDecimal.ZERO, ua))
        .addAllObservationIds(List.of(a.id(), b.id())).addAllProvenance(provenance(a, b)).build());
  }

  /** True if {@code precise}, rounded half-up to the decimals of {@code coarse}, equals {@code coarse}. */
  private static boolean roundsTo(BigDecimal precise, BigDecimal coarse) {
    return precise.scale() > coarse.scale()
        && precise.setScale(Math.max(0, coarse.scale()), RoundingMode.HALF_UP).compareTo(coarse) == 0;
  }

  private static String where(Observation o) {
    return o.provenance().map(p -> p.origin().name().toLowerCase(java.util.Locale.ROOT)).orElse(o.id());
  }

  // ---- 3. growth sign vs verb ----

  private void growthSign(Indicator ind, List<Finding> out) {
    for (Observation o : ind.observations()) {
      if (o.verb().isEmpty()) {
        continue;
      }
      String verb = o.verb().get();
      Classifications.Verb sense = Classifications.verb(verb);
      if (sense == Classifications.Verb.NEITHER) {
        continue;
      }
      boolean decline = sense == Classifications.Verb.DECLINE;
      Optional<Bound> figure = o.growth().isPresent() ? o.growth() : o.isChange() ? o.level() : Optional.empty();
      Optional<BigDecimal> n = figure.filter(Bound::isNumeric).flatMap(b -> b.lower().or(b::upper));
      if (n.isEmpty() || n.get().signum() == 0) {
        continue;
      }
      boolean wrong = decline ? n.get().signum() > 0 : n.get().signum() < 0;
      if (wrong) {
        out.add(finding(Finding.Check.GROWTH_SIGN, ind, o).outcome(Finding.Outcome.FAILED)
            .severity(Finding.Severity.ERROR)
            .message("verb " + verb + " with " + (decline ? "a positive" : "a negative") + " figure "
                + figure.get().text() + ": a " + (decline ? "decline" : "rise") + " should be "
                + (decline ? "negative" : "positive"))
            .putNumber("figure", Quantity.of(n.get(), figure.get().unit().orElse(Unit.PERCENT)))
            .addObservationId(o.id()).addAllProvenance(provenance(o)).build());
      }
    }
  }

  // ---- 4. repeated values in an annex group ----

  /** Levels of one annex group, kind, period and unit that are the same number. */
  private record Repeat(String group, Observation.Kind kind, org.devplan.model.Period period, String unit,
      BigDecimal value) {}

  private void repeated(Plan plan, List<Finding> out) {
    Map<Repeat, List<Object[]>> byKey = new LinkedHashMap<>();
    for (Indicator ind : plan.indicators()) {
      if (ind.group().isEmpty()) {
        continue;
      }
      for (Observation o : ind.observations()) {
        if (o.provenance().filter(p -> p.origin() != Provenance.Origin.TABLE).isPresent() || o.isChange()) {
          continue;
        }
        Optional<Bound.Single> s = single(o.level());
        if (s.isEmpty()) {
          continue;
        }
        Unit u = ind.unitOf(o);
        BigDecimal v = s.get().value();
        if (v.signum() == 0 || (u.equals(Unit.PERCENT) && v.compareTo(HUNDRED) == 0)) {
          continue;
        }
        Repeat key = new Repeat(ind.group().get(), o.kind(), o.period(), u.symbol(), v.stripTrailingZeros());
        List<Object[]> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (list.isEmpty() || list.get(list.size() - 1)[0] != ind) {
          list.add(new Object[] {ind, o, u});
        }
      }
    }
    for (List<Object[]> list : byKey.values()) {
      if (list.size() < 2) {
        continue;
      }
      Indicator first = (Indicator) list.get(0)[0];
      Observation o0 = (Observation) list.get(0)[1];
      Unit u = (Unit) list.get(0)[2];
      ImmutableFinding.Builder f = ImmutableFinding.builder().check(Finding.Check.REPEATED_VALUE)
          .outcome(Finding.Outcome.FAILED).severity(Finding.Severity.WARNING).year(o0.year()).kind(o0.kind());
      StringBuilder names = new StringBuilder();
      for (Object[] e : list) {
        Indicator ind = (Indicator) e[0];
        Observation o = (Observation) e[1];
        f.addIndicatorCode(ind.code()).addObservationId(o.id()).addAllProvenance(provenance(o))
            .putNumber(ind.code(), Quantity.of(single(o.level()).orElseThrow().value(), u));
        names.append(names.length() == 0 ? "" : ", ").append(ind.name());
      }
      f.message("the same figure " + single(o0.level()).orElseThrow().value().toPlainString() + u.symbol()
          + " for " + list.size() + " different indicators of group " + first.group().orElseThrow() + " ("
          + names + "): a possible copy error");
      out.add(f.tolerance(Quantity.of(BigDecimal.ZERO, u)).build());
    }
  }

  // ---- 5. units vs dimension ----

  private void unitDimension(Indicator ind, List<Finding> out) {
    Unit unit = ind.unit();
    if (unit.equals(Unit.UNSPECIFIED)) {
      return; // no unit stated: nothing to check it against
    }
    var rule = Classifications.name(ind.name()).dimensionRule();
    if (!unit.isCustom() && rule.isPresent() && !rule.get().getValue().dimensions().contains(unit.dimension())) {
      out.add(finding(Finding.Check.UNIT_DIMENSION, ind).outcome(Finding.Outcome.FAILED)
          .severity(Finding.Severity.WARNING)
          .message("unit " + unit + " measures " + unit.dimension() + ", but a name ending in "
              + rule.get().getKey() + " measures " + rule.get().getValue().dimensions())
          .addInference("dimension inferred from the name ending " + rule.get().getKey()).build());
    } else if ((ind.measure().value() == Indicator.Measure.SHARE || ind.measure().value() == Indicator.Measure.RATE)
        && unit.dimension() != org.devplan.model.Dimension.RATIO) {
      out.add(finding(Finding.Check.UNIT_DIMENSION, ind).outcome(Finding.Outcome.FAILED)
          .severity(Finding.Severity.WARNING)
          .message("measure " + ind.measure().value() + " needs a ratio unit (%), not " + unit).build());
    }
    for (Observation o : ind.observations()) {
      Optional<Unit> written = o.level().flatMap(Bound::unit);
      if (written.isPresent() && !o.isChange() && !written.get().isConvertibleTo(unit)) {
        out.add(finding(Finding.Check.UNIT_DIMENSION, ind, o).outcome(Finding.Outcome.FAILED)
            .severity(Finding.Severity.WARNING)
            .message("level " + o.level().get().text() + " is written in " + written.get()
                + ", which does not convert to the indicator's unit " + unit)
            .addObservationId(o.id()).addAllProvenance(provenance(o)).build());
      }
    }
  }

  // ---- 6. shares above 100% ----

  private void shareOver100(Indicator ind, List<Finding> out) {
    Optional<String> ending = Classifications.name(ind.name()).shareEnding();
    boolean share = ind.measure().value() == Indicator.Measure.SHARE
        || (ind.measure().value() == Indicator.Measure.UNSPECIFIED && ending.isPresent());
    if (!share) {
      return;
    }
    for (Observation o : ind.observations()) {
      Unit u = ind.unitOf(o);
      if (o.isChange() || o.level().isEmpty() || !u.isConvertibleTo(Unit.PERCENT)) {
        continue;
      }
      Bound level = o.level().get();
      Optional<BigDecimal> top = level.lower().or(level::upper);
      if (level instanceof Bound.Range r) {
        top = Optional.of(r.high());
      }
      if (top.isEmpty()) {
        continue;
      }
      BigDecimal pct = u.convert(top.get(), Unit.PERCENT);
      if (pct.compareTo(HUNDRED) > 0) {
        ImmutableFinding.Builder f = finding(Finding.Check.SHARE_OVER_100, ind, o).outcome(Finding.Outcome.FAILED)
            .severity(Finding.Severity.ERROR)
            .message("a share cannot exceed 100%: " + level.text())
            .putNumber("share", Quantity.of(pct, Unit.PERCENT)).tolerance(Quantity.of(BigDecimal.ZERO, Unit.PERCENT))
            .addObservationId(o.id()).addAllProvenance(provenance(o));
        if (ind.measure().value() != Indicator.Measure.SHARE) {
          f.addInference("share inferred from the name ending " + ending.orElseThrow());
        }
        out.add(f.build());
      }
    }
  }

  // ---- helpers ----

  private static Optional<Bound.Single> single(Optional<Bound> b) {
    return b.filter(Bound.Single.class::isInstance).map(Bound.Single.class::cast);
  }

  private static List<Provenance> provenance(Observation... obs) {
    return Stream.of(obs).map(Observation::provenance).flatMap(Optional::stream).toList();
  }

  private static ImmutableFinding.Builder finding(Finding.Check check, Indicator ind, Observation o) {
    return finding(check, ind).year(o.year()).kind(o.kind());
  }

  private static ImmutableFinding.Builder finding(Finding.Check check, Indicator ind) {
    return ImmutableFinding.builder().check(check).addIndicatorCode(ind.code());
  }

  private static Finding skipped(ImmutableFinding.Builder f, String why) {
    return f.outcome(Finding.Outcome.SKIPPED).severity(Finding.Severity.INFO).message("skipped: " + why).build();
  }
}
