package org.devplan.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A set of words of a {@link Lexicon} table with longest-match look-ups at a position of a text, so that no regular
 * expression ever runs over document text. A look-up follows the text through a trie of the words, one probe per
 * char it reads, so it costs the same however many words share a first char. Immutable and thread-safe.
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
  private final CharTrie forwards;
  private final CharTrie backwards;

  Words(Collection<String> words) {
    this.words = ImmutableList.copyOf(words);
    this.set = ImmutableSet.copyOf(words);
    int chars = set.stream().mapToInt(String::length).sum();
    this.forwards = CharTrie.forwards(set, chars);
    this.backwards = CharTrie.backwards(set, chars);
  }

  /** The words, in table order. */
  public ImmutableList<String> asList() {
    return words;
  }

  /** These words less those of {@code other}. */
  public Words without(Words other) {
    return new Words(words.stream().filter(w -> !other.contains(w)).toList());
  }

  /**
   * The words of all of {@code tables}, in their order, each once: one look-up finds the longest word of any of
   * them, where asking each table would take one look-up a table.
   *
   * <pre>{@code
   * Lexicon lexicon = Lexicon.standard();
   * Words verbs = Words.union(List.of(lexicon.words(Lexicon.Table.CHANGE_VERBS), lexicon.words(Lexicon.Table.LEVEL_VERBS)));
   * verbs.matchAt("同比增长5%", 0, 6);   // "同比增长", a verb of change
   * verbs.matchAt("达到5%", 0, 4);       // "达到", a verb of level
   * }</pre>
   */
  public static Words union(Iterable<Words> tables) {
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    for (Words table : tables) {
      all.addAll(table.words);
    }
    return new Words(all.build());
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
    int end = Math.min(limit, s.length());
    return from < 0 || from >= end ? null : longest(forwards, s, from, end, 1);
  }

  /**
   * The longest word that ends at {@code end} (exclusive) and starts at or after {@code floor}, or {@code null} if
   * none does, or if {@code end} is outside {@code s} or not after {@code floor}.
   */
  public @Nullable String matchEndingAt(CharSequence s, int end, int floor) {
    int start = Math.max(0, floor);
    return end > s.length() || end <= start ? null : longest(backwards, s, end - 1, start - 1, -1);
  }

  /** The first position at or after {@code from} (before {@code limit}) where a word starts, or -1. */
  public int find(CharSequence s, int from, int limit) {
    int end = Math.min(limit, s.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (longest(forwards, s, i, end, 1) != null) { // its first step is the first-char test: no second look-up
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

  /**
   * The longest word of {@code trie} read from {@code first} in steps of {@code step} (1 forwards, -1 backwards)
   * up to {@code stop} (exclusive), or null.
   */
  private static @Nullable String longest(CharTrie trie, CharSequence s, int first, int stop, int step) {
    String longest = null;
    int node = CharTrie.ROOT;
    for (int i = first; i != stop; i += step) {
      node = trie.next(node, s.charAt(i));
      if (node == CharTrie.NONE) {
        break;
      }
      String w = trie.word(node);
      if (w != null) {
        longest = w;
      }
    }
    return longest;
  }
}
