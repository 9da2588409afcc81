package org.devplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.model.PlanFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@link IoCsvReader} reads as Jackson's CSV parser (the reader it replaced, with devplan's limits) does, row for
 * row, line for line, refusal for refusal: on text made of the characters that CSV treats specially, read whole or
 * one character at a time (every character at a buffer's end).
 */
class IoCsvReaderProperties {
  private static final String HEADER = "h1,h2\n";

  @Property(tries = 600)
  void readsAsJacksonsCsvParser(@ForAll("bodies") String body, @ForAll boolean oneCharAtATime) {
    String csv = HEADER + body;
    assertThat(ours(oneCharAtATime ? new OneChar(csv) : new StringReader(csv)))
        .as(csv).containsExactlyElementsOf(jacksons(csv));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("a", "长", ",", ",", "\"", "\"\"", "\n", "\n", "\r", "\r\n", " ", "\t", "\u0001", "\u007f",
        "é", "\uD83D", "\uDE00", "\uD83D\uDE00").list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  /** Each row as {@code row@line[cells]}, then the refusal as {@code line:column reason}, if any. */
  private static List<String> ours(Reader in) {
    List<String> out = new ArrayList<>();
    try (IoCsvReader r = new IoCsvReader(in, "t", false)) {
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.header().size(); i++) {
          cells.add(r.cell(i));
        }
        out.add(r.row() + "@" + r.rowError("").line() + cells);
      }
    } catch (PlanFormatException e) {
      out.add(e.line() + ":" + e.column() + " " + e.reason());
    }
    return out;
  }

  /** The same from Jackson's tokens, with the checks of a row that {@link IoCsvReader} makes on them. */
  private static List<String> jacksons(String csv) {
    CsvMapper mapper = new CsvMapper(CsvFactory.builder().disable(CsvReadFeature.WRAP_AS_ARRAY)
        .streamReadConstraints(IoLimits.readConstraints()).build());
    List<String> out = new ArrayList<>();
    int row = 0;
    boolean inRow = false;
    try (JsonParser p = mapper.reader().with(CsvSchema.emptySchema()).createParser(new StringReader(csv))) {
      try {
        while (p.nextToken() == JsonToken.START_ARRAY) {
          row++;
          inRow = true;
          List<String> cells = new ArrayList<>();
          int line = 0;
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            line = cells.isEmpty() ? p.currentTokenLocation().getLineNr() : line;
            cells.add(p.getString());
          }
          inRow = false;
          if (row == 1) {
            continue;
          }
          if (cells.size() != 2) {
            out.add(line + ":0 row " + row + ": expected 2 cells as in the header, found " + cells.size());
            return out;
          }
          for (int i = 0; i < 2; i++) {
            int at = IoLimits.loneSurrogate(cells.get(i));
            if (at >= 0) {
              out.add(line + ":" + (i + 1) + " row " + row + ", column \"h" + (i + 1) + "\": "
                  + IoLimits.loneSurrogate(cells.get(i), at));
              return out;
            }
          }
          out.add(row + "@" + line + cells);
        }
      } catch (JacksonException e) {
        out.add(e.getLocation().getLineNr() + ":0 row " + (inRow ? row : row + 1) + ": "
            + e.getOriginalMessage().lines().findFirst().orElseThrow());
      }
    }
    return out;
  }

  /** A reader that gives one character a call. */
  private static final class OneChar extends Reader {
    private final String text;
    private int at;

    OneChar(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      buf[off] = text.charAt(at++);
      return 1;
    }

    @Override
    public void close() {}
  }
}
