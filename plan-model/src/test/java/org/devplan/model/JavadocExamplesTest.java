package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code <pre>} examples of plan-model's public Javadoc, run as written, each asserting what its comment shows.
 */
class JavadocExamplesTest {
  private static final Concept TOURISM = new Concept.Builder().code("tourism-revenue").labelZh("旅游总收入")
      .labelEn("Tourism revenue").measure(Concept.Measure.LEVEL).dimension(Dimension.MONEY).unit(Unit.of("亿元"))
      .addVariants("旅游总收入", "旅游收入").build();

  @Test
  void packageInfo() {
    Quantity gdp = Quantity.parse("5088.9亿元");
    assertThat(gdp).hasToString("5088.9亿元");
    Quantity inWan = gdp.to(Unit.of("万元"));
    assertThat(inWan).hasToString("50889000万元");
    assertThat(inWan.amount()).isEqualByComparingTo("50889000");
    Bound target = Bound.parse("5以上");
    assertThat(target).hasToString("Single[kind=AT_LEAST, value=5, unit=Optional.empty, text=5以上]");
    Bound range = Bound.parse("4.5%至5%");
    assertThat(range).hasToString("Range[low=4.5, high=5, unit=Optional[%], text=4.5%至5%]");
  }

  @Test
  void bound() {
    Bound b = Bound.parse("5以上");
    assertThat(b.kind()).isEqualTo(Bound.Kind.AT_LEAST);
    assertThat(b.number()).hasToString("Optional[5]");
    assertThat(Bound.parse("5.5%左右").unit()).hasToString("Optional[%]");
    assertThat(Bound.parse("4.5%至5%")).hasToString("Range[low=4.5, high=5, unit=Optional[%], text=4.5%至5%]");
    assertThat(Bound.parse("止跌回稳").kind()).isEqualTo(Bound.Kind.QUALITATIVE);
    assertThat(Bound.parse("—").kind()).isEqualTo(Bound.Kind.ABSENT);
    assertThat(Bound.atLeast(new BigDecimal("2")).text()).isEqualTo("2以上");
  }

  @Test
  void chapter() {
    Chapter consumption = new Chapter.Builder()
        .label("一是").numbering(Chapter.Numbering.ENUMERATED).ordinal(1).path("3.1.1")
        .title("多措并举提振消费").inline(true)
        .addParagraph("一是多措并举提振消费。深入实施提振消费专项行动，…")
        .build();
    assertThat(consumption.depth()).isEqualTo(3);
    assertThat(Chapter.isPath("3.2.1")).isTrue();
    assertThat(Chapter.isPath("3.02")).isFalse();
  }

  @Test
  void concept() {
    Concept gdp = Concepts.standard().concept("gdp").orElseThrow();
    assertThat(gdp.labelEn()).isEqualTo("Gross regional product");
    assertThat(gdp.variants().contains("经济增长")).isTrue();
    assertThat(TOURISM.variants()).containsExactly("旅游总收入", "旅游收入");
  }

