package org.devplan.examples.cli;

import com.google.common.base.Strings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.devplan.calc.AuditReport;
import org.devplan.calc.CalcContext;
import org.devplan.calc.Finding;
import org.devplan.calc.IndicatorSummary;
import org.devplan.calc.PlanAudit;
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
  private final CalcContext context;

  Report(Plan plan, CalcContext context) {
    this.plan = plan;
    this.context = context;
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
    PlanSummary summary = PlanSummary.of(plan, context);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"indicator", "unit", plan.baseYear() + " actual", "growth", plan.planYear() + " target",
        "growth", "implied target", "growth to target", "notes"});
    for (IndicatorSummary row : summary.rows()) {
      if (!inAnnex(row.indicator())) {
        continue;
      }
      rows.add(new String[] {row.indicator().name(), row.indicator().unit().symbol(),
          level(row.baseActual()), growth(row.baseActual()), level(row.target()), growth(row.target()),
          row.impliedTarget().map(Object::toString).orElse(""),
          row.targetGrowth().map(Object::toString).orElse(""), String.join("; ", row.notes())});
    }
    out.printf(Locale.ROOT, "Annex indicators (%d):%n", rows.size() - 1);
    table(out, rows);
  }

  private void audit(PrintWriter out) {
    AuditReport report = PlanAudit.of(context).audit(plan);
    long failures = report.failures().size();
    out.printf(Locale.ROOT, "Audit: %d findings, %d of them problems%n", report.findings().size(), failures);
    for (Finding f : report.findings()) {
      out.println("  " + f);
    }
  }

  private long count(Provenance.Origin origin) {
    return plan.allObservations().filter(o -> o.provenance().map(Provenance::origin).orElse(null) == origin).count();
  }

  private static boolean inAnnex(Indicator indicator) {
    return indicator.observations().stream()
        .anyMatch(o -> o.provenance().map(p -> p.origin() == Provenance.Origin.TABLE).orElse(false));
  }

  private static String level(java.util.Optional<Observation> o) {
    return o.flatMap(Observation::level).map(Bound::text).map(Report::flat).orElse("");
  }

  private static String growth(java.util.Optional<Observation> o) {
    return o.flatMap(Observation::growth).map(Bound::text).map(Report::flat).orElse("");
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
          line.append(Strings.repeat(" ", widths[c] - width(row[c]) + 2));
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
