package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.devplan.model.Bound;
import org.devplan.model.Observation;

/**
 * The rules' example corpora read the way the reader reads them, for the rule tests: the figures one figure rule
 * finds in a clause, and the statements the reader makes of a sentence in a report or a plan chapter of 2026.
 */
final class RuleCorpus {
  private RuleCorpus() {}

  /** The rows of an example table's expected column: rows separated by " ¦ ", none if blank. */
  static List<String> rows(String expected) {
    return expected == null || expected.isBlank() ? List.of() : List.of(expected.split(" ¦ "));
  }

  /** A rule over a text, made from the text and the standard vocabulary. */
  interface RuleFactory extends BiFunction<ScanText, Vocabulary, FigureRule> {}

  /**
   * The figures {@code rule} alone finds in {@code clause}, asked at every position as the scanner asks it, each as
   * "wording|unit|kind|verb" (kind: growth, change or level).
   */
  static List<String> figures(RuleFactory rule, String clause) {
    ScanText x = new ScanText(SourceText.of(clause));
    FigureRule r = rule.apply(x, Vocabulary.standard());
    Clause c = new Clause(0, x.t.length(), 0);
    List<Figure> figs = new ArrayList<>();
    for (int i = 0; i < c.end(); ) {
      i = Math.max(r.read(c, i, figs), i + 1);
    }
    return figs.stream().map(f -> f.wording + "|" + f.unit + "|" + (f.growth ? "growth" : f.change ? "change"
        : "level") + "|" + (f.changeVerb != null ? f.changeVerb : f.levelVerb != null ? f.levelVerb : "")).toList();
  }

  /** The digits rule, which asks subject cleaning whether a unitless number is a ratio. */
  static FigureRule digits(ScanText x, Vocabulary v) {
    return new DigitsFigure(x, v, new Subjects(x, v));
  }

  /** The statements of a paragraph in a report chapter (actuals of 2025), as {@link #row} has them. */
  static List<String> report(String paragraph) {
    return statements(paragraph, Observation.Kind.ACTUAL, false);
  }

  /** The statements of a paragraph in a report chapter of a plan for {@code planYear} (actuals of {@code baseYear}). */
  static List<String> report(String paragraph, int planYear, int baseYear) {
    return statements(paragraph, new FigureReader.Context(planYear, baseYear, Observation.Kind.ACTUAL, false));
  }

  /** The statements of a paragraph in a plan chapter (targets of 2026), as {@link #row} has them. */
  static List<String> targets(String paragraph) {
    return statements(paragraph, Observation.Kind.TARGET, false);
  }

  /** The statements of a paragraph in a five-year outline for 2026–2030 (targets of 2030). */
  static List<String> outline(String paragraph) {
    return statements(paragraph, Observation.Kind.TARGET, true);
  }

  private static List<String> statements(String paragraph, Observation.Kind kind, boolean outline) {
    FigureReader.Context ctx = outline ? new FigureReader.Context(2030, 2025, kind, true)
        : new FigureReader.Context(2026, 2025, kind, false);
    return statements(paragraph, ctx);
  }

  private static List<String> statements(String paragraph, FigureReader.Context ctx) {
    SourceText src = SourceText.of(paragraph);
    return new FigureReader(src, Vocabulary.standard()).read(0, src.text().length(), ctx).stream()
        .map(RuleCorpus::row).toList();
  }

  /** A statement as "name|level|growth|period|kind" and, where it has them, "|ref=…", "|status=…", "|hedge=…". */
  static String row(Statement s) {
    String row = s.name() + "|" + bound(s.level()) + "|" + bound(s.growth()) + "|" + s.period() + "|"
        + lower(s.kind());
    row += s.reference().map(r -> "|ref=" + r).orElse("");
    row += s.status().map(st -> "|status=" + lower(st)).orElse("");
    return row + s.hedge().map(h -> "|hedge=" + h).orElse("");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** A bound as kind:wording ("exact:5126.4亿元"); the wording is what the model's grammar read. */
  private static String bound(Optional<Bound> b) {
    return b.map(x -> lower(x.kind()) + ":" + x.text()).orElse("");
  }
}
