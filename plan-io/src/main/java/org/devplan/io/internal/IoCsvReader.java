package org.devplan.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file row by row: a header row naming the columns (any order), then data rows of exactly as many
 * cells. Cells are separated by commas and rows end at LF, CR or CRLF (RFC 4180, with bare LF and CR as well); a
 * cell that starts with a double quote (after spaces or control characters, which are then dropped) runs to the
 * next single one, {@code ""} inside it standing for a quote, and may span lines; spaces and control characters
 * between its closing quote and the next comma or line end are skipped, anything else there is refused. A quote
 * inside an unquoted cell is an ordinary character; an empty line is a row of one empty cell. These are the rules
 * of Jackson's CSV parser, which this reader replaced (it reads as fast as FastCSV), with its words for the two
 * refusals. A leading BOM is skipped; a cell longer than {@link IoLimits#MAX_STRING_LENGTH} is refused. Errors name
 * the row (the header is row 1) and the column. Not thread-safe.
 */
public final class IoCsvReader implements AutoCloseable {
  private static final int BUFFER = 1 << 15;

  private final Reader in;
  private final String source;
  private final boolean unquoteFormulas;
  private final String[] header;
  private final Map<String, Integer> index = new HashMap<>();
  private final char[] buffer = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  /** The line of {@code buffer[pos]}. */
  private int physicalLine = 1;
  /** The last row ended at a CR: an LF right after it ends the same line. */
  private boolean afterCr;
  private int row;
  /** The line of the current row's first cell. */
  private int line;
  private boolean inRow;
  private String[] scratch = new String[32];
  private int count;
  /** A cell of the row being read holds a surrogate (to be checked for a lone one). */
  private boolean surrogates;
  private final StringBuilder text = new StringBuilder();
  private String @Nullable [] cells;

  /**
   * Opens {@code in} and reads its header.
   *
   * @param unquoteFormulas strip the {@code '} a neutralising writer put before text cells
   */
  public IoCsvReader(Reader in, String source, boolean unquoteFormulas) {
    this.in = IoFiles.skipBom(in);
    this.source = source;
    this.unquoteFormulas = unquoteFormulas;
    if (!nextRaw()) {
      throw new PlanFormatException(source, 1, 1, "row 1: expected a header row, found an empty file");
    }
    header = Arrays.copyOf(scratch, count);
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
    if (!nextRaw()) {
      cells = null;
      return false;
    }
    if (count != header.length) {
      throw new PlanFormatException(source, line, 0, "row " + row + ": expected " + header.length
          + " cells as in the header, found " + count);
    }
    String[] r = scratch;
    if (surrogates) {
      for (int i = 0; i < header.length; i++) {
        int at = IoLimits.loneSurrogate(r[i]);
        if (at >= 0) {
          throw error(i, IoLimits.loneSurrogate(r[i], at));
        }
      }
    }
    if (unquoteFormulas) {
      for (int i = 0; i < header.length; i++) {
        r[i] = IoCsvWriter.unquote(r[i]);
      }
    }
    cells = r;
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

  /** Reads the next row's cells into {@code scratch[0, count)}; false at the end of the input. */
  private boolean nextRaw() {
    inRow = false;
    if (!available()) {
      return false;
    }
    if (afterCr) {
      afterCr = false;
      if (buffer[pos] == '\n') {
        pos++;
        if (!available()) {
          return false;
        }
      }
    }
    row++;
    inRow = true;
    line = physicalLine;
    count = 0;
    surrogates = false;
    while (true) {
      if (!available()) {
        add("");
        break;
      }
      char first = buffer[pos];
      add(first == '"' ? quoted() : isBlank(first) ? blankLed() : unquoted());
      if (!available()) {
        break;
      }
      char end = buffer[pos++];
      if (end == '\n' || end == '\r') {
        physicalLine++;
        afterCr = end == '\r';
        break;
      }
    }
    inRow = false;
    return true;
  }

  private void add(String cell) {
    if (count == scratch.length) {
      scratch = Arrays.copyOf(scratch, count * 2);
    }
    scratch[count++] = cell;
  }

  /** A space or control character other than a line end (and NUL): dropped before a quoted cell, kept otherwise. */
  private static boolean isBlank(char c) {
    return c <= ' ' && c > 0 && c != '\n' && c != '\r';
  }

  /** A cell that starts with blanks: quoted if a quote follows them (the blanks dropped), else unquoted. */
  private String blankLed() {
    while (true) {
      int from = pos;
      int p = pos;
      while (p < limit && isBlank(buffer[p])) {
        p++;
      }
      if (p < limit) {
        if (buffer[p] == '"') {
          text.setLength(0);
          pos = p;
          return quoted();
        }
        return unquoted();
      }
      text.append(buffer, from, p - from); // the blanks run on past the buffer
      checkLength(text.length());
      pos = p;
      if (!available()) {
        return flush();
      }
    }
  }

  /**
   * An unquoted cell from {@code pos} (after the part of it in {@code text}, if any) up to the next comma, line end
   * or the end of the input (not consumed).
   */
  private String unquoted() {
    char[] b = buffer;
    int from = pos;
    int p = pos;
    while (true) {
      int n = limit;
      for (; p < n; p++) {
        char c = b[p];
        if (c <= ',') {
          if (c == ',' || c == '\n' || c == '\r') {
            break;
          }
        } else if (Character.isSurrogate(c)) {
          surrogates = true;
        }
      }
      if (p < n) {
        break;
      }
      text.append(b, from, p - from); // the cell runs on past the buffer
      checkLength(text.length());
      pos = p;
      if (!available()) {
        return flush();
      }
      from = pos;
      p = pos;
    }
    pos = p;
    if (text.length() > 0) {
      text.append(b, from, p - from);
      checkLength(text.length());
      return flush();
    }
    return p == from ? "" : new String(b, from, p - from);
  }

  /** A quoted cell from its opening quote at {@code pos}; leaves {@code pos} at the comma or line end after it. */
  private String quoted() {
    pos++;
    boolean cr = false;
    char[] b = buffer;
    while (true) {
      if (!available()) {
        throw new PlanFormatException(source, physicalLine, 0, "row " + row + ": Missing closing quote for value");
      }
      int from = pos;
      int p = pos;
      int n = limit;
      for (; p < n; p++) {
        char c = b[p];
        if (c == '"') {
          break;
        }
        if (c == '\n') {
          if (!cr) {
            physicalLine++;
          }
          cr = false;
        } else if (c == '\r') {
          physicalLine++;
          cr = true;
        } else {
          cr = false;
          if (Character.isSurrogate(c)) {
            surrogates = true;
          }
        }
      }
      text.append(b, from, p - from);
      checkLength(text.length());
      pos = p;
      if (p == n) {
        continue;
      }
      pos++; // the quote
      cr = false;
      if (available() && b[pos] == '"') {
        text.append('"');
        checkLength(text.length());
        pos++;
        continue;
      }
      break;
    }
    String cell = flush();
    while (available()) {
      char c = b[pos];
      if (c == ',' || c == '\n' || c == '\r') {
        break;
      }
      if (c > ' ') {
        throw new PlanFormatException(source, physicalLine, 0, "row " + row + ": Unexpected character ("
            + describe(c) + "): Expected column separator character (',' (code 44)) or end-of-line");
      }
      pos++;
    }
    return cell;
  }

  /** A character as Jackson's parsers describe it in errors. */
  private static String describe(char c) {
    if (Character.isISOControl(c)) {
      return "(CTRL-CHAR, code " + (int) c + ")";
    }
    if (c > 255) {
      return "'" + c + "' (code " + (int) c + " / 0x" + Integer.toHexString(c) + ")";
    }
    return "'" + c + "' (code " + (int) c + ")";
  }

  private String flush() {
    String s = text.toString();
    text.setLength(0);
    return s;
  }

  private void checkLength(int length) {
    if (length > IoLimits.MAX_STRING_LENGTH) {
      throw new PlanFormatException(source, physicalLine, 0, "row " + row + ": " + IoLimits.tooLong());
    }
  }

  /** True if a character is at {@code pos}, reading more input if needed. */
  private boolean available() {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      pos = 0;
      limit = Math.max(n, 0);
      eof = n < 0;
      return n > 0;
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /**
   * A failing read as a {@link PlanFormatException}: invalid UTF-8 at its line and column, in the row being read
   * (or the next one, between rows); any other failure as unchecked I/O.
   */
  private RuntimeException translate(IOException e) {
    int at = inRow ? row : row + 1;
    if (e instanceof IoFiles.BadBytes bad) {
      return new PlanFormatException(source, bad.line(), bad.column(), "row " + at + ": " + bad.reason(), e);
    }
    if (e instanceof CharacterCodingException) {
      return new PlanFormatException(source, physicalLine, 0, "row " + at + ": the input is not valid UTF-8", e);
    }
    return new UncheckedIOException("cannot read " + source, e);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
