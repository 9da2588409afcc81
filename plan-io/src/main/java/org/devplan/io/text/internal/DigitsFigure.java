package org.devplan.io.text.internal;

import java.util.List;
import org.devplan.model.Dimension;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The figure in digits: number, magnitude (万/亿/万亿), 余 or 多, unit, a range (4.5%至5%), a qualifier before or after
 * (超过, 以上) and the verb before it (增长, 达到). A number that names rather than measures (G20, 第3, 1号线, 2025年,
 * 连续5年, 连续4次, 30万吨级, 10亿元以上项目, 目标（13个）) is no figure.
 */
final class DigitsFigure extends OnText implements FigureRule {
  /** How many characters of modifiers may come between a magnitude and the noun it counts (新就业形态人员). */
  private static final int COUNTED_NOUN_REACH = 5;
  /** The longest name a counted threshold (超10亿元重大项目14个) is read before: 12 chars. */
  private static final int MAX_COUNTED_NAME = 12;

  private final Subjects subjects;

  DigitsFigure(ScanText x, Vocabulary v, Subjects subjects) {
    super(x, v);
    this.subjects = subjects;
  }

  /** The words of a figure read so far. */
  private static final class Parts {
    int numStart;
    int j;
    boolean integer;
    int q;
    @Nullable String mag;
    boolean more;
    @Nullable String unit;
    boolean unitless;
    int unitEnd;
    int r;
    boolean range;
    @Nullable String suffix;
    int wEnd;
  }

  @Override
  public int read(Clause c, int i, List<Figure> figs) {
    if (!ScanText.isDigit(t.charAt(i))) {
      return i;
    }
    Parts p = new Parts();
    p.numStart = i;
    p.j = ScanText.numberEnd(t, i, c.end());
    int skip = notAFigureAround(c, p);
    if (skip >= 0) {
      return skip;
    }
    p.integer = x.isInteger(p.numStart, p.j);
    String year = v.yearSuffixes.matchAt(t, p.j, c.end());
    if (year != null && p.integer && p.j - p.numStart == 4) {
      return p.j + year.length(); // a year
    }
    amount(p, c);
    skip = notAnAmount(c, p);
    if (skip >= 0) {
      return skip;
    }
    range(p, c.end());
    skip = notAFigureInName(c, p);
    if (skip >= 0) {
      return skip;
    }
    figs.add(figure(c, p));
    return p.wEnd;
  }

  /** Where to go on if the characters around the number make it no figure (G20, 3×4, 第3), else -1. */
  private int notAFigureAround(Clause c, Parts p) {
    int cs = c.start();
    int ce = c.end();
    char prev = p.numStart > cs ? t.charAt(p.numStart - 1) : ' ';
    if (prev == '-' && p.numStart - 1 > cs && !ScanText.isAlnum(t.charAt(p.numStart - 2))) {
      p.numStart--;
      prev = p.numStart > cs ? t.charAt(p.numStart - 1) : ' ';
    }
    if (ScanText.isLatin(prev) || prev == '×' || v.ordinalPrefixes.matchEndingAt(t, p.numStart, cs) != null
        || endingAt(v.rankPrefixes, v.notRankPrefixes, p.numStart, cs) != null
        || v.durationPrefixes.matchEndingAt(t, p.numStart, cs) != null
        || prev == '.' || prev == '/' || prev == '+' || prev == '*' || x.inQuotes(p.numStart)) {
      return x.skipToken(p.j, ce);
    }
    if (p.j < ce && (t.charAt(p.j) == '×' || t.charAt(p.j) == '+' || t.charAt(p.j) == '*')) {
      return x.skipToken(p.j, ce);
    }
    return -1;
  }

