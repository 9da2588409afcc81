package org.devplan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the importer on the real documents of {@code ../shared/real/} (beside the project) that have a hand-made
 * key in {@code src/test/resources/real-keys/}: imported as copied, with no options. The keys were written blind,
 * before anyone looked at what the importer makes of these documents; their first scores are recorded in the
 * corpus README as our estimate on documents never seen. The test asserts the frame (region, years) and, so that
 * nothing regresses, the figures reached; it prints the gap to the bars of the real-documents issue (narrative recall
 * 0.9, precision 0.95, qualifier 0.95, headings 1.0).
 */
class RealAccuracyTest {
  static final Path KEYS = Path.of("src/test/resources/real-keys");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Path> keys() throws IOException {
    try (Stream<Path> files = Files.walk(KEYS)) {
      return files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  /** Half the last printed decimal (and a hair for binary fractions): the figures are recorded to three decimals. */
  private static final double ROUNDING = 0.000501;

  /** Recall, precision and qualifier agreement of the narrative, heading recall and precision, as reached. */
  record Reached(double recall, double precision, double qualifier, double headingRecall, double headingPrecision) {}

  static final Map<String, Reached> REACHED = Map.ofEntries(
      Map.entry("beijing-2026-gzbg", new Reached(0.97, 0.965, 1.0, 1.0, 1.0)),
      Map.entry("guizhou-2026-gzbg", new Reached(0.942, 0.959, 0.991, 1.0, 1.0)),
      Map.entry("henan-2026-gzbg", new Reached(0.984, 0.963, 1.0, 1.0, 1.0)),
      Map.entry("hubei-2026-gzbg", new Reached(0.969, 0.97, 1.0, 1.0, 1.0)),
      Map.entry("jiangsu-2026-gzbg", new Reached(0.979, 0.968, 1.0, 1.0, 1.0)),
      Map.entry("ningxia-2026-gzbg", new Reached(0.922, 0.954, 0.995, 1.0, 1.0)),
      Map.entry("shandong-2026-gzbg", new Reached(0.963, 0.96, 1.0, 1.0, 1.0)),
      Map.entry("xinjiang-2026-gzbg", new Reached(0.975, 0.97, 1.0, 1.0, 1.0)),
      Map.entry("anhui-2026-gzbg", new Reached(0.943, 0.949, 0.983, 1.0, 1.0)),
      Map.entry("guangxi-2026-gzbg", new Reached(0.924, 0.97, 0.989, 1.0, 1.0)),
      Map.entry("hunan-2026-gzbg", new Reached(0.937, 0.947, 1.0, 1.0, 1.0)),
      Map.entry("jilin-2026-gzbg", new Reached(0.964, 0.966, 0.995, 1.0, 1.0)),
      Map.entry("shaanxi-2026-gzbg", new Reached(0.967, 0.976, 1.0, 1.0, 1.0)),
      Map.entry("tianjin-2026-gzbg", new Reached(0.919, 0.94, 1.0, 1.0, 1.0)),
      Map.entry("fujian-2026-gzbg", new Reached(0.96, 0.966, 0.988, 1.0, 1.0)),
      Map.entry("liaoning-2026-gzbg", new Reached(0.964, 0.961, 0.988, 1.0, 1.0)),
      Map.entry("qinghai-2026-gzbg", new Reached(0.942, 0.876, 0.993, 1.0, 1.0)),
      Map.entry("yunnan-2026-gzbg", new Reached(0.95, 0.966, 1.0, 0.958, 1.0)),
      Map.entry("chongqing-2026-gzbg", new Reached(0.964, 0.947, 0.989, 1.0, 1.0)),
      Map.entry("hainan-2026-gzbg", new Reached(0.912, 0.932, 0.996, 1.0, 1.0)),
      Map.entry("jiangxi-2026-gzbg", new Reached(0.96, 0.911, 1.0, 1.0, 1.0)),
      Map.entry("neimenggu-2026-gzbg", new Reached(0.932, 0.936, 1.0, 1.0, 1.0)),
      Map.entry("shanxi-2026-gzbg", new Reached(0.916, 0.917, 0.994, 1.0, 1.0)));

  @ParameterizedTest
  @MethodSource("keys")
  void keepsWhatItReached(Path keyFile) throws IOException {
    String name = keyFile.getFileName().toString().replace(".expected.json", "");
    Path doc = TestDocuments.REAL.resolve(KEYS.relativize(keyFile).getParent()).resolve(name + ".txt");
    Assumptions.assumeTrue(Files.isRegularFile(doc), () -> "RealAccuracyTest: " + doc.toAbsolutePath().normalize()
        + " is absent (the shared real documents are not beside the project); not scored");
    JsonNode key = read(keyFile);
    Plan plan = PlanText.parser().parseFile(doc);
    assertThat(List.of(plan.region().name(), plan.planYear(), plan.baseYear())).as("%s frame", name)
        .containsExactly(key.get("region").asString(), key.get("planYear").asInt(), key.get("baseYear").asInt());
    List<Map<String, String>> tidy = CorpusAccuracyTest.csv(PlanCsv.tidy().formatToString(TidyTable.of(plan)));
    List<Map<String, String>> outline = CorpusAccuracyTest.csv(PlanCsv.outline().formatToString(OutlineRow.of(plan)));
    Map<String, ImportScore.Line> score = ImportScore.score(key, tidy, outline);
    ImportScore.Line n = score.get("narrative");
    ImportScore.Line h = score.get("headings");
    System.out.printf(Locale.ROOT, "%-20s narrative recall %.3f precision %.3f qualifier %.3f; headings %.3f/%.3f"
        + " (bars 0.9, 0.95, 0.95; 1.0/1.0)%n", name, n.recall(), n.precision(), n.qualifier(), h.recall(),
        h.precision());
    if (Boolean.getBoolean("devplan.diagnose")) {
      ImportScore.missedHeadings(key, outline).forEach(x -> System.out.println("  missed heading " + x));
      ImportScore.missed(key, tidy).forEach(e -> System.out.println("  missed " + e));
      ImportScore.unmatched(key, tidy).forEach(x -> System.out.println("  extra " + x));
    }
    Reached r = REACHED.get(name);
    assertThat(r).as("%s has reached figures recorded", name).isNotNull();
    assertThat(n.recall()).as("%s narrative recall", name).isGreaterThanOrEqualTo(r.recall() - ROUNDING);
    assertThat(n.precision()).as("%s narrative precision", name).isGreaterThanOrEqualTo(r.precision() - ROUNDING);
    assertThat(n.qualifier()).as("%s qualifier agreement", name).isGreaterThanOrEqualTo(r.qualifier() - ROUNDING);
    assertThat(h.recall()).as("%s heading recall", name).isGreaterThanOrEqualTo(r.headingRecall() - ROUNDING);
    assertThat(h.precision()).as("%s heading precision", name).isGreaterThanOrEqualTo(r.headingPrecision() - ROUNDING);
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
