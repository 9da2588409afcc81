package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

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
  /** The bits of an edge that hold its target node: the nodes (one per char of the words, at most) fit in them. */
  private static final int TARGET_BITS = 24;
  private static final long TARGET_MASK = (1L << TARGET_BITS) - 1;

  private final long[] filter = new long[(FILTER_MASK + 1) >>> 6];
  /**
   * The edges, each one long: its key {@code node << 16 | char}, plus one (0 is an empty slot), in the high bits,
   * above the {@link #TARGET_BITS} of the node it leads to, so that a probe reads one array, not a key and a target.
   */
  private final long[] edges;
  private final int mask;
  private final int shift;
  /** The word that ends at each node, or null. */
  private final @Nullable String[] words;

  private CharTrie(Iterable<String> words, int chars, boolean backwards) {
    int slots = Integer.highestOneBit(Math.max(1, chars) * 2 - 1) << 1;
    checkArgument(chars < 1 << TARGET_BITS, "%s chars of words: a trie holds fewer than 2^%s", chars, TARGET_BITS);
    edges = new long[slots];
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
    for (int i = slot(key); edges[i] != 0; i = (i + 1) & mask) {
      if (edges[i] >>> TARGET_BITS == key) {
        return (int) (edges[i] & TARGET_MASK);
      }
    }
    return NONE;
  }

  private void insert(int node, char c, int target) {
    long key = ((long) node << 16 | c) + 1;
    int i = slot(key);
    while (edges[i] != 0) {
      i = (i + 1) & mask;
    }
    edges[i] = key << TARGET_BITS | target;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
  }
}
