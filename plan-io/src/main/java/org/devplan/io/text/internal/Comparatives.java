package org.devplan.io.text.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Comparatives: a subject that compares with a reference (高于全国, 快于经济增长) gives the statement that reference,
 * and in a distributed list the comparison word written once goes to every member (分别高于全国、全省).
 */
final class Comparatives {
  private final Vocabulary v;

  Comparatives(Vocabulary v) {
    this.v = v;
  }

  /** The comparison word {@code part} starts with, or null. */
  @Nullable String comparison(String part) {
    return v.comparisons.matchAt(part, 0, part.length());
  }

  /** What the subject {@code name} is compared with: the text after its comparison word, if it has one. */
  Optional<String> reference(String name) {
    Optional<String> reference = Optional.empty();
    String comparison = comparison(name.length() > 1 ? name : "");
    for (String word : v.comparisons.asList()) {
      int at = name.indexOf(word);
      if (at >= 0 && at + word.length() < name.length()) {
        reference = Optional.of(name.substring(at + word.length()));
      }
    }
    if (comparison != null) {
      reference = Optional.of(name.substring(comparison.length()));
    }
    return reference;
  }
}
