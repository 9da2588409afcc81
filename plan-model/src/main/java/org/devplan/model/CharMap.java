package org.devplan.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A map from chars to values for look-ups at every position of a text: one bit per char says whether it is a key,
 * so that a miss (the common case) costs one array read and no boxing; a hit probes a small open-addressed table.
 * Immutable and thread-safe.
 */
final class CharMap<V> {
  private final long[] present = new long[1 << 10];
  private final char[] keys;
  private final Object[] values;
  private final int mask;

  CharMap(Map<Character, V> map) {
    int size = Integer.highestOneBit(Math.max(1, map.size()) * 2 - 1) << 1;
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    map.forEach((k, v) -> {
      char c = k;
      present[c >>> 6] |= 1L << c;
      int i = slot(c);
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = c;
      values[i] = v;
    });
  }

  /** True if {@code c} is a key. */
  boolean containsKey(char c) {
    return (present[c >>> 6] & (1L << c)) != 0;
  }

  /** The value of {@code c}, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(char c) {
    if (!containsKey(c)) {
      return null;
    }
    int i = slot(c);
    while (keys[i] != c) {
      i = (i + 1) & mask;
    }
    return (V) values[i];
  }

  private int slot(char c) {
    return (c * 0x9E3779B1 >>> 16) & mask;
  }
}
