package org.devplan.io.text.internal;

import org.devplan.model.Chapter;
import org.devplan.model.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * A heading label read at a position of the normalised text: {@code 第三部分}, {@code 三、}, {@code (三)},
 * {@code 三是}, {@code 3.}, {@code 3、}, {@code (3)}, {@code ③}, {@code 附件}. A hand-written scanner: no regular
 * expressions.
 *
 * @param numbering the scheme
 * @param ordinal the number the label stands for (0 for annex labels)
 * @param start normalised index where the label starts
 * @param end normalised index just after the label (and the separator space after 第…部分)
 */
public record HeadingLabel(Chapter.Numbering numbering, int ordinal, int start, int end) {

  /** Reads a label at {@code at}, or returns null. Inline-only schemes (一是) are read only if allowed. */
  public static @Nullable HeadingLabel read(String t, int at, int limit, Vocabulary v, boolean allowEnumerated) {
    if (at >= limit) {
      return null;
    }
    char c = t.charAt(at);
    String ordinalPrefix = v.ordinalPrefixes.matchAt(t, at, limit);
    if (ordinalPrefix != null) {
      return counted(t, at, at + ordinalPrefix.length(), limit, v);
    }
    if (c == '(') {
      return parenthesised(t, at, limit, v);
    }
    if (c >= '①' && c <= '⑳') {
      return new HeadingLabel(Chapter.Numbering.CIRCLED, c - '①' + 1, at, at + 1);
    }
    int[] num = chinese(t, at, limit, v);
    if (num != null && num[1] < limit) {
      if (t.charAt(num[1]) == '、') {
        return new HeadingLabel(Chapter.Numbering.CHINESE, num[0], at, num[1] + 1);
      }
      String enumeration = allowEnumerated ? v.enumerationSuffixes.matchAt(t, num[1], limit) : null;
      if (enumeration != null) {
        return new HeadingLabel(Chapter.Numbering.ENUMERATED, num[0], at, num[1] + enumeration.length());
      }
      return null;
    }
    num = arabic(t, at, limit);
    if (num != null && num[1] < limit && num[0] < 100) {
      return numbered(t, at, limit, num);
    }
    String annex = v.annexLabels.matchAt(t, at, limit);
    if (annex != null) {
      int end = at + annex.length();
      while (end < limit && Character.isDigit(t.charAt(end))) {
        end++;
      }
      return new HeadingLabel(Chapter.Numbering.OTHER, 0, at, end);
    }
    return null;
  }

  /** 第三部分, 第二章: the numeral after the ordinal prefix, then the scheme's counter word; or null. */
  private static @Nullable HeadingLabel counted(String t, int at, int i, int limit, Vocabulary v) {
    int[] num = chinese(t, i, limit, v);
    if (num == null) {
      num = arabic(t, i, limit);
    }
    if (num == null) {
      return null;
    }
    i = num[1];
    for (var e : v.headingSchemes.entrySet()) {
      if (t.startsWith(e.getKey(), i) && i + e.getKey().length() <= limit) {
        int end = i + e.getKey().length();
        if (end < limit && (t.charAt(end) == '，' || t.charAt(end) == ',')) {
          return null; // 第一，… is prose
        }
        while (end < limit && t.charAt(end) == ' ') {
          end++;
        }
        return new HeadingLabel(e.getValue(), num[0], at, end);
      }
    }
    return null;
  }

  /** (三) or (3); or null. */
  private static @Nullable HeadingLabel parenthesised(String t, int at, int limit, Vocabulary v) {
    int[] num = chinese(t, at + 1, limit, v);
    Chapter.Numbering n = Chapter.Numbering.PAREN_CHINESE;
    if (num == null) {
      num = arabic(t, at + 1, limit);
      n = Chapter.Numbering.PAREN_ARABIC;
    }
    if (num != null && num[1] < limit && t.charAt(num[1]) == ')') {
      return new HeadingLabel(n, num[0], at, num[1] + 1);
    }
    return null;
  }

  /** 3. or 3、 (not 3.5, not 2026.); or null. */
  private static @Nullable HeadingLabel numbered(String t, int at, int limit, int[] num) {
    char after = t.charAt(num[1]);
    boolean nextIsDigit = num[1] + 1 < limit && Character.isDigit(t.charAt(num[1] + 1));
    if ((after == '.' || after == '、') && !nextIsDigit && num[1] + 1 < limit
        && t.charAt(num[1] + 1) != '.' && t.charAt(num[1] + 1) != '\n') {
      return new HeadingLabel(Chapter.Numbering.ARABIC, num[0], at, num[1] + 1);
    }
    return null;
  }

  /**
   * A Chinese numeral below 100 at {@code at} (一 … 九十九), read by the model's one numeral reader: {value, end}, or
   * null.
   */
  static int @Nullable [] chinese(String t, int at, int limit, Vocabulary v) {
    if (at >= limit || !v.lexicon.isChineseNumeral(t.charAt(at))) {
      return null;
    }
    // the reader never looks before its start, and reads Chinese numerals only, looking at most at the char after
    // them: read the slice up to that char, not a copy of the text before it or of the paragraph after it
    int end = at + 1;
    while (end < limit && v.lexicon.isChineseNumeral(t.charAt(end))) {
      end++;
    }
    end = Math.min(limit, end + 1);
    Lexicon.Numeral n = v.lexicon.numeral(end < t.length() || at > 0 ? t.substring(at, end) : t, 0).orElse(null);
    if (n == null || n.value().signum() <= 0 || n.value().compareTo(HUNDRED) >= 0) {
      return null;
    }
    return new int[] {n.value().intValueExact(), at + n.end()};
  }

  private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

  /** An Arabic number at {@code at}: {value, end}, or null. */
  static int @Nullable [] arabic(String t, int at, int limit) {
    int i = at;
    int value = 0;
    while (i < limit && i - at < 4 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      value = value * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == at || (i < limit && t.charAt(i) >= '0' && t.charAt(i) <= '9')) {
      return null;
    }
    return new int[] {value, i};
  }
}
