package org.devplan.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of {@link Bound#parse} and {@link Quantity#parse} over the words of a {@link Lexicon}: a new wording is
 * one line in the lexicon, never a change here.
 */
final class BoundGrammar {
  private final Numerals numerals;
  private final Words changeLeads;
  private final Words changeVerbs;
  private final Map<String, Integer> signs = new HashMap<>();
  private final Words prefixes;
  private final Words suffixes;
  private final Map<String, Bound.Kind> prefixKinds = new HashMap<>();
  private final Map<String, Bound.Kind> suffixKinds = new HashMap<>();
  private final Words weakPrefixes;
  private final Words rangeSeparators;
  private final Words magnitudes;
  private final Words moreThan;
  private final Map<String, Bound.AbsentReason> absentWords = new HashMap<>();
  private final Words afterNumeralRatios;
  private final Words wholeRatios;
  private final Map<String, Lexicon.Entry> ratios = new HashMap<>();
  private final Lexicon lexicon;

  /** The grammar over {@code lexicon}'s words. */
  BoundGrammar(Lexicon lexicon) {
    this.lexicon = lexicon;
    numerals = new Numerals(lexicon);
    changeLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "change-lead");
    changeVerbs = lexicon.words(Lexicon.Table.CHANGE_VERBS);
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.CHANGE_VERBS)) {
      signs.put(e.word(), sign(e));
    }
    prefixes = lexicon.words(Lexicon.Table.QUALIFIERS, "position", "prefix");
    suffixes = lexicon.words(Lexicon.Table.QUALIFIERS, "position", "suffix");
    weakPrefixes = new Words(lexicon.entries(Lexicon.Table.QUALIFIERS).stream()
        .filter(e -> !e.get("strength").equals("strong")).map(Lexicon.Entry::word).toList());
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.QUALIFIERS)) {
      Bound.Kind kind = kind(e, e.get("kind"));
      switch (e.get("position")) {
        case "prefix" -> prefixKinds.put(e.word(), kind);
        case "suffix" -> suffixKinds.put(e.word(), kind);
        default -> throw bad(e, "position", "prefix or suffix");
      }
      if (!List.of("weak", "verb", "strong").contains(e.get("strength"))) {
        throw bad(e, "strength", "weak, verb or strong");
      }
    }
    rangeSeparators = lexicon.words(Lexicon.Table.MARKERS, "role", "range-separator");
    moreThan = lexicon.words(Lexicon.Table.MARKERS, "role", "more-than");
    magnitudes = lexicon.words(Lexicon.Table.MAGNITUDES);
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.ABSENT_WORDS)) {
      try {
        absentWords.put(e.word(), Bound.AbsentReason.valueOf(e.get("reason")));
      } catch (IllegalArgumentException ex) {
        throw bad(e, "reason", "a Bound.AbsentReason");
      }
    }
    afterNumeralRatios = lexicon.words(Lexicon.Table.RATIO_WORDS, "type", "after-numeral");
    wholeRatios = lexicon.words(Lexicon.Table.RATIO_WORDS, "type", "whole");
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.RATIO_WORDS)) {
      if (!e.get("type").equals("after-numeral") && !e.get("type").equals("whole")) {
        throw bad(e, "type", "after-numeral or whole");
      }
      new BigDecimal(e.get("factor"));
      if (!e.get("kind").isEmpty()) {
        kind(e, e.get("kind"));
      }
      ratios.put(e.word(), e);
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.MAGNITUDES)) {
      Integer.parseInt(e.get("exponent"));
    }
  }

  private static int sign(Lexicon.Entry e) {
    return switch (e.get("sign")) {
      case "+" -> 1;
      case "-" -> -1;
      default -> throw bad(e, "sign", "+ or -");
    };
  }

  private static Bound.Kind kind(Lexicon.Entry e, String kind) {
    try {
      return Bound.Kind.valueOf(kind);
    } catch (IllegalArgumentException ex) {
      throw bad(e, "kind", "a Bound.Kind");
    }
  }

  private static IllegalArgumentException bad(Lexicon.Entry e, String column, String expected) {
    return new IllegalArgumentException("lexicon table " + e.table() + ": " + column + " of \"" + e.word()
        + "\" must be " + expected + ", found \"" + e.get(column) + "\"");
  }

  Numerals numerals() {
    return numerals;
  }

  /** The sign a change verb gives, or 0 if {@code word} is none. */
  int changeSign(String word) {
    return signs.getOrDefault(word, 0);
  }

  /**
   * The bracket that closes {@code cp} (〔〕, [], ［］, 【】), or -1 if {@code cp} opens none: a switch, not a map
   * of boxed code points asked at every wording.
   */
  private static int closingBracket(int cp) {
    return switch (cp) {
      case '〔' -> '〕';
      case '[' -> ']';
      case '［' -> '］';
      case '【' -> '】';
      default -> -1;
    };
  }

  /** True if {@code cp} closes a bracket {@link #closingBracket} knows; asked at every char of a unit. */
  private static boolean isClosingBracket(int cp) {
    return cp == '〕' || cp == ']' || cp == '］' || cp == '】';
  }

  Bound parseBound(String text) {
    String core = text.strip().replace('\u3000', ' ').strip();
    if (core.isEmpty()) {
      throw new PlanFormatException("<text>", 1, 1, "expected a figure or words, found nothing");
    }
    if (isDashes(core)) {
      return new Bound.Absent(Bound.AbsentReason.NOT_PRINTED, text);
    }
    Bound.AbsentReason reason = absentWords.get(core);
    if (reason != null) {
      return new Bound.Absent(reason, text);
    }
    Cursor c = new Cursor(text);
    c.skipSpace();
    int close = closingBracket(c.peek());
    if (close >= 0) {
      c.advance(1);
    }
    if (!Numerals.hasDigit(text)) {
      if (!numerals.hasChineseNumeral(text) && magnitudes.find(text, 0, text.length()) < 0) {
        return new Bound.Qualitative(text); // no numeral or magnitude of any kind: words only
      }
      try {
        return figures(c, close, true);
      } catch (PlanFormatException notAFigure) {
        return new Bound.Qualitative(text);
      }
    }
    return figures(c, close, false);
  }

  Quantity parseQuantity(String text) {
    Cursor c = new Cursor(text);
    c.skipSpace();
    Figure f = figure(c, Numerals.hasDigit(text), false);
    c.skipSpace();
    if (!c.atEnd()) {
      throw c.error("unexpected '" + c.rest() + "' after the quantity");
    }
    if (f.unit.isEmpty()) {
      throw c.error("expected a unit after " + f.value.toPlainString());
    }
    if (f.moreThan) {
      throw c.error("'余' makes a bound, not a quantity (use Bound.parse)");
    }
    return Quantity.of(f.value, f.unit.get());
  }

  private Bound figures(Cursor c, int close, boolean chineseOnly) {
    int sign = 1;
    if (c.takeLongest(changeLeads) != null) {
      c.skipSpace();
    }
    String verb = c.takeLongest(changeVerbs);
    if (verb != null) {
      sign = requireNonNull(signs.get(verb), verb);
      c.skipSpace();
    }
    String prefix = c.takeLongest(prefixes);
    Bound.Kind kind = prefix == null ? Bound.Kind.EXACT : requireNonNull(prefixKinds.get(prefix), prefix);
    c.skipSpace();
    Figure first = figure(c, !chineseOnly, prefix != null);
    c.skipSpace();
    Figure second = null;
    int mark = c.index;
    String sep = c.takeLongest(rangeSeparators);
    if (sep != null) {
      c.skipSpace();
      if (numerals.read(c.text, c.index) != null) {
        second = figure(c, !chineseOnly, false);
        c.skipSpace();
      } else {
        c.index = mark;
      }
    }
    String suffix = c.takeLongest(suffixes);
    c.skipSpace();
    if (close >= 0) {
      if (c.peek() != close) {
        throw c.error("expected '" + Character.toString(close) + "' to close the bracket");
      }
      c.advance(1);
      c.skipSpace();
    }
    if (!c.atEnd()) {
      throw c.error("unexpected '" + Numerals.abbreviate(c.rest()) + "'");
    }
    if (second != null) {
      if (first.moreThan || second.moreThan) {
        throw c.error("'" + (first.moreThan ? first.moreThanWord : second.moreThanWord)
            + "' cannot mark a range end");
      }
      Optional<Unit> unit = second.unit;
      if (first.unit.isPresent() && !first.unit.equals(second.unit)) {
        throw c.error("range ends in different units " + first.unit.get() + " and "
            + second.unit.map(Unit::symbol).orElse("(none)"));
      }
      BigDecimal a = signed(first.value, sign);
      BigDecimal b = signed(second.value, sign);
      if (prefix != null && !weakPrefixes.contains(prefix)) {
        throw c.error("a range cannot also be '" + prefix + "'");
      }
      if (a.compareTo(b) > 0 && sign > 0) {
        throw c.error("range low " + a.toPlainString() + " exceeds high " + b.toPlainString());
      }
      return a.compareTo(b) <= 0 ? new Bound.Range(a, b, unit, c.text) : new Bound.Range(b, a, unit, c.text);
    }
    if (first.kind != null) {
      kind = combine(c, first.kind, prefix, suffix);
    } else if (suffix != null && (prefix == null || weakPrefixes.contains(prefix))) {
      kind = requireNonNull(suffixKinds.get(suffix), suffix);
    } else if (suffix != null && prefixKinds.get(prefix) != suffixKinds.get(suffix)) {
      throw c.error("'" + prefix + "' and '" + suffix + "' contradict each other");
    }
    if (first.moreThan) {
      if (kind != Bound.Kind.EXACT && kind != Bound.Kind.GREATER_THAN) {
        throw c.error("'" + first.moreThanWord + "' contradicts '" + (suffix != null ? suffix : prefix) + "'");
      }
      kind = Bound.Kind.GREATER_THAN;
    }
    return new Bound.Single(kind, signed(first.value, sign), first.unit, c.text);
  }

  private static BigDecimal signed(BigDecimal v, int sign) {
    return sign < 0 ? v.negate() : v;
  }

  /**
   * A number with its magnitude, more-than word (余) and unit; {@code kind} is the bound a whole ratio word makes
   * (两位数: at least), or null.
   */
  private record Figure(BigDecimal value, Optional<Unit> unit, boolean moreThan, String moreThanWord,
      Bound.@Nullable Kind kind) {}

  /** The kind of a figure whose ratio word has one (两位数), with its qualifiers, which may only agree. */
  private Bound.Kind combine(Cursor c, Bound.Kind own, @Nullable String prefix, @Nullable String suffix) {
    for (String q : new String[] {prefix, suffix}) {
      if (q != null && !weakPrefixes.contains(q)) {
        Bound.Kind k = prefixKinds.containsKey(q) && q.equals(prefix) ? prefixKinds.get(q) : suffixKinds.get(q);
        if (k != own) {
          throw c.error("'" + q + "' contradicts the figure's own bound " + own.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return own;
  }

  private Figure figure(Cursor c, boolean arabic, boolean oneImplied) {
    String whole = c.takeLongest(wholeRatios);
    if (whole != null) {
      return ratioFigure(BigDecimal.ONE, requireNonNull(ratios.get(whole), whole));
    }
    int start = c.index;
    Numerals.Read n = numerals.read(c.text, c.index);
    if (n == null && !arabic && oneImplied) {
      n = impliedOne(c);
    }
    if (n == null) {
      throw c.error(c.atEnd() ? "expected a number, found the end" : "expected a number, found '"
          + Character.toString(c.peek()) + "'");
    }
    if (!arabic && Numerals.isDigit(c.text.codePointAt(start))) {
      throw c.error("unexpected digit");
    }
    c.index = n.end();
    c.skipSpace();
    String ratio = c.takeLongest(afterNumeralRatios);
    if (ratio != null) {
      return ratioFigure(n.value(), requireNonNull(ratios.get(ratio), ratio));
    }
    String more = c.takeLongest(moreThan); // 400余场, and 2400多亿元 before the magnitude
    String magnitude = c.takeLongest(magnitudes);
    if (more == null) {
      more = c.takeLongest(moreThan); // 3.4万余个 after it
    }
    int unitStart = c.index;
    while (!c.atEnd() && !atUnitEnd(c)) {
      c.advance(Character.charCount(c.peek()));
    }
    String written = c.folded.substring(unitStart, c.index); // the cursor's folded text: half-width already
    String unitText = (magnitude == null ? written : magnitude + written).strip();
    Optional<Unit> unit = Optional.empty();
    if (!unitText.isEmpty()) {
      if (hasDigitOrSign(unitText)) {
        throw c.error("unexpected '" + unitText + "' after a number");
      }
      Unit u = Unit.of(unitText, lexicon);
      boolean magnitudeAlone = magnitude != null && written.isBlank(); // 突破万亿: what it counts is the subject's
      if (u.isCustom() && !magnitudeAlone && (!arabic || unitText.codePoints().anyMatch(numerals::isChineseNumeral)
          || !unitText.codePoints().allMatch(BoundGrammar::isUnitCodePoint))) {
        throw c.error("'" + unitText + "' is not a unit");
      }
      unit = Optional.of(u);
    }
    return new Figure(n.value(), unit, more != null, more == null ? "" : more, null);
  }

  /**
   * A figure written with its magnitude alone after a qualifier, the count of one implied: 突破万亿元 (1 万亿元),
   * 超千亿元 (1000 亿元), 超百万人 (100 万人), 突破千列 (1000 列, a numeral unit before the unit); or null.
   */
  private Numerals.@Nullable Read impliedOne(Cursor c) {
    int i = c.index;
    BigDecimal value = BigDecimal.ONE;
    boolean numeralUnit = !c.atEnd() && numerals.isChineseNumeral(c.peek()) && numerals.unitValue(c.peek()) >= 100;
    if (numeralUnit) {
      value = BigDecimal.valueOf(numerals.unitValue(c.peek()));
      i += Character.charCount(c.peek());
    }
    boolean unitNext = numeralUnit && i < c.folded.length() && !numerals.isChineseNumeral(c.folded.codePointAt(i));
    if (magnitudes.matchAt(c.folded, i, c.folded.length()) == null && !unitNext) {
      return null;
    }
    return new Numerals.Read(value, i);
  }

  private Figure ratioFigure(BigDecimal count, Lexicon.Entry ratio) {
    BigDecimal value = count.multiply(new BigDecimal(ratio.get("factor")));
    Bound.Kind kind = ratio.get("kind").isEmpty() ? null : Bound.Kind.valueOf(ratio.get("kind"));
    return new Figure(value, Optional.of(Unit.of(ratio.get("unit"), lexicon)), false, "", kind);
  }

  private boolean atUnitEnd(Cursor c) {
    int cp = c.peek();
    if (Character.isWhitespace(cp) || cp == '\u3000' || Numerals.isDigit(cp) || isClosingBracket(cp)) {
      return true;
    }
    return c.startsAny(suffixes) || c.startsAny(rangeSeparators) || c.startsAny(moreThan);
  }

  /** Code points a custom unit may consist of: letters, and the few symbols units are written with. */
  private static boolean isUnitCodePoint(int cp) {
    return Character.isLetter(cp) || "/%‰℃°·²³".indexOf(cp) >= 0;
  }

  /** True if every char of {@code s} is a dash (a dash is one char, so no code point of two chars is one). */
  private static boolean isDashes(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDash(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if {@code s} has a digit of any script (٠, ໓: no unit may hold one) or a sign anywhere; a sign is one char.
   */
  private static boolean hasDigitOrSign(String s) {
    return s.codePoints().anyMatch(cp -> Numerals.isDigit(cp) || Character.isDigit(cp) || Numerals.isSign(cp));
  }

  private static boolean isDash(int cp) {
    return cp == '—' || cp == '―' || cp == '-' || cp == '－' || cp == '─' || cp == '/' || cp == '／' || cp == '–'
        || cp == ' ';
  }

  /** A position in the text being parsed, over the text with full-width forms folded (char for char). */
  private static final class Cursor {
    final String text;
    final String folded;
    int index;

    Cursor(String text) {
      this.text = text;
      this.folded = folded(text);
    }

    /**
     * {@code text} with its full-width forms and ideographic spaces folded char for char (5 for ５), or
     * {@code text} itself when it has none, as most wordings do.
     */
    private static String folded(String text) {
      int i = 0;
      while (i < text.length() && Numerals.halfWidth(text.charAt(i)) == text.charAt(i)) {
        i++;
      }
      if (i == text.length()) {
        return text;
      }
      StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
      for (; i < text.length(); i++) {
        b.append((char) Numerals.halfWidth(text.charAt(i)));
      }
      return b.toString();
    }

    boolean atEnd() {
      return index >= text.length();
    }

    int peek() {
      return atEnd() ? -1 : Numerals.halfWidth(text.codePointAt(index));
    }

    void advance(int chars) {
      index += chars;
    }

    String rest() {
      return text.substring(index);
    }

    void skipSpace() {
      while (!atEnd() && (Character.isWhitespace(peek()) || peek() == ' ' || peek() == '\u00A0')) {
        index += Character.charCount(text.codePointAt(index));
      }
    }

    boolean startsAny(Words words) {
      return words.matchAt(folded, index, folded.length()) != null;
    }

    @Nullable String takeLongest(Words words) {
      String w = words.matchAt(folded, index, folded.length());
      if (w != null) {
        index += w.length();
      }
      return w;
    }

    PlanFormatException error(String reason) {
      return Numerals.error(text, index, reason);
    }
  }
}
