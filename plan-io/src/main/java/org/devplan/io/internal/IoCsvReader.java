package org.devplan.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a CSV file row by row with Jackson's CSV parser: a header row naming the columns (any order), then data
 * rows of exactly as many cells. A leading BOM and CRLF line ends are accepted. Errors name the row (the header is
 * row 1) and the column. Not thread-safe.
 */
public final class IoCsvReader implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .disable(CsvReadFeature.WRAP_AS_ARRAY)
      .streamReadConstraints(IoLimits.readConstraints())
      .build());

  private final JsonParser parser;
  private final String source;
  private final boolean unquoteFormulas;
  private final String[] header;
  private final Map<String, Integer> index = new HashMap<>();
  private int row;
  private int line;
  private boolean inRow;
  private String @Nullable [] cells;
  private final List<String> scratch = new ArrayList<>(32);

  /**
   * Opens {@code in} and reads its header.
   *
   * @param unquoteFormulas strip the {@code '} a neutralising writer put before text cells
   */
  public IoCsvReader(Reader in, String source, boolean unquoteFormulas) {
    this.source = source;
    this.unquoteFormulas = unquoteFormulas;
    try {
      this.parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(IoFiles.skipBom(in));
    } catch (JacksonException e) {
      throw translate(e);
    }
    List<String> h = nextRaw();
    h = h == null ? null : new ArrayList<>(h);
    if (h == null) {
      throw new PlanFormatException(source, 1, 1, "row 1: expected a header row, found an empty file");
    }
    header = h.toArray(String[]::new);
    for (int i = 0; i < header.length; i++) {
      if (index.putIfAbsent(header[i], i) != null) {
        throw error(i, "column \"" + header[i] + "\" occurs twice in the header");
      }
    }
  }

  /** The header's column names, in file order. */
  public ImmutableList<String> header() {
    return ImmutableList.copyOf(header);
  }

  /**
   * Checks that the header has exactly the columns {@code expected}, in any order.
   *
   * @throws PlanFormatException naming the missing or unknown column
   */
  public void requireColumns(List<String> expected) {
    for (String name : expected) {
      if (!index.containsKey(name)) {
        throw new PlanFormatException(source, 1, 0, "row 1: missing column \"" + name + "\" (expected columns: "
            + String.join(", ", expected) + ")");
      }
    }
    for (int i = 0; i < header.length; i++) {
      if (!expected.contains(header[i])) {
        throw error(i, "unknown column \"" + header[i] + "\"");
      }
    }
  }

  /** The position of column {@code name} in the file, or -1. */
  public int column(String name) {
    return index.getOrDefault(name, -1);
  }

  /** Advances to the next data row; false at the end of the file. */
  public boolean next() {
    List<String> r = nextRaw();
    if (r == null) {
      cells = null;
      return false;
    }
    if (r.size() != header.length) {
      throw new PlanFormatException(source, line, 0, "row " + row + ": expected " + header.length
          + " cells as in the header, found " + r.size());
    }
    if (cells == null) {
      cells = new String[header.length];
    }
    r.toArray(cells);
    for (int i = 0; i < cells.length; i++) {
      int at = IoLimits.loneSurrogate(cells[i]);
      if (at >= 0) {
        throw error(i, IoLimits.loneSurrogate(cells[i], at));
      }
    }
    if (unquoteFormulas) {
      for (int i = 0; i < cells.length; i++) {
        cells[i] = IoCsvWriter.unquote(cells[i]);
      }
    }
    return true;
  }

  /** The current row's cell in the column at file position {@code column}, as written ("" if empty). */
  public String cell(int column) {
    return current()[column];
  }

  /** The current row's cell in column {@code name}, as written ("" if empty). */
  public String cell(String name) {
    return current()[position(name)];
  }

  private String[] current() {
    checkState(cells != null, "%s: no current row (next() has not returned true)", source);
    return cells;
  }

  private int position(String name) {
    Integer at = index.get(name);
    checkArgument(at != null, "%s: no column %s", source, name);
    return at;
  }

  /** The current row number (the header is row 1). */
  public int row() {
    return row;
  }

  /** An error in the current row at the column at file position {@code column}. */
  public PlanFormatException error(int column, String reason) {
    return error(column, reason, null);
  }

  /** An error at file position {@code column}: the model refused the value there, with {@code refused}'s message. */
  public PlanFormatException error(int column, RuntimeException refused) {
    return error(column, String.valueOf(refused.getMessage()), refused);
  }

  private PlanFormatException error(int column, String reason, @Nullable Throwable cause) {
    return new PlanFormatException(source, line, column + 1,
        "row " + row + ", column \"" + header[column] + "\": " + reason, cause);
  }

  /** An error in the current row at column {@code name}. */
  public PlanFormatException error(String name, String reason) {
    return error(position(name), reason);
  }


  /** An error about the current row as a whole. */
  public PlanFormatException rowError(String reason) {
    return new PlanFormatException(source, line, 0, "row " + row + ": " + reason);
  }

  /** An error about the current row as a whole: the model refused it, with {@code refused}'s message. */
  public PlanFormatException rowError(RuntimeException refused) {
    return new PlanFormatException(source, line, 0, "row " + row + ": " + refused.getMessage(), refused);
  }

  private @Nullable List<String> nextRaw() {
    try {
      JsonToken t = parser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        return null;
      }
      row++;
      if (t != JsonToken.START_ARRAY) {
        throw new PlanFormatException(source, 0, 0, "row " + row + ": unexpected CSV token " + t);
      }
      inRow = true;
      List<String> r = scratch;
      r.clear();
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (r.isEmpty()) {
          line = parser.currentTokenLocation().getLineNr();
        }
        r.add(parser.getString());
      }
      inRow = false;
      return r;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * A Jackson error as a {@link PlanFormatException}: invalid UTF-8 at its line and column, in the row being read
   * (or the next one, between rows); a size limit in {@link IoLimits}' words; a failing file as unchecked I/O.
   */
  private RuntimeException translate(JacksonException e) {
    Throwable cause = e.getCause();
    int at = inRow ? row : row + 1;
    if (cause instanceof IoFiles.BadBytes bad) {
      if (inRow && bad.column() == 1 && bad.line() > line) {
        at = row + 1;   // the parser was looking past the row's line end
      }
      return new PlanFormatException(source, bad.line(), bad.column(), "row " + at + ": " + bad.reason(), e);
    }
    if (cause instanceof IOException io && !(cause instanceof CharacterCodingException)) {
      return new UncheckedIOException("cannot read " + source, io);
    }
    int l = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    if (l == 0 && parser != null) {
      l = Math.max(0, parser.currentLocation().getLineNr());
    }
    String reason = e instanceof StreamConstraintsException c ? IoLimits.reason(c)
        : cause instanceof CharacterCodingException ? "the input is not valid UTF-8"
        : String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("malformed CSV");
    return new PlanFormatException(source, l, 0, "row " + at + ": " + reason, e);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