  /** Reads 余/多, the magnitude and the unit after the number. */
  private void amount(Parts p, Clause c) {
    int ce = c.end();
    int q = p.j;
    String moreWord = v.moreThan.matchAt(t, q, ce);
    if (moreWord != null && v.magnitudes.matchAt(t, q + moreWord.length(), ce) != null) {
      q += moreWord.length(); // 2400多亿元: 多 before the magnitude
    } else {
      moreWord = null;
    }
    p.mag = v.magnitudes.matchAt(t, q, ce);
    if (p.mag != null) {
      q += p.mag.length();
    }
    if (moreWord == null) {
      moreWord = v.moreThan.matchAt(t, q, ce); // 3.4万余个, 400余场
      if (moreWord != null) {
        q += moreWord.length();
      }
    }
    p.more = moreWord != null;
    p.q = q;
    p.unit = v.units.matchAt(t, q, ce);
    if (p.unit == null && p.mag != null && (countedNounAfter(q, ce) || endsAClaim(p, q, c))) {
      p.unit = ""; // 13.2万脱贫人口, 用户突破3500万: the magnitude is the unit
    }
    p.unitless = p.unit == null;
    p.unitEnd = p.unit == null ? q : q + p.unit.length();
  }

  /**
   * True if a number with a magnitude and no unit ends its clause after a qualifier or a level verb (用户突破3500万,
   * 平台用户超1亿): what it counts is the subject before it.
   */
  private boolean endsAClaim(Parts p, int q, Clause c) {
    return !p.more && endsItsWords(q, c.end())
        && (v.qualifierPrefixes.matchEndingAt(t, p.numStart, c.start()) != null
            || v.levelVerbs.matchEndingAt(t, p.numStart, c.start()) != null);
  }

  /**
   * True if a counted noun (群众, 家庭) ends the words right after a magnitude without a unit (13.2万脱贫人口,
   * 20万各民族家庭): the magnitude is then the figure's unit, and the noun stays in the text after the figure.
   */
  private boolean countedNounAfter(int q, int ce) {
    for (int k = q; k < ce && k <= q + COUNTED_NOUN_REACH && ScanText.isCjk(t.charAt(k)); k++) {
      if (v.countedNouns.matchAt(t, k, ce) != null) {
        return true;
      }
    }
    return false;
  }

  /** Where to go on if the number and its unit are no amount (3万 without a unit, 5G, 连续5年), else -1. */
  private int notAnAmount(Clause c, Parts p) {
    int ce = c.end();
    int q = p.q;
    if (p.unitless && (p.mag != null || p.more)) {
      return x.skipToken(q, ce);
    }
    if (p.unitless && q < ce && (ScanText.isLatin(t.charAt(q)) || t.charAt(q) == '.'
        || v.notFigureAfter.matchAt(t, q, ce) != null)) {
      return x.skipToken(q, ce);
    }
    if (!p.unitless && p.unitEnd < ce && (ScanText.isLatin(t.charAt(p.unitEnd))
        || v.gradeSuffixes.matchAt(t, p.unitEnd, ce) != null)) {
      return x.skipToken(p.unitEnd, ce); // 5G基站, 30万吨级航道: a name
    }
    if (p.integer && p.mag == null && p.unit != null && ScanText.countsList(t, p.numStart, p.j, v.modifierEnds)
        && Unit.of(p.unit, v.lexicon).dimension() == Dimension.COUNT) {
      return p.unitEnd; // 金凤、嘉陵江、明月湖3个: the count of the list before it
    }
    if (p.unit != null && v.yearSuffixes.contains(p.unit) && p.integer && ((p.unitEnd < ce
        && !ScanText.isPunct(t.charAt(p.unitEnd)) && v.qualifierSuffixes.matchAt(t, p.unitEnd, ce) == null)
        || v.levelVerbs.matchEndingAt(t, p.numStart, c.start()) == null)) {
      return p.unitEnd; // 连续5年, 近5年来: a span of time, not a level in years (受教育年限达到12年 is)
    }
    return -1;
  }

  /** Reads the second end of a range (4.5%至5%, 3-5万元) after the unit, if there is one. */
  private void range(Parts p, int ce) {
    p.r = p.unitEnd;
    String sep = v.rangeSeparators.matchAt(t, p.r, ce);
    if (sep == null || p.r + sep.length() >= ce || !ScanText.isDigit(t.charAt(p.r + sep.length()))) {
      return;
    }
    int from = p.r + sep.length();
    int k = ScanText.numberEnd(t, from, ce);
    String mag2 = v.magnitudes.matchAt(t, k, ce);
    int k2 = mag2 == null ? k : k + mag2.length();
    String unit2 = v.units.matchAt(t, k2, ce);
    if ((unit2 != null || !p.unitless) && !(k - from == 4 && v.yearSuffixes.matchAt(t, k, ce) != null)) {
      p.range = true;
      p.r = unit2 == null ? k2 : k2 + unit2.length();
      if (p.unitless && unit2 != null) {
        p.unit = (mag2 == null ? "" : mag2) + unit2;
        p.unitless = false;
      }
    }
  }

