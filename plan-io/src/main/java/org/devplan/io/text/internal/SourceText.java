package org.devplan.io.text.internal;

import java.util.Arrays;
import org.devplan.model.Position;

/**
 * Stage 2: the decoded text and its normalised form, with a map from every normalised index back to the
 * decoded text. Normalising folds CRLF and CR to LF, full-width ASCII (digits, letters, ％, ．, （）) to ASCII
 * (but keeps the Chinese comma, colon, semicolon and marks), ideographic, no-break and other spaces to a space,
 * U+2212 to '-', drops zero-width characters, a single space between a number and a Chinese word (增长 5%,
 * 1,267 万人, 5% 左右) and the pinyin a converter wrote in parentheses after a character (地區(qū)), and reads traditional characters as their simplified forms
 * ({@link HanFolding}: 萬億元 reads 万亿元, 增長 reads 增长, 「十五五」 reads “十五五”). Slices of the decoded text ({@link #originalSlice}) keep
 * everything as written except that folding of traditional characters, so names and wordings read (and parse)
 * like the simplified text while {@link #original()} stays the text as decoded. Positions are 1-based line and
 * code-point column in the decoded text. Not thread-safe (positions are computed with a cache for long lines);
 * one per import.
 */
public final class SourceText {
  private final String original;
  /** The decoded text with traditional characters read as simplified: {@link #original} if none is. */
  private final String reading;
  /** True if a character of the text folds: {@link #reading} differs from {@link #original}. */
  private final boolean folds;
  private final String text;
  /**
   * The map from normalised to decoded indices, sparse: from normalised index {@code shiftAt[k]} on (up to the
   * next one), decoded index = normalised index + {@code shift[k]}. The shift changes only where a char was dropped
   * (the CR of a CRLF, a zero-width char), so an LF text without those has one entry, not one int a char.
   */
  private final int[] shiftAt;
  private final int[] shift;
  private final int[] originalLineStarts;
  private final int[] lineStarts;
  /** Decoded ranges of pinyin glosses ({@code 地區(qū)}), start and end in turn, sorted; read as nothing. */
  private final int[] glosses;
  /** True if the decoded text has a character outside the Basic Multilingual Plane: columns then differ from offsets. */
  private final boolean supplementary;
  private int cacheLine = -1;
  private int cacheOffset;
  private int cacheColumn;

  private SourceText(String original, String reading, String text, int[] shiftAt, int[] shift,
      int[] originalLineStarts, int[] lineStarts, int[] glosses, boolean supplementary) {
    this.original = original;
    this.reading = reading;
    this.folds = !reading.equals(original);
    this.text = text;
    this.shiftAt = shiftAt;
    this.shift = shift;
    this.originalLineStarts = originalLineStarts;
    this.lineStarts = lineStarts;
    this.glosses = glosses;
    this.supplementary = supplementary;
  }

