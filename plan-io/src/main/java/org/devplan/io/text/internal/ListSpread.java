package org.devplan.io.text.internal;

import java.util.List;

/**
 * Lists of figures written once for all (分别增长8%、9%, 突破850家、155家, 5%、6%左右): the figures separated only by 、
 * form a group, and its members get the verb, unit and qualifier the list writes once.
 */
final class ListSpread extends OnText {

  ListSpread(ScanText x, Vocabulary v) {
    super(x, v);
  }

  /** True if only a list's separator (、, or 和 before its last figure) and spaces stand between {@code a} and {@code b}. */
  boolean onlyListSeparator(int a, int b) {
    boolean sep = false;
    for (int i = a; i < b; i++) {
      String and = sep ? null : v.listAnd.matchAt(t, i, b);
      if (and != null) {
        sep = true;
        i += and.length() - 1;
      } else if (isListSeparator(i)) {
        sep = true;
      } else if (t.charAt(i) != ' ') {
        return false;
      }
    }
    return sep;
  }

  /** Gives list elements the verb, unit and trailing qualifier written once for the whole list. */
  void spread(List<Figure> g) {
    units(g);
    Figure head = g.get(0);
    Figure last = g.get(g.size() - 1);
    if (head.prefix != null && last.suffix == null) {
      for (Figure f : g) {
        if (f != head && f.prefix == null && f.levelVerb == null && f.changeVerb == null) {
          f.wording = head.prefix + f.wording; // 分别突破850家、155家: the qualifier is written once
          f.prefix = head.prefix;
        }
      }
    }
    if (last.suffix != null) {
      for (Figure f : g) {
        if (f.suffix == null && f != last) {
          f.wording = f.wording + last.suffix;
          f.suffix = last.suffix;
        }
      }
    }
    if (head.changeVerb != null) {
      verbs(g, head, head.changeVerb);
    }
  }

  /** The unit written after the last member only (5、6万元) goes to the members before it. */
  private static void units(List<Figure> g) {
    for (int k = g.size() - 2; k >= 0; k--) {
      Figure f = g.get(k);
      Figure next = g.get(k + 1);
      if ((f.unitless || (!f.unit.isEmpty() && next.unit.startsWith(f.unit) && !next.unit.equals(f.unit)))
          && !next.unit.isEmpty()) {
        String base = f.wording;
        if (!f.unitless) {
          base = base.substring(0, base.length() - f.unit.length() - (f.suffix != null ? f.suffix.length() : 0));
        }
        f.wording = base + next.unit;
        f.unit = next.unit;
        f.unitless = false;
        f.growth = next.growth;
        f.change = next.change;
      }
    }
  }

  /** Gives the list's figures without a verb the head's {@code verb}. */
  private void verbs(List<Figure> g, Figure head, String verb) {
    for (Figure f : g) {
      if (f != head && f.changeVerb == null && f.levelVerb == null) {
        f.changeVerb = verb;
        f.growth = head.growth || f.unit.equals("%");
        f.change = !f.growth;
        if (head.grammarVerb) {
          f.wording = grammarPart(v, verb) + f.wording;
        }
      }
    }
  }

  /** The part of a change verb the figure's grammar reads as its sign (同比增长 → 增长), or "". */
  static String grammarPart(Vocabulary v, String verb) {
    String w = v.grammarVerbs.matchEndingAt(verb, verb.length(), 0);
    return w == null ? "" : w;
  }
}
