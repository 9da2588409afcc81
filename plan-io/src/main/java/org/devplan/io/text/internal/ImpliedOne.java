package org.devplan.io.text.internal;

import java.util.List;

/**
 * A figure written with its magnitude alone after a qualifier, the count of one implied: 突破万亿元 (more than 1 万亿元),
 * 超千亿元, 超百万人, 突破万亿 (the magnitude as the unit at the clause's end), 超千场 (a numeral unit before the unit).
 */
final class ImpliedOne extends WordFigures.Rule {
  ImpliedOne(WordFigures words) {
    super(words);
  }

  @Override
  public int read(Clause c, int i, List<Figure> figs) {
    int cs = c.start();
    int ce = c.end();
    int j = i;
    if (v.lexicon.isChineseNumeral(t.charAt(i)) && v.magnitudes.matchAt(t, i + 1, ce) != null) {
      j = i + 1; // 千亿元, 百万人: a numeral unit before the magnitude
    }
    String mag = v.magnitudes.matchAt(t, j, ce);
    String prefix = v.qualifierPrefixes.matchEndingAt(t, i, cs);
    if (mag == null && v.hundredsUnits.contains(t.charAt(i))) {
      j = i + 1;
      mag = ""; // 突破千列, 超千场: the numeral unit before the unit is the count
    }
    if (mag == null || prefix == null || (i > cs && v.lexicon.isChineseNumeral(t.charAt(i - 1)))) {
      return i;
    }
    String unit = v.units.matchAt(t, j + mag.length(), ce);
    int after = j + mag.length();
    if (unit == null && !mag.isEmpty() && endsItsWords(after, ce)) {
      unit = ""; // 突破万亿, 产值突破百亿: the magnitude is the unit, what it counts is the subject's
    }
    if (unit == null) {
      return i;
    }
    int end = j + mag.length() + unit.length();
    String suffix = v.qualifierSuffixes.matchAt(t, end, ce);
    end += suffix == null ? 0 : suffix.length();
    int w = i - prefix.length();
    String wording = x.slice(w, end);
    if (!words.readsAsOneFigure(wording)) {
      return i;
    }
    Figure f = words.add(figs, i, end, w, wording, mag + unit, prefix, cs, true);
    f.suffix = suffix;
    return end;
  }
}