  /**
   * Where to go on if the figure is part of a name (1—3岁婴幼儿, 10亿元以上项目, 目标（13个）, 主要目标共22个), else -1;
   * reads the qualifier suffix.
   */
  private int notAFigureInName(Clause c, Parts p) {
    int cs = c.start();
    int ce = c.end();
    if (p.unitless && !p.range && !(p.j < ce && isListSeparator(p.j)) && !ratioSubject(cs, p.numStart)) {
      return p.j;
    }
    int r = p.r;
    if (p.range && r < ce && ScanText.isCjk(t.charAt(r)) && v.qualifierSuffixes.matchAt(t, r, ce) == null
        && v.conjunctions.matchAt(t, r, r + 1) == null && !countOfWhatIsMade(p, cs)) {
      return r; // a range inside a name: 1—3岁婴幼儿, 10-50万元群体; not 新建2—3家省级制造业创新中心
    }
    p.suffix = v.qualifierSuffixes.matchAt(t, r, ce);
    p.wEnd = p.suffix == null ? r : r + p.suffix.length();
    int wEnd = p.wEnd;
    if (p.suffix != null && v.thresholds.endsAny(p.suffix) && wEnd < ce && ScanText.isCjk(t.charAt(wEnd))
        && v.conjunctions.matchAt(t, wEnd, wEnd + 1) == null && !countOfWhatIsMade(p, cs)) {
      return wEnd; // a threshold inside a subject: 10亿元以上项目, 3岁以下儿童
    }
    if (p.suffix == null && !p.unitless && endingAt(v.thresholdPrefixes, v.qualifierPrefixes, p.numStart, cs) != null
        && wEnd < ce && ScanText.isCjk(t.charAt(wEnd)) && v.conjunctions.matchAt(t, wEnd, wEnd + 1) == null) {
      return wEnd; // a threshold before its name: 过10亿元项目6个 (not 超过200家…企业)
    }
    if (p.suffix == null && p.unit != null && !v.countNouns.contains(p.unit)
        && endingAt(v.countedThresholdPrefixes, v.qualifierPrefixes, p.numStart, cs) != null
        && countAfterName(wEnd, ce)) {
      return wEnd; // a threshold before a name that is counted: 投资超10亿元重大项目14个
    }
    int n = p.numStart;
    if (n > cs && t.charAt(n - 1) == '(' && wEnd < ce && t.charAt(wEnd) == ')'
        && v.countedItems.matchEndingAt(t, n - 1, cs) != null) {
      return wEnd; // a count of what was just named: 经济发展类目标（13个）
    }
    String part = v.planParts.matchAt(t, wEnd, ce);
    int partEnd = part == null ? wEnd : wEnd + part.length();
    boolean whole = partEnd < ce
        && (ScanText.isDigit(t.charAt(partEnd)) || v.breakdowns.matchAt(t, partEnd, ce) != null); // 6个方面16条
    if (p.unit != null && v.countNouns.contains(p.unit)
        && ((part != null && !whole) || v.endsWithPlanPart(t, n, cs))) {
      return wEnd; // the plan counting its own parts: 提出25项主要指标, 做好6个方面工作, 预期性指标19项
    }
    String total = v.totals.matchEndingAt(t, n, cs);
    if (total != null && v.planItems.matchEndingAt(t, n - total.length(), cs) != null) {
      return wEnd; // the plan counting its own targets: 主要目标共22个
    }
    return -1;
  }

