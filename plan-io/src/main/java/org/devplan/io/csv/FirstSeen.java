package org.devplan.io.csv;

import org.jspecify.annotations.Nullable;

/**
 * The first value put under each string key: an open-addressing table with the keys' hashes beside them, so that a
 * reader checking a million observation ids allocates nothing per key and compares a string only when its hash
 * matches. Keys and values are never null. Not thread-safe.
 *
 * @param <V> the value type
 */
final class FirstSeen<V> {
  private int[] hashes;
  private String[] keys;
  private Object[] values;
  private int shift;
  private int size;

  /** A table that holds {@code expected} keys without growing (a reader passes the size of the last plan's). */
  FirstSeen(int expected) {
    int bits = Math.max(6, 33 - Integer.numberOfLeadingZeros(Math.max(expected, 1)));
    hashes = new int[1 << bits];
    keys = new String[1 << bits];
    values = new Object[1 << bits];
    shift = 32 - bits;
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The value first put under {@code key}; null if there was none, and {@code value} is now under it. */
  @SuppressWarnings("unchecked") // values holds only Vs
  @Nullable V putIfAbsent(String key, V value) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        hashes[i] = h;
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return null;
      }
      if (hashes[i] == h && k.equals(key)) {
        return (V) values[i];
      }
    }
  }

  /** Fibonacci hashing: the top bits of the hash times the golden ratio, spread over the table. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldKeys = keys;
    Object[] oldValues = values;
    int n = oldKeys.length * 2;
    hashes = new int[n];
    keys = new String[n];
    values = new Object[n];
    int mask = n - 1;
    shift--;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = slot(oldHashes[j]);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
