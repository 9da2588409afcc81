package org.devplan.io.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Unit;

/**
 * {@link Bound#parse} and {@link Unit#of} for one reading: results are remembered (plans repeat {@code —},
 * {@code 止跌回稳}, {@code 亿元} …) and a plain decimal ({@code 419.73}, {@code -45.8}) takes a fast path that gives
 * exactly what {@link Bound#parse} gives. Not thread-safe: one instance per reader.
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
    Bound b = bounds.get(text);
    if (b == null) {
      b = fastPath(text);
      if (b == null) {
        b = Bound.parse(text);
      }
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
   * The bound of {@code decimal [%] [以上 | 及以上 | 以下 | 以内 | 之内 | 左右]} (at most 100 characters), built as
   * the grammar builds it; null for any other text.
   */
  static Bound fastPath(String s) {
    int n = s.length();
    if (n == 0 || n > FAST_PATH_LENGTH) {
      return null;
    }
    int end = decimalEnd(s);
    if (end < 0) {
      return null;
    }
    Optional<Unit> unit = Optional.empty();
    int i = end;
    if (i < n && s.charAt(i) == '%') {
      unit = Optional.of(Unit.PERCENT);
      i++;
    }
    Bound.Kind kind;
    String rest = s.substring(i);
    switch (rest) {
      case "" -> kind = Bound.Kind.EXACT;
      case "以上", "及以上" -> kind = Bound.Kind.AT_LEAST;
      case "以下", "以内", "之内" -> kind = Bound.Kind.AT_MOST;
      case "左右" -> kind = Bound.Kind.ABOUT;
      default -> {
        return null;
      }
    }
    return new Bound.Single(kind, new BigDecimal(s.substring(0, end)), unit, s);
  }

  /** The end of a leading {@code -?[0-9]+(\.[0-9]+)?}, or -1. */
  private static int decimalEnd(String s) {
    int n = s.length();
    int i = s.charAt(0) == '-' ? 1 : 0;
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
