package org.devplan.calc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.devplan.model.Dimension;
import org.devplan.model.Lexicon;

/** Curated wording the calculations infer from. Not API. */
public final class Vocabulary {
  /** Indicator names ending so grow at comparable prices (统计口径: 按可比价格计算). */
  public static final ImmutableList<String> COMPARABLE_PRICE_ENDINGS =
      ImmutableList.of("地区生产总值", "国内生产总值", "生产总值", "增加值", "GDP");

  /** Verbs of a decline. */
  public static final ImmutableSet<String> DECLINE_VERBS =
      ImmutableSet.of("下降", "降低", "减少", "回落", "下滑", "下跌", "缩减", "压减", "降");

  /** Verbs of a rise. */
  public static final ImmutableSet<String> RISE_VERBS =
      ImmutableSet.of("增长", "增加", "提高", "提升", "上升", "增", "扩大");

  /** Name endings of shares (占…比重, 占比, 比例); completion and growth rates are not shares. */
  public static final ImmutableList<String> SHARE_ENDINGS = ImmutableList.of("比重", "占比", "比例");

  private static final ImmutableList<Rule> DIMENSION_RULES = ImmutableList.of(
      new Rule(ImmutableList.of("比重", "占比", "比例", "率"), ImmutableSet.of(Dimension.RATIO)),
      new Rule(ImmutableList.of("人数"), ImmutableSet.of(Dimension.PEOPLE)),
      new Rule(ImmutableList.of("总额", "余额", "收入", "支出", "总值", "增加值", "投资", "外资"),
          ImmutableSet.of(Dimension.MONEY, Dimension.PER_CAPITA)),
      new Rule(ImmutableList.of("天数"), ImmutableSet.of(Dimension.TIME)),
      new Rule(ImmutableList.of("浓度"), ImmutableSet.of(Dimension.CONCENTRATION)));

  private Vocabulary() {}

  /** A name-ending rule: names ending with one of {@code endings} measure one of {@code dimensions}. */
  public record Rule(ImmutableList<String> endings, ImmutableSet<Dimension> dimensions) {
    /** The ending {@code name} has, if any. */
    public Optional<String> match(String name) {
      return endings.stream().filter(name::endsWith).findFirst();
    }
  }

  /** The first rule whose ending {@code name} has, with that ending. */
  public static Optional<java.util.Map.Entry<String, Rule>> dimensionRule(String name) {
    for (Rule r : DIMENSION_RULES) {
      Optional<String> m = r.match(name);
      if (m.isPresent()) {
        return Optional.of(java.util.Map.entry(m.get(), r));
      }
    }
    return Optional.empty();
  }

  /** The comparable-price ending {@code name} has, if any. */
  public static Optional<String> comparablePriceEnding(String name) {
    return COMPARABLE_PRICE_ENDINGS.stream().filter(name::endsWith).findFirst();
  }

  /** The share ending {@code name} has, if any. */
  public static Optional<String> shareEnding(String name) {
    return SHARE_ENDINGS.stream().filter(name::endsWith).findFirst();
  }

  /** True if {@code text} contains a phrase introducing a main-targets statement (lexicon table MAIN_TARGETS). */
  public static boolean isMainTargetStatement(String text) {
    return Lexicon.standard().words(Lexicon.Table.MAIN_TARGETS).occursIn(text);
  }
}
