package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The time an observation refers to: one year, or the years {@code start—end} with how the figure aggregates
 * them (an annual average 年均, or a cumulative total 累计 / 〔〕). Immutable and thread-safe.
 *
 * <pre>{@code
 * Period.year(2026);                                                 // 2026
 * Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE).end();    // 2025
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Period {
  Period() {}

  /** How a figure covers the years of its period. */
  public enum Aggregation {
    /** A single year's figure. */
    YEAR,
    /** An annual average over the period (年均). */
    ANNUAL_AVERAGE,
    /** A total over the period (累计, 〔〕 in outline tables). */
    CUMULATIVE
  }

  /** The first year. */
  @Value.Parameter
  public abstract int start();

  /** The last year, the one the figure is dated by. */
  @Value.Parameter
  public abstract int end();

  /** How the figure aggregates the years. */
  @Value.Parameter
  public abstract Aggregation aggregation();

  /** The years whose single-year periods are kept once ({@link #year}): every plan dates most figures in them. */
  private static final int FIRST_CACHED = 1949;

  private static final Period[] YEARS = new Period[2100 - FIRST_CACHED + 1];

  /**
   * The single year {@code year}. The periods of the years 1949–2100 are kept once: an imported plan dates hundreds
   * of figures by a handful of years, and they need not be a copy each.
   */
  public static Period year(int year) {
    int k = year - FIRST_CACHED;
    if (k < 0 || k >= YEARS.length) {
      return ImmutablePeriod.of(year, year, Aggregation.YEAR);
    }
    Period p = YEARS[k]; // a racy read is safe: a Period's fields are final, so any thread sees it whole
    if (p == null) {
      p = ImmutablePeriod.of(year, year, Aggregation.YEAR);
      YEARS[k] = p;
    }
    return p;
  }

  /**
   * The years {@code start..end}, aggregated as given.
   *
   * @throws IllegalArgumentException if the period ends before it starts, or a YEAR period spans several years
   */
  public static Period of(int start, int end, Aggregation aggregation) {
    return aggregation == Aggregation.YEAR && start == end ? year(end) : ImmutablePeriod.of(start, end, aggregation);
  }

  @Value.Check
  void check() {
    checkArgument(end() >= start(), "period %s—%s ends before it starts", start(), end());
    checkArgument(aggregation() != Aggregation.YEAR || start() == end(),
        "period %s—%s: a YEAR period covers one year; use ANNUAL_AVERAGE or CUMULATIVE", start(), end());
  }

  /** {@code 2026}, or {@code 2021—2025 annual_average}. */
  @Override
  public String toString() {
    return aggregation() == Aggregation.YEAR ? Integer.toString(end())
        : start() + "—" + end() + " " + aggregation().name().toLowerCase(java.util.Locale.ROOT);
  }
}
