package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.devplan.io.text.PlanText;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Span;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SharingTest {
  @Nested
  class Values {
    private final Sharing share = new Sharing(0);

    @Test
    void anEqualStringIsTheFirstOne() {
      String first = new String("一是");
      assertThat(share.string(first)).isSameAs(first);
      assertThat(share.string(new String("一是"))).isSameAs(first);
    }

    @Test
    void anEqualBoundIsTheFirstOneAndEqualNumbersInOtherRangesAreShared() {
      Bound atLeast = share.bound(Bound.parse("5%以上"));
      assertThat(share.bound(Bound.parse("5%以上"))).isSameAs(atLeast);
      Bound.Range low = (Bound.Range) share.bound(Bound.parse("5%至6%"));
      Bound.Range high = (Bound.Range) share.bound(Bound.parse("4%至5%"));
      assertThat(high).isEqualTo(Bound.parse("4%至5%"));
      assertThat(high.high()).isSameAs(low.low());
    }

    @Test
    void aDerivedUnitIsOneInstanceInTheIndicatorsAndTheFigures() {
      Unit cars = share.unit(Unit.of("万辆"));
      Bound.Single figure = (Bound.Single) share.bound(Bound.parse("1.2万辆"));
      assertThat(figure.unit().orElseThrow()).isEqualTo(Unit.of("万辆")).isSameAs(cars);
    }

    @Test
    void anEqualProvenanceIsTheFirstOne() {
      Provenance first = share.provenance(new Provenance.Builder().document("plan.txt")
          .origin(Provenance.Origin.NARRATIVE).start(Position.of(7, 28)).end(Position.of(7, 35)).build());
      Provenance again = share.provenance(new Provenance.Builder().document("plan.txt")
          .origin(Provenance.Origin.NARRATIVE).start(Position.of(7, 28)).end(Position.of(7, 35)).build());
      assertThat(again).isSameAs(first);
      assertThat(share.provenance(Provenance.narrative("plan.txt", Position.of(7, 28)))).isNotSameAs(first)
          .isEqualTo(Provenance.narrative("plan.txt", Position.of(7, 28)));
    }

    @Test
    void anObservationIsEqualWithItsFiguresShared() {
      Observation o = Observation.target("o1", 2026, Bound.parse("428.12"), Bound.parse("2以上"));
      Bound growth = share.bound(Bound.parse("2以上"));
      Observation kept = share.observation(o);
      assertThat(kept).isEqualTo(o);
      assertThat(kept.growth().orElseThrow()).isSameAs(growth);
    }
  }

  /** The seed plan, imported: values equal within it are one instance each. */
  @Nested
  class SeedPlan {
    private final Plan plan = PlanText.parser().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));

    @Test
    void equalTextsOfSpansParagraphsLabelsTitlesNamesAndCodesAreOneInstance() {
      List<String> texts = new ArrayList<>();
      plan.spans().stream().filter(s -> s.kind() == Span.Kind.PARAGRAPH || s.kind() == Span.Kind.BLANK)
          .forEach(s -> texts.add(s.text())); // a heading's or a cell's span may be parts, joined on reading
      plan.allChapters().forEach(c -> {
        texts.addAll(c.paragraphs());
        texts.add(c.label());
        texts.add(c.title());
      });
      plan.indicators().forEach(i -> {
        texts.add(i.name());
        texts.add(i.code());
      });
      assertThat(instances(texts)).isEqualTo(new HashSet<>(texts).size());
    }

    @Test
    void equalFiguresRangeEndsAndUnitsAreOneInstance() {
      List<Object> bounds = new ArrayList<>();
      List<Object> units = new ArrayList<>();
      plan.indicators().forEach(i -> units.add(i.unit()));
      List<Object> numbers = new ArrayList<>();
      plan.allObservations().forEach(o -> {
        for (Bound b : List.of(o.level(), o.growth()).stream().flatMap(java.util.Optional::stream).toList()) {
          bounds.add(b);
          if (b instanceof Bound.Range r) { // a single figure's number is no object of its own
            numbers.add(r.low());
            numbers.add(r.high());
          }
          b.unit().ifPresent(units::add);
        }
      });
      assertThat(List.of(instances(bounds), instances(numbers), instances(units)))
          .isEqualTo(List.of(new HashSet<>(bounds).size(), new HashSet<>(numbers).size(), new HashSet<>(units).size()));
    }

    @Test
    void everyParagraphIsTheTextOfOneOfTheSpans() {
      Set<String> spanTexts = Collections.newSetFromMap(new IdentityHashMap<>());
      plan.spans().forEach(s -> spanTexts.add(s.text()));
      List<String> paragraphs = plan.allChapters().flatMap(c -> c.paragraphs().stream()).toList();
      assertThat(paragraphs).hasSize(70);
      assertThat(paragraphs.stream().filter(p -> !spanTexts.contains(p)).toList()).isEmpty();
    }

    @Test
    void aTasksTextIsItsHeadingThenItsChaptersParagraphs() {
      Chapter consumption = plan.chapter("3.1.1").orElseThrow();
      String paragraph = consumption.paragraphs().get(0);
      assertThat(consumption.tasks().get(0).text()).isEqualTo("一是多措并举提振消费" + paragraph);
    }

    @Test
    void anotherImportHoldsTheSameObservationIds() {
      Plan again = PlanText.parser().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));
      List<Observation> first = plan.allObservations().toList();
      List<Observation> second = again.allObservations().toList();
      assertThat(second).isEqualTo(first);
      int last = second.size() - 1;
      assertThat(second.get(last).id()).isEqualTo("o" + second.size()).isSameAs(first.get(last).id());
    }

    @Test
    void anotherImportHoldsTheSameChapterPaths() {
      Plan again = PlanText.parser().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));
      Chapter first = plan.chapter("3.1.1").orElseThrow();
      Chapter second = again.chapter("3.1.1").orElseThrow();
      assertThat(second.path()).isSameAs(first.path()).isSameAs(second.tasks().get(0).id());
    }

    @Test
    void idsBeyondTheKeptOnesAreMadeEachTime() {
      assertThat(Importer.observationId(2048)).isSameAs(Importer.observationId(2048));
      assertThat(Importer.observationId(2049)).isEqualTo("o2049").isNotSameAs(Importer.observationId(2049));
    }

    @Test
    void aTaskHasItsChaptersProvenance() {
      Chapter consumption = plan.chapter("3.1.1").orElseThrow();
      assertThat(consumption.tasks().get(0).provenance().orElseThrow())
          .isSameAs(consumption.provenance().orElseThrow());
    }
  }

  private static int instances(List<?> values) {
    Set<Object> identities = Collections.newSetFromMap(new IdentityHashMap<>());
    identities.addAll(values);
    return identities.size();
  }
}
