package org.devplan.io.text.internal;

import java.util.List;
import org.devplan.model.Lexicon;

/**
 * A share or a growth written in words, as the lexicon's ratio words have them: 近六成 (about 60 %), 超过四成, 七成以上,
 * 一半 (50 %), 两位数增长 (a growth of at least 10 %: a ratio word with a bound of its own is a growth and needs a
 * change verb after it).
 */
final class ShareInWords extends WordFigures.Rule {
  ShareInWords(WordFigures words) {
    super(words);
  }

  @Override
  public int read(Clause c, int i, List<Figure> figs) {
    int cs = c.start();
    int ce = c.end();
    if (!words.countStartsAt(i, cs)) {
      return i;
    }
    String whole = v.wholeRatios.matchAt(t, i, ce);
    int end = whole != null ? i + whole.length() : afterNumeralRatio(i, ce);
    if (end < 0) {
      return i;
    }
    String suffix = v.qualifierSuffixes.matchAt(t, end, ce);
    end += suffix == null ? 0 : suffix.length();
    boolean growth = whole != null && !v.lexicon.entry(Lexicon.Table.RATIO_WORDS, whole).orElseThrow()
        .get("kind").isEmpty();
    int wordingEnd = end;
    if (growth) {
      String verb = v.changeVerbs.matchAt(t, end, ce);
      if (verb == null) {
        return i;
      }
      end += verb.length();
    }
    int w = i;
    String prefix = growth ? null : v.qualifierPrefixes.matchEndingAt(t, w, cs);
    if (prefix != null) {
      w -= prefix.length();
    }
    String wording = x.slice(w, wordingEnd);
    if (!words.readsAsOneFigure(wording)) {
      return i;
    }
    Figure f = words.add(figs, i, end, w, wording, "%", prefix, cs, !growth);
    f.growth = growth;
    return end;
  }

  /** The end of a ratio word after the numerals at {@code i} (六成, 三分之一), or -1. */
  private int afterNumeralRatio(int i, int ce) {
    int n = i;
    while (n < ce && v.lexicon.isChineseNumeral(t.charAt(n))) {
      n++;
    }
    String ratio = n > i ? v.afterNumeralRatios.matchAt(t, n, ce) : null;
    return ratio == null ? -1 : n + ratio.length();
  }
}
