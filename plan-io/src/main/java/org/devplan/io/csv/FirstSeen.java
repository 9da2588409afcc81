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
  private int[] hashes = new int[64];
  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int shift = 32 - 6;
  private int size;

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
