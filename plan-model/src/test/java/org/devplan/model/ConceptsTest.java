package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptsTest {
  private static final Concepts STANDARD = Concepts.standard();

  private static Indicator indicator(String code, String name, String unit) {
    return new Indicator.Builder().code(code).name(name).unit(Unit.of(unit))
        .addObservation(Observation.target(code + "-2026", 2026, Bound.absent(), Bound.parse("5%左右")))
        .build();
  }

  @Nested
  class Standard {
    @Test
    void coversTheIndicatorsPlansShare() {
      assertThat(STANDARD.all().stream().map(Concept::code)).containsExactly("gdp", "gdp-per-capita",
          "primary-industry-value-added", "secondary-industry-value-added", "tertiary-industry-value-added",
          "industrial-value-added-above-size", "fixed-asset-investment", "retail-sales", "foreign-trade", "exports",
          "utilised-foreign-capital", "general-budget-revenue", "general-budget-expenditure", "urban-new-jobs",
          "urban-unemployment-rate", "cpi", "disposable-income-per-capita", "urban-disposable-income-per-capita",
          "rural-disposable-income-per-capita", "rd-intensity", "energy-intensity", "co2-intensity", "grain-output",
          "pm25", "good-air-day-ratio", "forest-coverage");
    }

    @Test
    void gdpAsTheTableReadsIt() {
      Concept gdp = STANDARD.concept("gdp").orElseThrow();
      assertThat(ImmutableList.of(gdp.labelZh(), gdp.labelEn(), gdp.measure(), gdp.dimension(), gdp.unit()))
          .containsExactly("地区生产总值", "Gross regional product", Concept.Measure.LEVEL, Dimension.MONEY,
              Unit.of("亿元"));
    }

    @ParameterizedTest
    @CsvSource({
        "地区生产总值, 亿元, gdp", "全省生产总值, —, gdp", "经济, —, gdp", "经济增长, —, gdp", "国内生产总值, 万亿元, gdp",
        "规上工业增加值, —, industrial-value-added-above-size", "地方一般公共预算收入, 亿元, general-budget-revenue",
        "城镇新增就业, 万人, urban-new-jobs", "居民消费价格涨幅, %, cpi", "农村居民人均可支配收入, 元, "
            + "rural-disposable-income-per-capita", "空气质量优良天数比率, %, good-air-day-ratio"})
    void namesAsPlansWriteThem(String name, String unit, String code) {
      assertThat(STANDARD.match(name, Unit.of(unit)).map(Concept::code)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"生产总值比重, %", "地区生产总值按, —", "地区生产总值, 万人", "城镇新增就业, 亿元", "森林覆盖率, 万亩"})
    void noConceptWithoutClearEvidence(String name, String unit) {
      assertThat(STANDARD.match(name, Unit.of(unit))).isEmpty();
    }
  }

  @Nested
  class Tagging {
    @Test
    void recordsTheConceptAsInferredAndNeverMerges() {
      Plan plan = new Plan.Builder().id("p").title("某省2026年政府工作报告").kind(Plan.Kind.WORK_REPORT)
          .region(Region.of("某省")).planYear(2026).source(Source.of("某省2026年政府工作报告"))
          .addIndicators(indicator("o1", "地区生产总值", "亿元"), indicator("o2", "经济", "—"),
              indicator("o3", "植树造林", "万亩"))
          .build();
      Plan tagged = STANDARD.tag(plan);
      assertThat(tagged.indicators().stream().map(Indicator::concept)).containsExactly(
          Optional.of(Inferred.inferred("gdp")), Optional.of(Inferred.inferred("gdp")), Optional.empty());
      assertThat(tagged.withIndicators(tagged.indicators().stream()
          .map(i -> i.withConcept(Optional.empty())).toList())).isEqualTo(plan);
    }

    @Test
    void aStatedConceptIsKept() {
      Indicator stated = indicator("o1", "地区生产总值", "亿元").withConcept(Inferred.of("my-gdp", Evidence.NONE));
      assertThat(STANDARD.tag(stated).concept()).contains(Inferred.stated("my-gdp"));
    }

    @Test
    void usersAddConcepts() {
      Concept tourism = new Concept.Builder().code("tourism-revenue").labelZh("旅游总收入").labelEn("Tourism revenue")
          .measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.of("亿元"))
          .addVariants("旅游总收入", "旅游收入").build();
      Concepts mine = STANDARD.with(tourism);
      assertThat(mine.tag(indicator("o1", "旅游收入", "亿元")).concept()).contains(Inferred.inferred("tourism-revenue"));
      assertThat(STANDARD.tag(indicator("o1", "旅游收入", "亿元")).concept()).isEmpty();
      assertThat(mine.all()).hasSize(STANDARD.all().size() + 1);
    }

    @Test
    void usersAddConceptsThroughTheLexicon() {
      Lexicon mine = Lexicon.standard().toBuilder().add(Lexicon.Table.CONCEPTS, "tourism-revenue", "旅游总收入",
          "Tourism revenue", "LEVEL", "MONEY", "亿元", "旅游总收入|旅游收入").build();
      assertThat(Concepts.of(mine).match("旅游收入", Unit.of("亿元")).map(Concept::labelEn)).contains("Tourism revenue");
      Lexicon bad = Lexicon.standard().toBuilder().add(Lexicon.Table.CONCEPTS, "x", "甲", "X", "BIG", "MONEY", "亿元",
          "甲").build();
      assertThatThrownBy(() -> Concepts.of(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("lexicon table CONCEPTS: x: No enum constant");
    }

    @Test
    void aNameDenotesOneConcept() {
      Concept other = new Concept.Builder().code("other").labelZh("其他").labelEn("Other")
          .measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.of("亿元")).addVariant("生产总值")
          .build();
      assertThatThrownBy(() -> STANDARD.with(other)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("concepts: 生产总值 names both gdp and other");
    }

    @Test
    void anIndicatorsConceptIsACode() {
      assertThatThrownBy(() -> indicator("o1", "地区生产总值", "亿元").withConcept(Inferred.stated("GDP")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("indicator o1: concept \"GDP\" is not a code: lower-case letters, digits, '-' inside");
    }

    @Test
    void codesAreChecked() {
      assertThatThrownBy(() -> new Concept.Builder().code("GDP").labelZh("x").labelEn("x")
          .measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.of("亿元")).addVariant("x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("concept \"GDP\" is not a code: lower-case letters, digits, '-' inside");
    }
  }
}
