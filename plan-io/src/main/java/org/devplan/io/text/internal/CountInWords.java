package org.devplan.io.text.internal;

import java.util.List;

/**
 * A count written in Chinese numerals that closes its clause (新增上市企业两家, 百亿元级项目两个); a numeral inside a
 * name (三个“一号工程”, 十大民生实事, 一是) is not one.
 */
final class CountInWords extends WordFigures.Rule {
  CountInWords(WordFigures words) {
    super(words);
  }

  @Override
  public int read(Clause c, int i, List<Figure> figs) {
    int cs = c.start();
    int ce = c.end();
    if (!words.countStartsAt(i, cs) || (i > cs && v.notCountBefore.matchEndingAt(t, i, cs) != null)) {
      return i;
    }
    int j = i;
    while (j < ce && j - i < 3 && words.isCountNumeral(t.charAt(j))) {
      j++;
    }
    if (j >= ce || v.countNouns.matchAt(t, j, ce) == null || (j - i == 1 && v.digitValue(t.charAt(i)) == 1)
        || x.inQuotes(i)) {
      return j;
    }
    int end = j + 1;
    if (end != x.trimEnd(end, ce) && !isListSeparator(end)) {
      return end; // not at the clause's end: a count inside a name
    }
    Figure f = new Figure();
    f.numStart = i;
    f.wEnd = end;
    f.unit = t.substring(j, end);
    String level = v.levelVerbs.matchEndingAt(t, i, cs);
    f.levelVerb = level;
    f.wStart = i;
    f.verbStart = level == null ? i : i - level.length();
    f.wording = x.slice(i, end);
    f.index = figs.size();
    figs.add(f);
    return end;
  }
}
