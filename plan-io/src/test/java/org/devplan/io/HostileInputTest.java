package org.devplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.internal.IoLimits;
import org.devplan.io.json.JsonOptions;
import org.devplan.io.json.PlanJson;
import org.devplan.io.json.PlanJsonIterator;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated hostile input against the codecs: every case ends in a {@link PlanFormatException} with a line and
 * column (JSON) or a line and row (CSV), or in an accept that reads back equal. The counts per class are printed
 * at the end.
 */
class HostileInputTest {
  private static final Map<String, int[]> TALLY = new TreeMap<>();
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final Plan SLICE = SeedSlice.plan();
  private static final String SLICE_JSON = PlanJson.writeString(SLICE, JsonOptions.DEFAULT.withPretty(false));
  private static final Path SEED_JSON = Path.of("../seeds/zibo-2026-plan.json");

  @AfterAll
  static void printCounts() {
    TALLY.forEach((k, v) -> System.out.printf(java.util.Locale.ROOT, "hostile input: %-28s %6d cases, %6d accepted,"
        + " %6d refused%n", k, v[0] + v[1], v[0], v[1]));
  }

  private static synchronized void count(String what, boolean accepted) {
    TALLY.computeIfAbsent(what, k -> new int[2])[accepted ? 0 : 1]++;
  }

  /** Runs one JSON case: a refusal must have a place, an accept must read back equal. */
  private static void jsonCase(String what, String describe, Supplier<Plan> read) {
    Plan plan;
    try {
      plan = read.get();
    } catch (PlanFormatException e) {
      if (e.line() < 1 || e.column() < 1) {
        fail(describe + ": refused without line and column: " + e.getMessage());
      }
      count(what, false);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(describe + ": " + e, e);
    }
    assertThat(PlanJson.readString(PlanJson.writeString(plan))).as(describe).isEqualTo(plan);
    count(what, true);
  }

  /** Runs one CSV case: a refusal must have a line and say its row; an accept must write back to the same text. */
  private static <T> void csvCase(String what, String describe, Supplier<T> read, Function<T, T> writeAndRead) {
    T value;
    try {
      value = read.get();
    } catch (PlanFormatException e) {
      if (e.line() < 1 || !e.reason().startsWith("row ")) {
        fail(describe + ": refused without line and row: " + e.getMessage());
      }
      count(what, false);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(describe + ": " + e, e);
    }
    assertThat(writeAndRead.apply(value)).as(describe).isEqualTo(value);
    count(what, true);
  }

  private static Plan readBytes(byte[] bytes) {
    return PlanJson.read(new ByteArrayInputStream(bytes));
  }

  @Nested
  class Truncation {
    @Test
    void everyCutOfTheSliceIsRefusedWithAPlaceOrIsTheWholePlan() {
      byte[] full = (SLICE_JSON + "\n").getBytes(StandardCharsets.UTF_8);
      for (int cut = 0; cut < full.length; cut++) {
        byte[] part = java.util.Arrays.copyOf(full, cut);
        int n = cut;
        jsonCase("json truncation (slice)", "cut at byte " + n, () -> readBytes(part));
      }
      assertThat(TALLY.get("json truncation (slice)")).containsExactly(1, full.length - 1);
    }

    @Test
    void cutsOfTheSeedAreRefusedWithAPlace() throws Exception {
      if (!Files.exists(SEED_JSON)) {
        System.out.println("skipped: " + SEED_JSON + " is absent");
        return;
      }
      byte[] full = Files.readAllBytes(SEED_JSON);
      int cases = 0;
      for (int cut = 0; cut < full.length - 1; cut += 397) {
        byte[] part = java.util.Arrays.copyOf(full, cut);
        int n = cut;
        jsonCase("json truncation (seed)", "seed cut at byte " + n, () -> readBytes(part));
        cases++;
      }
      assertThat(TALLY.get("json truncation (seed)")).containsExactly(0, cases);
    }
  }

  @Nested
  class Mutation {
    /** Every value of the slice's JSON: replaced by a value of another type, by null, and removed. */
    @Test
    void everyFieldMutated() {
      JsonNode root = TREE.readTree(SLICE_JSON);
      List<String> pointers = new ArrayList<>();
      collect(root, "", pointers);
      for (String pointer : pointers) {
        for (String how : List.of("wrong type", "null", "missing")) {
          JsonNode copy = root.deepCopy();
          mutate(copy, pointer, how);
          String json = TREE.writeValueAsString(copy);
          jsonCase("json mutation", how + " at " + pointer, () -> PlanJson.readString(json));
        }
      }
      int[] t = TALLY.get("json mutation");
      assertThat(t[0] + t[1]).isEqualTo(3 * pointers.size());
    }

