package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void aSingleYearIsOneInstanceHoweverItIsMade() {
    assertThat(Period.year(2026)).isSameAs(Period.year(2026))
        .isSameAs(Period.of(2026, 2026, Period.Aggregation.YEAR));
  }

  @Test
  void theCacheEndsAreTheFirstAndLastYearKept() {
    assertThat(Period.year(1949)).isSameAs(Period.year(1949));
    assertThat(Period.year(2100)).isSameAs(Period.year(2100));
  }

  @Test
  void yearsOutsideTheCacheAreEqualButMadeAnew() {
    assertThat(Period.year(1948)).isEqualTo(Period.of(1948, 1948, Period.Aggregation.YEAR))
        .isNotSameAs(Period.year(1948));
    assertThat(Period.year(2101)).isEqualTo(Period.year(2101)).isNotSameAs(Period.year(2101));
  }

  @Test
  void aPeriodOfSeveralYearsIsItsOwn() {
    Period p = Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE);
    assertThat(p).hasToString("2021—2025 annual_average").isNotSameAs(
        Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE));
  }
}
