package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * The look-ups of {@link Words} agree with their definitions, read the slow way: of the words that fit at a position,
 * the longest. Words and texts are drawn from four chars, so that words share prefixes and suffixes and most
 * positions hold several candidates.
 */
class WordsProperties {
  @Property(tries = 1000)
  void matchAtIsTheLongestWordStartingThere(@ForAll("words") List<String> words, @ForAll("texts") String text,
      @ForAll @IntRange(min = -1, max = 13) int from, @ForAll @IntRange(min = -1, max = 13) int limit) {
    assertThat(new Words(words).matchAt(text, from, limit)).isEqualTo(longestAt(words, text, from, limit));
  }

  @Property(tries = 1000)
  void matchEndingAtIsTheLongestWordEndingThere(@ForAll("words") List<String> words, @ForAll("texts") String text,
      @ForAll @IntRange(min = -1, max = 13) int end, @ForAll @IntRange(min = -1, max = 13) int floor) {
    assertThat(new Words(words).matchEndingAt(text, end, floor)).isEqualTo(longestEndingAt(words, text, end, floor));
  }

  @Property(tries = 1000)
  void findIsTheFirstPositionWithAMatch(@ForAll("words") List<String> words, @ForAll("texts") String text,
      @ForAll @IntRange(min = -1, max = 13) int from, @ForAll @IntRange(min = -1, max = 13) int limit) {
    int expected = -1;
    for (int i = Math.max(0, from); i < Math.min(limit, text.length()) && expected < 0; i++) {
      expected = longestAt(words, text, i, limit) != null ? i : -1;
    }
    assertThat(new Words(words).find(text, from, limit)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void aUnionMatchesTheLongestWordOfItsTables(@ForAll("words") List<String> a, @ForAll("words") List<String> b,
      @ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 12) int from) {
    Words union = Words.union(List.of(new Words(a), new Words(b)));
    assertThat(union.matchAt(text, from, text.length()))
        .isEqualTo(longestAt(ImmutableList.<String>builder().addAll(a).addAll(b).build(), text, from, text.length()));
    assertThat(union.asList()).containsExactlyElementsOf(ImmutableSet.copyOf(Iterables.concat(a, b)));
  }

  private static @Nullable String longestAt(List<String> words, String text, int from, int limit) {
    String longest = null;
    for (String w : words) {
      if (from >= 0 && from + w.length() <= Math.min(limit, text.length()) && text.startsWith(w, from)
          && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest;
  }

  private static @Nullable String longestEndingAt(List<String> words, String text, int end, int floor) {
    String longest = null;
    for (String w : words) {
      int start = end - w.length();
      if (end <= text.length() && start >= Math.max(0, floor) && text.startsWith(w, start)
          && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest;
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings().withChars("增长达到").ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("增长达到").ofMaxLength(12);
  }
}
