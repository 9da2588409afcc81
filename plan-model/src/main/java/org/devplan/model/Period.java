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

  /** The single year {@code year}. */
  public static Period year(int year) {
    return ImmutablePeriod.of(year, year, Aggregation.YEAR);
  }

  /**
   * The years {@code start..end}, aggregated as given.
   *
   * @throws IllegalArgumentException if the period ends before it starts, or a YEAR period spans several years
   */
  public static Period of(int start, int end, Aggregation aggregation) {
    return ImmutablePeriod.of(start, end, aggregation);
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
