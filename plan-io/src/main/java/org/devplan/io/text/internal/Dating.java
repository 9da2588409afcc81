package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Observation;
import org.devplan.model.Period;

/**
 * Dating: the year or period of a sentence's figures, from the years and periods it mentions (2025年, 到2030年,
 * “十五五”时期, 后两年), a future period an earlier sentence of the paragraph named, the chapter's year; their status
 * (预计, 初步核算) and aggregation (年均, 累计). Holds the state of the paragraph being read; one per reader.
 */
final class Dating extends OnText {
  /** The sentence's mentions: {where it ends, year, period start or 0}. */
  private final List<int[]> mentions = new ArrayList<>();
  /** The future period or year mention a paragraph's earlier sentence made, carried to the next ones, or null. */
  private int[] carried;
  private int estimateAt;
  private int preliminaryAt;
  private int planYear;

  Dating(ScanText x, Vocabulary v) {
    super(x, v);
  }

  /** Forgets the period a paragraph carried (a new paragraph that is no —— list item starts). */
  void newParagraph() {
    carried = null;
  }

  /** Collects the sentence's year and period mentions and carries a future period on to it or from it. */
  void sentence(int s, int e, int planYear) {
    this.planYear = planYear;
    mentions.clear();
    estimateAt = Integer.MAX_VALUE;
    preliminaryAt = Integer.MAX_VALUE;
    for (int i = s; i < e; i++) {
      mention(i, s, e);
    }
    carryFuturePeriod(s, e);
  }

  /** Notes a year, period, 预计 or 初步核算 at {@code i}. */
  private void mention(int i, int s, int e) {
    if (ScanText.isDigit(t.charAt(i)) && (i == s || !ScanText.isDigit(t.charAt(i - 1))) && x.isDigits(i, 4)
        && i + 4 < e && v.yearSuffixes.matchAt(t, i + 4, e) != null && !x.inQuotes(i)) {
      year(i, s);
    } else if (i + 2 < e && v.planOrdinal(t, i) > 0) {
      int first = 1966 + 5 * (v.planOrdinal(t, i) - 3);
      mentions.add(new int[] {i + 3, first + 4, first});
    } else if (v.remainingYears(t, i, e) > 0 && planYear > 0) {
      mentions.add(new int[] {i + 3, planYear, planYear - v.remainingYears(t, i, e) + 1});
    } else if (v.estimates.matchAt(t, i, e) != null) {
      estimateAt = Math.min(estimateAt, i);
    } else if (v.preliminaries.matchAt(t, i, t.length()) != null) {
      preliminaryAt = Math.min(preliminaryAt, i);
    }
  }

  /** Notes the year at {@code i} unless it is compared with (比2020年) or names a reference (距2025年目标). */
  private void year(int i, int s) {
    boolean reference = v.yearReferences.matchEndingAt(t, i, s) != null
        || v.yearReferencesAfter.matchAt(t, i + 5, t.length()) != null;
    if (v.comparedYear.matchEndingAt(t, i, s) != null || reference) {
      return;
    }
    int y = Integer.parseInt(t.substring(i, i + 4));
    int from = 0;
    if (i - 5 >= s && v.rangeSeparators.matchAt(t, i - 1, i) != null && x.isDigits(i - 5, 4)) {
      from = Integer.parseInt(t.substring(i - 5, i - 1)); // 2024—2025年: a period
      from = from >= 1950 && from < y ? from : 0;
    }
    if (y >= 1950 && y <= 2100) {
      mentions.add(new int[] {i + 4, y, from});
    }
  }

  /**
   * A future period or year named by a paragraph's sentence (“十五五”时期…主要目标是：…；…, 到2030年，…；…) dates the
   * sentences after it in the same paragraph, until one names another year or the plan year's time word (今年).
   */
  private void carryFuturePeriod(int s, int e) {
    boolean planYearWord = v.planYearWords.find(t, s, e) >= 0;
    if (mentions.isEmpty() && !planYearWord && carried != null) {
      mentions.add(0, new int[] {s, carried[1], carried[2]});
    } else if (planYearWord) {
      carried = null;
    } else if (!mentions.isEmpty()) {
      int[] last = mentions.get(mentions.size() - 1);
      carried = last[1] > planYear && namesATime(last) ? last : null;
    }
  }

  /**
   * True if a mention dates what follows rather than names a thing: a period followed by a period word (“十五五”时期,
   * not “十五五”规划), or a year after an until-word (到2030年).
   */
  private boolean namesATime(int[] mention) {
    int end = mention[0];
    if (mention[2] > 0 && mention[2] != mention[1]) {
      int j = end;
      while (j < t.length() && isQuoteClose(t.charAt(j))) {
        j++;
      }
      return v.periodWords.matchAt(t, j, t.length()) != null;
    }
    return v.untilWords.matchEndingAt(t, end - 4, Math.max(0, end - 6)) != null;
  }

  private static boolean isQuoteClose(char c) {
    return c == '”' || c == '"' || c == '’' || c == '」';
  }

  /**
   * The year a figure is dated by: the last year mentioned before it in its sentence (2025年的, 到2030年), a
   * five-year period (“十五五”时期, its end year), else the chapter's. Returns {year, periodStart or 0}.
   */
  int[] yearFor(int at, FigureReader.Context ctx) {
    int year = ctx.defaultYear();
    int start = 0;
    for (int[] m : mentions) {
      if (m[0] >= at) {
        break;
      }
      year = m[1];
      start = m[2];
    }
    return new int[] {year, start};
  }

  /**
   * The year of a from–to statement's start level (从A增长到B): the earliest year its sentence names before it
   * (2020年到2025年，…从A, 从2020年的A), else the year before the period the sentence names, else the year before the
   * chapter's.
   */
  int[] fromYear(int at, FigureReader.Context ctx) {
    int earliest = Integer.MAX_VALUE;
    int periodStart = 0;
    for (int[] m : mentions) {
      if (m[0] >= at) {
        break;
      }
      earliest = Math.min(earliest, m[2] > 0 ? m[2] - 1 : m[1]);
      periodStart = m[2];
    }
    if (earliest != Integer.MAX_VALUE) {
      return new int[] {earliest, 0};
    }
    return new int[] {periodStart > 0 ? periodStart - 1 : ctx.defaultYear() - 1, 0};
  }

  /** The aggregation the words {@code before} a figure give it: 年均 an annual average, 累计 a sum. */
  Period.Aggregation aggregation(String before) {
    if (v.annualAverage.occursIn(before)) {
      return Period.Aggregation.ANNUAL_AVERAGE;
    } else if (v.cumulative.occursIn(before)) {
      return Period.Aggregation.CUMULATIVE;
    }
    return Period.Aggregation.YEAR;
  }

  /** The status of an actual whose verb starts at {@code at}: after 预计 an estimate, after 初步核算 preliminary. */
  Optional<Observation.Status> status(Observation.Kind kind, int at) {
    if (kind == Observation.Kind.ACTUAL) {
      if (estimateAt < at) {
        return Optional.of(Observation.Status.ESTIMATE);
      } else if (preliminaryAt < at) {
        return Optional.of(Observation.Status.PRELIMINARY);
      }
    }
    return Optional.empty();
  }
}
