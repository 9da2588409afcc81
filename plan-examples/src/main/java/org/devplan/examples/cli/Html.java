package org.devplan.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.devplan.model.Bound;

/**
 * Self-contained HTML pages with inline SVG charts (no script, no network, opens from disk): the page frame, and
 * the marks of one figure on a horizontal scale — a dot for an exact figure, a ringed dot for 左右, a bar for a
 * range, a dot with an arrow for 以上/以内 —, an actual as a grey diamond.
 */
final class Html {
  /** Fonts that carry Chinese on common systems, then the generic family. */
  static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC',"
      + "'Microsoft YaHei','WenQuanYi Micro Hei','Droid Sans Fallback',sans-serif";
  static final int LABEL = 190;
  static final int PLOT = 420;
  static final int NOTE = 170;
  static final int ROW = 26;

  private Html() {}

  static void write(Path path, String title, String body) {
    String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<style>\nbody{font-family:" + FONTS + ";margin:24px;color:#222;background:#fff}\n"
        + "h1{font-size:20px}h2{font-size:16px;margin:20px 0 4px}svg{display:block}svg text{font-family:" + FONTS
        + ";font-size:13px}\n.legend{font-size:12px;color:#555}.src{white-space:pre-wrap;font-size:13px;"
        + "line-height:1.6;border:1px solid #ddd;padding:8px;max-height:none}.src mark{background:#ffe08a}\n"
        + "li.fail{color:#a00}a{color:#0645ad}\n</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
    try {
      Files.writeString(path, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A linear scale from {@code low} to {@code high} onto {@code PLOT} pixels after {@code LABEL}. */
  record Scale(double low, double high) {
    static Scale around(double min, double max) {
      double span = Math.max(max - min, 1);
      double step = niceStep(span / 5);
      return new Scale(Math.floor((min - span * 0.1) / step) * step, Math.ceil((max + span * 0.1) / step) * step);
    }

    double x(double v) {
      return LABEL + (v - low) / (high - low) * PLOT;
    }

    double step() {
      return niceStep((high - low) / 5);
    }

    private static double niceStep(double raw) {
      double p = Math.pow(10, Math.floor(Math.log10(raw)));
      double f = raw / p;
      return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }
  }

  /** The lowest and highest figure of a bound, if it has one. */
  static Optional<double[]> extent(Optional<Bound> bound) {
    if (bound.isEmpty() || !bound.get().isNumeric()) {
      return Optional.empty();
    }
    Bound b = bound.get();
    BigDecimal lo = b.lower().or(b::number).orElseThrow();
    BigDecimal hi = b.upper().or(b::number).orElseThrow();
    return Optional.of(new double[] {lo.doubleValue(), hi.doubleValue()});
  }

  /** The axis with grid lines at {@code top}, {@code height} high. */
  static String axis(Scale s, int top, int height, String unit) {
    StringBuilder b = new StringBuilder("<g class=\"axis\">");
    double step = s.step();
    for (double v = s.low(); v <= s.high() + step / 1000; v += step) {
      double x = s.x(v);
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e4e4\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\">%s</text>", x, top, x, top + height, x,
          top + height + 16, number(v)));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#666\">%s</text>", LABEL + PLOT + 8,
        top + height + 16, escape(unit)));
    return b.append("</g>").toString();
  }

  /** The marks of a target {@code bound} at height {@code y}. */
  static String target(Scale s, Bound bound, double y) {
    double[] e = extent(Optional.of(bound)).orElseThrow();
    String kind = bound.kind().name().toLowerCase(Locale.ROOT);
    double lo = s.x(e[0]);
    double hi = s.x(e[1]);
    StringBuilder b = new StringBuilder();
    switch (bound.kind()) {
      case RANGE -> b.append(String.format(Locale.ROOT, "<line class=\"target %s\" x1=\"%.1f\" y1=\"%.1f\" "
          + "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f5fa8\" stroke-width=\"7\" stroke-linecap=\"round\"/>", kind, lo, y,
          hi, y));
      case AT_LEAST, GREATER_THAN, AT_MOST, LESS_THAN -> {
        boolean up = bound.kind() == Bound.Kind.AT_LEAST || bound.kind() == Bound.Kind.GREATER_THAN;
        double tip = lo + (up ? 28 : -28);
        b.append(String.format(Locale.ROOT, "<path class=\"arrow\" d=\"M%.1f %.1f H%.1f M%.1f %.1f L%.1f %.1f "
            + "L%.1f %.1f\" stroke=\"#1f5fa8\" stroke-width=\"2\" fill=\"none\"/>", lo, y, tip, tip + (up ? -6 : 6),
            y - 5, tip, y, tip + (up ? -6 : 6), y + 5));
        b.append(dot(kind, lo, y, true));
      }
      case ABOUT -> b.append(String.format(Locale.ROOT, "<circle class=\"ring\" cx=\"%.1f\" cy=\"%.1f\" r=\"9\" "
          + "fill=\"none\" stroke=\"#1f5fa8\" stroke-dasharray=\"3 2\"/>", lo, y)).append(dot(kind, lo, y, true));
      default -> b.append(dot(kind, lo, y, true));
    }
    return b.toString();
  }

  private static String dot(String kind, double x, double y, boolean filled) {
    return String.format(Locale.ROOT, "<circle class=\"target %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" "
        + "stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>", kind, x, y, filled ? "#1f5fa8" : "#fff");
  }

  /** A grey diamond for an actual figure at height {@code y}. */
  static String actual(Scale s, Bound bound, double y) {
    double[] e = extent(Optional.of(bound)).orElseThrow();
    double x = s.x((e[0] + e[1]) / 2);
    return String.format(Locale.ROOT, "<path class=\"actual\" d=\"M%.1f %.1f l6 6 l-6 6 l-6 -6 z\" fill=\"#999\"/>", x,
        y - 6);
  }

  /** A text at the left (label) or right (note) of a row. */
  static String text(String cls, double x, double y, String s, String anchor, String fill) {
    return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s"
        + "</text>", cls, x, y + 4, anchor, fill, escape(s));
  }

  /** The legend of the marks. */
  static String legend(boolean reference) {
    return "<p class=\"legend\">● exact · ◌ about (左右) · ▬ range · ●→ at least (以上) · ←● at most (以内) · "
        + "<span style=\"color:#999\">◆</span> last year's actual" + (reference
        ? " · <span style=\"color:#c0392b\">┆</span> the reference plan's target" : "") + "</p>\n";
  }

  static String number(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.toPlainString();
  }
}
