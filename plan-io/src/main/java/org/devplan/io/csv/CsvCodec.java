package org.devplan.io.csv;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;
import org.devplan.io.TextFormatter;
import org.devplan.io.TextParser;
import org.devplan.io.internal.IoCsvReader;
import org.devplan.io.internal.IoFiles;
import org.devplan.model.PlanFormatException;

/**
 * Reads and writes one CSV table of {@link PlanCsv} (the tidy table, the annex, the outline, the tasks, the numbers
 * not read) with fixed {@link CsvOptions}: what {@code format…} writes, {@code parse…} reads back equal. Files are
 * UTF-8 (a BOM and CRLF are accepted when reading). Errors name the file by its path, any other input by
 * {@link CsvOptions#sourceName()}, with row (the header is row 1) and column. Streams, readers and writers given
 * are not closed. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvCodec<List<TaskRow>> tasks = PlanCsv.tasks(CsvOptions.DEFAULT);
 * String csv = tasks.formatToString(TaskRow.of(plan));
 * tasks.parseChars(csv).equals(TaskRow.of(plan));   // true
 * }</pre>
 *
 * @param <T> the table type
 * @since 0.1
 */
public sealed class CsvCodec<T> implements TextParser<T>, TextFormatter<T> permits TidyCodec {
  /** Writes the table to a writer, closing it. */
  interface Sink<T> {
    void write(T table, Writer out, CsvOptions options);
  }

  private final String name;
  private final CsvOptions options;
  private final Function<IoCsvReader, T> body;
  private final Sink<T> sink;

  CsvCodec(String name, CsvOptions options, Function<IoCsvReader, T> body, Sink<T> sink) {
    this.name = name;
    this.options = options;
    this.body = body;
    this.sink = sink;
  }

  /** The options of this codec. */
  public CsvOptions options() {
    return options;
  }

  /**
   * The table in the UTF-8 file {@code path}, named by its path in errors.
   *
   * @throws PlanFormatException if the header or a row is malformed (row and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  @Override
  public T parseFile(Path path) {
    return read(IoFiles.utf8Reader(path), IoFiles.name(path));
  }

  /**
   * The table in the UTF-8 bytes of {@code in} (not closed).
   *
   * @throws PlanFormatException if the bytes are not UTF-8, or the header or a row is malformed
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public T parseStream(InputStream in) {
    return read(IoFiles.utf8Reader(IoFiles.unclosed(in)), options.sourceName());
  }

  /**
   * The table in the characters of {@code reader} (not closed).
   *
   * @throws PlanFormatException if the header or a row is malformed (row and column)
   * @throws UncheckedIOException if the reader fails
   */
  @Override
  public T parseReader(Reader reader) {
    return read(IoFiles.unclosed(reader), options.sourceName());
  }

  private T read(Reader in, String sourceName) {
    try (IoCsvReader r = new IoCsvReader(in, sourceName, options.neutraliseFormulas())) {
      return body.apply(r);
    }
  }

  /**
   * Writes {@code table} to the file {@code path} (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  @Override
  public void formatFile(T table, Path path) {
    sink.write(table, IoFiles.utf8Writer(path), options);
  }

  /**
   * Writes {@code table} as UTF-8 to {@code out}, flushed and not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void formatStream(T table, OutputStream out) {
    sink.write(table, IoFiles.utf8Writer(IoFiles.unclosed(out)), options);
  }

  /**
   * Writes {@code table} to {@code out}, flushed and not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void formatWriter(T table, Writer out) {
    sink.write(table, IoFiles.unclosed(out), options);
  }

  @Override
  public String toString() {
    return "PlanCsv." + name + "(" + options + ")";
  }
}
