package org.devplan.io.csv;

import org.devplan.io.internal.IoCsvWriter;
import org.devplan.model.Plan;

/**
 * Writes one tidy CSV table plan by plan: the header once, then each plan's rows as it comes, so that a corpus is
 * written holding one plan at a time. Not thread-safe; close it to finish the file.
 *
 * <pre>{@code
 * try (TidyCsvWriter w = PlanCsv.tidy().formatAllFile(Path.of("all-plans.csv"))) {
 *   w.write(plan2025);
 *   w.write(plan2026);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class TidyCsvWriter implements AutoCloseable {
  private final IoCsvWriter out;

  TidyCsvWriter(IoCsvWriter out) {
    this.out = out;
  }

  /**
   * Writes the rows of {@code plan}'s tidy table.
   *
   * @throws java.io.UncheckedIOException if the output fails
   */
  public TidyCsvWriter write(Plan plan) {
    TidyCsv.rows(TidyTable.of(plan), out);
    return this;
  }

  /** Closes the output. */
  @Override
  public void close() {
    out.close();
  }
}