  /** Normalises {@code original}. */
  public static SourceText of(String original) {
    int n = original.length();
    char[] reading = null; // only once a traditional character folds
    char[] text = new char[n];
    int length = 0;
    Shifts shifts = new Shifts();
    int[] origLines = new int[16];
    int origLineCount = 1;
    int[] lines = new int[16];
    int lineCount = 1;
    boolean supplementary = false;
    int[] glosses = new int[0];
    int skipTo = 0; // the end of a gloss being dropped
    for (int i = 0; i < n; i++) {
      char o = original.charAt(i);
      supplementary |= Character.isSurrogate(o);
      char c = HanFolding.fold(o);
      if (c != o && reading == null) {
        reading = new char[n];
        original.getChars(0, i, reading, 0);
      }
      if (reading != null) {
        reading[i] = c;
      }
      if (c == '\r') {
        if (i + 1 < n && original.charAt(i + 1) == '\n') {
          continue; // the LF that follows ends the line
        }
        c = '\n';
      }
      if (c == '\n') {
        if (origLineCount == origLines.length) {
          origLines = Arrays.copyOf(origLines, origLines.length * 2);
        }
        origLines[origLineCount++] = i + 1;
        if (lineCount == lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[lineCount++] = length + 1;
      }
      if (i < skipTo) {
        continue;
      }
      char folded = fold(c);
      if (folded == '(' && length > 0 && ScanText.isCjk(text[length - 1])) {
        int e = glossEnd(original, i);
        if (e > 0) {
          glosses = Arrays.copyOf(glosses, glosses.length + 2);
          glosses[glosses.length - 2] = i;
          glosses[glosses.length - 1] = e;
          skipTo = e;
          continue; // 地區(qū): the pinyin a converter wrote after a character is no part of the text
        }
      }
      if (folded == 0 || (folded == ' ' && length > 0 && i + 1 < n
          && joinsNumber(text[length - 1], fold(HanFolding.fold(original.charAt(i + 1)))))) {
        continue; // 增长 5%, 1,267 万人: a single space between a number and a word is no separator
      }
      shifts.map(length, i);
      text[length++] = folded;
    }
    shifts.map(length, n); // the end of the text, after any dropped chars
    return new SourceText(original, reading != null ? new String(reading) : original, new String(text, 0, length),
        Arrays.copyOf(shifts.at, shifts.size), Arrays.copyOf(shifts.by, shifts.size),
        Arrays.copyOf(origLines, origLineCount), Arrays.copyOf(lines, lineCount), glosses, supplementary);
  }

  /** The most letters of a pinyin gloss: zhuàng. */
  private static final int GLOSS_LETTERS = 6;

  /**
   * The end (after its closing parenthesis) of the pinyin gloss whose opening parenthesis is at {@code open}: one to
   * {@link #GLOSS_LETTERS} lower-case Latin letters, at least one with a tone mark ({@code (qū)}, {@code (zhèn)});
   * else 0.
   */
  private static int glossEnd(String s, int open) {
    boolean tone = false;
    int j = open + 1;
    for (; j < s.length() && j - open - 1 <= GLOSS_LETTERS; j++) {
      char c = s.charAt(j);
      if (c == ')' || c == '）') {
        return tone && j > open + 1 ? j + 1 : 0;
      }
      boolean toned = c >= '\u00E0' && c <= '\u01DC' && Character.isLowerCase(c);
      if (!(c >= 'a' && c <= 'z') && !toned) {
        return 0;
      }
      tone |= toned;
    }
    return 0;
  }

  /** The sparse map under construction: one entry where the shift changes, the first at 0 with shift 0. */
  private static final class Shifts {
    int[] at = new int[16];
    int[] by = new int[16];
    int size = 1;

    /** Normalised index {@code i} is decoded index {@code o}. */
    void map(int i, int o) {
      int shift = o - i;
      if (shift == by[size - 1]) {
        return;
      }
      if (at[size - 1] == i) { // chars dropped before the first normalised char: the entry at i moves
        by[size - 1] = shift;
        return;
      }
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
        by = Arrays.copyOf(by, size * 2);
      }
      at[size] = i;
      by[size++] = shift;
    }
  }

  /** True if a single space between {@code before} and {@code after} stands between a number and a word. */
  private static boolean joinsNumber(char before, char after) {
    return ((ScanText.isDigit(before) || before == '%') && (ScanText.isCjk(after) || after == '%'))
        || (ScanText.isCjk(before) && ScanText.isDigit(after));
  }

