package org.devplan.io.text.internal;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;

/**
 * Traditional characters read as their simplified forms, one character at a time (萬→万, 長→长, 個→个, 點→点,
 * 産→产, 準→准), so that a reprint in traditional characters reads like the simplified original. The mapping is
 * ICU's {@code Traditional-Simplified} transliterator applied to each Han character of the Basic Multilingual
 * Plane once, at first use, into a table; the corner brackets that traditional texts quote with read as the
 * quotation marks of simplified text (「十五五」 reads “十五五”). A character of the GB 2312 repertoire is already a simplified form and
 * is read as written (著, 乾, 于 keep their own meanings in simplified text); so is a character that ICU maps to
 * more or fewer than one character, which keeps every folded text as long as its original. Immutable and
 * thread-safe once built.
 */
final class HanFolding {
  private HanFolding() {}

  private static final class Table {
    static final char[] SIMPLIFIED = build();
    /**
     * One bit per char, set where {@link #SIMPLIFIED} changes it: 8 KB that stay in the first-level cache while a
     * text is normalised, where the 128 KB table would be read at every Han character of a text that folds none.
     */
    static final long[] FOLDS = folds(SIMPLIFIED);

    private static long[] folds(char[] table) {
      long[] folds = new long[table.length >>> 6];
      for (int c = 0; c < table.length; c++) {
        if (table[c] != c) {
          folds[c >>> 6] |= 1L << c;
        }
      }
      return folds;
    }

    private static char[] build() {
      char[] table = new char[0x10000];
      for (int c = 0; c < table.length; c++) {
        table[c] = (char) c;
      }
      boolean[] simplified = gb2312();
      Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
      for (int c = 0; c < table.length; c++) {
        if (!simplified[c] && !Character.isSurrogate((char) c)
            && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          String s = toSimplified.transliterate(String.valueOf((char) c));
          if (s.length() == 1) {
            table[c] = s.charAt(0);
          }
        }
      }
      return table;
    }

    /** The characters of GB 2312, by decoding each of its two-byte codes. */
    private static boolean[] gb2312() {
      boolean[] in = new boolean[0x10000];
      Charset gb = Charset.forName("GB2312");
      for (int hi = 0xA1; hi <= 0xF7; hi++) {
        for (int lo = 0xA1; lo <= 0xFE; lo++) {
          String s = new String(new byte[] {(byte) hi, (byte) lo}, gb);
          if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
            in[s.charAt(0)] = true;
          }
        }
      }
      return in;
    }
  }

  /** The simplified form of {@code c}, the quotation mark of a corner bracket (「 reads “), or {@code c} itself. */
  static char fold(char c) {
    if (c < 0x3400) {
      return c == '「' ? '“' : c == '」' ? '”' : c;
    }
    return (Table.FOLDS[c >>> 6] & (1L << c)) == 0 ? c : Table.SIMPLIFIED[c];
  }
}
