package org.devplan.calc.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link Vocabulary}'s answers about indicator names and verbs, remembered: audits and summaries ask the same
 * questions of the same names plan after plan (every 淄博 plan has a 地区生产总值). Thread-safe; each memo holds at
 * most {@value #CAPACITY} entries and starts afresh when full. Not API.
 */
public final class Classifications {
  private static final int CAPACITY = 4096;
  private static final Map<String, Name> NAMES = new ConcurrentHashMap<>();
  private static final Map<String, Verb> VERBS = new ConcurrentHashMap<>();

  private Classifications() {}

  /**
   * What the vocabulary says of one indicator name.
   *
   * @param comparablePriceEnding {@link Vocabulary#comparablePriceEnding}
   * @param dimensionRule {@link Vocabulary#dimensionRule}
   * @param shareEnding {@link Vocabulary#shareEnding}
   */
  public record Name(Optional<String> comparablePriceEnding,
      Optional<Map.Entry<String, Vocabulary.Rule>> dimensionRule, Optional<String> shareEnding) {}

  /** Whether a verb as written states a decline ({@link Vocabulary#isDecline} first), a rise, or neither. */
  public enum Verb {
    DECLINE,
    RISE,
    NEITHER
  }

  /** What the vocabulary says of {@code name}. */
  public static Name name(String name) {
    return memo(NAMES, name, n -> new Name(Vocabulary.comparablePriceEnding(n), Vocabulary.dimensionRule(n),
        Vocabulary.shareEnding(n)));
  }

  /** Whether {@code verb} starts with a decline verb, else with a rise verb, else neither. */
  public static Verb verb(String verb) {
    return memo(VERBS, verb, v -> Vocabulary.isDecline(v) ? Verb.DECLINE
        : Vocabulary.isRise(v) ? Verb.RISE : Verb.NEITHER);
  }

  private static <V> V memo(Map<String, V> memo, String key, Function<String, V> compute) {
    V v = memo.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (memo.size() >= CAPACITY) {
        memo.clear();
      }
      memo.put(key, v);
    }
    return v;
  }
}
