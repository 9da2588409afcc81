package org.devplan.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a value of type {@code T} to a file, a stream of bytes (UTF-8), a writer or a string, with the same verbs
 * for every format of devplan ({@link org.devplan.io.json.PlanJson#codec()}, {@link org.devplan.io.csv.PlanCsv#tidy()}
 * …). Implementations are immutable and thread-safe. What a format's formatter writes, its parser reads back equal.
 *
 * <p>One operation is abstract, {@link #formatWriter(Object, Writer)}; the others have defaults over it.
 *
 * <pre>{@code
 * TextFormatter<Plan> json = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false));
 * String text = json.formatToString(plan);            // {"format":"devplan/1","id":"zibo-2026-plan",…}
 * json.formatFile(plan, Path.of("zibo-2026.json"));   // the same text, as UTF-8
 * }</pre>
 *
 * @param <T> what is written
 * @since 0.1
 */
public interface TextFormatter<T> {
  /**
   * Writes {@code value} to the file {@code path} (UTF-8), replacing it.
   *
   * <p>The default opens the file and writes with {@link #formatStream(Object, OutputStream)}.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  default void formatFile(T value, Path path) {
    requireNonNull(value, "value");
    try (OutputStream out = Files.newOutputStream(path)) {
      formatStream(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Writes {@code value} to {@code out} as UTF-8, flushed and not closed.
   *
   * <p>The default encodes what {@link #formatWriter(Object, Writer)} writes.
   *
   * @throws UncheckedIOException if the stream fails
   */
  default void formatStream(T value, OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    formatWriter(value, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code value} to {@code out}, flushed and not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  void formatWriter(T value, Writer out);

  /** {@code value} as text: what {@link #formatWriter(Object, Writer)} writes. */
  default String formatToString(T value) {
    StringWriter w = new StringWriter();
    formatWriter(value, w);
    return w.toString();
  }
}
