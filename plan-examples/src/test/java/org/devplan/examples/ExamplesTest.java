package org.devplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.devplan.calc.Gap;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of this module compute what their Javadoc says. */
class ExamplesTest {
  static final Plan SEED = PlanText.parser().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));

  @Test
  void calculationsWithTheSeedsFigures() {
    assertThat(Calculate.depositTarget().value()).isEqualByComparingTo("9687.33");
    assertThat(Calculate.revenueTargetGrowth().value()).isEqualByComparingTo("2.00");
    assertThat(Calculate.servicesValueAdded().value()).isEqualByComparingTo("2564.8");
    assertThat(Calculate.unemploymentGap().status()).isEqualTo(Gap.Status.MET);
  }

  @Test
  void walkPrintsOutlineTasksAndFigures() {
    StringWriter out = new StringWriter();
    WalkPlan.walk(SEED, new PrintWriter(out));
    assertThat(out.toString()).startsWith("淄博市2026年国民经济和社会发展计划 — 淄博市, 2026\n")
        .contains("  1 一、2025年国民经济和社会发展计划执行情况\n")
        .contains("    3.12 （十二）加力推动民生改善和社会事业高质量发展\n")
        .contains("地区生产总值 [亿元]:")
        .containsPattern("ACTUAL 2025: level 5088\\.9亿元, growth (同比增长)?5\\.6%");
  }

  @Test
  void serviceEnvelopeRoundTripsThePlan() {
    String response = ServiceMapper.respond(SEED);
    assertThat(response).contains("\"status\":\"imported\"").contains("\"format\":\"devplan/1\"");
    assertThat(ServiceMapper.planOf(response)).isEqualTo(SEED);
  }

  @Test
  void corpusStreamsPlanByPlan(@TempDir Path dir) {
    Path file = dir.resolve("corpus.jsonl");
    StreamCorpus.write(SEED, 25, file);
    assertThat(StreamCorpus.countObservations(file)).isEqualTo(25 * SEED.allObservations().count());
  }
}
