package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {
  @ParameterizedTest
  @CsvSource({"zibo-2026-plan, true", "地区生产总值, true", "gdp_1.2, true", "Ⅻ-①, true", "'', false",
      "a b, false", "a/b, false", "增长%, false", "一、, false"})
  void acceptsLettersNumbersAndDotUnderscoreDash(String s, boolean expected) {
    assertThat(Identifiers.isIdentifier(s)).isEqualTo(expected);
    assertThat(s.matches("[\\p{L}\\p{N}._-]+")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "3.2.1, true", "10.20, true", "'', false", "0, false", "1.0, false", "1..2, false",
      ".1, false", "1., false", "01, false", "1.02, false", "1.a, false"})
  void pathsAreDotSeparatedPositiveNumbers(String s, boolean expected) {
    assertThat(Chapter.isPath(s)).isEqualTo(expected);
    assertThat(s.matches("[1-9][0-9]*(\\.[1-9][0-9]*)*")).isEqualTo(expected);
  }

  @Test
  void aPathOfTenThousandLevelsIsCheckedWithoutRecursion() {
    String deep = "1" + ".1".repeat(10_000);
    assertThat(Chapter.isPath(deep)).isTrue();
    assertThat(Chapter.isPath(deep + ".")).isFalse();
  }
}