  private Figure figure(Clause c, Parts p) {
    Figure f = new Figure();
    f.numStart = p.numStart;
    f.wEnd = p.wEnd;
    f.unit = p.unitless ? "" : (p.mag == null || p.range ? "" : p.mag) + p.unit;
    if (p.range && !p.unitless && p.mag != null && !f.unit.startsWith(p.mag)) {
      f.unit = p.mag + p.unit;
    }
    f.unitless = p.unitless;
    f.ratio = p.unitless && ratioSubject(c.start(), p.numStart);
    f.suffix = p.suffix;
    verb(f, c.start());
    f.wording = x.slice(f.wStart, f.wEnd);
    return f;
  }

  /** Reads the qualifier prefix and the verb before the figure, and where its wording starts. */
  private void verb(Figure f, int cs) {
    int w = f.numStart;
    String prefix = endingAt(v.qualifierPrefixes, v.notQualifiers, w, cs); // not the 约 of 节约2427万元
    if (prefix != null) {
      w -= prefix.length();
      f.prefix = prefix;
    }
    int verbStart = w;
    String each = f.prefix != null ? v.eachMarkers.matchEndingAt(t, w, cs) : null;
    int vw = each != null ? w - each.length() : w; // 增长均超20%: the verb before 均 is the figure's
    String level = v.levelVerbs.matchEndingAt(t, vw, cs);
    String change = endingAt(v.changeVerbs, v.actionVerbs, vw, cs); // 新增9家: a count of what is added, no change
    if (change != null && (level == null || change.length() >= level.length())) {
      f.changeVerb = change;
      String g = ListSpread.grammarPart(v, change);
      boolean percent = f.unit.equals("%") || f.unit.isEmpty();
      f.growth = percent;
      f.change = !percent;
      verbStart = vw - change.length();
      if (each == null && !g.isEmpty() && (change.length() == g.length() || v.changeLeads.startsAny(change))) {
        w = verbStart;
        f.grammarVerb = true;
      }
    } else if (level != null) {
      f.levelVerb = level;
      verbStart = vw - level.length();
    }
    f.wStart = w;
    f.verbStart = verbStart;
  }

  /**
   * True if a name starts at {@code from} and a count of it follows in the clause: 重大项目14个 after 超10亿元.
   */
  private boolean countAfterName(int from, int ce) {
    int i = from;
    while (i < ce && i - from <= MAX_COUNTED_NAME && ScanText.isCjk(t.charAt(i))
        && v.conjunctions.matchAt(t, i, i + 1) == null) {
      i++;
    }
    if (i == from || i >= ce || !ScanText.isDigit(t.charAt(i))) {
      return false;
    }
    int j = ScanText.numberEnd(t, i, ce);
    return v.countNouns.matchAt(t, j, ce) != null;
  }

  /**
   * True if the subject before the number at {@code numStart} is a ratio without a unit (城乡居民收入比2.1), also as
   * the start or the end of a from–to statement (城乡居民收入倍差从2.42缩小至2.12, 城乡居民收入比由2.9∶1缩小至2.52∶1).
   */
  private boolean ratioSubject(int cs, int numStart) {
    int b = numStart;
    String from = v.fromMarkers.matchEndingAt(t, b, cs);
    if (from != null) {
      b -= from.length();
    } else {
      int k = b;
      while (k > cs && ScanText.isCjk(t.charAt(k - 1))) {
        k--; // the verb of a from–to: 缩小至
      }
      int d = k;
      while (d > cs && (ScanText.isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '.' || t.charAt(d - 1) == '∶')) {
        d--; // 从2.42缩小至, 由2.9∶1缩小至
      }
      String start = d < k ? v.fromMarkers.matchEndingAt(t, d, cs) : null;
      b = start != null && k < b ? d - start.length() : b;
    }
    int[] r = subjects.clean(Math.max(cs, b - 30), b);
    return r != null && r[1] > r[0] && v.ratioEnds.matchEndingAt(t, r[1], r[0]) != null;
  }

  /**
   * True if the figure counts what an action verb before it makes (新建10家以上省级质量基础设施, 培育5个以上…集群): the
   * noun after its 以上 is its object, not a subject the figure is a threshold of.
   */
  private boolean countOfWhatIsMade(Parts p, int cs) {
    return p.unit != null && v.countNouns.contains(p.unit) && v.actionVerbs.matchEndingAt(t, p.numStart, cs) != null;
  }
}
