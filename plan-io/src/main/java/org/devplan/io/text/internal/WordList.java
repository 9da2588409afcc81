package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words with longest-match lookups starting or ending at a position: the scanners' only tool for
 * vocabulary, so that no regular expression ever runs over document text.
 */
public final class WordList {
  private final Map<Character, String[]> byFirst = new HashMap<>();
  private final Map<Character, String[]> byLast = new HashMap<>();
  private final List<String> words;
  private final BitSet firsts = new BitSet(1 << 16);
  private final BitSet lasts = new BitSet(1 << 16);

  WordList(Collection<String> words) {
    this.words = List.copyOf(words);
    Map<Character, List<String>> first = new HashMap<>();
    Map<Character, List<String>> last = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      firsts.set(w.charAt(0));
      lasts.set(w.charAt(w.length() - 1));
      last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    first.forEach((k, v) -> byFirst.put(k, v.stream().sorted(longestFirst).toArray(String[]::new)));
    last.forEach((k, v) -> byLast.put(k, v.stream().sorted(longestFirst).toArray(String[]::new)));
  }

  /** The words, in file order. */
  public List<String> words() {
    return words;
  }

  /** True if {@code word} is in the list. */
  public boolean contains(String word) {
    return words.contains(word);
  }

  /** The longest word that starts at {@code from} and ends at or before {@code limit}, or null. */
  public String matchAt(CharSequence s, int from, int limit) {
    if (from < 0 || from >= limit || !firsts.get(s.charAt(from))) {
      return null;
    }
    String[] candidates = byFirst.get(s.charAt(from));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (from + w.length() <= limit && regionMatches(s, from, w)) {
        return w;
      }
    }
    return null;
  }

  /** The longest word that ends at {@code end} (exclusive) and starts at or after {@code floor}, or null. */
  public String matchEndingAt(CharSequence s, int end, int floor) {
    if (end <= floor || end > s.length() || !lasts.get(s.charAt(end - 1))) {
      return null;
    }
    String[] candidates = byLast.get(s.charAt(end - 1));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (end - w.length() >= floor && regionMatches(s, end - w.length(), w)) {
        return w;
      }
    }
    return null;
  }

  /** The first position at or after {@code from} (before {@code limit}) where a word starts, or -1. */
  public int find(CharSequence s, int from, int limit) {
    for (int i = Math.max(0, from); i < limit; i++) {
      if (matchAt(s, i, limit) != null) {
        return i;
      }
    }
    return -1;
  }

  static boolean regionMatches(CharSequence s, int at, String w) {
    for (int i = 0; i < w.length(); i++) {
      if (s.charAt(at + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
