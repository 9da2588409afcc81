package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One grammar: on every corpus document and every real document of {@code ../shared/real/} (beside the project), the wording the importer
 * keeps on a bound parses back, with the model's {@link Bound#parse}, to that very bound, and the plan reads back
 * equal from its JSON and its tidy CSV (as far as the CSV carries it: the tidy table). Real documents are imported with the plan year and base year given, so that this test does
 * not depend on framing.
 */
class LosslessImportTest {
  static Stream<Path> documents() {
    return Stream.concat(TestDocuments.corpusTexts().stream(),
        TestDocuments.realTexts("LosslessImportTest").stream());
  }

  private static Plan importDoc(Path doc) {
    PlanText.Options options = PlanText.Options.defaults();
    if (!doc.startsWith(TestDocuments.CORPUS)) {
      options = options.withPlanYear(2026).withBaseYear(2025);
    }
    return PlanText.parser(options).parseFile(doc);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyWordingParsesBackToItsBound(Path doc) {
    Plan plan = importDoc(doc);
    List<String> disagreements = new ArrayList<>();
    for (Indicator ind : plan.indicators()) {
      for (Observation o : ind.observations()) {
        for (Optional<Bound> b : List.of(o.level(), o.growth())) {
          b.ifPresent(bound -> {
            String reread;
            try {
              reread = Bound.parse(bound.text()).equals(bound) ? null : String.valueOf(Bound.parse(bound.text()));
            } catch (PlanFormatException e) {
              reread = e.getMessage();
            }
            if (reread != null) {
              disagreements.add(ind.name() + " " + bound.text() + ": " + bound.kind() + " vs " + reread);
            }
          });
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsBackEqualFromJson(Path doc) {
    Plan plan = importDoc(doc);
    assertThat(PlanJson.codec().parseChars(PlanJson.codec().formatToString(plan))).isEqualTo(plan);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsBackEqualFromTheTidyCsv(Path doc) {
    Plan plan = importDoc(doc);
    TidyTable table = TidyTable.of(plan);
    assertThat(PlanCsv.tidy().parseReader(new StringReader(PlanCsv.tidy().formatToString(TidyTable.of(plan)))))
        .isEqualTo(table);
  }
}
