package org.devplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.JsonOptions;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every codec of plan-io keeps (as sdmx-dl's {@code FileFormatAssert}): the four formatting verbs
 * write the same text, the four parsing verbs read it back equal, the caller's streams are left open, and a bad
 * input is named by its file or, for a stream, by the options' source name.
 */
class CodecContractTest {
  private static final Plan SEED = PlanText.parser().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));

  static Stream<Arguments> codecs() {
    PlanText.Result r = PlanText.parser().reporting().parseFile(Path.of("../seeds/zibo-2026-plan.txt"));
    return Stream.of(
        Arguments.of("json", PlanJson.codec(JsonOptions.DEFAULT.withSourceName("in.json")), SEED, "in.json"),
        Arguments.of("compact json", PlanJson.codec(JsonOptions.DEFAULT.withPretty(false).withSourceName("in.json")),
            SEED, "in.json"),
        Arguments.of("tidy", PlanCsv.tidy(CsvOptions.EXCEL.withSourceName("in.csv")), TidyTable.of(SEED), "in.csv"),
        Arguments.of("annex", PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a.csv")), AnnexTable.of(SEED),
            "a.csv"),
        Arguments.of("outline", PlanCsv.outline(CsvOptions.EXCEL.withSourceName("o.csv")), OutlineRow.of(SEED),
            "o.csv"),
        Arguments.of("tasks", PlanCsv.tasks(CsvOptions.DEFAULT.withSourceName("t.csv")), TaskRow.of(SEED), "t.csv"),
        Arguments.of("unread", PlanCsv.unread(CsvOptions.DEFAULT.withSourceName("u.csv")), r.unread(), "u.csv"),
        Arguments.of("header", PlanCsv.header(), List.copyOf(TaskRow.COLUMNS), "<csv>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  <T, C extends TextParser<T> & TextFormatter<T>> void keepsTheContract(String format, C codec, T value,
      String sourceName, @TempDir Path dir) throws Exception {
    String text = codec.formatToString(value);
    StringWriter writer = new StringWriter();
    codec.formatWriter(value, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ClosingOut out = new ClosingOut(bytes);
    codec.formatStream(value, out);
    Path file = dir.resolve("out.txt");
    codec.formatFile(value, file);
    assertThat(List.of(writer.toString(), bytes.toString(StandardCharsets.UTF_8), Files.readString(file,
        StandardCharsets.UTF_8))).containsExactly(text, text, text);
    assertThat(out.closed).isFalse();

    ClosingIn in = new ClosingIn(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(List.of(codec.parseFile(file), codec.parseStream(in), codec.parseReader(new StringReader(text)),
        codec.parseChars(text))).containsExactly(value, value, value, value);
    assertThat(in.closed).isFalse();

    byte[] bad = {(byte) 0xE6, (byte) 0x88};
    Path badFile = Files.write(dir.resolve("bad.txt"), bad);
    assertThatThrownBy(() -> codec.parseFile(badFile)).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith(badFile + ":1:1: ");
    assertThatThrownBy(() -> codec.parseStream(new ByteArrayInputStream(bad))).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith(sourceName + ":1:1: ");
  }

  @Test
  void planTextReadsStreamsWithoutClosingThemAndNamesThem() {
    byte[] bytes = "一、主要目标\n新增城镇就业6.2万人。".getBytes(StandardCharsets.UTF_8);
    ClosingIn in = new ClosingIn(new ByteArrayInputStream(bytes));
    Plan plan = PlanText.parser(PlanText.Options.defaults().withPlanYear(2026)).parseStream(in);
    assertThat(in.closed).isFalse();
    assertThat(plan).isEqualTo(PlanText.parser(PlanText.Options.defaults().withPlanYear(2026)).parseStream(
        new ByteArrayInputStream(bytes)));
    assertThatThrownBy(() -> PlanText.parser(PlanText.Options.defaults().withDocumentName("in.txt"))
        .parseStream(new ByteArrayInputStream(bytes))).isInstanceOf(PlanFormatException.class)
        .hasMessageStartingWith("in.txt:1:1: ");
  }

  @Test
  void aPlanTextIsNeverTakenForAPath() {
    assertThatThrownBy(() -> PlanText.parser().parseChars("../seeds/zibo-2026-plan.txt"))
        .isInstanceOf(PlanFormatException.class).hasMessageStartingWith("<text>:1:1: ");
  }

  /** An input stream that records whether it was closed. */
  private static final class ClosingIn extends FilterInputStream {
    boolean closed;

    ClosingIn(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** An output stream that records whether it was closed. */
  private static final class ClosingOut extends FilterOutputStream {
    boolean closed;

    ClosingOut(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
