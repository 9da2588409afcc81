package org.devplan.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.devplan.calc.Escalation;
import org.devplan.calc.PanelAttainment;
import org.devplan.calc.PanelRow;
import org.devplan.calc.PlanPanel;
import org.devplan.model.Bound;

/** The panel as tables: long (one row per plan × concept × year × kind), wide, attainment and escalation. */
final class PanelTables {
  /** The long table's columns; the bound columns as in the tidy CSV. */
  static final ImmutableList<String> COLUMNS = ImmutableList.of("plan_id", "region", "plan_year", "concept",
      "concept_label", "year", "kind", "level", "level_bound", "level_low", "level_high", "growth_pct",
      "growth_bound", "growth_low", "growth_high", "text", "unit", "source");

  private PanelTables() {}

  static Sheet longTable(PlanPanel panel) {
    ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    for (PanelRow r : panel.rows()) {
      ImmutableList.Builder<Object> row = ImmutableList.builder();
      row.add(r.planId(), r.region().name(), new java.math.BigDecimal(r.planYear()), r.concept().code(),
          r.concept().labelZh(), new java.math.BigDecimal(r.year()), code(r.kind()));
      bound(row, r.level());
      bound(row, r.growth());
      row.add(r.text(), r.unit().symbol(), r.source());
      rows.add(row.build());
    }
    return new Sheet("panel", COLUMNS, rows.build());
  }

  /** One row per plan; per concept, year and kind a level and a growth column holding the wording. */
  static Sheet wideTable(PlanPanel panel) {
    Set<String> keys = new LinkedHashSet<>();
    Map<String, Map<String, String>> byPlan = new LinkedHashMap<>();
    Map<String, PanelRow> firstRow = new LinkedHashMap<>();
    for (PanelRow r : panel.rows()) {
      String key = r.concept().code() + "." + r.year() + "." + code(r.kind());
      Map<String, String> cells = byPlan.computeIfAbsent(r.planId(), k -> new LinkedHashMap<>());
      firstRow.putIfAbsent(r.planId(), r);
      for (String part : new String[] {"level", "growth"}) {
        Optional<Bound> b = part.equals("level") ? r.level() : r.growth();
        if (b.filter(Bound::isNumeric).isPresent()) {
          keys.add(key + "." + part);
          cells.put(key + "." + part, b.get().text());
        }
      }
    }
    ImmutableList.Builder<String> header = ImmutableList.<String>builder().add("plan_id", "region", "plan_year");
    header.addAll(keys);
    ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    byPlan.forEach((plan, cells) -> {
      PanelRow r = firstRow.get(plan);
      ImmutableList.Builder<Object> row = ImmutableList.builder();
      row.add(plan, r.region().name(), new java.math.BigDecimal(r.planYear()));
      for (String k : keys) {
        row.add(cells.getOrDefault(k, ""));
      }
      rows.add(row.build());
    });
    return new Sheet("wide", header.build(), rows.build());
  }

  static Sheet attainments(PlanPanel panel) {
    ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    for (PanelAttainment a : panel.attainments()) {
      rows.add(ImmutableList.of(a.target().region().name(), a.target().concept().code(),
          new java.math.BigDecimal(a.target().year()), a.target().text(), a.actual().text(),
          code(a.status()), a.target().planId(), a.actual().planId()));
    }
    return new Sheet("attainment", ImmutableList.of("region", "concept", "year", "target", "actual", "status",
        "target_plan", "actual_plan"), rows.build());
  }

  /** Each target against the reference plan's: the difference of their centres, in percentage points. */
  static Sheet escalations(PlanPanel panel) {
    ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    for (Escalation e : panel.escalations()) {
      rows.add(ImmutableList.of(e.target().region().name(), e.target().concept().code(),
          new java.math.BigDecimal(e.target().year()), e.target().text(), e.reference().region().name(),
          e.reference().text(), e.growthDifference().<Object>map(d -> d).orElse("")));
    }
    return new Sheet("escalation", ImmutableList.of("region", "concept", "year", "target", "reference_region",
        "reference_target", "growth_difference_pp"), rows.build());
  }

  private static void bound(ImmutableList.Builder<Object> row, Optional<Bound> bound) {
    if (bound.isEmpty()) {
      row.add("", "", "", "");
      return;
    }
    Bound b = bound.get();
    row.add(b.number().<Object>map(n -> n).orElse(""), code(b.kind()));
    row.add(b instanceof Bound.Range r ? r.low() : "", b instanceof Bound.Range r ? r.high() : "");
  }

  private static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
