package org.devplan.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table of typed cells for a CSV file or a spreadsheet: each cell is a {@link BigDecimal} (a number) or a
 * {@link String} (text, never evaluated: a spreadsheet stores it as a string cell, so a leading {@code =} cannot
 * become a formula).
 *
 * @param name the sheet's name (at most 31 characters, as spreadsheets require)
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
record Sheet(String name, ImmutableList<String> header, ImmutableList<ImmutableList<Object>> rows) {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final int MAX_WIDTH = 60;

  Sheet {
    for (ImmutableList<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("sheet " + name + ": a row has " + row.size() + " cells, the header "
            + header.size());
      }
    }
  }

  /** The sheet of a CSV text (a header line, then rows): cells of {@code numeric} columns that are numbers typed. */
  static Sheet ofCsv(String name, String csv, Set<String> numeric) {
    List<List<String>> lines = parseCsv(csv);
    ImmutableList<String> header = ImmutableList.copyOf(lines.get(0));
    ImmutableList.Builder<ImmutableList<Object>> rows = ImmutableList.builder();
    for (List<String> line : lines.subList(1, lines.size())) {
      ImmutableList.Builder<Object> row = ImmutableList.builder();
      for (int c = 0; c < header.size(); c++) {
        String cell = c < line.size() ? line.get(c) : "";
        row.add(numeric.contains(header.get(c)) && NUMBER.matcher(cell).matches() ? new BigDecimal(cell) : cell);
      }
      rows.add(row.build());
    }
    return new Sheet(name, header, rows.build());
  }

  /** Writes the sheet as CSV (RFC 4180, UTF-8, LF). */
  void writeCsv(Path path) {
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write(csvLine(header));
      for (List<Object> row : rows) {
        w.write(csvLine(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code sheets} as one xlsx workbook: typed cells, a bold frozen header, widths from the content. */
  static void writeXlsx(List<Sheet> sheets, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook wb = new Workbook(out, "devplan", "0.1");
      for (Sheet s : sheets) {
        s.write(wb.newWorksheet(s.name()));
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Worksheet ws) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      ws.value(0, c, header.get(c));
      widths[c] = Report.width(header.get(c));
    }
    ws.range(0, 0, 0, header.size() - 1).style().bold().set();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof BigDecimal n) {
          ws.value(r + 1, c, n);
          widths[c] = Math.max(widths[c], n.toPlainString().length());
        } else if (!cell.toString().isEmpty()) {
          ws.value(r + 1, c, cell.toString());
          widths[c] = Math.max(widths[c], Report.width(cell.toString()));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
    }
    ws.freezePane(0, 1);
  }

  private static String csvLine(List<?> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      Object cell = cells.get(i);
      String s = cell instanceof BigDecimal n ? n.toPlainString() : cell.toString();
      if (i > 0) {
        b.append(',');
      }
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    return b.append('\n').toString();
  }

  /** RFC 4180 records of a CSV text this tool wrote. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int start = csv.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
