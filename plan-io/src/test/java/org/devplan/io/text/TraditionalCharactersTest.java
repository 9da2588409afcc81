package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A traditional-character transcription of a corpus document, made by ICU's own Simplified-Traditional
 * transliterator, imports with the same indicators and figures as the simplified original, its spans keeping the
 * traditional text as written.
 */
class TraditionalCharactersTest {
  @ParameterizedTest
  @ValueSource(strings = {"prefecture-2026-plan.txt"})
  void readsATraditionalTranscriptionLikeTheSimplifiedOriginal(String document) throws IOException {
    String simplified = Files.readString(CorpusAccuracyTest.CORPUS.resolve(document), StandardCharsets.UTF_8);
    String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified);
    assertThat(traditional).isNotEqualTo(simplified).contains("億元").contains("增長");

    Plan original = PlanText.parser().parseChars(simplified);
    Plan reprint = PlanText.parser().parseChars(traditional);

    assertThat(original.allObservations().count()).as("figures of the original").isGreaterThan(40);
    assertThat(figures(reprint)).isEqualTo(figures(original));
    assertThat(reprint.indicators()).isEqualTo(original.indicators());
    assertThat(String.join("", reprint.spans().stream().map(s -> s.text()).toList())).isEqualTo(traditional);
  }

  private static List<String> figures(Plan plan) {
    return plan.indicators().stream().flatMap(i -> i.observations().stream().map(o -> line(i, o))).toList();
  }

  private static String line(Indicator i, Observation o) {
    return i.name() + " " + o.kind() + " " + o.period() + " " + o.level().map(Object::toString).orElse("-") + " "
        + o.growth().map(Object::toString).orElse("-");
  }
}
