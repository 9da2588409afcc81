package org.devplan.io.json;

import org.devplan.model.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes plans one at a time as a JSON array or as JSON Lines, holding none of them. Not thread-safe; close it to
 * finish the document.
 *
 * <pre>{@code
 * try (PlanJsonWriter w = PlanJson.codec().formatAllFile(Path.of("corpus.json"), JsonLayout.ARRAY)) {
 *   w.write(plan2025);
 *   w.write(plan2026);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanJsonWriter implements AutoCloseable {
  private final JsonGenerator generator;
  private final JsonLayout layout;
  private int count;

  PlanJsonWriter(JsonGenerator generator, JsonLayout layout) {
    this.generator = generator;
    this.layout = layout;
  }

  /**
   * Writes {@code plan}.
   *
   * @throws java.io.UncheckedIOException if the output fails
   */
  public PlanJsonWriter write(Plan plan) {
    try {
      if (count == 0 && layout == JsonLayout.ARRAY) {
        generator.writeStartArray();
      }
      PlanJsonWriting.plan(generator, plan);
      count++;
      return this;
    } catch (JacksonException e) {
      throw PlanJson.io(e);
    }
  }

  /** The number of plans written so far. */
  public int count() {
    return count;
  }

  /** Ends the array (or the last line) and closes the output. */
  @Override
  public void close() {
    try {
      if (layout == JsonLayout.ARRAY) {
        if (count == 0) {
          generator.writeStartArray();
        }
        generator.writeEndArray();
      }
      generator.writeRaw('\n');
      generator.close();
    } catch (JacksonException e) {
      throw PlanJson.io(e);
    }
  }
}