    /**
     * Jackson's byte parser counts columns in bytes: every refusal of a mutated slice (one line, Chinese in it)
     * read from bytes, from a stream and as a stream of plans has the message of the same text read as characters.
     */
    @Test
    void bytesAndStreamsAreRefusedAtTheSamePlaceAsCharacters() {
      JsonNode root = TREE.readTree(SLICE_JSON);
      List<String> pointers = new ArrayList<>();
      collect(root, "", pointers);
      int refused = 0;
      for (String pointer : pointers) {
        for (String how : List.of("wrong type", "null", "missing")) {
          JsonNode copy = root.deepCopy();
          mutate(copy, pointer, how);
          String json = TREE.writeValueAsString(copy);
          byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
          String characters = message(() -> PlanJson.readString(json));
          if (characters != null) {
            refused++;
            assertThat(List.of(message(() -> PlanJson.read(bytes, "<json>")), message(() -> readBytes(bytes)),
                message(() -> first(PlanJson.readAll(new ByteArrayInputStream(bytes), "<json>",
                    JsonOptions.DEFAULT))))).as(how + " at " + pointer).containsExactly(characters, characters,
                characters);
          }
        }
      }
      assertThat(refused).isGreaterThan(pointers.size());
    }

    private String message(Supplier<Plan> read) {
      try {
        read.get();
        return null;
      } catch (PlanFormatException e) {
        return e.getMessage();
      }
    }

    private Plan first(PlanJsonIterator plans) {
      try (plans) {
        return plans.next();
      }
    }

    private void collect(JsonNode node, String at, List<String> out) {
      if (!at.isEmpty()) {
        out.add(at);
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          collect(e.getValue(), at + "/" + e.getKey(), out);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collect(node.get(i), at + "/" + i, out);
        }
      }
    }

