package org.devplan.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The number grammar shared by {@link Quantity#parse} and {@link Bound#parse}: Arabic numbers (ASCII or
 * full-width digits, {@code .}/{@code ．} decimal point, {@code ,} thousands separators in groups of three, a sign
 * {@code - − － +}) and Chinese numerals below 万 ({@code 三}, {@code 二十六}, {@code 一百零八}, {@code 两}). A
 * following 万/亿 belongs to the unit, not to the number. Scale and length are bounded so that hostile text
 * cannot produce an unprintable number.
 */
final class Numerals {
  /** Largest number of digits, and largest absolute scale, that a written number may have. */
  static final int MAX_DIGITS = 1000;

  private final CharMap<Integer> digits;
  private final CharMap<Integer> units;

  /** The numerals of {@code lexicon}'s {@link Lexicon.Table#NUMERALS} table. */
  Numerals(Lexicon lexicon) {
    java.util.Map<Character, Integer> digits = new java.util.HashMap<>();
    java.util.Map<Character, Integer> units = new java.util.HashMap<>();
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.NUMERALS)) {
      String w = e.word();
      if (w.length() != 1) {
        throw new IllegalArgumentException("lexicon table NUMERALS: \"" + w + "\" must be one character");
      }
      int value = Integer.parseInt(e.get("value"));
      switch (e.get("type")) {
        case "digit" -> digits.put(w.charAt(0), value);
        case "unit" -> units.put(w.charAt(0), value);
        default -> throw new IllegalArgumentException(
            "lexicon table NUMERALS: type of \"" + w + "\" must be digit or unit, found " + e.get("type"));
      }
    }
    this.digits = new CharMap<>(digits);
    this.units = new CharMap<>(units);
  }

  /** A number read from text: its value and the index just after it. */
  record Read(BigDecimal value, int end) {}

  /** Normalises a full-width ASCII code point (digits, letters, ％ ．) to ASCII; other code points unchanged. */
  static int halfWidth(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return cp - 0xFEE0;
    }
    return cp == 0x3000 ? ' ' : cp;
  }

  static boolean isDigit(int cp) {
    int c = halfWidth(cp);
    return c >= '0' && c <= '9';
  }

  static boolean isSign(int cp) {
    return cp == '-' || cp == 0x2212 || cp == 0xFF0D || cp == '+' || cp == 0xFF0B;
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True if the text has a Chinese numeral character, without which no figure can be written in words. */
  boolean hasChineseNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isChineseNumeral(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int chineseDigit(int cp) {
    return valueOf(digits, cp);
  }

  private int chineseUnit(int cp) {
    return valueOf(units, cp);
  }

  private static int valueOf(CharMap<Integer> map, int cp) {
    Integer v = cp > Character.MAX_VALUE ? null : map.get((char) cp);
    return v == null ? -1 : v;
  }

  /** The value of a numeral unit character (十 10, 百 100, 千 1000), or -1. */
  int unitValue(int cp) {
    return chineseUnit(cp);
  }

  /**
   * Reads a number at {@code start} of {@code s} (indices are char indices), or returns null when there is none.
   *
   * @throws PlanFormatException for a malformed or oversized number
   */
  @Nullable Read read(String s, int start) {
    if (start >= s.length()) {
      return null;
    }
    int cp = s.codePointAt(start);
    if (isDigit(cp) || (isSign(cp) && start + 1 < s.length() && isDigit(s.codePointAt(start + 1)))) {
      return readArabic(s, start);
    }
    if (chineseDigit(cp) >= 0 || chineseUnit(cp) == 10) {
      return readChinese(s, start);
    }
    return null;
  }

  private static Read readArabic(String s, int start) {
    StringBuilder b = new StringBuilder();
    int i = start;
    int cp = s.codePointAt(i);
    if (isSign(cp)) {
      if (cp != '+' && cp != 0xFF0B) {
        b.append('-');
      }
      i++;
    }
    int intDigits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    while (i < s.length()) {
      int c = halfWidth(s.charAt(i));
      if (c >= '0' && c <= '9') {
        b.append((char) c);
        intDigits++;
        groupDigits++;
        i++;
      } else if (c == ',' && i + 1 < s.length() && isDigit(s.charAt(i + 1)) && (grouped ? groupDigits == 3
          : groupDigits >= 1 && groupDigits <= 3) && threeDigitsAt(s, i + 1)) {
        grouped = true;
        groupDigits = 0;
        i++;
      } else {
        break;
      }
      checkLength(s, start, intDigits);
    }
    if (grouped && groupDigits != 3) {
      throw error(s, i, "a thousands group must have three digits");
    }
    if (i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '．') && isDigit(s.charAt(i + 1))) {
      b.append('.');
      i++;
      int fraction = 0;
      while (i < s.length() && isDigit(s.charAt(i))) {
        b.append((char) halfWidth(s.charAt(i)));
        i++;
        fraction++;
        checkLength(s, start, intDigits + fraction);
      }
    }
    return new Read(new BigDecimal(b.toString()), i);
  }

  private static boolean threeDigitsAt(String s, int i) {
    return i + 2 < s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && (i + 3 >= s.length() || !isDigit(s.charAt(i + 3)) || s.charAt(i + 3) == ',');
  }

  private static void checkLength(String s, int start, int digits) {
    if (digits > MAX_DIGITS) {
      throw error(s, start, "a number may have at most " + MAX_DIGITS + " digits");
    }
  }

  private @Nullable Read readChinese(String s, int start) {
    int j = start;
    StringBuilder positional = new StringBuilder();
    while (j < s.length() && chineseDigit(s.charAt(j)) >= 0) {
      positional.append(chineseDigit(s.charAt(j)));
      j++;
    }
    if (positional.length() >= 2 && (j >= s.length() || chineseUnit(s.charAt(j)) < 0)) {
      return new Read(new BigDecimal(positional.toString()), j); // 二〇二六
    }
    long total = 0;
    int current = -1;
    int lastUnit = 10_000;
    boolean any = false;
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      int d = chineseDigit(c);
      int u = chineseUnit(c);
      if (d >= 0) {
        if (current > 0) {
          break;
        }
        current = d;
        any = true;
        i++;
      } else if (u > 0 && u < lastUnit) {
        int multiplier;
        if (current > 0) {
          multiplier = current;
        } else if (!any && u == 10) {
          multiplier = 1; // 十六 = 16
        } else {
          break;
        }
        total += (long) multiplier * u;
        lastUnit = u;
        current = -1;
        any = true;
        i++;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (current > 0) {
      total += current;
    }
    return new Read(BigDecimal.valueOf(total), i);
  }

  boolean isChineseNumeral(int cp) {
    return chineseDigit(cp) >= 0 || chineseUnit(cp) > 0;
  }

  /** Checks that a number's scale and precision are within the bound every written number has. */
  static void checkNumber(String what, BigDecimal value) {
    if (Math.abs(value.scale()) > MAX_DIGITS || value.precision() > MAX_DIGITS) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%s: number with scale %s and precision %s exceeds the limit of %s", what, value.scale(), value.precision(),
          MAX_DIGITS));
    }
  }

  static PlanFormatException error(String text, int charIndex, String reason) {
    int column = text.codePointCount(0, Math.min(charIndex, text.length())) + 1;
    return new PlanFormatException("<text>", 1, column, reason + " in \"" + abbreviate(text) + "\"");
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "…";
  }
}
