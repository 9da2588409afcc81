package org.devplan.io.text.internal;

import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Lexicon;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;

/** What the rules of figures written (partly) in words share: the model's grammar reads their wording. */
final class WordFigures extends OnText {

  WordFigures(ScanText x, Vocabulary v) {
    super(x, v);
  }

  /** A rule of figures written in words, over the text its {@link WordFigures} reads. */
  abstract static class Rule extends OnText implements FigureRule {
    final WordFigures words;

    Rule(WordFigures words) {
      super(words.x, words.v);
      this.words = words;
    }
  }

  /** True if the model's grammar reads {@code wording} as one figure (not a range, not words). */
  boolean readsAsOneFigure(String wording) {
    try {
      return Bound.parse(wording, v.lexicon) instanceof Bound.Single;
    } catch (PlanFormatException | IllegalArgumentException notAFigure) {
      return false;
    }
  }

  /**
   * Adds a figure written (partly) in words, its wording {@code w}–{@code end} already read by the grammar; a level
   * verb before it is its verb where {@code levelVerb}.
   */
  Figure add(List<Figure> figs, int numStart, int end, int w, String wording, String unit, @Nullable String prefix, int cs,
      boolean levelVerb) {
    Figure f = new Figure();
    f.numStart = numStart;
    f.wEnd = end;
    f.unit = unit;
    f.prefix = prefix;
    String level = levelVerb ? v.levelVerbs.matchEndingAt(x.t, w, cs) : null;
    f.levelVerb = level;
    f.wStart = w;
    f.verbStart = level == null ? w : w - level.length();
    f.wording = wording;
    f.index = figs.size();
    figs.add(f);
    return f;
  }

  /** A Chinese numeral of a count in words: a digit, or 十 (not 百 or 千, which name scales: 百家, 千亿级). */
  boolean isCountNumeral(char c) {
    int digit = v.digitValue(c);
    return digit >= 0 || v.lexicon.entry(Lexicon.Table.NUMERALS, String.valueOf(c))
        .filter(e -> e.get("value").equals("10")).isPresent();
  }

  /** True if a count numeral starts at {@code i}, not right after another one. */
  boolean countStartsAt(int i, int cs) {
    return isCountNumeral(x.at(i)) && !(i > cs && isCountNumeral(x.at(i - 1)));
  }
}
