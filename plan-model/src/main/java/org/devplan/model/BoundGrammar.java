package org.devplan.model;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The grammar of {@link Bound#parse} and {@link Quantity#parse}. Vocabulary lives in the tables below, so that a new
 * wording is one line to add.
 */
final class BoundGrammar {
  private BoundGrammar() {}

  /** Change verbs before a figure, with the sign they give it. */
  private static final ImmutableMap<String, Integer> CHANGE_VERBS = ImmutableMap.<String, Integer>builder()
      .put("增长", 1).put("增加", 1).put("提高", 1).put("提升", 1).put("上升", 1)
      .put("下降", -1).put("降低", -1).put("减少", -1).put("回落", -1).put("下滑", -1)
      .buildOrThrow();

  private static final String[] CHANGE_LEADS = {"同比", "比上年"};

  /** Qualifier words before a figure; {@code null} marks a neutral lead (达到) that a suffix may override. */
  private static final ImmutableMap<String, Bound.Kind> PREFIXES = ImmutableMap.<String, Bound.Kind>builder()
      .put("不低于", Bound.Kind.AT_LEAST).put("不少于", Bound.Kind.AT_LEAST).put("至少", Bound.Kind.AT_LEAST)
      .put("≥", Bound.Kind.AT_LEAST).put("≧", Bound.Kind.AT_LEAST)
      .put("不超过", Bound.Kind.AT_MOST).put("不高于", Bound.Kind.AT_MOST).put("控制在", Bound.Kind.AT_MOST)
      .put("≤", Bound.Kind.AT_MOST).put("≦", Bound.Kind.AT_MOST)
      .put("约", Bound.Kind.ABOUT).put("近", Bound.Kind.ABOUT).put("接近", Bound.Kind.ABOUT)
      .put("大约", Bound.Kind.ABOUT)
      .put("超过", Bound.Kind.GREATER_THAN).put("突破", Bound.Kind.GREATER_THAN).put("超", Bound.Kind.GREATER_THAN)
      .put("高于", Bound.Kind.GREATER_THAN).put("大于", Bound.Kind.GREATER_THAN).put(">", Bound.Kind.GREATER_THAN)
      .put("低于", Bound.Kind.LESS_THAN).put("不到", Bound.Kind.LESS_THAN).put("少于", Bound.Kind.LESS_THAN)
      .put("小于", Bound.Kind.LESS_THAN).put("<", Bound.Kind.LESS_THAN)
      .put("保持在", Bound.Kind.EXACT).put("稳定在", Bound.Kind.EXACT).put("达到", Bound.Kind.EXACT)
      .put("达", Bound.Kind.EXACT).put("为", Bound.Kind.EXACT)
      .buildOrThrow();

  /** Prefixes that only introduce a figure and give way to a suffix qualifier (控制在5.5%左右 is ABOUT). */
  private static final ImmutableMap<String, Boolean> WEAK_PREFIXES =
      ImmutableMap.of("控制在", true, "保持在", true, "稳定在", true, "达到", true, "达", true, "为", true);

  /** Qualifier words after a figure. */
  private static final ImmutableMap<String, Bound.Kind> SUFFIXES = ImmutableMap.<String, Bound.Kind>builder()
      .put("及以上", Bound.Kind.AT_LEAST).put("以上", Bound.Kind.AT_LEAST)
      .put("以下", Bound.Kind.AT_MOST).put("以内", Bound.Kind.AT_MOST).put("之内", Bound.Kind.AT_MOST)
      .put("左右", Bound.Kind.ABOUT)
      .buildOrThrow();

  private static final String[] RANGE_SEPARATORS = {"至", "到", "—", "–", "-", "－", "～", "~", "〜"};
  private static final String[] MAGNITUDES = {"万亿", "亿", "万"};
  private static final String MORE_THAN = "余";

  /** Whole-text words for a bound with no figure. */
  private static final ImmutableMap<String, Bound.AbsentReason> ABSENT_WORDS = ImmutableMap.of(
      "不适用", Bound.AbsentReason.NOT_APPLICABLE, "无", Bound.AbsentReason.NOT_APPLICABLE,
      "待定", Bound.AbsentReason.TO_BE_DECIDED, "另行确定", Bound.AbsentReason.TO_BE_DECIDED);

  private static final Map<Integer, Integer> BRACKETS = Map.of((int) '〔', (int) '〕', (int) '[', (int) ']',
      (int) '［', (int) '］', (int) '【', (int) '】');

  static Bound parseBound(String text) {
    String core = text.strip().replace('\u3000', ' ').strip();
    if (core.isEmpty()) {
      throw new PlanFormatException("<text>", 1, 1, "expected a figure or words, found nothing");
    }
    if (core.codePoints().allMatch(BoundGrammar::isDash)) {
      return new Bound.Absent(Bound.AbsentReason.NOT_PRINTED, text);
    }
    Bound.AbsentReason reason = ABSENT_WORDS.get(core);
    if (reason != null) {
      return new Bound.Absent(reason, text);
    }
    Cursor c = new Cursor(text);
    c.skipSpace();
    int close = -1;
    Integer closing = BRACKETS.get(c.peek());
    if (closing != null) {
      close = closing;
      c.advance(1);
    }
    if (!Numerals.hasDigit(text)) {
      if (!Numerals.hasChineseNumeral(text)) {
        return new Bound.Qualitative(text); // no numeral of any kind: words only
      }
      try {
        return figures(c, close, true);
      } catch (PlanFormatException notAFigure) {
        return new Bound.Qualitative(text);
      }
    }
    return figures(c, close, false);
  }

  static Quantity parseQuantity(String text) {
    Cursor c = new Cursor(text);
    c.skipSpace();
    Figure f = figure(c, Numerals.hasDigit(text));
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

  private static Bound figures(Cursor c, int close, boolean chineseOnly) {
    int sign = 1;
    for (String lead : CHANGE_LEADS) {
      if (c.take(lead)) {
        c.skipSpace();
        break;
      }
    }
    String verb = c.takeLongest(CHANGE_VERBS.keySet());
    if (verb != null) {
      sign = CHANGE_VERBS.get(verb);
      c.skipSpace();
    }
    String prefix = c.takeLongest(PREFIXES.keySet());
    Bound.Kind kind = prefix == null ? Bound.Kind.EXACT : PREFIXES.get(prefix);
    c.skipSpace();
    Figure first = figure(c, !chineseOnly);
    c.skipSpace();
    Figure second = null;
    int mark = c.index;
    String sep = c.takeLongest(java.util.Arrays.asList(RANGE_SEPARATORS));
    if (sep != null) {
      c.skipSpace();
      if (Numerals.read(c.text, c.index) != null) {
        second = figure(c, !chineseOnly);
        c.skipSpace();
      } else {
        c.index = mark;
      }
    }
    String suffix = c.takeLongest(SUFFIXES.keySet());
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
        throw c.error("'余' cannot mark a range end");
      }
      Optional<Unit> unit = second.unit;
      if (first.unit.isPresent() && !first.unit.equals(second.unit)) {
        throw c.error("range ends in different units " + first.unit.get() + " and "
            + second.unit.map(Unit::symbol).orElse("(none)"));
      }
      BigDecimal a = signed(first.value, sign);
      BigDecimal b = signed(second.value, sign);
      if (prefix != null && !WEAK_PREFIXES.containsKey(prefix)) {
        throw c.error("a range cannot also be '" + prefix + "'");
      }
      if (a.compareTo(b) > 0 && sign > 0) {
        throw c.error("range low " + a.toPlainString() + " exceeds high " + b.toPlainString());
      }
      return a.compareTo(b) <= 0 ? new Bound.Range(a, b, unit, c.text) : new Bound.Range(b, a, unit, c.text);
    }
    if (suffix != null && (prefix == null || WEAK_PREFIXES.containsKey(prefix))) {
      kind = SUFFIXES.get(suffix);
    } else if (suffix != null && PREFIXES.get(prefix) != SUFFIXES.get(suffix)) {
      throw c.error("'" + prefix + "' and '" + suffix + "' contradict each other");
    }
    if (first.moreThan) {
      if (kind != Bound.Kind.EXACT && kind != Bound.Kind.GREATER_THAN) {
        throw c.error("'余' contradicts '" + (suffix != null ? suffix : prefix) + "'");
      }
      kind = Bound.Kind.GREATER_THAN;
    }
    return new Bound.Single(kind, signed(first.value, sign), first.unit, c.text);
  }

  private static BigDecimal signed(BigDecimal v, int sign) {
    return sign < 0 ? v.negate() : v;
  }

  /** A number with its magnitude, 余 and unit. */
  private record Figure(BigDecimal value, Optional<Unit> unit, boolean moreThan) {}

  private static Figure figure(Cursor c, boolean arabic) {
    int start = c.index;
    Numerals.Read n = Numerals.read(c.text, c.index);
    if (n == null) {
      throw c.error(c.atEnd() ? "expected a number, found the end" : "expected a number, found '"
          + Character.toString(c.peek()) + "'");
    }
    if (!arabic && Numerals.isDigit(c.text.codePointAt(start))) {
      throw c.error("unexpected digit");
    }
    c.index = n.end();
    c.skipSpace();
    String magnitude = "";
    for (String m : MAGNITUDES) {
      if (c.take(m)) {
        magnitude = m;
        break;
      }
    }
    boolean moreThan = c.take(MORE_THAN);
    int unitStart = c.index;
    while (!c.atEnd() && !atUnitEnd(c)) {
      c.advance(Character.charCount(c.peek()));
    }
    StringBuilder folded = new StringBuilder(magnitude);
    c.text.substring(unitStart, c.index).codePoints().map(Numerals::halfWidth).forEach(folded::appendCodePoint);
    String unitText = folded.toString().strip();
    Optional<Unit> unit = Optional.empty();
    if (!unitText.isEmpty()) {
      if (unitText.codePoints().anyMatch(cp -> Numerals.isDigit(cp) || Numerals.isSign(cp))) {
        throw c.error("unexpected '" + unitText + "' after a number");
      }
      Unit u = Unit.of(unitText);
      if (u.isCustom() && (!arabic || unitText.codePoints().anyMatch(Numerals::isChineseNumeral)
          || !unitText.codePoints().allMatch(BoundGrammar::isUnitCodePoint))) {
        throw c.error("'" + unitText + "' is not a unit");
      }
      unit = Optional.of(u);
    }
    return new Figure(n.value(), unit, moreThan);
  }

  private static boolean atUnitEnd(Cursor c) {
    int cp = c.peek();
    if (Character.isWhitespace(cp) || cp == '\u3000' || Numerals.isDigit(cp) || BRACKETS.containsValue(cp)) {
      return true;
    }
    for (String s : SUFFIXES.keySet()) {
      if (c.text.startsWith(s, c.index)) {
        return true;
      }
    }
    for (String s : RANGE_SEPARATORS) {
      if (c.text.startsWith(s, c.index)) {
        return true;
      }
    }
    return c.text.startsWith(MORE_THAN, c.index);
  }

  /** Code points a custom unit may consist of: letters, and the few symbols units are written with. */
  private static boolean isUnitCodePoint(int cp) {
    return Character.isLetter(cp) || "/%‰℃°·²³".indexOf(cp) >= 0;
  }

  private static boolean isDash(int cp) {
    return cp == '—' || cp == '―' || cp == '-' || cp == '－' || cp == '─' || cp == '/' || cp == '／' || cp == '–'
        || cp == ' ';
  }

  /** A position in the text being parsed. */
  private static final class Cursor {
    final String text;
    int index;

    Cursor(String text) {
      this.text = text;
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

    boolean take(String word) {
      if (startsWithFolded(word)) {
        index += word.length();
        return true;
      }
      return false;
    }

    String takeLongest(Iterable<String> words) {
      String best = null;
      for (String w : words) {
        if (startsWithFolded(w) && (best == null || w.length() > best.length())) {
          best = w;
        }
      }
      if (best != null) {
        index += best.length();
      }
      return best;
    }

    private boolean startsWithFolded(String word) {
      if (index + word.length() > text.length()) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (Numerals.halfWidth(text.charAt(index + i)) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    PlanFormatException error(String reason) {
      return Numerals.error(text, index, reason);
    }
  }
}
