package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * Dating: the year or period of a sentence's figures, from the years and periods it mentions (2025年, 到2030年,
 * “十五五”时期, 后两年), a future period an earlier sentence of the paragraph named, the chapter's year; their status
 * (预计, 初步核算) and aggregation (年均, 累计). Holds the state of the paragraph being read; one per reader.
 */
final class Dating extends OnText {
  /** The sentence's mentions: {where it ends, year, period start or 0, one of PLAIN, FROM_ONLY, TIME_PHRASE}. */
  private final List<int[]> mentions = new ArrayList<>();
  /** The future period or year mention a paragraph's earlier sentence made, carried to the next ones, or null. */
  private int @Nullable [] carried;
  /**
   * The year that opened the latest paragraph outside every chapter that opened with one (2023年，全省…), carried to
   * the paragraphs after it that name no time; or null.
   */
  private int @Nullable [] opened;
  /** True while the paragraph being read is in a chapter. */
  private boolean inChapter = true;
  /** Where the paragraph being read starts. */
  private int paragraphStart = -1;
  /** The latest year a from-marker wrote in the paragraph (从2017年的111.8亿元), or 0. */
  private int paragraphFrom;
  private int estimateAt;
  private int preliminaryAt;
  private int planYear;
  private int baseYear;
  /** A year or period mention that dates what follows it. */
  private static final int PLAIN = 0;
  /** A year written with a from-marker (从2020年的53.2%): it dates the start of a from–to statement only. */
  private static final int FROM_ONLY = 1;
  /**
   * A period phrase (五年来, 今后五年), a year that opens the paragraph (2024年，…) or its topic (2024年是…的一年): it
   * dates the rest of the paragraph too.
   */
  private static final int TIME_PHRASE = 2;

  /** The characters a mention can start with: the vocabulary's, made once for all imports. */
  private final BitSet starts;

  Dating(ScanText x, Vocabulary v) {
    super(x, v);
    starts = v.mentionStarts;
  }

  /**
   * Forgets the period a paragraph carried: a new paragraph that is no —— list item starts at {@code from}, in a
   * chapter if {@code inChapter}. Outside every chapter, the year an earlier paragraph opened with goes on.
   */
  void newParagraph(int from, boolean inChapter) {
    this.inChapter = inChapter;
    if (inChapter) {
      opened = null;
    }
    carried = inChapter ? null : opened;
    paragraphStart = from;
    paragraphFrom = 0;
  }

  /** Collects the sentence's year and period mentions and carries a future period on to it or from it. */
  void sentence(int s, int e, int planYear, int baseYear) {
    this.planYear = planYear;
    this.baseYear = baseYear;
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
    if (!starts.get(t.charAt(i))) {
      return; // most characters start no mention: one bit instead of six look-ups
    }
    if (ScanText.isDigit(t.charAt(i)) && (i == s || !ScanText.isDigit(t.charAt(i - 1))) && x.isDigits(i, 4)
        && i + 4 < e && v.yearSuffixes.matchAt(t, i + 4, e) != null && !x.inQuotes(i)) {
      year(i, s);
    } else if (i + 2 < e && v.planOrdinal(t, i) > 0) {
      if (!comparedPeriod(i, s)) {
        int first = FrameReader.firstYear(v.planOrdinal(t, i));
        mentions.add(new int[] {i + 3, first + 4, first, PLAIN});
      }
    } else if (v.remainingYears(t, i, e) > 0 && planYear > 0) {
      mentions.add(new int[] {i + 3, planYear, planYear - v.remainingYears(t, i, e) + 1, PLAIN});
    } else if (timePhrase(v.pastPeriodWords, i, e, baseYear, baseYear - 4)
        || timePhrase(v.nextPeriodWords, i, e, planYear + 4, planYear)) {
      return;
    } else if (v.estimates.matchAt(t, i, e) != null) {
      estimateAt = Math.min(estimateAt, i);
    } else if (v.preliminaries.matchAt(t, i, t.length()) != null) {
      preliminaryAt = Math.min(preliminaryAt, i);
    }
  }