  @Test
  void concepts() {
    Concepts concepts = Concepts.standard();
    assertThat(concepts.match("全省生产总值", Unit.of("亿元")).map(Concept::code)).hasToString("Optional[gdp]");
    assertThat(concepts.match("生产总值比重", Unit.PERCENT)).isEmpty();
    Plan plan = new Plan.Builder().id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
        .region(Region.of("淄博市")).planYear(2026).source(Source.of("淄博市2026年国民经济和社会发展计划"))
        .addIndicator(new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.YI_YUAN).build()).build();
    Plan tagged = concepts.tag(plan);
    assertThat(tagged).isNotEqualTo(plan);
    assertThat(tagged.indicators()).containsExactly(concepts.tag(plan.indicators().get(0)));
    Concepts mine = concepts.with(TOURISM);
    Concepts same = Concepts.of(Lexicon.standard().toBuilder()
        .add(Lexicon.Table.CONCEPTS, "tourism-revenue", "旅游总收入", "Tourism revenue", "LEVEL", "MONEY", "亿元",
            "旅游总收入|旅游收入")
        .build());
    assertThat(mine.match("旅游收入", Unit.YI_YUAN)).isEqualTo(Optional.of(TOURISM));
    assertThat(same.match("旅游收入", Unit.YI_YUAN)).isEqualTo(Optional.of(TOURISM));
    assertThat(concepts.match("旅游收入", Unit.YI_YUAN)).isEmpty();
  }

  @Test
  void lexicon() {
    Lexicon mine = Lexicon.standard().toBuilder()
        .add(Lexicon.Table.QUALIFIERS, "不少于等于", "prefix", "AT_LEAST", "strong")
        .build();
    assertThat(Bound.parse("不少于等于5%", mine).kind()).isEqualTo(Bound.Kind.AT_LEAST);
    assertThat(mine.words(Lexicon.Table.HEDGES).contains("力争")).isTrue();
  }

  @Test
  void observation() {
    Observation revenue2025 = Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01"));
    Observation revenue2026 = new Observation.Builder()
        .id("revenue-2026").kind(Observation.Kind.TARGET).period(Period.year(2026))
        .level(Bound.parse("428.12")).growth(Bound.parse("2以上"))
        .build();
    assertThat(revenue2026).isEqualTo(Observation.target("revenue-2026", 2026, Bound.parse("428.12"),
        Bound.parse("2以上")));
    assertThat(revenue2025).isEqualTo(new Observation.Builder().id("revenue-2025").kind(Observation.Kind.ACTUAL)
        .period(Period.year(2025)).level(Bound.parse("419.73")).growth(Bound.parse("2.01")).build());
  }

  @Test
  void period() {
    assertThat(Period.year(2026)).hasToString("2026");
    assertThat(Period.of(2021, 2025, Period.Aggregation.ANNUAL_AVERAGE).end()).isEqualTo(2025);
  }

  @Test
  void planFormatException() {
    assertThatThrownBy(() -> Bound.parse("5以上x")).isInstanceOfSatisfying(PlanFormatException.class, e -> {
      assertThat(e.getMessage()).isEqualTo("<text>:1:4: unexpected 'x' in \"5以上x\"");
      assertThat(e.column()).isEqualTo(4);
    });
  }

  @Test
  void position() {
    Position p = Position.of(12, 48);
    assertThat(p.toString()).isEqualTo("12:48");
  }

  @Test
  void provenance() {
    Provenance p = Provenance.narrative("seeds/zibo-2026-plan.txt", Position.of(7, 28));
    assertThat(p.toString()).isEqualTo("narrative:7:28");
  }

  @Test
  void region() {
    Region zibo = new Region.Builder().name("淄博市").code("370300").level(Region.Level.PREFECTURE).build();
    assertThat(zibo.level()).isEqualTo(Region.Level.PREFECTURE);
    assertThat(Region.of("淄博市").level()).isEqualTo(Region.Level.UNKNOWN);
  }

  @Test
  void source() {
    Source s = new Source.Builder()
        .documentTitle("淄博市2026年国民经济和社会发展计划")
        .publisher("淄博市发展和改革委员会")
        .date(LocalDate.of(2026, 2, 1))
        .build();
    assertThat(s).isEqualTo(Source.of("淄博市2026年国民经济和社会发展计划").withPublisher("淄博市发展和改革委员会")
        .withDate(LocalDate.of(2026, 2, 1)));
  }

  @Test
  void span() {
    Span s = Span.of(Span.Kind.TITLE, Position.of(1, 1), "淄博市2026年国民经济和社会发展计划\n");
    assertThat(s.kind() + " " + s.start() + " " + s.text()).isEqualTo("TITLE 1:1 淄博市2026年国民经济和社会发展计划\n");
  }

  @Test
  void task() {
    Task t = new Task.Builder()
        .id("3.1.1").label("一是").title("多措并举提振消费")
        .text("一是多措并举提振消费。…举办各类促消费活动400场次以上。")
        .addObservationId("o-consumption-events-2026")
        .build();
    assertThat(t.observationIds()).containsExactly("o-consumption-events-2026");
  }

  @Test
  void unit() {
    Unit yi = Unit.of("亿元");
    BigDecimal wan = yi.convert(new BigDecimal("5088.9"), Unit.of("万元"));
    assertThat(wan).hasToString("5.0889E+7").isEqualByComparingTo("50889000");
    assertThat(wan.scale()).isEqualTo(-3);
    assertThat(Unit.of("%").isPercentLike()).isTrue();
    assertThat(Unit.of("个百分点").isConvertibleTo(Unit.PERCENT)).isFalse();
    assertThat(Unit.of("蒸吨").isCustom()).isTrue();
  }

  @Test
  void words() {
    Words suffixes = Lexicon.standard().words(Lexicon.Table.QUALIFIERS, "position", "suffix");
    assertThat(suffixes.matchAt("5%及以上", 2, 5)).isEqualTo("及以上");
    assertThat(suffixes.matchEndingAt("5%及以上", 5, 3)).isEqualTo("以上");
    assertThat(suffixes.matchAt("5%", 0, 2)).isNull();
  }

  @Test
  void wordsUnion() {
    Lexicon lexicon = Lexicon.standard();
    Words verbs = Words.union(List.of(lexicon.words(Lexicon.Table.CHANGE_VERBS), lexicon.words(Lexicon.Table.LEVEL_VERBS)));
    assertThat(verbs.matchAt("同比增长5%", 0, 6)).isEqualTo("同比增长");
    assertThat(verbs.matchAt("达到5%", 0, 4)).isEqualTo("达到");
  }

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