    private void mutate(JsonNode root, String pointer, String how) {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1);
      JsonNode old = parent.isObject() ? parent.get(key) : parent.get(Integer.parseInt(key));
      JsonNode replacement = switch (how) {
        case "null" -> JsonNodeFactory.instance.nullNode();
        case "wrong type" -> old.isString() ? JsonNodeFactory.instance.numberNode(1)
            : old.isNumber() ? JsonNodeFactory.instance.stringNode("1")
            : old.isBoolean() ? JsonNodeFactory.instance.stringNode("true")
            : old.isObject() ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
        default -> null;
      };
      if (parent instanceof ObjectNode o) {
        if (replacement == null) {
          o.remove(key);
        } else {
          o.set(key, replacement);
        }
      } else if (parent instanceof ArrayNode a) {
        if (replacement == null) {
          a.remove(Integer.parseInt(key));
        } else {
          a.set(Integer.parseInt(key), replacement);
        }
      }
    }
  }

  /** Byte sequences that are not UTF-8: stray continuation, overlong, truncated, surrogate, beyond U+10FFFF, 0xFF. */
  static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0xE6, (byte) 0x97}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF});

  /** {@code text} with {@code bad} inserted before the character at {@code at}. */
  static byte[] insert(String text, int at, byte[] bad) {
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    return all;
  }

  /** The line and column (from 1, in code points) of the character at {@code at} of {@code text}. */
  static int[] place(String text, int at) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(text.charAt(i))) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  @Nested
  class BadBytes {
    private static final String PRETTY = PlanJson.writeString(SLICE);

    @Test
    void jsonNamesTheLineAndColumnOfTheFirstBadByte() {
      refusedAtEachBadByte("json bad bytes", PRETTY, 37, HostileInputTest::readBytes);
    }

    /** JSON Lines: each plan on one long line, so a byte column would be far from the code-point column. */
    @Test
    void aStreamOfPlansNamesTheLineAndColumnOfTheFirstBadByte() {
      refusedAtEachBadByte("json lines bad bytes", SLICE_JSON + "\n" + SLICE_JSON + "\n", 53, bytes -> {
        try (PlanJsonIterator plans = PlanJson.readAll(new ByteArrayInputStream(bytes), "<jsonl>",
            JsonOptions.DEFAULT)) {
          plans.forEachRemaining(p -> { });
          return null;
        }
      });
    }

    /** Each bad sequence before every {@code step}th character of {@code json}: refused at its line and column. */
    private void refusedAtEachBadByte(String what, String json, int step, Function<byte[], ?> read) {
      for (int at = 0; at < json.length(); at += step) {
        if (Character.isLowSurrogate(json.charAt(at))) {
          continue;
        }
        for (byte[] bad : BAD_UTF8) {
          byte[] bytes = insert(json, at, bad);
          int[] expected = place(json, at);
          try {
            read.apply(bytes);
            fail("accepted bad bytes at " + at);
          } catch (PlanFormatException e) {
            assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(expected);
            assertThat(e.reason()).startsWith("the input is not valid UTF-8 (byte");
            count(what, false);
          }
        }
      }
    }

    @Test
    void csvNamesTheLineColumnAndRowOfTheFirstBadByte() {
      String csv = PlanCsv.writeTidyString(SLICE);
      for (int at = 0; at < csv.length(); at += 23) {
        for (byte[] bad : BAD_UTF8) {
          byte[] bytes = insert(csv, at, bad);
          int[] expected = place(csv, at);
          Path file = temp(bytes);
          try {
            PlanCsv.readTidy(file);
            fail("accepted bad bytes at " + at);
          } catch (PlanFormatException e) {
            assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(expected);
            assertThat(e.reason()).as(e.getMessage() + " at " + at).startsWith("row " + rowOf(csv, at) + ": the input is not valid UTF-8 (byte");
            count("csv bad bytes", false);
          }
        }
      }
    }
  }

  /**
   * JSON in UTF-16 or UTF-32, with or without a byte-order mark, which Jackson's byte parser would decode: refused
   * at 1:1, naming the encoding, from bytes, from a stream, as a stream of plans and from a file.
   */
  @Nested
  class OtherEncodings {
    @Test
    void utf16AndUtf32AreRefusedNamingTheEncoding() throws Exception {
      int cases = 0;
      for (String encoding : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
        for (String bom : List.of("", "\uFEFF")) {
          byte[] bytes = (bom + SLICE_JSON).getBytes(java.nio.charset.Charset.forName(encoding));
          Path file = temp(bytes);
          List<Supplier<Plan>> reads = List.of(() -> PlanJson.read(bytes, "<json>"), () -> readBytes(bytes),
              () -> PlanJson.read(file), () -> {
                try (PlanJsonIterator plans = PlanJson.readAll(new ByteArrayInputStream(bytes), "<json>",
                    JsonOptions.DEFAULT)) {
                  return plans.next();
                }
              });
          for (Supplier<Plan> read : reads) {
            PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
                read::get);
            assertThat(List.of(e.line(), e.column(), e.reason())).as(encoding + (bom.isEmpty() ? "" : " with BOM"))
                .containsExactly(1, 1, "the input is " + encoding + ", not UTF-8 (save it as UTF-8)");
            cases++;
            count("json in UTF-16/32", false);
          }
        }
      }
      assertThat(TALLY.get("json in UTF-16/32")).containsExactly(0, cases);
    }
  }

  /** The CSV row (the header is 1) of the character at {@code at}: line ends inside quotes do not count. */
  static int rowOf(String csv, int at) {
    int row = 1;
    boolean quoted = false;
    for (int i = 0; i < at; i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        row++;
      }
    }
    return row;
  }

  static Path temp(byte[] bytes) {
    try {
      Path file = Files.createTempFile("hostile", ".csv");
      file.toFile().deleteOnExit();
      Files.write(file, bytes);
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Nested
  class Limits {
    private Plan withTitle(String title) {
      return SLICE.withTitle(title);
    }

    @Test
    void aStringJustUnderTheLimitRoundTripsAndJustOverIsRefusedByWriterAndReader() {
      Plan under = withTitle("长".repeat(IoLimits.MAX_STRING_LENGTH));
      jsonCase("limits", "string of the limit", () -> PlanJson.readString(PlanJson.writeString(under)));
      Plan over = withTitle("长".repeat(IoLimits.MAX_STRING_LENGTH + 1));
      String reason = IoLimits.tooLong();
      assertThatThrownBy(() -> PlanJson.writeString(over)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(reason);
      String json = PlanJson.writeString(under).replace("长\",\n  \"kind\"", "长长\",\n  \"kind\"");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.readString(json));
      assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(4, 13, reason);
      count("limits", false);
    }

    @Test
    void aCsvCellJustUnderTheLimitRoundTripsAndJustOverIsRefusedByWriterAndReader() {
      String name = "长".repeat(IoLimits.MAX_STRING_LENGTH);
      Plan under = SLICE.withIndicators(SLICE.indicators().get(0).withName(name));
      csvCase("limits", "cell of the limit", () -> PlanCsv.readTidyString(PlanCsv.writeTidyString(under)),
          t -> PlanCsv.readTidyString(PlanCsv.writeTidyString(t, CsvOptions.DEFAULT)));
      Plan over = SLICE.withIndicators(SLICE.indicators().get(0).withName(name + "长"));
      String reason = IoLimits.tooLong();
      assertThatThrownBy(() -> PlanCsv.writeTidyString(over)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(reason);
      String csv = PlanCsv.writeTidyString(under).replace(name, name + "长");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanCsv.readTidyString(csv));
      assertThat(List.of(e.line(), e.reason())).containsExactly(2, "row 2: " + reason);
      count("limits", false);
    }

    /** Chapters nested {@code depth} deep: 1, 1.1, 1.1.1 … */
    private Plan nested(int depth) {
      Chapter c = null;
      for (int d = depth; d >= 1; d--) {
        Chapter.Builder b = new Chapter.Builder().label("一、").numbering(Chapter.Numbering.CHINESE).ordinal(1)
            .title("第" + d + "层").path("1" + ".1".repeat(d - 1));
        if (c != null) {
          b.addChild(c);
        }
        c = b.build();
      }
      return new Plan.Builder().from(SLICE).chapters(List.of(c)).indicators(List.<Indicator>of()).build();
    }

    @Test
    void theDeepestTreeTheWriterWritesReadsBackAndOneLevelMoreIsRefusedByBoth() {
      int depth = 1;
      while (true) {
        Plan p = nested(depth + 1);
        try {
          PlanJson.writeString(p);
        } catch (IllegalArgumentException e) {
          assertThat(e).hasMessage(IoLimits.tooDeep());
          break;
        }
        depth++;
      }
      int deepest = depth;
      jsonCase("limits", "deepest tree", () -> PlanJson.readString(PlanJson.writeString(nested(deepest))));
      String json = PlanJson.writeString(nested(deepest)).replace("\"children\" : [ ]",
          "\"children\" : [ [ ] ]");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.readString(json));
      assertThat(e.reason()).isEqualTo(IoLimits.tooDeep());
      assertThat(e.line()).isGreaterThan(1);
      count("limits", false);
      assertThat(deepest).isEqualTo((IoLimits.MAX_NESTING_DEPTH - 2) / 2);
    }
  }

  @Nested
  class DeepPaths {
    private final String deep = "1" + ".1".repeat(2_000);

    @Test
    void aJsonChapterPathOfTwoThousandLevelsIsRefusedAtItsChapter() {
      String json = SLICE_JSON.replace("\"path\":\"1\"", "\"path\":\"" + deep + "\"");
      jsonCase("deep paths", "2,000-level chapter path", () -> PlanJson.readString(json));
      assertThat(TALLY.get("deep paths")).containsExactly(0, 1);
    }

    @Test
    void anOutlinePathOfTwoThousandLevelsRoundTripsAndAWrongDepthIsRefused() {
      String csv = "chapter_path,depth,label,title,line\n" + deep + ",2001,一、,深,3\n";
      csvCase("deep paths (outline)", "2,000-level outline path", () -> PlanCsv.readOutline(new StringReader(csv),
          "<csv>", CsvOptions.DEFAULT), rows -> outlineBack(rows, CsvOptions.DEFAULT));
      csvCase("deep paths (outline)", "wrong depth", () -> PlanCsv.readOutline(new StringReader(
          csv.replace(",2001,", ",2000,")), "<csv>", CsvOptions.DEFAULT), rows -> rows);
      assertThat(TALLY.get("deep paths (outline)")).containsExactly(1, 1);
    }
  }

  static ImmutableList<OutlineRow> outlineBack(List<OutlineRow> rows, CsvOptions options) {
    java.io.StringWriter w = new java.io.StringWriter();
    PlanCsv.writeOutline(rows, w, options);
    return PlanCsv.readOutline(new StringReader(w.toString()), "<csv>", options);
  }
}
