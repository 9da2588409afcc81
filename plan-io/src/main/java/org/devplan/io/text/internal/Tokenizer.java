package org.devplan.io.text.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * Stage 5a: a clause to {@link Token}s, from the lexicon alone. After a number (or numeral) come the words that
 * continue a figure (余, magnitude, unit or ratio word, range separator, qualifier suffix); elsewhere a period, a
 * figure in words (一半, 两位数), a run of numerals, or the longest word of the lexicon (a hedge, time word, list
 * marker, qualifier, verb of change or of level, in that order on a tie; 人均 is no 均); what no table names is text.
 * Spaces give no token. Linear in the clause; immutable and thread-safe.
 *
 * <pre>{@code
 * new Tokenizer(Vocabulary.standard()).tokens("增长6%左右", 0, 7)
 *     // CHANGE_VERB 0–2, NUMBER 2–3, UNIT 3–4, QUALIFIER_SUFFIX 4–6
 * }</pre>
 */
final class Tokenizer {
  private static final BitSet PUNCTUATION = new BitSet();

  static {
    "，。；：,;:!?！？“”‘’\"《》()（）【】[]".chars().forEach(PUNCTUATION::set);
  }

  private final Vocabulary v;
  /**
   * The words of the tables a token outside a figure may come from, in one look-up, and each word's kind: that of
   * the first table it is in (the order that wins a tie).
   */
  private final Words tables;
  private final Map<String, Token.Kind> kinds = new HashMap<>();
  /** The characters a word outside a figure can start with (Chinese numerals aside). */
  private final BitSet starts;
  /**
   * The characters that are text of their own wherever no figure goes on: no space, digit, punctuation, Chinese
   * numeral or first char of a word. A run of them after a text token joins it without a look-up.
   */
  private final BitSet plain = new BitSet(Character.MAX_VALUE + 1);
  /** The Chinese numerals (一, 两, 十), asked of the lexicon once. */
  private final BitSet numerals = new BitSet(Character.MAX_VALUE + 1);
  /** The characters a period can start with (“十四五”时期, 后两年). */
  private final BitSet periodStarts;

