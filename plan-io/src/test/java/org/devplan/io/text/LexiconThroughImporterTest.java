package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Lexicon;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends every qualifier of the lexicon through the importer in sentences of the genre and checks the plain subject,
 * the bound kind the lexicon gives the word, and that the model's grammar reads the kept wording the same way. A new
 * qualifier word is one line in {@code qualifiers.tsv}; this test then proves it end to end.
 */
class LexiconThroughImporterTest {
  static Stream<Lexicon.Entry> qualifiers() {
    return Lexicon.standard().entries(Lexicon.Table.QUALIFIERS).stream()
        .filter(e -> !e.get("strength").equals("verb"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("qualifiers")
  void aLevelWithTheWordHasThePlainSubjectAndTheWordsBound(Lexicon.Entry q) {
    String sentence = q.get("position").equals("prefix") ? "城镇调查失业率" + q.word() + "5%。" : "城镇调查失业率5%" + q.word()
        + "。";
    assertReads(FigureGrammarTest.targets(sentence), "城镇调查失业率", q);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("qualifiers")
  void aGrowthWithTheWordHasThePlainSubjectAndTheWordsBound(Lexicon.Entry q) {
    String sentence = q.get("position").equals("prefix") ? "地区生产总值增长" + q.word() + "6%。" : "地区生产总值增长6%"
        + q.word() + "。";
    assertReads(FigureGrammarTest.targets(sentence), "地区生产总值", q);
  }

  private static void assertReads(Plan plan, String subject, Lexicon.Entry q) {
    assertThat(plan.indicators()).extracting(Indicator::name).as("subject of %s", q).containsExactly(subject);
    List<Observation> obs = plan.indicators().get(0).observations();
    assertThat(obs).hasSize(1);
    Bound bound = obs.get(0).level().or(() -> obs.get(0).growth()).orElseThrow();
    String expected = q.get("kind");
    boolean weak = !q.get("strength").equals("strong");
    assertThat(bound.kind().name()).as("kind of %s", q).isEqualTo(weak && expected.equals("EXACT") ? "EXACT"
        : expected);
    assertThat(Bound.parse(bound.text())).as("wording %s", bound.text()).isEqualTo(bound);
    assertThat(bound.text().toLowerCase(Locale.ROOT)).contains(q.word());
  }
}
