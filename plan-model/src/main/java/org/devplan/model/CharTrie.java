package org.devplan.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A trie of words, read one char at a time from the root: a longest-match look-up at a position of a text follows
 * the text's chars from there and costs one probe per char it reads, however many words share the first char. The
 * edges of every node live in one open-addressed table keyed by (node, char); a filter of 4,096 bits (a char's low
 * twelve bits, as in {@link CharMap}) rules out most first chars with one read. Built by {@link Words}, forwards
 * (words as written) or backwards (words read from their last char). Immutable and thread-safe.
 */
final class CharTrie {
  private static final int FILTER_MASK = (1 << 12) - 1;
  static final int ROOT = 0;
  static final int NONE = -1;

  private final long[] filter = new long[(FILTER_MASK + 1) >>> 6];
  /** The edge keys, {@code node << 16 | char}, plus one (0 is an empty slot). */
  private final long[] keys;
  private final int[] targets;
  private final int mask;
  private final int shift;
  /** The word that ends at each node, or null. */
  private final @Nullable String[] words;

  private CharTrie(Iterable<String> words, int chars, boolean backwards) {
    int slots = Integer.highestOneBit(Math.max(1, chars) * 2 - 1) << 1;
    keys = new long[slots];
    targets = new int[slots];
    mask = slots - 1;
    shift = 64 - Integer.numberOfTrailingZeros(slots);
    String[] ends = new String[chars + 1];
    int nodes = 1;
    for (String w : words) {
      int node = ROOT;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(backwards ? w.length() - 1 - k : k);
        if (node == ROOT) {
          filter[(c & FILTER_MASK) >>> 6] |= 1L << c;
        }
        int next = child(node, c);
        if (next == NONE) {
          next = nodes++;
          insert(node, c, next);
        }
        node = next;
      }
      if (ends[node] == null) {
        ends[node] = w;
      }
    }
    this.words = Arrays.copyOf(ends, nodes);
  }

  /** The trie of {@code words}, read from their first char. */
  static CharTrie forwards(Iterable<String> words, int chars) {
    return new CharTrie(words, chars, false);
  }

  /** The trie of {@code words}, read from their last char. */
  static CharTrie backwards(Iterable<String> words, int chars) {
    return new CharTrie(words, chars, true);
  }

  /** True if a word starts (or, backwards, ends) with {@code c}. */
  boolean isFirst(char c) {
    return (filter[(c & FILTER_MASK) >>> 6] & (1L << c)) != 0 && child(ROOT, c) != NONE;
  }

  /** The node reached from {@code node} by {@code c}, or {@link #NONE}; from the root, most chars stop at the filter. */
  int next(int node, char c) {
    if (node == ROOT && (filter[(c & FILTER_MASK) >>> 6] & (1L << c)) == 0) {
      return NONE;
    }
    return child(node, c);
  }

  /** The word that ends at {@code node}, or null. */
  @Nullable String word(int node) {
    return words[node];
  }

  private int child(int node, char c) {
    long key = ((long) node << 16 | c) + 1;
    for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return targets[i];
      }
    }
    return NONE;
  }

  private void insert(int node, char c, int target) {
    long key = ((long) node << 16 | c) + 1;
    int i = slot(key);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    targets[i] = target;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
  }
}