  Tokenizer(Vocabulary v) {
    this.v = v;
    List<Words> tables = List.of(v.hedges, v.timeWords, v.annualAverage, v.cumulative, v.distributive,
        v.eachMarkers, v.etcMarkers, v.conjunctions, v.qualifierPrefixes, v.changeVerbs, v.levelVerbs);
    List<Token.Kind> kinds = List.of(Token.Kind.HEDGE, Token.Kind.TIME_WORD, Token.Kind.TIME_WORD,
        Token.Kind.TIME_WORD, Token.Kind.LIST_MARKER, Token.Kind.LIST_MARKER, Token.Kind.LIST_MARKER,
        Token.Kind.LIST_MARKER, Token.Kind.QUALIFIER_PREFIX, Token.Kind.CHANGE_VERB, Token.Kind.LEVEL_VERB);
    for (int n = 0; n < tables.size(); n++) {
      for (String w : tables.get(n).asList()) {
        this.kinds.putIfAbsent(w, kinds.get(n));
      }
    }
    this.tables = Words.union(tables);
    starts = ScanText.firstChars(tables);
    starts.or(ScanText.firstChars(List.of(v.wholeRatios, v.notEach, v.magnitudes, v.remaining, v.planOrdinalLeads)));
    starts.set('“');
    periodStarts = ScanText.firstChars(List.of(v.remaining, v.planOrdinalLeads));
    periodStarts.set('“');
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      numerals.set(c, v.lexicon.isChineseNumeral(c));
      if (c != ' ' && c != '\t' && !ScanText.isDigit((char) c) && !starts.get(c) && !numerals.get(c)
          && !PUNCTUATION.get(c)) {
        plain.set(c);
      }
    }
  }

  /**
   * The tokens of {@code s} between {@code from} and {@code to}. A run of text is one token, made when the run
   * ends: the text read so far is held as its ends, not as a token remade at each char that joins it.
   */
  List<Token> tokens(CharSequence s, int from, int to) {
    List<Token> out = new ArrayList<>();
    int textStart = -1; // the run of text being read, if any (then the last token), from textStart to textEnd
    int textEnd = -1;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (textEnd == i && plain.get(c)) {
        int j = i + 1; // no figure goes on after text, and plain chars make text: the run joins the text before it
        while (j < to && plain.get(s.charAt(j))) {
          j++;
        }
        textEnd = j;
        i = j;
        continue;
      }
      // after text no figure goes on (afterFigure finds nothing after a TEXT token)
      Token next = ScanText.isDigit(c) ? number(s, i, to)
          : textStart < 0 ? afterFigure(s, i, to, out.isEmpty() ? null : out.get(out.size() - 1)) : null;
      if (next == null) {
        next = word(s, i, to);
      }
      if (next.kind() == Token.Kind.TEXT && textEnd == i) {
        textEnd = next.end();
      } else {
        if (textStart >= 0) {
          out.add(new Token(Token.Kind.TEXT, textStart, textEnd));
        }
        if (next.kind() == Token.Kind.TEXT) {
          textStart = next.start();
          textEnd = next.end();
        } else {
          textStart = -1;
          textEnd = -1;
          out.add(next);
        }
      }
      i = next.end();
    }
    if (textStart >= 0) {
      out.add(new Token(Token.Kind.TEXT, textStart, textEnd));
    }
    return out;
  }

  private Token number(CharSequence s, int i, int to) {
    int j = ScanText.numberEnd(s, i, to);
    if (j - i == 4 && ScanText.isDigit(s.charAt(i + 1)) && ScanText.isDigit(s.charAt(i + 2))
        && ScanText.isDigit(s.charAt(i + 3))) { // four digits before the look-up: most numbers are no year
      String year = v.yearSuffixes.matchAt(s, j, to);
      if (year != null) {
        return new Token(Token.Kind.YEAR, i, j + year.length());
      }
    }
    return new Token(Token.Kind.NUMBER, i, j);
  }

  /** The token that goes on with a figure after {@code last}, or null. */
  private @Nullable Token afterFigure(CharSequence s, int i, int to, @Nullable Token last) {
    Token.Kind k = last == null || last.end() != i ? null : last.kind();
    boolean afterAmount = k == Token.Kind.NUMBER || k == Token.Kind.NUMERAL || k == Token.Kind.MAGNITUDE;
    String ratio = k == Token.Kind.NUMERAL ? v.afterNumeralRatios.matchAt(s, i, to) : null;
    if (ratio != null) {
      return new Token(Token.Kind.UNIT, i, i + ratio.length()); // 六成, 三分之一
    }
    if (afterAmount || k == Token.Kind.MORE) {
      Token t = first(s, i, to, k == Token.Kind.MORE ? null : v.moreThan, Token.Kind.MORE,
          k == Token.Kind.MAGNITUDE || k == Token.Kind.MORE ? null : v.magnitudes, Token.Kind.MAGNITUDE,
          v.units, Token.Kind.UNIT);
      if (t != null) {
        return t;
      }
    }
    if (afterAmount || k == Token.Kind.UNIT || k == Token.Kind.MORE) {
      String sep = v.rangeSeparators.matchAt(s, i, to);
      if (sep != null && i + sep.length() < to && ScanText.isDigit(s.charAt(i + sep.length()))) {
        return new Token(Token.Kind.RANGE_SEPARATOR, i, i + sep.length());
      }
      return first(s, i, to, v.qualifierSuffixes, Token.Kind.QUALIFIER_SUFFIX, null, null, null, null);
    }
    return null;
  }

  private static @Nullable Token first(CharSequence s, int i, int to, @Nullable Words a, Token.Kind ka,
      @Nullable Words b, Token.@Nullable Kind kb, @Nullable Words c, Token.@Nullable Kind kc) {
    Token t = match(s, i, to, a, ka);
    if (t == null) {
      t = match(s, i, to, b, kb);
    }
    return t != null ? t : match(s, i, to, c, kc);
  }

  /** The token of the longest word of {@code words} at {@code i}, as {@code kind}, or null. */
  private static @Nullable Token match(CharSequence s, int i, int to, @Nullable Words words,
      Token.@Nullable Kind kind) {
    String w = words == null ? null : words.matchAt(s, i, to);
    return w == null ? null : new Token(requireNonNull(kind, w), i, i + w.length());
  }

  /** The token a clause's word at {@code i} is when no figure goes on there. */
  private Token word(CharSequence s, int i, int to) {
    char c = s.charAt(i);
    if (!starts.get(c) && !numerals.get(c)) {
      return plain(s, i); // most characters start no word of the lexicon: one bit instead of a dozen look-ups
    }
    int period = periodStarts.get(c) ? period(s, i, to) : i;
    if (period > i) {
      return new Token(Token.Kind.PERIOD, i, period);
    }
    String whole = v.wholeRatios.matchAt(s, i, to);
    if (whole != null) {
      return new Token(Token.Kind.NUMERAL, i, i + whole.length()); // 一半, 两位数: a figure in words
    }
    if (numerals.get(c)) {
      int j = i;
      while (j < to && numerals.get(s.charAt(j))) {
        j++;
      }
      return new Token(Token.Kind.NUMERAL, i, j);
    }
    String notEach = v.notEach.matchAt(s, i, to);
    Token best = longest(s, i, to);
    if (notEach != null && (best == null || best.end() - i < notEach.length())) {
      return new Token(Token.Kind.TEXT, i, i + notEach.length()); // 人均, 年均: not the 均 of each
    }
    if (best != null) {
      return best;
    }
    String magnitude = v.magnitudes.matchAt(s, i, to);
    if (magnitude != null) {
      return new Token(Token.Kind.MAGNITUDE, i, i + magnitude.length());
    }
    return plain(s, i);
  }

  private static Token plain(CharSequence s, int i) {
    Token.Kind kind = PUNCTUATION.get(s.charAt(i)) ? Token.Kind.PUNCT : Token.Kind.TEXT;
    return new Token(kind, i, i + 1);
  }

  /** The longest word of the lexicon at {@code i}, earlier kinds first on a tie, or null. */
  private @Nullable Token longest(CharSequence s, int i, int to) {
    String w = tables.matchAt(s, i, to);
    return w == null ? null : new Token(requireNonNull(kinds.get(w), w), i, i + w.length());
  }

  /** The end of a period named at {@code i} (“十四五”时期, 后两年), or {@code i}. */
  private int period(CharSequence s, int i, int to) {
    if (v.remainingYears(s, i, to) > 0) {
      return i + 3;
    }
    int end = v.planPeriodEnd(s, i, to, to);
    return end < 0 ? i : end;
  }
}
