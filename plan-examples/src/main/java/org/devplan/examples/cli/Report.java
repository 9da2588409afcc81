package org.devplan.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.devplan.calc.AuditReport;
import org.devplan.calc.CalcResult;
import org.devplan.calc.Calculator;
import org.devplan.calc.Finding;
import org.devplan.calc.IndicatorSummary;
import org.devplan.calc.PlanSummary;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;

/** The terminal report of a plan: what it is, its chapters, its annex indicators with computed figures, its audit. */
final class Report {
  private final Plan plan;
  private final Calculator calc;

  Report(Plan plan, Calculator calc) {
    this.plan = plan;
    this.calc = calc;
  }

  void print(PrintWriter out) {
    out.println(plan.title());
    out.printf(Locale.ROOT, "%s · %s · plan year %d · base year %d · id %s%n", plan.region().name(),
        plan.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), plan.planYear(), plan.baseYear(), plan.id());
    out.println();
    chapters(out);
    out.println();
    indicators(out);
    out.println();
    audit(out);
    out.flush();
  }

  private void chapters(PrintWriter out) {
    Map<Integer, Long> byDepth = new TreeMap<>();
    plan.allChapters().forEach(c -> byDepth.merge(c.depth(), 1L, Long::sum));
    out.printf(Locale.ROOT, "Chapters: %d in all (%s), %d tasks%n", plan.allChapters().count(),
        String.join(", ", byDepth.entrySet().stream().map(e -> "depth " + e.getKey() + ": " + e.getValue())
            .toList()), plan.allTasks().count());
    for (Chapter top : plan.chapters()) {
      long children = top.selfAndDescendants().count() - 1;
      long tasks = top.selfAndDescendants().mapToLong(c -> c.tasks().size()).sum();
      long figures = plan.allObservations().filter(o -> o.chapter().map(p -> p.equals(top.path())
          || p.startsWith(top.path() + ".")).orElse(false)).count();
      out.printf(Locale.ROOT, "  %s %s: %d sub-chapters, %d tasks, %d figures%n", top.path(), heading(top),
          children, tasks, figures);
    }
  }

  /** Label and title as printed: {@code 一、标题}, or {@code 附件 标题} where the label ends in a letter. */
  private static String heading(Chapter c) {
    String label = c.label();
    boolean letter = !label.isEmpty() && Character.isLetter(label.codePointBefore(label.length()));
    return label + (letter && !c.title().isEmpty() ? " " : "") + c.title();
  }

  private void indicators(PrintWriter out) {
    long table = count(Provenance.Origin.TABLE);
    long narrative = count(Provenance.Origin.NARRATIVE);
    out.printf(Locale.ROOT, "Indicators: %d (%d observations: %d from the annex table, %d from the narrative)%n",
        plan.indicators().size(), plan.allObservations().count(), table, narrative);
    PlanSummary summary = calc.summary(plan);
    List<IndicatorSummary> annex = summary.rows().stream().filter(r -> inAnnex(r.indicator())).toList();
    boolean lastTargets = annex.stream().anyMatch(r -> baseTarget(r.indicator()).isPresent());
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("indicator"));
    if (lastTargets) {
      header.addAll(List.of(plan.baseYear() + "年目标", "attained"));
    }
    header.addAll(List.of(plan.baseYear() + "年完成", "growth", plan.planYear() + "年目标", "growth",
        plan.baseYear() + " vs target", "implied target", "growth to target", "notes"));
    rows.add(header.toArray(String[]::new));
    for (IndicatorSummary row : annex) {
      Indicator i = row.indicator();
      List<String> cells = new ArrayList<>(List.of(i.name()));
      if (lastTargets) {
        Optional<Observation> t = baseTarget(i);
        cells.add(t.map(o -> figures(i, o)).orElse(""));
        cells.add(t.flatMap(o -> row.baseActual().map(a -> attained(i, a, o))).orElse(""));
      }
      cells.addAll(List.of(level(i, row.baseActual()), growth(row.baseActual()), level(i, row.target()),
          growth(row.target()), gap(row), row.impliedTarget().map(g -> implied(g, row)).orElse(""),
          row.targetGrowth().map(Report::computedRate).orElse(""), String.join("; ", row.notes())));
      rows.add(cells.toArray(String[]::new));
    }
    out.printf(Locale.ROOT, "Annex indicators (%d):%n", rows.size() - 1);
    table(out, rows);
  }

  private void audit(PrintWriter out) {
    AuditReport report = calc.audit(plan);
    List<Finding> failures = report.failures();
    out.printf(Locale.ROOT, "Audit: %d findings, %d of them problems%n", report.findings().size(), failures.size());
    for (Finding f : failures) {
      out.println("  " + shortLine(f));
    }
    Map<String, Long> passed = new TreeMap<>();
    report.findings().stream().filter(f -> !f.isFailure()).forEach(f -> passed.merge(f.check().label(), 1L,
        Long::sum));
    out.println("  passed: " + (passed.isEmpty() ? "none" : String.join(", ", passed.entrySet().stream()
        .map(e -> e.getKey() + " ×" + e.getValue()).toList())));
  }

  /** {@code WARNING conflicting-figures 城镇新增就业人数 2025 actual: message [sources]}. */
  private String shortLine(Finding f) {
    StringBuilder b = new StringBuilder().append(f.severity()).append(' ').append(f.check().label()).append(' ')
        .append(String.join(",", f.indicatorCodes().stream()
            .map(c -> plan.indicatorByCode(c).map(Indicator::name).orElse(c)).toList()));
    f.year().ifPresent(y -> b.append(' ').append(y));
    f.kind().ifPresent(k -> b.append(' ').append(k.name().toLowerCase(Locale.ROOT)));
    b.append(": ").append(f.message());
    if (!f.provenance().isEmpty()) {
      b.append(" [").append(String.join(", ", f.provenance().stream().map(Provenance::toString).toList()))
          .append(']');
    }
    return b.toString();
  }

  private long count(Provenance.Origin origin) {
    return plan.allObservations().filter(o -> o.provenance().map(Provenance::origin).orElse(null) == origin).count();
  }

  private static boolean inAnnex(Indicator indicator) {
    return indicator.observations().stream()
        .anyMatch(o -> o.provenance().map(p -> p.origin() == Provenance.Origin.TABLE).orElse(false));
  }

  /** The target the document gives for the base year (a review table's 全年目标), if any. */
  private Optional<Observation> baseTarget(Indicator i) {
    return i.observations(Observation.Kind.TARGET, plan.baseYear()).stream().findFirst();
  }

  private String attained(Indicator i, Observation actual, Observation target) {
    Optional<org.devplan.calc.Gap> g = calc.growthGap(i, actual, target)
        .or(() -> calc.levelGap(i, actual, target));
    return g.map(x -> x.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
  }

  /** Level and growth of a target, as in the level and growth columns. */
  private static String figures(Indicator i, Observation o) {
    String level = level(i, Optional.of(o));
    String growth = growth(Optional.of(o));
    return level.isEmpty() || growth.isEmpty() ? level + growth : level + ", " + growth;
  }

  /** The level with its unit written after the figure ({@code 419.73亿元}, {@code 5.5万人以上}). */
  private static String level(Indicator i, Optional<Observation> o) {
    Optional<Bound> b = o.flatMap(Observation::level);
    if (b.isEmpty() || b.get().kind() == Bound.Kind.ABSENT) {
      return b.map(Bound::text).map(Report::flat).orElse("");
    }
    String unit = i.unitOf(o.get()).symbol();
    return b.get().unit().isPresent() || unit.equals("—") ? flat(b.get().text()) : withUnit(flat(b.get().text()),
        unit);
  }

  /** The growth with {@code %} after each figure ({@code 2%以上}, {@code 5%—5.5%}); words as written. */
  private static String growth(Optional<Observation> o) {
    Optional<Bound> b = o.flatMap(Observation::growth);
    if (b.isEmpty() || !b.get().isNumeric() || b.get().unit().isPresent()) {
      return b.map(Bound::text).map(Report::flat).orElse("");
    }
    return withUnit(flat(b.get().text()), "%");
  }

  private static String withUnit(String text, String unit) {
    return NUMBER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group() + unit));
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("(?<![0-9.])[-+]?[0-9]+(\\.[0-9]+)?(?![0-9.])");

  /** Last year's figure against this year's bounded target: the difference, and whether it already meets it. */
  private String gap(IndicatorSummary row) {
    Optional<org.devplan.calc.Gap> g = row.baseGap();
    if (row.baseActual().isPresent() && row.target().isPresent()
        && row.target().get().growth().filter(Bound::isNumeric).isPresent()) {
      g = calc.growthGap(row.indicator(), row.baseActual().get(), row.target().get());
    }
    Bound target = g.map(org.devplan.calc.Gap::target).orElse(null);
    if (g.isEmpty() || g.get().difference().isEmpty() || target == null || target.kind() == Bound.Kind.EXACT) {
      return "";
    }
    java.math.BigDecimal d = g.get().difference().get().setScale(2, java.math.RoundingMode.HALF_UP);
    return (d.signum() > 0 ? "+" : "") + d.toPlainString() + g.get().differenceUnit().map(u -> u.symbol()).orElse("")
        + (g.get().isMet() ? " (met)" : " (not met)");
  }

  /** An implied level, to the decimals of the base level as printed. */
  private static String implied(CalcResult g, IndicatorSummary row) {
    int scale = row.baseActual().flatMap(Observation::level).flatMap(Bound::number)
        .map(java.math.BigDecimal::scale).orElse(g.value().scale());
    return g.unrounded().setScale(Math.max(scale, 0), java.math.RoundingMode.HALF_UP).toPlainString()
        + g.unit().symbol();
  }

  /** A computed rate or change, always with two decimals. */
  private static String computedRate(CalcResult g) {
    return g.unrounded().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + g.unit().symbol();
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Prints rows as columns aligned by display width (CJK characters take two columns). */
  static void table(PrintWriter out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        line.append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - width(row[c]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
