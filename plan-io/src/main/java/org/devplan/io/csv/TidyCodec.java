package org.devplan.io.csv;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.devplan.io.internal.IoFiles;

/**
 * The codec of the tidy table ({@link PlanCsv#tidy(CsvOptions)}): one {@link TidyTable} through the verbs of
 * {@link CsvCodec}, or one table written plan by plan through {@code formatAll…}, holding one plan at a time.
 * Immutable and thread-safe.
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
public final class TidyCodec extends CsvCodec<TidyTable> {
  TidyCodec(CsvOptions options) {
    super("tidy", options, in -> TidyCsv.read(in, options), TidyCsv::write);
  }

  /**
   * Creates the file {@code path} (UTF-8) for one tidy table written plan by plan; closing the result closes it.
   *
   * @throws UncheckedIOException if the file cannot be created
   */
  public TidyCsvWriter formatAllFile(Path path) {
    return new TidyCsvWriter(TidyCsv.open(IoFiles.utf8Writer(path), options()));
  }

  /** One tidy table plan by plan to {@code out} as UTF-8; closing the result flushes it and leaves it open. */
  public TidyCsvWriter formatAllStream(OutputStream out) {
    return new TidyCsvWriter(TidyCsv.open(IoFiles.utf8Writer(IoFiles.unclosed(out)), options()));
  }

  /** One tidy table plan by plan to {@code out}; closing the result flushes it and leaves it open. */
  public TidyCsvWriter formatAllWriter(Writer out) {
    return new TidyCsvWriter(TidyCsv.open(IoFiles.unclosed(out), options()));
  }
}
