package org.devplan.io.text.internal;

import java.util.BitSet;
import java.util.List;
import org.devplan.model.Words;

/**
 * The normalised text the figure stages scan, with what every stage asks of it: character classes, spaces, numbers,
 * quotes and slices of the decoded text. Built once per import; immutable.
 */
final class ScanText {
  final SourceText src;
  final String t;
  private final byte[] quoteDepth;

  ScanText(SourceText src) {
    this.src = src;
    this.t = src.text();
    this.quoteDepth = new byte[t.length() + 1];
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      quoteDepth[i] = (byte) Math.min(depth, 100);
      char c = t.charAt(i);
      if (c > '》' && c < '！') {
        continue; // the Han characters (and the marks between): neither a quote nor a sentence end
      }
      if (c == '“' || c == '《') {
        depth++;
      } else if ((c == '”' || c == '》') && depth > 0) {
        depth--;
      } else if (isSentenceEnd(c)) {
        depth = 0;
      }
    }
    quoteDepth[t.length()] = (byte) Math.min(depth, 100);
  }

  static boolean isSentenceEnd(char c) {
    if (c > '。' && c < '！') {
      return false; // the Han characters and the marks between: one test for most chars of a text
    }
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
  }

  boolean isClauseEnd(int i) {
    char c = t.charAt(i);
    if (c > ':' && c < '，') {
      return false; // the Han characters and the marks between: one test for most chars of a text
    }
    if (c == ',') {
      return !(i > 0 && i + 1 < t.length() && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1)));
    }
    return c == '，' || c == '：' || c == ':';
  }

  /** True if {@code at} is inside quotes or book-title marks opened in its sentence. */
  boolean inQuotes(int at) {
    return quoteDepth[at] > 0;
  }

  int skipSpace(int a, int b) {
    while (a < b && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
      a++;
    }
    return a;
  }

  int trimEnd(int a, int b) {
    while (b > a && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\t')) {
      b--;
    }
    return b;
  }

  boolean blank(int a, int b) {
    for (int i = a; i < b; i++) {
      if (t.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** True if exactly {@code n} digits start at {@code at}. */
  boolean isDigits(int at, int n) {
    if (at + n > t.length()) {
      return false;
    }
    for (int i = at; i < at + n; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return at + n >= t.length() || !isDigit(t.charAt(at + n));
  }

  /** The decoded text of the range {@code r}, stripped. */
  String orig(int[] r) {
    return src.originalSlice(r[0], r[1]).strip();
  }

  String slice(int a, int b) {
    return src.originalSlice(a, b);
  }

  /** {@link #slice} in the script it is written in (與經濟增長同步 where the text has it), without glosses. */
  String written(int a, int b) {
    return src.written(slice(a, b), src.originalIndex(a));
  }

  char at(int i) {
    return t.charAt(i);
  }

  int skipToken(int j, int ce) {
    while (j < ce && (isAlnum(t.charAt(j)) || t.charAt(j) == '.')) {
      j++;
    }
    return j;
  }

  boolean isInteger(int a, int b) {
    return t.substring(a, b).indexOf('.') < 0;
  }

  /** The end of the number at {@code i}: digits, groups of three after commas, one decimal part. */
  static int numberEnd(CharSequence s, int i, int ce) {
    int j = i;
    while (j < ce) {
      char c = s.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (c == ',' && isDigit3(s, j + 1, ce)) {
        j++;
      } else if (c == '.' && j + 1 < ce && isDigit(s.charAt(j + 1))) {
        j++;
        while (j < ce && isDigit(s.charAt(j))) {
          j++;
        }
        break;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isDigit3(CharSequence s, int at, int ce) {
    return at + 3 <= ce && isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1)) && isDigit(s.charAt(at + 2))
        && (at + 3 == ce || !isDigit(s.charAt(at + 3)));
  }

  /** The first characters of the words of {@code lists}: where a look-up in them can succeed. */
  static BitSet firstChars(List<Words> lists) {
    BitSet starts = new BitSet(Character.MAX_VALUE + 1);
    for (Words words : lists) {
      for (String w : words.asList()) {
        starts.set(w.charAt(0));
      }
    }
    return starts;
  }

  /** True if four digits start at {@code i} of {@code s}, not inside a longer number (a year's digits). */
  static boolean isYear(String s, int i) {
    for (int k = i; k < i + 4; k++) {
      if (k >= s.length() || !Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return (i == 0 || !Character.isDigit(s.charAt(i - 1))) && (i + 4 >= s.length()
        || !Character.isDigit(s.charAt(i + 4)));
  }

  /**
   * True if the whole number from {@code a} to {@code b} counts the items of the 、 list that ends right before it in
   * its clause (建设金凤、嘉陵江、明月湖3个实验室): it restates the list and is no figure. A list with a figure in it
   * (建设10个A、60个B) is not such a list, nor one closed by a modifier's end ({@code modifierEnds}: 等 in
   * A、B等6条高铁, a total the list only begins; 的 in 规模最大、技术领先的2座, a list that describes).
   */
  static boolean countsList(String t, int a, int b, Words modifierEnds) {
    if (b - a > 2 || a == 0 || !isCjk(t.charAt(a - 1)) || !isDigit(t.charAt(b - 1))
        || modifierEnds.matchEndingAt(t, a, 0) != null) {
      return false;
    }
    int n = Integer.parseInt(t, a, b, 10);
    int items = 1;
    for (int k = a - 1; k >= 0; k--) {
      char c = t.charAt(k);
      if (isDigit(c)) {
        return false;
      } else if (c == '、') {
        items++;
      } else if (isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':') {
        break;
      }
    }
    return n >= 2 && items == n;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isAlnum(char c) {
    return isDigit(c) || isLatin(c);
  }

  static boolean isCjk(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  static boolean isPunct(char c) {
    return "，。；：、,.;:!?！？)）”\n ".indexOf(c) >= 0;
  }
}
