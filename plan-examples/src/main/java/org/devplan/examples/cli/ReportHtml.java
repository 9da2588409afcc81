package org.devplan.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.devplan.calc.AuditReport;
import org.devplan.calc.Calculator;
import org.devplan.calc.Finding;
import org.devplan.calc.IndicatorSummary;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;
import org.devplan.model.Span;

/**
 * The report's pictures: each annex indicator as last year's actual (a grey diamond) against this year's target
 * (a dot, a bar for a range, an arrow for 以上/以内) on its own scale, units labelled; then the audit's findings,
 * problems first, each linked to its source lines, highlighted in the plan's text below.
 */
final class ReportHtml {
  private ReportHtml() {}

  static void write(Plan plan, Calculator calc, Path path) {
    StringBuilder body = new StringBuilder();
    body.append("<p>").append(Html.escape(plan.region().name() + " · " + plan.baseYear() + "年完成 ◆ / "
        + plan.planYear() + "年目标 ●")).append("</p>\n").append(Html.legend(false));
    body.append(annex(plan, calc));
    AuditReport audit = calc.audit(plan);
    Set<Integer> lines = new HashSet<>();
    body.append(findings(audit, lines));
    body.append(source(plan, lines));
    Html.write(path, plan.title(), body.toString());
  }

  private static String annex(Plan plan, Calculator calc) {
    List<String> rows = new ArrayList<>();
    for (IndicatorSummary s : calc.summary(plan).rows()) {
      boolean inTable = s.indicator().observations().stream()
          .anyMatch(o -> o.provenance().map(p -> p.origin() == Provenance.Origin.TABLE).orElse(false));
      if (!inTable) {
        continue;
      }
      boolean growth = numeric(s.target().flatMap(Observation::growth))
          || (!numeric(s.target().flatMap(Observation::level)) && numeric(s.baseActual().flatMap(Observation::growth)));
      Optional<Bound> target = s.target().flatMap(growth ? Observation::growth : Observation::level)
          .filter(Bound::isNumeric);
      Optional<Bound> actual = s.baseActual().flatMap(growth ? Observation::growth : Observation::level)
          .filter(Bound::isNumeric);
      if (target.isEmpty() && actual.isEmpty()) {
        continue;
      }
      String unit = growth ? "增长%" : s.indicator().unitOf(s.target().or(s::baseActual).orElseThrow()).symbol();
      rows.add(row(s.indicator().name(), unit, actual, target, rows.size()));
    }
    int height = rows.size() * Html.ROW + 10;
    int width = Html.LABEL + Html.PLOT + Html.NOTE;
    return "<h2>附件指标 · annex indicators (" + rows.size() + ")</h2>\n"
        + String.format(Locale.ROOT, "<svg class=\"chart annex\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\">", width, height, width, height)
        + String.join("", rows) + "</svg>\n";
  }

  /** One indicator on its own scale: actual, target, the unit and the wording at the right. */
  private static String row(String name, String unit, Optional<Bound> actual, Optional<Bound> target, int i) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Optional<Bound> b : List.of(actual, target)) {
      Optional<double[]> e = Html.extent(b);
      if (e.isPresent()) {
        min = Math.min(min, e.get()[0]);
        max = Math.max(max, e.get()[1]);
      }
    }
    double pad = Math.max(Math.abs(max - min) * 0.6, Math.max(Math.abs(max), 1) * 0.15);
    Html.Scale s = new Html.Scale(min - pad, max + pad);
    double y = 18 + i * Html.ROW;
    StringBuilder b = new StringBuilder("<g class=\"row\" data-indicator=\"").append(Html.escape(name)).append("\">");
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>",
        Html.LABEL, y, Html.LABEL + Html.PLOT, y));
    b.append(Html.text("indicator", Html.LABEL - 10, y, shorten(name), "end", "#222"));
    target.ifPresent(t -> b.append(Html.target(s, t, y)));
    actual.ifPresent(a -> b.append(Html.actual(s, a, y)));
    String note = actual.map(Bound::text).orElse("—") + " → " + target.map(Bound::text).orElse("—") + " " + unit;
    b.append(Html.text("note", Html.LABEL + Html.PLOT + 8, y, note, "start", "#444"));
    return b.append("</g>").toString();
  }

  private static String shorten(String name) {
    return name.codePointCount(0, name.length()) <= 14 ? name
        : name.substring(0, name.offsetByCodePoints(0, 13)) + "…";
  }

  private static String findings(AuditReport audit, Set<Integer> lines) {
    StringBuilder b = new StringBuilder("<h2>审核 · audit</h2>\n<ul class=\"findings\">\n");
    int passed = audit.findings().size() - audit.failures().size();
    for (Finding f : audit.failures()) {
      b.append("<li class=\"fail\">").append(Html.escape(f.severity() + " " + f.check().label() + ": "
          + f.message()));
      for (Provenance p : f.provenance()) {
        lines.add(p.start().line());
        b.append(" <a href=\"#L").append(p.start().line()).append("\">").append(Html.escape(p.toString()))
            .append("</a>");
      }
      b.append("</li>\n");
    }
    b.append("<li class=\"pass\">").append(passed).append(" checks passed</li>\n</ul>\n");
    return b.toString();
  }

  /** The plan's text, line by line, the lines that findings cite highlighted and anchored. */
  private static String source(Plan plan, Set<Integer> lines) {
    if (plan.spans().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Span s : plan.spans()) {
      text.append(s.text());
    }
    StringBuilder b = new StringBuilder("<h2>原文 · source text</h2>\n<div class=\"src\">");
    String[] all = text.toString().split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      int line = i + 1;
      String escaped = Html.escape(all[i]);
      b.append(lines.contains(line) ? "<mark id=\"L" + line + "\">" + escaped + "</mark>" : escaped);
      b.append(i < all.length - 1 ? "\n" : "");
    }
    return b.append("</div>\n").toString();
  }

  private static boolean numeric(Optional<Bound> b) {
    return b.filter(Bound::isNumeric).isPresent();
  }
}
