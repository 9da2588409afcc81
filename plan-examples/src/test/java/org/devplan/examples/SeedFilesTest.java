package org.devplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The checked-in seed outputs are what the tool makes of the seed today. When the importer or a codec changes,
 * regenerate them with
 * {@code java -jar plan-examples/target/devplan.jar import seeds/zibo-2026-plan.txt --json seeds/zibo-2026-plan.json
 * --csv seeds/zibo-2026-plan.csv}.
 */
class SeedFilesTest {
  static final Path SEEDS = Path.of("../seeds");
  static final String REGENERATE = "stale: regenerate with java -jar plan-examples/target/devplan.jar import "
      + "seeds/zibo-2026-plan.txt --json seeds/zibo-2026-plan.json --csv seeds/zibo-2026-plan.csv";

  @Test
  void checkedInJsonAndCsvAreCurrent() throws IOException {
    Plan plan = PlanText.parser().parseFile(SEEDS.resolve("zibo-2026-plan.txt"));
    assertThat(Files.readString(SEEDS.resolve("zibo-2026-plan.json"), StandardCharsets.UTF_8))
        .as("seeds/zibo-2026-plan.json " + REGENERATE).isEqualTo(PlanJson.codec().formatToString(plan));
    assertThat(Files.readString(SEEDS.resolve("zibo-2026-plan.csv"), StandardCharsets.UTF_8))
        .as("seeds/zibo-2026-plan.csv " + REGENERATE).isEqualTo(PlanCsv.tidy().formatToString(TidyTable.of(plan)));
  }

  @Test
  void checkedInJsonReadsBackAsTheImportedPlan() {
    assertThat(PlanJson.codec().parseFile(SEEDS.resolve("zibo-2026-plan.json")))
        .isEqualTo(PlanText.parser().parseFile(SEEDS.resolve("zibo-2026-plan.txt")));
  }
}
