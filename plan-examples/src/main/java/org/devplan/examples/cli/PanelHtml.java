package org.devplan.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.devplan.calc.PanelRow;
import org.devplan.calc.PlanPanel;
import org.devplan.model.Bound;
import org.devplan.model.Observation;

/**
 * The panel's pictures: per concept and year, a dot plot of the regions' targets (ranges as bars, 以上 as arrows),
 * last year's actual beside each as a grey diamond and the reference plan's target as a red line.
 */
final class PanelHtml {
  private PanelHtml() {}

  static void write(PlanPanel panel, Path path) {
    Map<String, List<PanelRow>> charts = new LinkedHashMap<>();
    List<PanelRow> reference = panel.referenceRows();
    for (PanelRow r : panel.rows()) {
      if (r.kind() == Observation.Kind.TARGET && !reference.contains(r)) {
        charts.computeIfAbsent(r.concept().code() + " " + r.year(), k -> new ArrayList<>()).add(r);
      }
    }
    StringBuilder body = new StringBuilder();
    body.append(Html.legend(!reference.isEmpty()));
    for (List<PanelRow> rows : charts.values()) {
      body.append(chart(panel, rows, reference));
    }
    Html.write(path, "Panel: targets by region", body.toString());
  }

  private static String chart(PlanPanel panel, List<PanelRow> rows, List<PanelRow> reference) {
    PanelRow first = rows.get(0);
    boolean growth = rows.stream().anyMatch(r -> r.growth().filter(Bound::isNumeric).isPresent());
    Optional<PanelRow> ref = reference.stream().filter(r -> r.kind() == Observation.Kind.TARGET
        && r.year() == first.year() && r.concept().equals(first.concept())).findFirst();
    List<double[]> extents = new ArrayList<>();
    List<Optional<Bound>> actuals = new ArrayList<>();
    for (PanelRow r : rows) {
      Html.extent(figure(r, growth)).ifPresent(extents::add);
      Optional<Bound> actual = panel.rows().stream().filter(a -> a.planId().equals(r.planId())
          && a.kind() == Observation.Kind.ACTUAL && a.year() == r.year() - 1 && a.concept().equals(r.concept()))
          .findFirst().flatMap(a -> figure(a, growth)).filter(Bound::isNumeric);
      actuals.add(actual);
      Html.extent(actual).ifPresent(extents::add);
    }
    ref.flatMap(r -> Html.extent(figure(r, growth))).ifPresent(extents::add);
    if (extents.isEmpty()) {
      return "";
    }
    double min = extents.stream().mapToDouble(e -> e[0]).min().orElseThrow();
    double max = extents.stream().mapToDouble(e -> e[1]).max().orElseThrow();
    Html.Scale s = Html.Scale.around(min, max);
    String unit = growth ? "增长 %" : first.unit().symbol();
    int height = rows.size() * Html.ROW + 10;
    StringBuilder b = new StringBuilder();
    b.append("<h2>").append(Html.escape(first.concept().labelZh() + " · " + first.concept().labelEn() + " · "
        + first.year() + "年目标" + (growth ? "（增长）" : ""))).append("</h2>\n");
    b.append(String.format(Locale.ROOT, "<svg class=\"chart\" data-concept=\"%s\" data-year=\"%d\" "
        + "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">", first.concept()
        .code(), first.year(), Html.LABEL + Html.PLOT + Html.NOTE, height + 30, Html.LABEL + Html.PLOT + Html.NOTE,
        height + 30));
    b.append(Html.axis(s, 0, height, unit));
    if (ref.isPresent()) {
      b.append(referenceLine(s, figure(ref.get(), growth), height, ref.get().region().name()));
    }
    for (int i = 0; i < rows.size(); i++) {
      PanelRow r = rows.get(i);
      double y = 18 + i * Html.ROW;
      b.append("<g class=\"row\" data-region=\"").append(Html.escape(r.region().name())).append("\">");
      b.append(Html.text("region", Html.LABEL - 10, y, r.region().name(), "end", "#222"));
      Optional<Bound> f = figure(r, growth).filter(Bound::isNumeric);
      if (f.isPresent()) {
        b.append(Html.target(s, f.get(), y));
        b.append(Html.text("note", Html.LABEL + Html.PLOT + 8, y, f.get().text(), "start", "#444"));
      }
      actuals.get(i).ifPresent(a -> b.append(Html.actual(s, a, y)));
      b.append("</g>");
    }
    return b.append("</svg>\n").toString();
  }

  private static String referenceLine(Html.Scale s, Optional<Bound> figure, int height, String name) {
    Optional<double[]> e = Html.extent(figure);
    if (e.isEmpty()) {
      return "";
    }
    double lo = s.x(e.get()[0]);
    double hi = s.x(e.get()[1]);
    StringBuilder b = new StringBuilder("<g class=\"reference\">");
    if (hi > lo) {
      b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%d\" fill=\"#c0392b\" "
          + "fill-opacity=\"0.08\"/>", lo, hi - lo, height));
    }
    for (double x : hi > lo ? new double[] {lo, hi} : new double[] {lo}) {
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" "
          + "stroke-dasharray=\"4 3\"/>", x, x, height));
    }
    b.append(Html.text("reference-label", lo + 4, height - 6, name + " " + figure.get().text(), "start", "#c0392b"));
    return b.append("</g>").toString();
  }

  /** The figure a chart plots: the growth, or the level where the chart plots levels. */
  private static Optional<Bound> figure(PanelRow r, boolean growth) {
    return growth ? r.growth() : r.level();
  }
}
