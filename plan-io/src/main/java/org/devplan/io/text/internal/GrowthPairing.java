package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * Level with growth: a growth without its own subject (地区生产总值5126.4亿元、增长5.2%) goes to the level before it in
 * the sentence; a subject-less list of growths (分别增长8.6%、9.2%) to the list of levels before it.
 */
final class GrowthPairing {
  private final Statements statements;

  GrowthPairing(Statements statements) {
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
      if (s.change()) {
        continue;
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
    for (int k = 0; k < g.size(); k++) {
      Statement growth = statements.make(g.get(k), sentence.get(levels.get(k)).name(), ctx, sentenceStart, null);
      if (growth == null || growth.growth().isEmpty()) {
        return false;
      }
      yearly &= growth.period().aggregation() == Period.Aggregation.YEAR;
    }
    for (int k = 0; k < g.size(); k++) {
      Statement level = sentence.get(levels.get(k));
      Statement growth = statements.make(g.get(k), level.name(), ctx, sentenceStart, null);
      if (yearly) {
        sentence.set(levels.get(k), level.withGrowth(growth.growth().orElseThrow()));
      } else {
        // 年均分别增长5.4%、6.9% after two levels: growths over a period, named after the levels, kept apart
        sentence.add(growth);
      }
    }
    return true;
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
