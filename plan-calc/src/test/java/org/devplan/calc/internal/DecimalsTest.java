package org.devplan.calc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static final MathContext MC = MathContext.DECIMAL128;

  @ParameterizedTest
  @CsvSource({
      "2, 2, 1.414213562373095048801688724209698",
      "2, 10, 1.071773462536293164213006325023342",
      "1.21, 2, 1.1",
      "1000000, 3, 100",
      "0.000001, 3, 0.01",
      "1E-30, 2, 1E-15",
      "12345678901234567890, 7, 533.7762944996152729965889936824505"})
  void nthRootToThirtyFourDigits(String x, int n, String root) {
    assertThat(Decimals.nthRoot(new BigDecimal(x), n, MC)).isEqualByComparingTo(root);
  }

  @Test
  void rootRaisedBackGivesTheRadicand() {
    BigDecimal x = new BigDecimal("1.179036");
    BigDecimal r = Decimals.nthRoot(x, 4, MC);
    assertThat(r.pow(4, MC).round(new MathContext(32, RoundingMode.HALF_EVEN))).isEqualByComparingTo(x);
    assertThat(r.precision()).isLessThanOrEqualTo(34);
  }

  @Test
  void edgeCases() {
    assertThat(Decimals.nthRoot(BigDecimal.ZERO, 5, MC)).isEqualByComparingTo("0");
    assertThat(Decimals.nthRoot(new BigDecimal("7.5"), 1, MC)).isEqualByComparingTo("7.5");
    assertThat(Decimals.pow(new BigDecimal("4"), 3, 2, MC)).isEqualByComparingTo("8");
    assertThatThrownBy(() -> Decimals.nthRoot(new BigDecimal("-1"), 2, MC)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Decimals.nthRoot(BigDecimal.ONE, 0, MC)).hasMessageContaining("degree 0");
    assertThat(Decimals.halfUnit(new BigDecimal("428.12"))).isEqualByComparingTo("0.005");
    assertThat(Decimals.halfUnit(new BigDecimal("9687"))).isEqualByComparingTo("0.5");
    assertThat(Decimals.trim(new BigDecimal("9687.3300"))).isEqualTo(new BigDecimal("9687.33"));
    assertThat(Decimals.trim(new BigDecimal("100.00"))).isEqualTo(new BigDecimal("100"));
    assertThat(Decimals.percentText(org.devplan.model.Bound.parse("5以上"))).isEqualTo("5%以上");
    assertThat(Decimals.percentText(org.devplan.model.Bound.parse("-12.6"))).isEqualTo("-12.6%");
    assertThat(Decimals.percentText(org.devplan.model.Bound.parse("5.5%左右"))).isEqualTo("5.5%左右");
    assertThat(Decimals.percentText(org.devplan.model.Bound.parse("止跌回稳"))).isEqualTo("止跌回稳");
  }
}
