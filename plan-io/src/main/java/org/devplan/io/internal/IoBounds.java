package org.devplan.io.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * {@link Bound#parse} and {@link Unit#of} for one reading. The bound forms that codecs meet by the million take a
 * fast path that gives exactly what {@link Bound#parse} gives (a decimal with an optional {@code %} and qualifier,
 * {@code >n} and {@code <n}, ranges such as {@code 4.5%至5%}, the dash of no figure); other wordings are parsed by
 * the grammar and remembered (plans repeat {@code 止跌回稳}, {@code 完成省下达目标} …), as are units. Not thread-safe:
 * one instance per reader.
 */
public final class IoBounds {
  private static final int CAPACITY = 8192;
  private static final int FAST_PATH_LENGTH = 100;

  private final Map<String, Bound> bounds = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();

  /**
   * {@code Bound.parse(text)}.
   *
   * @throws org.devplan.model.PlanFormatException as {@link Bound#parse} does
   */
  public Bound parse(String text) {
    Bound b = fastPath(text);
    if (b != null) {
      return b;
    }
    b = bounds.get(text);
    if (b == null) {
      b = Bound.parse(text);
      if (bounds.size() >= CAPACITY) {
        bounds.clear();
      }
      bounds.put(text, b);
    }
    return b;
  }

  /**
   * {@code Unit.of(symbol)}.
   *
   * @throws IllegalArgumentException as {@link Unit#of} does
   */
  public Unit unit(String symbol) {
    Unit u = units.get(symbol);
    if (u == null) {
      u = Unit.of(symbol);
      if (units.size() >= CAPACITY) {
        units.clear();
      }
      units.put(symbol, u);
    }
    return u;
  }

  /**
   * The bound of {@code decimal [%] [以上 | 及以上 | 以下 | 以内 | 之内 | 左右]}, {@code (> | <) decimal [%]},
   * {@code decimal [%] sep decimal [%]} (sep one of 至 到 — – - ～ ~; a low end with {@code %} needs a high end with
   * it) or a lone {@code —} or {@code -} (at most 100 characters), built as the grammar builds it; null for any other
   * text, and for a range whose low end exceeds its high end (the grammar reports it).
   */
  static @Nullable Bound fastPath(String s) {
    int n = s.length();
    if (n == 0 || n > FAST_PATH_LENGTH) {
      return null;
    }
    char first = s.charAt(0);
    if (n == 1 && (first == '—' || first == '-')) {
      return new Bound.Absent(Bound.AbsentReason.NOT_PRINTED, s);
    }
    if (first == '>' || first == '<') {
      int end = decimalEnd(s, 1);
      boolean percent = end > 0 && end < n && s.charAt(end) == '%';
      if (end < 0 || end + (percent ? 1 : 0) != n) {
        return null;
      }
      return new Bound.Single(first == '>' ? Bound.Kind.GREATER_THAN : Bound.Kind.LESS_THAN,
          new BigDecimal(s.substring(1, end)), percent ? PERCENT : NO_UNIT, s);
    }
    int end = decimalEnd(s, 0);
    if (end < 0) {
      return null;
    }
    boolean percent = end < n && s.charAt(end) == '%';
    int i = percent ? end + 1 : end;
    if (i < n && isSeparator(s.charAt(i))) {
      return range(s, end, percent, i);
    }
    Bound.Kind kind;
    switch (s.substring(i)) {
      case "" -> kind = Bound.Kind.EXACT;
      case "以上", "及以上" -> kind = Bound.Kind.AT_LEAST;
      case "以下", "以内", "之内" -> kind = Bound.Kind.AT_MOST;
      case "左右" -> kind = Bound.Kind.ABOUT;
      default -> {
        return null;
      }
    }
    return new Bound.Single(kind, new BigDecimal(s.substring(0, end)), percent ? PERCENT : NO_UNIT, s);
  }

  private static final Optional<Unit> PERCENT = Optional.of(Unit.PERCENT);
  private static final Optional<Unit> NO_UNIT = Optional.empty();

  private static boolean isSeparator(char c) {
    return c == '至' || c == '到' || c == '—' || c == '–' || c == '-' || c == '～' || c == '~';
  }

  /** {@code s} from its low end ({@code lowEnd}, then {@code %} if {@code lowPercent}) to the separator at {@code sep}. */
  private static @Nullable Bound range(String s, int lowEnd, boolean lowPercent, int sep) {
    int n = s.length();
    char c = s.charAt(sep);
    int start = sep + 1;
    if (start < n && s.charAt(start) == '-' && c != '至' && c != '到') {
      return null; // 5--1, 5—-1: left to the grammar
    }
    int end = decimalEnd(s, start);
    if (end < 0) {
      return null;
    }
    boolean percent = end < n && s.charAt(end) == '%';
    if (end + (percent ? 1 : 0) != n || (lowPercent && !percent)) {
      return null;
    }
    BigDecimal low = new BigDecimal(s.substring(0, lowEnd));
    BigDecimal high = new BigDecimal(s.substring(start, end));
    if (low.compareTo(high) > 0) {
      return null;
    }
    return new Bound.Range(low, high, percent ? PERCENT : NO_UNIT, s);
  }

  /** The end of a {@code -?[0-9]+(\.[0-9]+)?} starting at {@code from}, or -1. */
  private static int decimalEnd(String s, int from) {
    int n = s.length();
    int i = from < n && s.charAt(from) == '-' ? from + 1 : from;
    int start = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      return -1;
    }
    if (i + 1 < n && s.charAt(i) == '.' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
    }
    return i;
  }

  /**
   * {@code cell.equals(value.toPlainString())}, without building that string for figures of up to 18 digits: the
   * cell must be the canonical plain form (no {@code +}, no leading zero, no {@code -0}) of the value at its scale.
   */
  public static boolean isPlainString(String cell, BigDecimal value) {
    int n = cell.length();
    int start = n > 0 && cell.charAt(0) == '-' ? 1 : 0;
    if (n - start > 18 || value.scale() < 0) {
      return cell.equals(value.toPlainString());
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (int i = start; i < n; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
      } else if (c == '.' && scale < 0 && digits > 0 && i + 1 < n) {
        scale = n - i - 1;
      } else {
        return false;
      }
    }
    scale = Math.max(scale, 0);
    if (digits == 0 || (digits - scale > 1 && cell.charAt(start) == '0') || (start == 1 && unscaled == 0)) {
      return false;
    }
    return value.scale() == scale
        && value.compareTo(BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, scale)) == 0;
  }

  /** True for {@code -?[0-9]+(\.[0-9]+)?} of at most 100 characters: the grammar reads it as an exact figure. */
  static boolean isPlainDecimal(String s) {
    int n = s.length();
    return n > 0 && n <= FAST_PATH_LENGTH && isDecimal(s, s.charAt(0) == '-' ? 1 : 0);
  }

  /** True if {@code s} from {@code from} on is {@code [0-9]+(\.[0-9]+)?}: one scan, no regular expression. */
  public static boolean isDecimal(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == from) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.' || i == n - 1) {
      return false;
    }
    for (i++; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
