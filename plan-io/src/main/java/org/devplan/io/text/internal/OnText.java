package org.devplan.io.text.internal;

import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/** What the stages over the scanned text share: the text and the vocabulary they read it with. */
abstract class OnText {
  final ScanText x;
  final String t;
  final Vocabulary v;

  OnText(ScanText x, Vocabulary v) {
    this.x = x;
    this.t = x.t;
    this.v = v;
  }

  /** True if the list separator (、) is at {@code i}. */
  boolean isListSeparator(int i) {
    return v.listSeparators.matchAt(t, i, i + 1) != null;
  }

  /**
   * True if the words of a figure end at {@code q}, before {@code ce}: the clause ends there, or a mark that is not a
   * list separator followed by another figure (超1亿，…; not 1.28万亿、1.18万亿、8200亿元, a list with one unit).
   */
  boolean endsItsWords(int q, int ce) {
    if (q >= ce) {
      return true;
    }
    boolean listed = isListSeparator(q) && q + 1 < ce && (ScanText.isDigit(t.charAt(q + 1))
        || v.lexicon.isChineseNumeral(t.charAt(q + 1)));
    return ScanText.isPunct(t.charAt(q)) && !listed;
  }

  /**
   * Where a span of one or two digits' years that ends at {@code end} starts (5 of 5年增长18.7%), no earlier than
   * {@code from}; -1 if none ends there.
   */
  int yearSpanStart(int end, int from) {
    int y = end - 1;
    if (y <= from || v.yearSuffixes.matchAt(t, y, end) == null) {
      return -1;
    }
    int d = y;
    while (d > from && ScanText.isDigit(t.charAt(d - 1))) {
      d--;
    }
    return d < y && y - d <= 2 ? d : -1;
  }

  /**
   * The word of {@code words} that ends at {@code b} (starting at {@code a} or later), unless a longer word of
   * {@code over} ends there too, which is what is written instead: 节约 over 约, 新增 over 增, 提前 over 前. Null if none.
   */
  @Nullable String endingAt(Words words, Words over, int b, int a) {
    String word = words.matchEndingAt(t, b, a);
    if (word == null) {
      return null;
    }
    String longer = over.matchEndingAt(t, b, a);
    return longer != null && longer.length() > word.length() ? null : word;
  }
}
