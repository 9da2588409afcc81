package org.devplan.io.text.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Naming: the subject of a figure that no list rule named, from the text before it (cleaned by {@link Subjects}),
 * the text after it (增长5.2%的地区生产总值 … a name after the figure), or the sentence's earlier subject; a generic
 * subject (总数, 占…比重) gets the earlier subject as a prefix.
 */
final class Naming extends OnText {
  /** The longest reference a comparison names on its own (全国, 全省平均): longer, it is a subject of its own. */
  private static final int COMPARISON_REFERENCE_MAX = 4;

  private final Subjects subjects;
  private final FromTo fromTo;

  Naming(ScanText x, Vocabulary v, Subjects subjects, FromTo fromTo) {
    super(x, v);
    this.subjects = subjects;
    this.fromTo = fromTo;
  }

  /** Names {@code f}, the figure after {@code previous} (or null) whose text starts at {@code prevEnd}. */
  void name(Figure f, @Nullable Figure previous, int prevEnd, List<Figure> figs, int ce, List<Statement> sentence) {
    int fromAt = fromTo.marker(prevEnd, f.verbStart);
    f.from = fromAt >= 0;
    int[] pre = subjects.clean(prevEnd, f.from ? fromAt : f.verbStart);
    int[] post = postRange(f, figs, ce);
    int[] usable = pre != null && pre[1] > pre[0] ? pre : null;
    if (usable != null && previous != null && previous.postNamed && post != null) {
      String verb = previous.verbOfName;
      f.name = verb != null && v.actionVerbs.matchAt(t, post[0], post[1]) == null ? verb + x.orig(post) : x.orig(post);
      f.postNamed = true;
      f.verbOfName = verb;
      return;
    }
    if (usable != null && previous != null && !previous.postNamed && previous.name != null
        && usable[1] - usable[0] <= 4 && post != null && previous.wEnd == prevEnd) {
      f.name = previous.name + x.orig(post);
      return;
    }
    if (usable != null) {
      boolean action = v.actionVerbs.matchEndingAt(t, usable[1], usable[0]) != null;
      if ((usable[1] - usable[0] <= 4 || action) && post != null && f.levelVerb == null && f.changeVerb == null) {
        f.name = x.orig(usable) + x.orig(post);
        if (action && usable[1] - usable[0] <= 4) {
          f.postNamed = true; // 建设10个A、60个B: B names the next figure, with the verb
          f.verbOfName = x.orig(usable);
        }
      } else {
        f.name = x.orig(usable);
      }
      return;
    }
    if ((pre == null || previous == null) && chained(f, figs, ce, post)) {
      return;
    }
    f.name = inherited(sentence, previous);
  }

  /** Names {@code f} after the text after it or after the figures that follow it without a word between. */
  private boolean chained(Figure f, List<Figure> figs, int ce, int @Nullable [] post) {
    int[] chain = post;
    int idx = f.index;
    for (int k = idx + 1; chain == null && k < figs.size() && k <= idx + 8; k++) {
      Figure g = figs.get(k);
      if (!x.blank(figs.get(k - 1).wEnd, g.verbStart)) {
        break;
      }
      chain = postRange(g, figs, ce);
    }
    if (chain != null) {
      f.name = x.orig(chain);
      f.postNamed = true;
      return true;
    }
    return false;
  }

  private int @Nullable [] postRange(Figure f, List<Figure> figs, int ce) {
    int idx = f.index;
    int end = idx + 1 < figs.size() ? figs.get(idx + 1).verbStart : ce;
    int a = noteEnd(f.wEnd, end);
    int b = end;
    for (int i = a; i < b; i++) {
      if (isListSeparator(i) && !x.inQuotes(i)) {
        b = i;
        break;
      }
    }
    int[] r = subjects.clean(a, b);
    if (r == null || r[1] <= r[0]) {
      return null;
    }
    if (r[1] - r[0] > 30) {
      r[1] = r[0] + 30;
    }
    return r;
  }

  /** The end of a bracketed note that opens the text at {@code a} (3.5万亿元(人民币，下同)), or {@code a}; at most {@code b}. */
  private int noteEnd(int a, int b) {
    if (a >= b || (t.charAt(a) != '(' && t.charAt(a) != '（')) {
      return a;
    }
    for (int i = a + 1; i < b; i++) {
      if (t.charAt(i) == ')' || t.charAt(i) == '）') {
        return i + 1;
      }
    }
    return b; // the note runs to the clause's end (3.5万亿元(人民币,下同): the clause ends at its comma)
  }

  /** A generic subject (总数, 占…比重) prefixed with the sentence's earlier subject, without its action verb. */
  String qualified(String name, List<Statement> sentence, @Nullable Figure previous) {
    boolean generic = v.genericSubjects.contains(name) || (v.shareOf.startsAny(name) && name.length() > 2)
        || isComparisonOnly(name);
    if (!generic) {
      return name;
    }
    String before = previous != null && previous.name != null && previous.stmt != null ? previous.name
        : sentence.isEmpty() ? null : sentence.get(sentence.size() - 1).name();
    if (before == null || before.equals(name) || before.endsWith(name)) {
      return name;
    }
    String verb = v.actionVerbs.matchAt(before, 0, before.length());
    if (verb != null && verb.length() < before.length()) {
      before = before.substring(verb.length());
    }
    return before + name;
  }

  /** True if {@code f} counts parts of the plan itself (提出指标6项、5项: each of the list), no figure. */
  boolean countsPlanParts(Figure f) {
    return f.name != null && v.countNouns.contains(f.unit) && v.endsWithPlanPart(f.name, f.name.length(), 0);
  }

  /** 高于全国 (of 增长6.7%、高于全国0.8个百分点): a comparison with a reference and nothing else, no subject. */
  private boolean isComparisonOnly(String name) {
    String comparison = v.comparisons.matchAt(name, 0, name.length());
    return comparison != null && name.length() - comparison.length() <= COMPARISON_REFERENCE_MAX;
  }

  /** The sentence's subject so far: the previous figure's, else the latest statement's that is no completion ratio. */
  @Nullable String inherited(List<Statement> sentence, @Nullable Figure previous) {
    if (previous != null && previous.name != null && !isCompletionRatio(previous.name)) {
      return previous.name;
    }
    for (int i = sentence.size() - 1; i >= 0; i--) {
      if (!isCompletionRatio(sentence.get(i).name())) {
        return sentence.get(i).name();
      }
    }
    return previous != null ? previous.name : null;
  }

  /**
   * True if {@code f} is the plan figure a completion ratio is taken of (635亿元，完成年计划710亿元的89.4%): a level
   * right after its completion phrase, the plan's figure for the sentence's subject.
   */
  boolean isPlanFigure(Figure f) {
    return !f.growth && isCompletionRatio(f.name) && v.completionObjects.matchEndingAt(t, f.wStart, f.preStart) != null;
  }

  /** 完成五年目标 (of 完成五年目标的71.1%): a ratio of what came before, never the subject of what follows. */
  private boolean isCompletionRatio(@Nullable String name) {
    return name != null && v.completion.startsAny(name) && v.completionObjects.endsAny(name);
  }
}
