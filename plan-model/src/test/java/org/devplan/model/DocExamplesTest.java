package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code <pre>} examples of {@link Indicator}, {@link Plan}, {@link Inferred} and {@link Quantity}, run as
 * written, asserting what their comments show.
 */
class DocExamplesTest {
  static final Observation ACTUAL_2025 =
      Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01"));
  static final Observation TARGET_2026 =
      Observation.target("revenue-2026", 2026, Bound.parse("428.12"), Bound.parse("2以上"));

  /** The example of {@link Indicator}, as written. */
  static Indicator revenue() {
    return new Indicator.Builder()
        .code("general-budget-revenue").name("一般公共预算收入").unit(Unit.of("亿元")).group("财政金融")
        .nature(Inferred.stated(Indicator.Nature.EXPECTED))
        .addObservation(Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01")))
        .addObservation(Observation.target("revenue-2026", 2026, Bound.parse("428.12"), Bound.parse("2以上")))
        .build();
  }

  @Test
  void indicator() {
    Indicator revenue = revenue();
    assertThat(revenue.nature().toString()).isEqualTo("Inferred[EXPECTED, STATED]");
    assertThat(revenue.target(2026)).contains(TARGET_2026);
    assertThat(revenue.actual(2026)).isEmpty();
    assertThat(revenue.observations(Observation.Kind.ACTUAL, 2025)).containsExactly(ACTUAL_2025);
  }

  @Test
  void plan() {
    Indicator revenue = revenue();
    Plan plan = new Plan.Builder()
        .id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
        .region(Region.of("淄博市")).planYear(2026)
        .source(Source.of("淄博市2026年国民经济和社会发展计划"))
        .addIndicator(revenue)
        .build();
    assertThat(plan.baseYear()).isEqualTo(2025);
    assertThat(plan.indicatorByName("一般公共预算收入")).isEqualTo(Optional.of(revenue));
    assertThat(plan.indicatorByCode("general-budget-revenue")).isEqualTo(Optional.of(revenue));
    assertThat(plan.observation("revenue-2026")).isEqualTo(Optional.of(TARGET_2026));
    assertThat(plan.allChapters().count()).isZero();
  }

  @Test
  void inferred() {
    Inferred<Indicator.Nature> nature = Inferred.stated(Indicator.Nature.BINDING);
    assertThat(nature.value()).isEqualTo(Indicator.Nature.BINDING);
    assertThat(nature.evidence()).isEqualTo(Evidence.STATED);
    assertThat(Inferred.inferred("gdp").toString()).isEqualTo("Inferred[gdp, INFERRED]");
  }

  @Test
  void quantity() {
    Quantity gdp = Quantity.parse("5088.9亿元");
    assertThat(gdp.amount()).isEqualTo(new BigDecimal("5088.9"));
    assertThat(gdp.unit()).isEqualTo(Unit.of("亿元"));
    assertThat(gdp.to(Unit.of("万元")).toString()).isEqualTo("50889000万元");
    assertThat(Quantity.parse("１.０３万亿元")).isEqualTo(Quantity.of("1.03", Unit.of("万亿元")));
    assertThat(Quantity.parse("十万个")).isEqualTo(Quantity.of("10", Unit.of("万个")));
  }
}