  /** Notes the time phrase of {@code words} at {@code i} (上年, 明年) as the years {@code first}–{@code last}, if any. */
  private boolean timePhrase(Words words, int i, int e, int last, int first) {
    String w = words.matchAt(t, i, e);
    if (w != null) {
      mentions.add(new int[] {i + w.length(), last, first, TIME_PHRASE});
    }
    return w != null;
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
      boolean date = i + 5 < t.length() && ScanText.isDigit(t.charAt(i + 5)); // 2023年6月: an event's date
      boolean opens = s == paragraphStart && i == x.skipSpace(s, i) && !date; // 2023年，全省…
      int kind = v.fromMarkers.matchEndingAt(t, i, s) != null ? FROM_ONLY
          : opens || v.yearTopics.matchAt(t, i + 5, t.length()) != null ? TIME_PHRASE : PLAIN;
      int[] mention = {i + 4, y, from, kind};
      mentions.add(mention);
      if (!inChapter && opens) {
        opened = mention;
      }
      paragraphFrom = kind == FROM_ONLY ? y : paragraphFrom;
    }
  }

  /** True if the period at {@code i} is what a figure is compared with (较“十三五”时期增长16.3%). */
  private boolean comparedPeriod(int i, int s) {
    int j = i > s && t.charAt(i - 1) == '“' ? i - 1 : i;
    return v.comparedPeriod.matchEndingAt(t, j, s) != null;
  }

  /**
   * A future period or year named by a paragraph's sentence (“十五五”时期…主要目标是：…；…, 到2030年，…；…) dates the
   * sentences after it in the same paragraph, until one names another year or the plan year's time word (今年).
   */
  private void carryFuturePeriod(int s, int e) {
    boolean planYearWord = v.planYearWords.find(t, s, e) >= 0;
    if (mentions.isEmpty() && !planYearWord && carried != null) {
      mentions.add(0, new int[] {s, carried[1], carried[2], PLAIN});
    } else if (planYearWord) {
      carried = null;
      opened = null;
    } else if (!mentions.isEmpty()) {
      int[] last = mentions.get(mentions.size() - 1);
      carried = last[3] == TIME_PHRASE || (last[1] > planYear && namesATime(last)) ? last : topicWithin(last);
    }
  }

  /**
   * The sentence's time phrase before {@code last} when {@code last} names no time (2015年是“十二五”的收官之年，也是谋划
   * “十三五”蓝图之年: the plans' names do not date what follows), or null.
   */
  private int @Nullable [] topicWithin(int[] last) {
    if (namesATime(last)) {
      return null;
    }
    for (int k = mentions.size() - 2; k >= 0; k--) {
      if (mentions.get(k)[3] == TIME_PHRASE) {
        return mentions.get(k);
      }
    }
    return null;
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
    int start = ctx.periodStart();
    for (int[] m : mentions) {
      if (m[0] >= at) {
        break;
      }
      if (m[3] != FROM_ONLY) {
        year = m[1];
        start = m[2];
      }
    }
    return new int[] {year, start};
  }

  /**
   * The year of a from–to statement's start level (从A增长到B): the earliest year its sentence names before it
   * (2020年到2025年，…从A, 从2020年的A), else the latest year a from-marker wrote earlier in the paragraph, else the
   * year before the period the sentence names, else the year before the chapter's.
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
    if (paragraphFrom > 0) {
      return new int[] {paragraphFrom, 0}; // 从2017年的111.8亿元提高至…；一般公共预算收入从18.4亿元…: the same start
    }
    if (periodStart == 0) {
      periodStart = ctx.periodStart();
    }
    return new int[] {periodStart > 0 ? periodStart - 1 : ctx.defaultYear() - 1, 0};
  }

  /**
   * The five-year period a chapter's heading names as a time ({@code 二、“十五五”时期主要目标任务} → 2026—2030, {@code
   * 一、2025年和“十四五”时期工作回顾} → 2021—2025) as {start, end}; {0, 0} if it names none, two (“十四五”时期发展成就
   * 和“十五五”时期主要目标), a period ahead of {@code baseYear} without its period word (推动“十五五”开好局: a thing,
   * not a time) or another year than the period's last (“十五五”时期目标任务和2026年工作安排).
   */
  static int[] headingPeriod(String title, int baseYear, Vocabulary v) {
    int found = 0;
    int otherYear = 0;
    for (int i = 0; i < title.length(); i++) {
      if (i + 4 < title.length() && ScanText.isYear(title, i) && v.yearSuffixAfter(title, i)) {
        otherYear = Integer.parseInt(title.substring(i, i + 4));
      }
      int ordinal = v.planOrdinal(title, i);
      boolean ahead = ordinal > 0 && FrameReader.firstYear(ordinal) + 4 > baseYear;
      if (ahead && v.planPeriodEnd(title, i, title.length(), title.length()) < 0 && !aimAfter(title, i, v)) {
        ordinal = 0; // a period ahead named as a thing: 推动“十五五”开好局
      }
      if (ordinal > 0 && found != 0 && found != ordinal) {
        return new int[] {0, 0};
      }
      found = ordinal > 0 ? ordinal : found;
    }
    int first = found == 0 ? 0 : FrameReader.firstYear(found);
    if (found == 0 || (otherYear != 0 && otherYear != first + 4)) {
      return new int[] {0, 0};
    }
    return new int[] {first, first + 4};
  }

  /** True if the plan's name at {@code i} of a heading's {@code title} is followed by its aims (“十五五”主要目标任务). */
  private static boolean aimAfter(String title, int i, Vocabulary v) {
    int end = v.planNameEnd(title, i, title.length());
    return end >= 0 && v.periodAims.matchAt(title, end, title.length()) != null;
  }

  /** The first year of the five-year plan that {@code year} belongs to (2026 → 2026, 2025 → 2021). */
  static int fiveYearStart(int year) {
    return FrameReader.firstYear(3) + Math.floorDiv(year - FrameReader.firstYear(3), 5) * 5;
  }

  /**
   * The aggregation the words between {@code from} and {@code to} before a figure give it: 年均 an annual average,
   * 累计 a sum. Read in the text, no copy of the words cut.
   */
  Period.Aggregation aggregation(int from, int to) {
    if (v.annualAverage.find(t, from, to) >= 0) {
      return Period.Aggregation.ANNUAL_AVERAGE;
    } else if (v.cumulative.find(t, from, to) >= 0) {
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
