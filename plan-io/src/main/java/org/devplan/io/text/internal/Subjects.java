package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * Subject cleaning: the subject of a figure is the text before it with locating words, hedges, years and periods,
 * verbs and list markers trimmed (全市2025年地区生产总值增长 → 地区生产总值), and a list of subjects is split at 、 (or
 * at 和 between two indicators).
 */
final class Subjects extends OnText {
  /** The longest first member of a list of two that stands for the second one's first chars (食品、药品抽检合格率). */
  private static final int SHORT_MODIFIER = 2;

  Subjects(ScanText x, Vocabulary v) {
    super(x, v);
  }

  /**
   * The subject between {@code a} and {@code b} with locating words, hedges, years, verbs and list markers
   * trimmed; an empty range if nothing is left; null if it is only a modifier (…的, …等).
   */
  int @Nullable [] clean(int a, int b) {
    int[] r = {a, b};
    while (r[0] < r[1] && trimmed(r)) {
      // one word at a time, from either end
    }
    return ends(r[0], r[1]);
  }

  /** True if nothing between {@code a} and {@code b} names a subject once cleaned (增长到: only a verb). */
  boolean namesNothing(int a, int b) {
    int[] r = clean(a, b);
    return r == null || r[1] <= r[0];
  }

  /**
   * Trims one space, list marker, ratio term, hedge, leading word, year, trailing verb or adverb from {@code r}; false
   * if none.
   */
  private boolean trimmed(int[] r) {
    int a = r[0];
    int b = r[1];
    char c = t.charAt(a);
    if (c == ' ' || c == ',' || c == '，' || v.conjunctions.matchAt(t, a, a + 1) != null) {
      r[0]++;
      return true;
    }
    if (c == '∶') { // the second term of the ratio before (由2.9∶1缩小至2.52∶1): no part of a subject
      r[0] = ScanText.numberEnd(t, a + 1, b);
      return true;
    }
    char z = t.charAt(b - 1);
    if (z == ' ' || z == ',' || z == '，' || (v.conjunctions.matchAt(t, b - 1, b) != null
        && v.actionVerbs.matchEndingAt(t, b, a) == null)) { // 惠及 is a verb, not a subject and 及
      r[1]--;
      return true;
    }
    String w = first(a, b, v.hedges, v.subjectTrim, v.timeWords);
    if (w != null) {
      r[0] += w.length();
      return true;
    }
    int y = leadingYear(a, b);
    if (y > a) {
      r[0] = y;
      return true;
    }
    String end = v.levelVerbs.matchEndingAt(t, b, a);
    if (end == null) {
      end = endingAt(v.changeVerbs, v.actionVerbs, b, a); // 新增 names what follows: no change verb 增 to trim
    }
    if (end == null) {
      end = v.qualifierPrefixes.matchEndingAt(t, b, a);
    }
    if (end == null) {
      end = v.verbAdverbs.matchEndingAt(t, b, a);
    }
    if (end != null) {
      r[1] -= end.length();
      return true;
    }
    int ty = Math.min(trailingYear(a, b), trailingComparedPeriod(a, b));
    r[1] = ty;
    return ty < b;
  }

  /** Before a five-year period the figure is compared with at the subject's end (较“十三五”时期), or {@code b}. */
  private int trailingComparedPeriod(int a, int b) {
    for (int k = Math.max(a + 1, b - 10); k < b; k++) {
      String w = v.comparedPeriod.matchAt(t, k, b);
      if (w != null && endsAPeriod(k + w.length(), b)) {
        return k;
      }
    }
    return b;
  }

  /** True if a five-year plan's name, with or without its period word (“十三五”时期, “十三五”), spans {@code i}–{@code b}. */
  private boolean endsAPeriod(int i, int b) {
    return v.planNameEnd(t, i, b) == b || v.planPeriodEnd(t, i, b, b) == b;
  }

