package org.devplan.calc.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Dimension;
import org.devplan.model.Indicator;
import org.devplan.model.Lexicon;
import org.devplan.model.Words;

/** The calculations' view of the standard {@link Lexicon}: the wording they infer from. Not API. */
public final class Vocabulary {
  private static final Lexicon LEXICON = Lexicon.standard();
  private static final Words COMPARABLE_PRICES = LEXICON.words(Lexicon.Table.COMPARABLE_PRICES);
  private static final Words DECLINE_VERBS = LEXICON.words(Lexicon.Table.CHANGE_VERBS, "sign", "-");
  private static final Words RISE_VERBS = LEXICON.words(Lexicon.Table.CHANGE_VERBS, "sign", "+");
  private static final Words SHARE_ENDINGS =
      LEXICON.words(Lexicon.Table.MEASURES, "measure", Indicator.Measure.SHARE.name());

  private Vocabulary() {}

  /** A name-ending rule: names ending with {@code ending} measure one of {@code dimensions}. */
  public record Rule(String ending, ImmutableSet<Dimension> dimensions) {}

  /** The first rule (in lexicon order) whose ending {@code name} has, with that ending. */
  public static Optional<Map.Entry<String, Rule>> dimensionRule(String name) {
    for (Lexicon.Entry e : LEXICON.entries(Lexicon.Table.DIMENSION_RULES)) {
      if (name.endsWith(e.word())) {
        ImmutableSet.Builder<Dimension> dims = ImmutableSet.builder();
        for (String d : e.get("dimensions").split("\\|", -1)) {
          dims.add(Dimension.valueOf(d));
        }
        return Optional.of(Map.entry(e.word(), new Rule(e.word(), dims.build())));
      }
    }
    return Optional.empty();
  }

  /** True if {@code verb} starts with a verb of decline (下降, 压减). */
  public static boolean isDecline(String verb) {
    return DECLINE_VERBS.startsAny(verb);
  }

  /** True if {@code verb} starts with a verb of rise (增长, 提高). */
  public static boolean isRise(String verb) {
    return RISE_VERBS.startsAny(verb);
  }

  /** The longest comparable-price ending {@code name} has (地区生产总值, 增加值), if any. */
  public static Optional<String> comparablePriceEnding(String name) {
    return Optional.ofNullable(COMPARABLE_PRICES.matchEndingAt(name, name.length(), 0));
  }

  /** The share ending {@code name} has (比重, 占比), if any. */
  public static Optional<String> shareEnding(String name) {
    return Optional.ofNullable(SHARE_ENDINGS.matchEndingAt(name, name.length(), 0));
  }

  /** True if {@code text} contains a phrase introducing a main-targets statement (lexicon table MAIN_TARGETS). */
  public static boolean isMainTargetStatement(String text) {
    return LEXICON.words(Lexicon.Table.MAIN_TARGETS).occursIn(text);
  }
}
