package org.devplan.examples;

import java.nio.file.Path;
import org.devplan.io.json.JsonLayout;
import org.devplan.io.json.PlanJson;
import org.devplan.io.json.PlanJsonIterator;
import org.devplan.io.json.PlanJsonWriter;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;

/**
 * A corpus of many plans as JSON Lines, written and read one plan at a time: memory holds one plan, not the
 * corpus.
 *
 * <pre>{@code
 * StreamCorpus.write(seed, 1000, Path.of("corpus.jsonl"));   // 1000 copies with ids seed-1 … seed-1000
 * long figures = StreamCorpus.countObservations(Path.of("corpus.jsonl"));
 * }</pre>
 *
 * @since 0.1
 */
public final class StreamCorpus {
  private StreamCorpus() {}

  /** Writes {@code copies} copies of {@code plan}, each with its own id, as JSON Lines. */
  public static void write(Plan plan, int copies, Path path) {
    try (PlanJsonWriter writer = PlanJson.codec().formatAllFile(path, JsonLayout.LINES)) {
      for (int i = 1; i <= copies; i++) {
        writer.write(plan.withId(plan.id() + "-" + i));
      }
    }
  }

  /** Reads the corpus plan by plan and counts their observations. */
  public static long countObservations(Path path) {
    long count = 0;
    try (PlanJsonIterator plans = PlanJson.codec().parseAllFile(path)) {
      while (plans.hasNext()) {
        count += plans.next().allObservations().count();
      }
    }
    return count;
  }

  /** Writes a corpus of 200 copies of the seed to a temporary file and streams it back. */
  public static void main(String[] args) throws java.io.IOException {
    Plan seed = PlanText.parser().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
    Path file = java.nio.file.Files.createTempFile("corpus", ".jsonl");
    write(seed, 200, file);
    System.out.println("observations in the corpus: " + countObservations(file));
    java.nio.file.Files.delete(file);
  }
}