  private @Nullable String first(int a, int b, Words... lists) {
    for (Words list : lists) {
      String w = list.matchAt(t, a, b);
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  /** The cleaned subject's ends: a completion ratio keeps its 的, a modifier is null, a list's head is kept. */
  private int @Nullable [] ends(int a, int b) {
    if (a >= b) {
      return new int[] {a, a};
    }
    String of = v.possessives.matchEndingAt(t, b, a);
    if (of != null && b - of.length() - a >= 4 && v.completion.matchAt(t, a, b) != null) {
      return new int[] {a, b - of.length()}; // a completion ratio: 完成年度计划的108.3%
    }
    if (v.modifierEnds.matchAt(t, b - 1, b) != null) {
      return null;
    }
    for (int i = b - 1; i > a; i--) {
      String etc = v.etcMarkers.matchAt(t, i, b);
      if (etc != null && !x.inQuotes(i)) {
        if (b - (i + etc.length()) >= 3) {
          a = i + etc.length();
        }
        break;
      }
    }
    if (a < b && (t.charAt(a) == '”' || t.charAt(a) == ')')) {
      a++;
    }
    return a < b ? new int[] {a, b} : new int[] {a, a};
  }

  /** After a leading year mention (2025年, 到2030年, 展望2035年, “十四五”时期), or {@code a}. */
  private int leadingYear(int a, int b) {
    int i = a;
    String lead = v.yearLeads.matchAt(t, i, b);
    if (lead != null) {
      i += lead.length();
    }
    if (i + 10 <= b && x.isDigits(i, 4) && v.rangeSeparators.matchAt(t, i + 4, i + 5) != null && x.isDigits(i + 5, 4)
        && v.yearSuffixes.matchAt(t, i + 9, i + 10) != null) {
      i += 5; // 2024—2025年
    }
    if (i + 5 <= b && x.isDigits(i, 4) && v.yearSuffixes.matchAt(t, i + 4, i + 5) != null) {
      i += 5;
      while (i < b && (v.afterYear.matchAt(t, i, i + 1) != null || t.charAt(i) == ' ')) {
        i++;
      }
      return i;
    }
    if (yearSpanStart(b, a) == i) {
      return b; // 5年增长18.7%: a span of years alone before the verb, no subject (3年行动计划 is one)
    }
    int p = periodMention(a, b);
    return p > 0 ? p : a;
  }

  /** The end of a “十X五”时期 / 期间 or 后两年 mention at {@code a}, or -1. */
  private int periodMention(int a, int b) {
    if (v.remainingYears(t, a, b) > 0) {
      int i = a + 3;
      String verb = v.periodVerbs.matchAt(t, i, b);
      return verb == null ? i : i + verb.length();
    }
    return v.planPeriodEnd(t, a, b, t.length());
  }

  private int trailingYear(int a, int b) {
    int i = b;
    String of = v.possessives.matchEndingAt(t, i, a);
    if (of != null) {
      i -= of.length();
    }
    if (i - 5 >= a && v.yearSuffixes.matchAt(t, i - 1, i) != null && x.isDigits(i - 5, 4)) {
      i -= 5;
      String before = v.yearBefore.matchEndingAt(t, i, a);
      if (before != null) {
        i -= before.length();
      }
      return i;
    }
    return b;
  }

  /** The subjects of the list {@code r}, split at 、 outside quotes and brackets, or at 和 between two indicators. */
  List<int[]> split(int[] r) {
    List<int[]> parts = new ArrayList<>();
    int s = r[0];
    int depth = 0;
    for (int i = r[0]; i <= r[1]; i++) {
      if (i < r[1] && (t.charAt(i) == '“' || t.charAt(i) == '(')) {
        depth++;
      } else if (i < r[1] && (t.charAt(i) == '”' || t.charAt(i) == ')')) {
        depth--;
      }
      if (i == r[1] || (isListSeparator(i) && depth <= 0)) {
        if (i > s) {
          parts.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    return parts.size() == 1 ? pairOfIndicators(parts) : parts;
  }

  /** 城镇调查失业率和居民消费价格涨幅: two indicators joined by 和, each at least four characters. */
  private List<int[]> pairOfIndicators(List<int[]> parts) {
    List<int[]> pair = pairAt(parts.get(0));
    if (pair.size() == 2) {
      int[] a = pair.get(0);
      int[] b = pair.get(1);
      if (endsWithIndicatorHead(a[0], a[1]) && endsWithIndicatorHead(b[0], b[1]) && a[1] - a[0] >= 4
          && b[1] - b[0] >= 4) {
        return pair;
      }
    }
    return parts;
  }

  /**
   * The subjects {@code parts} with the last one as the two its pair-and (和) joins, for a distributive list of one
   * figure more (地区生产总值和一般公共预算收入分别增长5%和3%, 粮食产量、生猪出栏和蔬菜产量分别增长1%、2%及3%).
   */
  List<int[]> lastPaired(List<int[]> parts) {
    List<int[]> paired = new ArrayList<>(parts.subList(0, parts.size() - 1));
    paired.addAll(pairAt(parts.get(parts.size() - 1)));
    return paired;
  }

  /** The subject {@code p} as the two subjects its last pair-and (和) joins, or {@code p} alone if none does. */
  private List<int[]> pairAt(int[] p) {
    int and = findWord(p[0], p[1], v.pairAnd);
    String pairAnd = and < 0 ? null : v.pairAnd.matchAt(t, and, p[1]);
    if (pairAnd == null || and == p[0] || and + pairAnd.length() >= p[1]) {
      return List.of(p);
    }
    return List.of(new int[] {p[0], and}, new int[] {and + pairAnd.length(), p[1]});
  }

  private boolean endsWithIndicatorHead(int a, int b) {
    return v.indicatorHeads.matchEndingAt(t, b, a) != null;
  }

  /**
   * Names of distributed subjects; the last one's head (产业规模) goes to the others; without a head, the first of
   * two members, of one or two chars, stands for the second one's first chars (存、贷款余额, 食品、药品抽检合格率).
   */
  List<String> withHeads(List<int[]> parts) {
    List<String> names = new ArrayList<>();
    int[] last = parts.get(parts.size() - 1);
    String head = v.listHeads.matchEndingAt(t, last[1], last[0]);
    int[] first = parts.get(0);
    String verb = v.actionVerbs.matchAt(t, first[0], first[1]);
    for (int k = 0; k < parts.size(); k++) {
      int[] p = parts.get(k);
      String n = x.orig(p);
      if (head != null && !n.endsWith(head) && p != last && last[1] - last[0] > head.length()) {
        n = n + head;
      } else if (head == null && parts.size() == 2 && p != last && p[1] - p[0] <= SHORT_MODIFIER
          && parts.get(k + 1)[1] - parts.get(k + 1)[0] > p[1] - p[0]) {
        n = n + x.orig(new int[] {parts.get(k + 1)[0] + p[1] - p[0], parts.get(k + 1)[1]}); // 存、贷款余额: 存款余额
      }
      if (verb != null && p != first && v.actionVerbs.matchAt(t, p[0], p[1]) == null) {
        n = verb + n;
      }
      names.add(n);
    }
    return names;
  }

  /** The position of the last of {@code words} that starts at or after {@code a} and ends by {@code b}, or -1. */
  int findWord(int a, int b, Words words) {
    int found = -1;
    for (int i = a; i < b; i++) {
      if (words.matchAt(t, i, b) != null) {
        found = i;
      }
    }
    return found;
  }
}
