package org.devplan.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes CSV rows with Jackson's CSV generator: quotes only where needed (and around cells with leading or
 * trailing white space), LF or CRLF line ends, an optional BOM, and optionally text cells neutralised against
 * formula injection. A cell that is not Unicode text (a lone surrogate) is refused with its row and column, not
 * written as {@code ?}. Not thread-safe.
 */
public final class IoCsvWriter implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
      .build());

  private final Writer out;
  private final JsonGenerator generator;
  private final boolean neutralise;
  private final boolean[] numeric;
  private final List<String> header;
  private int row;

  /**
   * Starts a file with {@code header}.
   *
   * @param numericColumns the header's columns that hold numbers and are never neutralised
   */
  public IoCsvWriter(Writer out, List<String> header, List<String> numericColumns, boolean bom, boolean crlf,
      boolean neutralise) {
    this.out = out;
    this.neutralise = neutralise;
    this.header = header;
    this.numeric = new boolean[header.size()];
    for (int i = 0; i < header.size(); i++) {
      numeric[i] = numericColumns.contains(header.get(i));
    }
    try {
      if (bom) {
        out.write('\uFEFF');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator(crlf ? "\r\n" : "\n");
    try {
      generator = MAPPER.writer(schema).createGenerator(out);
    } catch (JacksonException e) {
      throw io(e);
    }
    row(header.toArray(String[]::new), false);
  }

  /** Writes one row of cells ("" for an empty cell). */
  public void row(String... cells) {
    row(cells, neutralise);
  }

  private void row(String[] cells, boolean neutraliseCells) {
    row++;
    try {
      generator.writeStartArray();
      for (int i = 0; i < cells.length; i++) {
        String c = cells[i];
        int column = i;
        generator.writeString(IoLimits.checkText(neutraliseCells && !numeric[i] ? quote(c) : c,
            () -> "row " + row + ", column \"" + header.get(column) + "\""));
      }
      generator.writeEndArray();
    } catch (JacksonException e) {
      throw io(e);
    }
  }

  /**
   * A text cell made inert for spreadsheets: a cell starting with {@code = + - @} (unless it is a plain number),
   * a tab, a carriage return or {@code '} gets a leading {@code '}. {@link #unquote} reverses it exactly.
   */
  public static String quote(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '@' || c == '\t' || c == '\r' || c == '\''
        || ((c == '+' || c == '-') && !IoBounds.isDecimal(cell, 1));
    return risky ? "'" + cell : cell;
  }

  /** Reverses {@link #quote}. */
  public static String unquote(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'') {
      String rest = cell.substring(1);
      if (quote(rest).equals(cell)) {
        return rest;
      }
    }
    return cell;
  }

  @Override
  public void close() {
    try {
      generator.close();
      out.close();
    } catch (JacksonException e) {
      throw io(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes without closing. */
  public void flush() {
    try {
      generator.flush();
    } catch (JacksonException e) {
      throw io(e);
    }
  }

  private static RuntimeException io(JacksonException e) {
    return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
  }
}