  private static char fold(char c) {
    if (c < '\u00A0' || (c >= 0x3400 && c < '\uFEFF')) {
      return c; // ASCII, and the Han characters and the marks of Chinese text, need no look at the cases below
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      if (c == '，' || c == '：' || c == '；' || c == '！' || c == '？') {
        return c;
      }
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
          '\u200A', '\u202F', '\u205F' -> {
        return ' ';
      }
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
        return 0;
      }
      case '\u2212' -> {
        return '-';
      }
      default -> {
        return c;
      }
    }
  }

  /** The decoded text, as read. */
  public String original() {
    return original;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** The index in the decoded text of normalised index {@code i} (0..length). */
  public int originalIndex(int i) {
    int k = Arrays.binarySearch(shiftAt, i);
    return i + shift[k >= 0 ? k : -k - 2];
  }

  /**
   * The index in the decoded text just after normalised index {@code i - 1}: where a number's text ending at
   * {@code i} ends, without the dropped characters (the space of 1,267 万人) that follow its last digit.
   */
  public int originalEnd(int i) {
    return i == 0 ? originalIndex(0) : originalIndex(i - 1) + 1;
  }

  /** The decoded text between two normalised indices, traditional characters read as simplified, without glosses. */
  public String originalSlice(int from, int to) {
    int a = originalIndex(from);
    int b = originalIndex(to);
    if (glosses.length == 0) {
      return reading.substring(a, b);
    }
    StringBuilder slice = new StringBuilder(b - a);
    int at = a;
    for (int g = 0; g < glosses.length; g += 2) {
      if (glosses[g + 1] > at && glosses[g] < b) {
        slice.append(reading, at, Math.max(at, glosses[g]));
        at = Math.max(at, glosses[g + 1]);
      }
    }
    return slice.append(reading, Math.min(at, b), b).toString();
  }

  /** The decoded text between two normalised indices, exactly as written. */
  public String writtenSlice(int from, int to) {
    return original.substring(originalIndex(from), originalIndex(to));
  }

  /**
   * {@code read}, a text read from the decoded text around its index {@code near} (a name, a title), in the script it
   * is written in there: each longest run of it found in the reading within {@link #WRITTEN_REACH} chars of
   * {@code near} takes the written characters of that place (地區生產總值 for 地区生产总值 read from 地區(qū)生產總值); a char
   * found nowhere near stays as read. {@code read} itself when no character of the text folds.
   */
  public String written(String read, int near) {
    if (!folds || read.isEmpty()) {
      return read;
    }
    int from = Math.max(0, near - WRITTEN_REACH);
    int to = Math.min(reading.length(), near + WRITTEN_REACH);
    StringBuilder b = new StringBuilder(read.length());
    int i = 0;
    while (i < read.length()) {
      int at = -1;
      int length = 0;
      for (int n = 1; i + n <= read.length(); n++) {
        int found = nearest(read.substring(i, i + n), near, from, to);
        if (found < 0) {
          break;
        }
        at = found;
        length = n;
      }
      if (length == 0) {
        b.append(read.charAt(i++));
      } else {
        b.append(original, at, at + length);
        i += length;
      }
    }
    return b.toString();
  }

  /** How far from where it was read {@link #written} looks for a text. */
  private static final int WRITTEN_REACH = 2000;

  /** The start of the occurrence of {@code s} in the reading between {@code from} and {@code to} nearest before {@code near}, else after it; -1 if none. */
  private int nearest(String s, int near, int from, int to) {
    int before = reading.lastIndexOf(s, Math.min(near, to - s.length()));
    if (before >= from) {
      return before;
    }
    int after = reading.indexOf(s, Math.max(near, from));
    return after >= 0 && after + s.length() <= to ? after : -1;
  }

  /** Number of lines of the normalised text. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Start index of normalised line {@code k} (0-based). */
  public int lineStart(int k) {
    return lineStarts[k];
  }

  /** End index (before the LF, or the text end) of normalised line {@code k}. */
  public int lineEnd(int k) {
    return k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : text.length();
  }

  /** Start index in the decoded text of line {@code k} (0-based). */
  public int originalLineStart(int k) {
    return originalLineStarts[k];
  }

  /** The position (1-based line, code-point column) of normalised index {@code i}. */
  public Position position(int i) {
    return originalPosition(originalIndex(i));
  }

  /**
   * The index in the decoded text of position {@code p}, the inverse of {@link #originalPosition}: in constant time
   * unless the text has characters outside the Basic Multilingual Plane (a column then counts code points).
   */
  public int originalOffset(Position p) {
    int lineStart = originalLineStarts[p.line() - 1];
    return supplementary ? original.offsetByCodePoints(lineStart, p.column() - 1) : lineStart + p.column() - 1;
  }

  /**
   * The position of index {@code o} of the decoded text: in constant time after the line's binary search unless the
   * text has characters outside the Basic Multilingual Plane (a column then counts code points).
   */
  public Position originalPosition(int o) {
    int k = Arrays.binarySearch(originalLineStarts, o);
    if (k < 0) {
      k = -k - 2;
    }
    if (!supplementary) {
      return Position.of(k + 1, o - originalLineStarts[k] + 1); // a code point a char: no count
    }
    int column;
    if (k == cacheLine && o >= cacheOffset) {
      column = cacheColumn + original.codePointCount(cacheOffset, o);
    } else {
      column = original.codePointCount(originalLineStarts[k], o) + 1;
    }
    cacheLine = k;
    cacheOffset = o;
    cacheColumn = column;
    return Position.of(k + 1, column);
  }
}
