package org.devplan.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A map from chars to values for look-ups at every position of a text: a filter of 4,096 bits (a char's low twelve
 * bits) rules most chars out with one read of a cache line, without boxing; a char that passes is looked up in a
 * small open-addressed table. The filter is 512 bytes, so that the several maps asked at each position of a
 * sentence stay in the processor's first-level cache. Immutable and thread-safe.
 */
final class CharMap<V> {
  private static final int FILTER_MASK = (1 << 12) - 1;

  private final long[] filter = new long[(FILTER_MASK + 1) >>> 6];
  private final char[] keys;
  private final @Nullable Object[] values;
  private final int mask;

  CharMap(Map<Character, V> map) {
    int size = Integer.highestOneBit(Math.max(1, map.size()) * 2 - 1) << 1;
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    map.forEach((k, v) -> {
      char c = k;
      filter[(c & FILTER_MASK) >>> 6] |= 1L << c;
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
    return get(c) != null;
  }

  /** The value of {@code c}, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(char c) {
    if ((filter[(c & FILTER_MASK) >>> 6] & (1L << c)) == 0) {
      return null;
    }
    for (int i = slot(c); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == c) {
        return (V) values[i];
      }
    }
    return null;
  }

  private int slot(char c) {
    return ((c * 0x9E3779B1) >>> 16) & mask;
  }
}
