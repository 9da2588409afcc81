package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A traditional-character transcription of a corpus document, made by ICU's own Simplified-Traditional
 * transliterator, imports with the same indicators and figures as the simplified original, its names, words-only
 * bounds, chapter titles, paragraphs and spans in the traditional text as written.
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
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    assertThat(reprint.indicators().stream().map(Indicator::name))
        .containsExactlyElementsOf(original.indicators().stream().map(i -> toTraditional.transliterate(i.name()))
            .toList())
        .contains("地區生產總值");
    assertThat(chapters(reprint, Chapter::title))
        .containsExactlyElementsOf(chapters(original, c -> toTraditional.transliterate(c.title())));
    assertThat(chapters(reprint, c -> String.join("", c.paragraphs())))
        .containsExactlyElementsOf(chapters(original, c -> toTraditional.transliterate(String.join("", c.paragraphs()))));
    List<Indicator> written = original.indicators().stream().map(i -> inScript(i, toTraditional)).toList();
    assertThat(figures(reprint.indicators())).isEqualTo(figures(written));
    assertThat(reprint.indicators()).isEqualTo(written);
    assertThat(String.join("", reprint.spans().stream().map(s -> s.text()).toList())).isEqualTo(traditional);
  }

  /** {@code i} with its names and the words of its qualitative bounds in the script {@code script} writes. */
  private static Indicator inScript(Indicator i, Transliterator script) {
    return i.withName(script.transliterate(i.name()))
        .withAliases(i.aliases().stream().map(script::transliterate).toList())
        .withObservations(i.observations().stream().map(o -> o.withLevel(o.level().map(b -> inScript(b, script)))
            .withGrowth(o.growth().map(b -> inScript(b, script)))).toList());
  }

  private static Bound inScript(Bound b, Transliterator script) {
    return b instanceof Bound.Qualitative q ? new Bound.Qualitative(script.transliterate(q.text())) : b;
  }

  private static List<String> chapters(Plan plan, Function<Chapter, String> what) {
    return plan.allChapters().map(what).toList();
  }

  private static List<String> figures(List<Indicator> indicators) {
    return indicators.stream().flatMap(i -> i.observations().stream().map(o -> line(i, o))).toList();
  }

  private static String line(Indicator i, Observation o) {
    return i.name() + " " + o.kind() + " " + o.period() + " " + o.level().map(Object::toString).orElse("-") + " "
        + o.growth().map(Object::toString).orElse("-");
  }
}
