package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;

class PlanSummaryTest {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private final PlanSummary summary = CALC.summary(SeedAnnex.plan());

  @Test
  void everyAnnexIndicatorHasARow() {
    assertThat(summary.rows()).hasSize(28);
    assertThat(summary.baseYear()).isEqualTo(2025);
    assertThat(summary.planYear()).isEqualTo(2026);
    assertThat(summary.toString().lines()).hasSize(28);
  }

  @Test
  void depositsShowImpliedTargetAndGrowth() {
    IndicatorSummary d = summary.row("金融机构存款余额").orElseThrow();
    assertThat(d.baseActual().orElseThrow().id()).isEqualTo("deposits-2025");   // the annex cell, not the narrative
    assertThat(d.impliedTarget().orElseThrow().value()).isEqualTo(new BigDecimal("9687.33"));
    // 8969.75 → 9687: 7.9952…% → 8.0 (the integer target allows the one-decimal floor only).
    assertThat(d.targetGrowth().orElseThrow().value()).isEqualTo(new BigDecimal("8.0"));
    assertThat(d.baseGap().orElseThrow().difference().orElseThrow()).isEqualByComparingTo("-717.25");
    assertThat(d).hasToString("金融机构存款余额 [亿元] 2025: 8969.75 / 7.63% → 2026: 9687 / 8% | implied 9687.33亿元"
        + " | growth 8.0% | base vs target NOT_MET");
  }

  @Test
  void revenueImpliedTargetRoundsToThePrintedOne() {
    IndicatorSummary r = summary.row("revenue").orElseThrow();
    assertThat(r.impliedTarget().orElseThrow().value()).isEqualTo(new BigDecimal("428.12"));
    assertThat(r.targetGrowth().orElseThrow().value()).isEqualTo(new BigDecimal("2.00"));
  }

  @Test
  void percentIndicatorsChangeInPoints() {
    IndicatorSummary c = summary.row("childcare").orElseThrow();
    assertThat(c.targetGrowth().orElseThrow().unit()).isEqualTo(Unit.PERCENTAGE_POINT);
    assertThat(c.targetGrowth().orElseThrow().value()).isEqualTo(new BigDecimal("2.2"));
  }

  @Test
  void wordsAreNotedNotComputed() {
    IndicatorSummary fai = summary.row("fixed-investment").orElseThrow();
    assertThat(fai.impliedTarget()).isEmpty();
    assertThat(fai.notes()).containsExactly("target growth in words: 止跌回稳");
    IndicatorSummary income = summary.row("income").orElseThrow();
    assertThat(income.notes()).containsExactly("target growth in words: 与经济增长同步");
  }
}
