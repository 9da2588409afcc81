package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Period;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Level with growth: a growth without its own subject (地区生产总值5126.4亿元、增长5.2%) goes to the level before it in
 * the sentence, a level to the growth right before it (增长12.6%达92.9亿元); a subject-less list of growths (分别增长8.6%、9.2%) to the list of levels before it,
 * and a subject-less list of levels (分别达43366元和13835元) to the list of growths before it.
 */
final class GrowthPairing {
  /** The most chars between a growth and the level written right after it (增长8%以上、突破…, 增长12.6%达…). */
  private static final int LEVEL_GAP = 4;
  private final String t;
  private final Statements statements;

  GrowthPairing(ScanText x, Statements statements) {
    this.t = x.t;
    this.statements = statements;
  }

  /**
   * Attaches a growth to the latest level statement of the sentence that has none; with {@code each} (均增长8%左右
   * after two levels), to every such level statement right before it.
   */
  boolean pair(Statement growth, List<Statement> sentence, boolean each) {
    boolean paired = false;
    for (int i = sentence.size() - 1; i >= 0; i--) {
      Statement s = sentence.get(i);
      if (s.change() || (!paired && (s.kind() != growth.kind() || isRate(s)))) {
        continue; // 635亿元，完成年计划710亿元的89.4%，增长2.0%: neither the plan figure nor its ratio grew
      }
      if (s.level().isPresent() && s.growth().isEmpty() && s.level().get().isNumeric()
          && s.period().equals(growth.period()) && s.kind() == growth.kind()) {
        sentence.set(i, s.withGrowth(growth.growth().orElseThrow()));
        paired = true;
        if (each) {
          continue;
        }
      }
      return paired;
    }
    return paired;
  }

  /** True if {@code s} is a rate (89.4%, 3.2个百分点): no level a growth goes to. */
  private static boolean isRate(Statement s) {
    return s.level().flatMap(Bound::unit).map(Unit::isPercentLike).orElse(false);
  }

  /**
   * Joins a level to the growth written right before it for the same subject (增长12.6%达92.9亿元, 增长8%以上、突破1万亿元):
   * the growth statement becomes the level with that growth, its wording starting with the growth's. A rate is no
   * such level.
   */
  boolean pairLevel(Statement level, List<Statement> sentence) {
    if (sentence.isEmpty() || level.change() || level.growth().isPresent() || level.level().isEmpty()
        || !level.level().get().isNumeric() || level.level().get().unit().map(Unit::isPercentLike).orElse(true)) {
      return false; // 增长6.5%左右，力争7%: a rate after a growth is no level
    }
    Statement s = sentence.get(sentence.size() - 1);
    if (s.change() || s.level().isPresent() || s.growth().isEmpty() || !s.name().equals(level.name())
        || !s.period().equals(level.period()) || s.kind() != level.kind() || !rightAfter(s.end(), level.start())) {
      return false;
    }
    sentence.set(sentence.size() - 1, level.withGrowth(s.growth().get()).from(s.start()));
    return true;
  }

  /** True if at most {@link #LEVEL_GAP} chars and no digit (比2020年增长30%，2025年达到…) stand from {@code a} to {@code b}. */
  private boolean rightAfter(int a, int b) {
    if (b < a || b - a > LEVEL_GAP) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (ScanText.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A subject-less list of growths (分别增长8.6%、9.2%) paired with the list of levels before it. */
  boolean pairList(List<Figure> g, List<Statement> sentence, FigureReader.Context ctx, int sentenceStart) {
    if (!g.stream().allMatch(f -> f.growth)) {
      return false;
    }
    List<Integer> levels = levels(sentence, g.size());
    if (levels == null) {
      return false;
    }
    boolean yearly = true;
    List<Statement> growths = new ArrayList<>(g.size());
    for (int k = 0; k < g.size(); k++) {
      Statement growth = statements.make(g.get(k), sentence.get(levels.get(k)).name(), ctx, sentenceStart, null);
      if (growth == null || growth.growth().isEmpty()) {
        return false;
      }
      yearly &= growth.period().aggregation() == Period.Aggregation.YEAR;
      growths.add(growth);
    }
    for (int k = 0; k < g.size(); k++) {
      Statement level = sentence.get(levels.get(k));
      Statement growth = growths.get(k);
      if (yearly) {
        sentence.set(levels.get(k), level.withGrowth(growth.growth().orElseThrow()));
      } else {
        // 年均分别增长5.4%、6.9% after two levels: growths over a period, named after the levels, kept apart
        sentence.add(growth);
      }
    }
    return true;
  }

  /**
   * A subject-less list of levels (，分别达43366元和13835元) joined to the list of growths right before it for the same
   * subjects (城镇和农村居民人均可支配收入分别增长12%和13%): each growth statement becomes its level with that growth.
   */
  boolean pairLevelList(List<Figure> g, List<Statement> sentence, FigureReader.Context ctx, int sentenceStart) {
    if (g.stream().anyMatch(f -> f.growth)) {
      return false;
    }
    List<Integer> growths = growths(sentence, g.size());
    if (growths == null) {
      return false;
    }
    List<Statement> levels = new ArrayList<>(g.size());
    for (int k = 0; k < g.size(); k++) {
      Statement growth = sentence.get(growths.get(k));
      Statement level = statements.make(g.get(k), growth.name(), ctx, sentenceStart, null);
      if (level == null || level.change() || level.level().isEmpty() || level.growth().isPresent()
          || !level.level().get().isNumeric() || level.level().get().unit().map(Unit::isPercentLike).orElse(true)
          || !level.period().equals(growth.period()) || level.kind() != growth.kind()) {
        return false;
      }
      levels.add(level.withGrowth(growth.growth().orElseThrow()));
    }
    for (int k = 0; k < g.size(); k++) {
      sentence.set(growths.get(k), levels.get(k));
    }
    return true;
  }

  /** The indexes of the last {@code n} growths without a level in {@code sentence}, or null if there are not n. */
  private static @Nullable List<Integer> growths(List<Statement> sentence, int n) {
    List<Integer> growths = new ArrayList<>();
    for (int i = sentence.size() - 1; i >= 0 && growths.size() < n; i--) {
      Statement s = sentence.get(i);
      if (s.change() || s.level().isPresent() || s.growth().isEmpty()) {
        return null;
      }
      growths.add(0, i);
    }
    return growths.size() == n ? growths : null;
  }

  /** The indexes of the last {@code n} levels without growth in {@code sentence}, or null if there are not n. */
  private static @Nullable List<Integer> levels(List<Statement> sentence, int n) {
    List<Integer> levels = new ArrayList<>();
    for (int i = sentence.size() - 1; i >= 0 && levels.size() < n; i--) {
      Statement s = sentence.get(i);
      if (s.change()) {
        continue;
      }
      if (s.level().isEmpty() || s.growth().isPresent() || !s.level().get().isNumeric()) {
        return null;
      }
      levels.add(0, i);
    }
    return levels.size() == n ? levels : null;
  }
}
