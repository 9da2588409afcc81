package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanTest {
  static final Indicator REVENUE = new Indicator.Builder()
      .code("general-budget-revenue").name("一般公共预算收入").addAlias("地方一般公共预算收入")
      .unit(Unit.of("亿元")).group("财政金融")
      .addObservation(Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01")))
      .addObservation(Observation.target("revenue-2026", 2026, Bound.parse("428.12"), Bound.parse("2以上")))
      .build();

  static final Chapter TASKS = new Chapter.Builder()
      .label("三、").numbering(Chapter.Numbering.CHINESE).ordinal(3).path("1").title("2026年经济社会发展重点任务和主要措施")
      .addChild(new Chapter.Builder().label("（一）").numbering(Chapter.Numbering.PAREN_CHINESE).ordinal(1).path("1.1")
          .title("加力巩固经济稳中向好态势").inline(true)
          .addChild(new Chapter.Builder().label("一是").numbering(Chapter.Numbering.ENUMERATED).ordinal(1)
              .path("1.1.1").title("多措并举提振消费").inline(true)
              .addTask(new Task.Builder().id("1.1.1").label("一是").title("多措并举提振消费")
                  .text("一是多措并举提振消费。…举办各类促消费活动400场次以上。")
                  .addObservationId("revenue-2026").build())
              .build())
          .build())
      .build();

  static Plan.Builder plan() {
    return new Plan.Builder().id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
        .region(Region.of("淄博市")).planYear(2026).source(Source.of("淄博市2026年国民经济和社会发展计划"));
  }

  @Nested
  class Navigation {
    final Plan plan = plan().addIndicator(REVENUE).addChapter(TASKS).build();

    @Test
    void findsIndicatorsByCodeNameAndAliasEachByItsOwnKey() {
      assertThat(plan.indicatorByCode("general-budget-revenue")).contains(REVENUE);
      assertThat(plan.indicatorByName("一般公共预算收入")).contains(REVENUE);
      assertThat(plan.indicatorByAlias("地方一般公共预算收入")).contains(REVENUE);
      assertThat(plan.indicatorByCode("一般公共预算收入")).isEmpty();
      assertThat(plan.indicatorByName("地方一般公共预算收入")).isEmpty();
      assertThat(plan.indicatorByName("general-budget-revenue")).isEmpty();
      assertThat(plan.indicatorByAlias("一般公共预算收入")).isEmpty();
      assertThat(plan.indicatorByName("一般公共预算收入 ")).isEmpty();
      assertThat(plan.indicatorByName("一般公共预算支出")).isEmpty();
    }

    @Test
    void aNameOrAliasSharedByTwoIndicatorsFindsTheFirst() {
      Indicator second = new Indicator.Builder().code("revenue-again").name("一般公共预算收入")
          .addAlias("地方一般公共预算收入").unit(Unit.of("亿元")).build();
      Plan twice = plan().addIndicators(REVENUE, second).build();
      assertThat(twice.indicatorByName("一般公共预算收入")).contains(REVENUE);
      assertThat(twice.indicatorByAlias("地方一般公共预算收入")).contains(REVENUE);
      assertThat(twice.indicatorByCode("revenue-again")).contains(second);
    }

    @Test
    void findsTheIndicatorOfAnObservationOnlyWhenItHoldsThatVeryObservation() {
      Observation target = plan.observation("revenue-2026").orElseThrow();
      assertThat(plan.indicatorOf(target)).contains(REVENUE);
      assertThat(plan.indicatorOf(target.withVerb("增长"))).isEmpty();
      assertThat(plan.observation("revenue-2027")).isEmpty();
    }

    @Test
    void findsChaptersTasksAndObservations() {
      assertThat(plan.chapter("1.1.1").map(Chapter::title)).contains("多措并举提振消费");
      assertThat(plan.chapter("1.2")).isEmpty();
      assertThat(plan.chapter("x")).isEmpty();
      assertThat(plan.chapter("1.")).isEmpty();
      assertThat(plan.chapter("")).isEmpty();
      assertThat(plan.allChapters().map(Chapter::path)).containsExactly("1", "1.1", "1.1.1");
      assertThat(plan.allTasks().map(Task::id)).containsExactly("1.1.1");
      Observation target = plan.observation("revenue-2026").orElseThrow();
      assertThat(plan.indicatorOf(target)).contains(REVENUE);
      assertThat(target.year()).isEqualTo(2026);
      assertThat(REVENUE.observations(Observation.Kind.ACTUAL, 2025)).extracting(Observation::id)
          .containsExactly("revenue-2025");
    }

    @Test
    void copiesWithChanges() {
      Plan renamed = plan.withId("zibo-2026-draft");
      assertThat(renamed.id()).isEqualTo("zibo-2026-draft");
      assertThat(renamed.indicators()).isEqualTo(plan.indicators());
      assertThat(renamed).isNotEqualTo(plan);
      assertThat(plan.withId("zibo-2026")).isEqualTo(plan);
    }

    @Test
    void printsAOneLineSummary() {
      assertThat(plan.toString()).isEqualTo("Plan[" + plan.id() + ": " + plan.title() + ", 淄博市, 2026; "
          + plan.allChapters().count() + " chapters, 1 indicators, 2 observations]");
    }
  }

  @Nested
  class Invariants {
    @Test
    void periodMustNotEndBeforeItStarts() {
      assertThatThrownBy(() -> Period.of(2026, 2025, Period.Aggregation.CUMULATIVE))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("period 2026—2025 ends before it starts");
      assertThatThrownBy(() -> Period.of(2021, 2025, Period.Aggregation.YEAR))
          .hasMessageContaining("a YEAR period covers one year");
    }

    @Test
    void growthMustBePercentLike() {
      assertThatThrownBy(() -> Observation.target("t", 2026, Bound.absent(), Bound.parse("8亿元")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("observation t: growth of TARGET 2026 is in 亿元, expected % or 个百分点");
      assertThat(Observation.target("t", 2026, Bound.absent(), Bound.parse("0.5个百分点")).growth()).isPresent();
    }

    @Test
    void observationNeedsAFigure() {
      assertThatThrownBy(() -> new Observation.Builder().id("o").kind(Observation.Kind.ACTUAL)
          .period(Period.year(2025)).build()).hasMessage("observation o: needs a level or a growth");
    }

    @Test
    void statusIsForActualsOnly() {
      assertThatThrownBy(() -> new Observation.Builder().id("o").kind(Observation.Kind.TARGET)
          .period(Period.year(2026)).level(Bound.parse("5")).status(Observation.Status.ESTIMATE).build())
          .hasMessage("observation o: status ESTIMATE applies only to actuals, not to a TARGET");
    }

    @Test
    void indicatorChecksCodeIdsAndEvidence() {
      assertThatThrownBy(() -> REVENUE.withCode("general budget"))
          .hasMessageContaining("code \"general budget\" must be letters, digits");
      assertThatThrownBy(() -> REVENUE.withObservations(REVENUE.observations().get(0), REVENUE.observations().get(0)))
          .hasMessage("indicator general-budget-revenue: observation id revenue-2025 occurs twice");
      assertThat(REVENUE.withNature(Inferred.of(Indicator.Nature.BINDING, Evidence.NONE)).nature())
          .isEqualTo(Inferred.stated(Indicator.Nature.BINDING));
      assertThat(REVENUE.withGrowthBasis(Inferred.inferred(Indicator.GrowthBasis.NOMINAL)).growthBasis())
          .isEqualTo(Inferred.inferred(Indicator.GrowthBasis.NOMINAL));
      assertThat(REVENUE.withNature(Inferred.inferred(Indicator.Nature.UNSPECIFIED)).nature())
          .isEqualTo(Inferred.of(Indicator.Nature.UNSPECIFIED, Evidence.NONE));
      assertThat(REVENUE.withNature(Inferred.stated(Indicator.Nature.BINDING))
          .withNature(Inferred.stated(Indicator.Nature.UNSPECIFIED)))
          .isEqualTo(REVENUE);
    }

    @Test
    void planChecksCodesReferencesAndPaths() {
      assertThatThrownBy(() -> plan().addIndicators(REVENUE, REVENUE.withName("x")).build())
          .hasMessage("plan zibo-2026: indicator code general-budget-revenue occurs twice");
      assertThatThrownBy(() -> plan().addChapter(TASKS).build())
          .hasMessage("plan zibo-2026: task 1.1.1 refers to observation revenue-2026, which does not exist");
      assertThatThrownBy(() -> plan().addChapter(TASKS.withPath("2")).build())
          .hasMessageContaining("chapter 2: child 1 has path 1.1, expected 2.1");
      assertThatThrownBy(() -> plan().planYear(2026).baseYear(2027).build())
          .hasMessage("plan zibo-2026: base year 2027 is after plan year 2026");
      Observation misplaced = Observation.actual("o", 2025, Bound.parse("1"), Bound.absent()).withChapter("9");
      assertThatThrownBy(() -> plan().addIndicator(REVENUE.withObservations(misplaced)).build())
          .hasMessage("plan zibo-2026: observation o names chapter 9, which does not exist");
    }

    @Test
    void framingEvidenceIsStatedUnlessSaidOtherwiseAndYearsAlwaysHaveSome() {
      Plan built = plan().build();
      assertThat(java.util.List.of(built.regionEvidence(), built.planYearEvidence(), built.baseYearEvidence()))
          .containsExactly(Evidence.STATED, Evidence.STATED, Evidence.STATED);
      Plan inferred = plan().regionEvidence(Evidence.INFERRED).planYearEvidence(Evidence.INFERRED)
          .baseYearEvidence(Evidence.INFERRED).build();
      assertThat(java.util.List.of(inferred.regionEvidence(), inferred.planYearEvidence(),
          inferred.baseYearEvidence())).containsExactly(Evidence.INFERRED, Evidence.INFERRED, Evidence.INFERRED);
      assertThat(plan().regionEvidence(Evidence.NONE).build().regionEvidence()).isEqualTo(Evidence.NONE);
      assertThatThrownBy(() -> plan().planYearEvidence(Evidence.NONE).build())
          .hasMessage("plan zibo-2026: the plan year and the base year are always known, so their evidence cannot "
              + "be NONE");
    }

    @Test
    void regionAndSourceCheckTheirCodes() {
      assertThatThrownBy(() -> new Region.Builder().name("淄博市").code("3703").build())
          .hasMessage("region 淄博市: code \"3703\" must be six digits");
      assertThatThrownBy(() -> new Source.Builder().documentTitle("t").sha256("abc").build())
          .hasMessageContaining("must be 64 lower-case hexadecimal digits");
    }

    @Test
    void provenanceEndsAfterItStarts() {
      assertThatThrownBy(() -> new Provenance.Builder().document("d").origin(Provenance.Origin.NARRATIVE)
          .start(Position.of(3, 5)).end(Position.of(3, 4)).build())
          .hasMessage("provenance d: end 3:4 is before start 3:5");
      assertThat(Provenance.table("d", Position.of(12, 2), 4, 3)).hasToString("table:12:2");
      assertThat(Position.parse("12:48")).isEqualTo(Position.of(12, 48));
      assertThatThrownBy(() -> Position.parse("12")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void provenanceGivesBackEveryPartAndCopiesWithOneChanged() {
      Provenance cell = new Provenance.Builder().document("d").origin(Provenance.Origin.TABLE)
          .start(Position.of(12, 2)).end(Position.of(12, 9)).row(4).cell(3).build();
      assertThat(List.of(cell.document(), cell.origin(), cell.start(), cell.end(), cell.row(), cell.cell()))
          .containsExactly("d", Provenance.Origin.TABLE, Position.of(12, 2), Optional.of(Position.of(12, 9)),
              Optional.of(4), Optional.of(3));
      assertThat(cell.withEnd(Optional.empty()).withRow(Optional.empty()).withCell(Optional.empty())
          .withOrigin(Provenance.Origin.NARRATIVE)).isEqualTo(Provenance.narrative("d", Position.of(12, 2)))
          .hasSameHashCodeAs(Provenance.narrative("d", Position.of(12, 2)));
      assertThat(new Provenance.Builder().from(cell).build()).isEqualTo(cell).isNotEqualTo(cell.withCell(5));
      assertThatThrownBy(() -> new Provenance.Builder().origin(Provenance.Origin.TABLE).build())
          .hasMessage("Cannot build Provenance, some of required attributes are not set [document, start]");
      assertThatThrownBy(() -> cell.withRow(0)).hasMessage("provenance d: row 0 must be at least 1");
    }

    @Test
    void aTaskOfTextPartsIsTheTaskOfTheirJoinedText() {
      Task whole = TASKS.children().get(0).children().get(0).tasks().get(0);
      Task parts = new Task.Builder().from(whole).textParts(List.of("一是", "多措并举提振消费", "。…举办各类促消费活动400场次以上。"))
          .build();
      assertThat(parts).isEqualTo(whole).hasSameHashCodeAs(whole).hasToString(whole.toString());
      assertThat(parts.text()).isEqualTo(whole.text());
      assertThat(parts.withText(whole.text())).isSameAs(parts);
      assertThat(parts.withText("一是多措并举提振消费。").text()).isEqualTo("一是多措并举提振消费。");
      assertThat(List.of(whole.withId("2").id(), whole.withLabel(Optional.empty()).label(),
          whole.withTitle("提振消费").title(), whole.withObservationIds("o1", "o2").observationIds(),
          whole.withProvenance(Provenance.narrative("d", Position.of(3, 1))).provenance().orElseThrow().toString()))
          .containsExactly("2", Optional.empty(), "提振消费", List.of("o1", "o2"), "narrative:3:1");
      assertThat(new Task.Builder().from(whole).observationIds(List.of("o3")).build().observationIds())
          .containsExactly("o3");
      assertThatThrownBy(() -> new Task.Builder().id("1").textParts(List.of()))
          .hasMessage("task 1: text parts must not be empty");
      assertThatThrownBy(() -> new Task.Builder().id("1").build())
          .hasMessage("Cannot build Task, some of required attributes are not set [title, text]");
      assertThatThrownBy(() -> whole.withTitle(" ")).hasMessage("task 1.1.1: title must not be blank");
    }

    @Test
    void observationGivesBackEveryPartAndCopiesWithOneChanged() {
      Provenance at = Provenance.narrative("d", Position.of(3, 1));
      Observation full = new Observation.Builder().id("o1").kind(Observation.Kind.ACTUAL).period(Period.year(2025))
          .level(Bound.parse("1.5个百分点")).isChange(true).verb("提高").hedge("力争").reference("全省")
          .status(Observation.Status.ESTIMATE).chapter("1.2").provenance(at).build();
      assertThat(List.of(full.id(), full.period(), full.kind(), full.level(), full.growth(), full.isChange(),
          full.verb(), full.hedge(), full.reference(), full.status(), full.chapter(), full.provenance()))
          .containsExactly("o1", Period.year(2025), Observation.Kind.ACTUAL, Optional.of(Bound.parse("1.5个百分点")),
              Optional.empty(), true, Optional.of("提高"), Optional.of("力争"), Optional.of("全省"),
              Optional.of(Observation.Status.ESTIMATE), Optional.of("1.2"), Optional.of(at));
      Observation bare = full.withIsChange(false).withVerb(Optional.empty()).withHedge(Optional.empty())
          .withReference(Optional.empty()).withStatus(Optional.empty()).withChapter(Optional.empty())
          .withProvenance(Optional.empty()).withKind(Observation.Kind.TARGET);
      Observation built = new Observation.Builder().id("o1").kind(Observation.Kind.TARGET)
          .period(Period.year(2025)).level(Bound.parse("1.5个百分点")).build();
      assertThat(bare).isEqualTo(built).hasSameHashCodeAs(built)
          .hasToString("Observation{id=o1, period=" + Period.year(2025) + ", kind=TARGET, level="
              + Bound.parse("1.5个百分点") + ", isChange=false}");
      assertThat(new Observation.Builder().from(full).build()).isEqualTo(full).isNotEqualTo(full.withHedge("争取"))
          .isNotEqualTo(full.withStatus(Observation.Status.REPORTED)).isNotEqualTo(full.withIsChange(false));
      assertThat(full.withLevel(full.level()).withReference("全省")).isSameAs(full);
      assertThatThrownBy(() -> full.withKind(Observation.Kind.TARGET))
          .hasMessage("observation o1: status ESTIMATE applies only to actuals, not to a TARGET");
      assertThatThrownBy(() -> new Observation.Builder().kind(Observation.Kind.TARGET).build())
          .hasMessage("Cannot build Observation, some of required attributes are not set [id, period]");
    }

    @Test
    void aSpanKeptAsPartsIsTheSpanOfTheirText() {
      Span parts = Span.ofParts(Span.Kind.HEADING, Position.of(3, 1), List.of("一、", "2025年工作回顾", "\n"));
      Span whole = Span.of(Span.Kind.HEADING, Position.of(3, 1), "一、2025年工作回顾\n");
      assertThat(parts).isEqualTo(whole).hasSameHashCodeAs(whole).hasToString(whole.toString());
      assertThat(parts.text()).isEqualTo(whole.text());
      assertThat(Span.ofParts(Span.Kind.BLANK, Position.of(2, 1), List.of("\n")).text()).isEqualTo("\n");
      assertThatThrownBy(() -> Span.ofParts(Span.Kind.BLANK, Position.of(2, 1), List.of("", "")))
          .hasMessage("span BLANK at 2:1: text must not be empty");
    }

    @Test
    void observationGivesBackItsProvenanceAsGiven() {
      Provenance cell = new Provenance.Builder().document("d").origin(Provenance.Origin.TABLE)
          .start(Position.of(80, 2)).end(Position.of(80, 9)).row(1).cell(4).build();
      Observation o = Observation.target("o1", 2026, Bound.parse("5"), Bound.absent()).withProvenance(cell);
      assertThat(o.provenance()).contains(cell);
      assertThat(o.provenance().orElseThrow()).hasToString("table:80:2").extracting(Provenance::end, Provenance::row,
          Provenance::cell).containsExactly(Optional.of(Position.of(80, 9)), Optional.of(1), Optional.of(4));
      assertThat(o.withProvenance(cell)).isSameAs(o);
      assertThat(o).isEqualTo(new Observation.Builder().from(o).build()).hasSameHashCodeAs(o.withProvenance(cell.withDocument("d")))
          .isNotEqualTo(o.withProvenance(cell.withCell(5))).isNotEqualTo(o.withProvenance(Optional.empty()));
      assertThat(o.withProvenance(Optional.empty()).provenance()).isEmpty();
    }

    @Test
    void spansAreEqualByKindStartAndText() {
      Span heading = Span.of(Span.Kind.HEADING, Position.of(3, 1), "一、总体要求\n");
      assertThat(Span.of(Span.Kind.HEADING, Position.of(3, 1), "一、总体要求\n")).isEqualTo(heading)
          .hasSameHashCodeAs(heading).isNotEqualTo(Span.of(Span.Kind.HEADING, Position.of(3, 2), "一、总体要求\n"))
          .isNotEqualTo(Span.of(Span.Kind.PARAGRAPH, Position.of(3, 1), "一、总体要求\n"));
      assertThatThrownBy(() -> Span.of(Span.Kind.BLANK, Position.of(4, 1), ""))
          .hasMessage("span BLANK at 4:1: text must not be empty");
    }
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Unit.class, Unit.YUAN).setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Bound.class, Bound.absent()).setDefault(Position.class, Position.of(1, 1))
        .setDefault(Lexicon.class, Lexicon.standard());
    for (Class<?> type : new Class<?>[] {Unit.class, Quantity.class, Bound.class, Period.class, Observation.class,
        Region.class, Source.class, Provenance.class, Span.class, Position.class, Lexicon.class}) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
