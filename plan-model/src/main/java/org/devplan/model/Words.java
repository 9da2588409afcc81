package org.devplan.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set of words of a {@link Lexicon} table with longest-match look-ups at a position of a text, so that no regular
 * expression ever runs over document text. Immutable and thread-safe.
 *
 * <pre>{@code
 * Words suffixes = Lexicon.standard().words(Lexicon.Table.QUALIFIERS, "position", "suffix");
 * suffixes.matchAt("5%及以上", 2, 5);        // "及以上" (the longest word starting there)
 * suffixes.matchEndingAt("5%及以上", 5, 3);  // "以上" (the longest word starting at 3 or later)
 * suffixes.matchAt("5%", 0, 2);             // null: no word starts there
 * }</pre>
 *
 * <p>No match is {@code null}, not an empty {@code Optional}: the look-ups run at every candidate character of a
 * document in the importer's tokenizer, and what they return is the table's own word, which the caller then
 * looks up or measures, so neither a wrapper per match nor a length (and a substring to get the word back) is
 * made. The returns are JSpecify {@code @Nullable}, so a caller compiled with a null checker (NullAway, as this
 * project's modules are, or Kotlin) is made to test them.
 *
 * @since 0.1
 */
public final class Words {
  private final ImmutableList<String> words;
  private final ImmutableSet<String> set;
  private final CharMap<String[]> byFirst;
  private final CharMap<String[]> byLast;

  Words(Collection<String> words) {
    this.words = ImmutableList.copyOf(words);
    this.set = ImmutableSet.copyOf(words);
    Map<Character, List<String>> first = new HashMap<>();
    Map<Character, List<String>> last = new HashMap<>();
    for (String w : set) {
      first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    byFirst = new CharMap<>(Maps.transformValues(first, v -> v.stream().sorted(longestFirst).toArray(String[]::new)));
    byLast = new CharMap<>(Maps.transformValues(last, v -> v.stream().sorted(longestFirst).toArray(String[]::new)));
  }

  /** The words, in table order. */
  public ImmutableList<String> asList() {
    return words;
  }

  /** These words less those of {@code other}. */
  public Words without(Words other) {
    return new Words(words.stream().filter(w -> !other.contains(w)).toList());
  }

  /** True if {@code word} is one of the words. */
  public boolean contains(String word) {
    return set.contains(word);
  }

  /**
   * The longest word that starts at {@code from} and ends at or before {@code limit} (and the end of {@code s}),
   * or {@code null} if none does, or if {@code from} is outside {@code s} or not before {@code limit}.
   */
  public @Nullable String matchAt(CharSequence s, int from, int limit) {
    if (from < 0 || from >= limit || from >= s.length()) {
      return null;
    }
    String[] candidates = byFirst.get(s.charAt(from));
    if (candidates != null) {
      for (String w : candidates) {
        if (from + w.length() <= Math.min(limit, s.length()) && regionMatches(s, from, w)) {
          return w;
        }
      }
    }
    return null;
  }

  /**
   * The longest word that ends at {@code end} (exclusive) and starts at or after {@code floor}, or {@code null} if
   * none does, or if {@code end} is outside {@code s} or not after {@code floor}.
   */
  public @Nullable String matchEndingAt(CharSequence s, int end, int floor) {
    if (end <= floor || end > s.length() || end <= 0) {
      return null;
    }
    String[] candidates = byLast.get(s.charAt(end - 1));
    if (candidates != null) {
      for (String w : candidates) {
        if (end - w.length() >= Math.max(0, floor) && regionMatches(s, end - w.length(), w)) {
          return w;
        }
      }
    }
    return null;
  }

  /** The first position at or after {@code from} (before {@code limit}) where a word starts, or -1. */
  public int find(CharSequence s, int from, int limit) {
    int end = Math.min(limit, s.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (byFirst.containsKey(s.charAt(i)) && matchAt(s, i, limit) != null) {
        return i;
      }
    }
    return -1;
  }

  /** True if {@code s} starts with one of the words. */
  public boolean startsAny(CharSequence s) {
    return matchAt(s, 0, s.length()) != null;
  }

  /** True if {@code s} ends with one of the words. */
  public boolean endsAny(CharSequence s) {
    return matchEndingAt(s, s.length(), 0) != null;
  }

  /** True if one of the words occurs in {@code s}. */
  public boolean occursIn(CharSequence s) {
    return find(s, 0, s.length()) >= 0;
  }

  @Override
  public String toString() {
    return words.toString();
  }

  private static boolean regionMatches(CharSequence s, int at, String w) {
    if (s instanceof String str) {
      return str.startsWith(w, at);
    }
    for (int i = 0; i < w.length(); i++) {
      if (s.charAt(at + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
