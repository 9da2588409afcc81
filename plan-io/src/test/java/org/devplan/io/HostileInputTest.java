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
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.devplan.io.csv.AnnexRow;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.internal.IoFiles;
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
  private static final String SLICE_JSON = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SLICE);
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
    assertThat(PlanJson.codec().parseChars(PlanJson.codec().formatToString(plan))).as(describe).isEqualTo(plan);
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
    return PlanJson.codec().parseStream(new ByteArrayInputStream(bytes));
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
          jsonCase("json mutation", how + " at " + pointer, () -> PlanJson.codec().parseChars(json));
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
          String characters = message(() -> PlanJson.codec().parseChars(json));
          if (characters != null) {
            refused++;
            assertThat(List.of(message(() -> PlanJson.codec().parseStream(new ByteArrayInputStream(bytes))), message(() -> readBytes(bytes)),
                message(() -> first(PlanJson.codec().parseAllStream(new ByteArrayInputStream(bytes)))))).as(how + " at " + pointer).containsExactly(characters, characters,
                characters);
          }
        }
      }
      assertThat(refused).isGreaterThan(pointers.size());
    }

    private String message(Supplier<Plan> read) {
      try {
        var unused = read.get(); // only the exception matters
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
    private static final String PRETTY = PlanJson.codec().formatToString(SLICE);

    @Test
    void jsonNamesTheLineAndColumnOfTheFirstBadByte() {
      refusedAtEachBadByte("json bad bytes", PRETTY, 37, HostileInputTest::readBytes);
    }

    /** JSON Lines: each plan on one long line, so a byte column would be far from the code-point column. */
    @Test
    void aStreamOfPlansNamesTheLineAndColumnOfTheFirstBadByte() {
      refusedAtEachBadByte("json lines bad bytes", SLICE_JSON + "\n" + SLICE_JSON + "\n", 53, bytes -> {
        try (PlanJsonIterator plans = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("<jsonl>")).parseAllStream(new ByteArrayInputStream(bytes))) {
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
            var unused = read.apply(bytes); // only the exception matters
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
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(SLICE));
      for (int at = 0; at < csv.length(); at += 23) {
        for (byte[] bad : BAD_UTF8) {
          byte[] bytes = insert(csv, at, bad);
          int[] expected = place(csv, at);
          Path file = temp(bytes);
          try {
            PlanCsv.tidy().parseFile(file);
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
          List<Supplier<Plan>> reads = List.of(() -> PlanJson.codec().parseStream(new ByteArrayInputStream(bytes)), () -> readBytes(bytes),
              () -> PlanJson.codec().parseFile(file), () -> {
                try (PlanJsonIterator plans = PlanJson.codec().parseAllStream(new ByteArrayInputStream(bytes))) {
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

  /**
   * Bad bytes in plan text, in each encoding the importer reads: every case is refused at the line and column of
   * the first bad byte in the text as decoded in its own encoding.
   */
  @Nested
  class TextBadBytes {
    private static final Path SEED_TEXT = Path.of("../seeds/zibo-2026-plan.txt");

    /** Not GB18030: 0x80 and 0xFF are no lead byte, 0x7F no trail byte, 0x81 0x30 0x81 0x7F a broken 4-byte. */
    private static final List<byte[]> BAD_GB18030 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0x81, 0x7F}, new byte[] {(byte) 0x81, 0x30, (byte) 0x81, 0x7F});

    private String seed() throws java.io.IOException {
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED_TEXT), SEED_TEXT + " is absent");
      return Files.readString(SEED_TEXT, StandardCharsets.UTF_8);
    }

    private void textCase(String what, String text, int at, byte[] bytes) {
      int[] expected = place(text, at);
      try {
        org.devplan.io.text.PlanText.parser().parseStream(new ByteArrayInputStream(bytes));
        fail(what + ": accepted bad bytes at " + at);
      } catch (PlanFormatException e) {
        assertThat(new int[] {e.line(), e.column()}).as(what + " at " + at + ": " + e.getMessage())
            .containsExactly(expected);
        count(what, false);
      }
    }

    private byte[] join(byte[]... parts) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (byte[] p : parts) {
        out.writeBytes(p);
      }
      return out.toByteArray();
    }

    @Test
    void gb18030() throws Exception {
      String text = seed();
      for (int at = 0; at < text.length(); at += 211) {
        if (Character.isLowSurrogate(text.charAt(at))) {
          continue;
        }
        for (byte[] bad : BAD_GB18030) {
          textCase("text bad bytes (GB18030)", text, at, join(text.substring(0, at).getBytes(
              org.devplan.io.text.internal.Decoder.GB18030), bad, text.substring(at).getBytes(
              org.devplan.io.text.internal.Decoder.GB18030)));
        }
      }
      textCase("text bad bytes (GB18030)", text, text.length(), join(text.getBytes(
          org.devplan.io.text.internal.Decoder.GB18030), new byte[] {(byte) 0x81}));
    }

    @Test
    void utf16WithAMark() throws Exception {
      String text = seed();
      for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        byte[] mark = "\uFEFF".getBytes(cs);
        for (int at = 0; at < text.length(); at += 211) {
          if (Character.isLowSurrogate(text.charAt(at))) {
            continue;
          }
          for (char lone : new char[] {'\uD800', '\uDC00'}) {
            byte[] bad = cs == StandardCharsets.UTF_16LE ? new byte[] {0, (byte) (lone >> 8)}
                : new byte[] {(byte) (lone >> 8), 0};
            textCase("text bad bytes (UTF-16)", text, at, join(mark, text.substring(0, at).getBytes(cs), bad,
                text.substring(at).getBytes(cs)));
          }
        }
        textCase("text bad bytes (UTF-16)", text, text.length(), join(mark, text.getBytes(cs), new byte[] {'x'}));
      }
    }

    @Test
    void utf8WithAndWithoutAMark() throws Exception {
      String text = seed();
      for (byte[] mark : List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
        for (int at = 0; at < text.length(); at += 211) {
          for (byte[] bad : BAD_UTF8) {
            textCase("text bad bytes (UTF-8)", text, at, join(mark, insert(text, at, bad)));
          }
        }
      }
    }
  }

  /** A lone surrogate is not Unicode text: every writer refuses it naming the field, every reader at its place. */
  @Nested
  class LoneSurrogates {
    private static final String LONE = "收入\uD800";
    private static final String REASON = "a lone surrogate U+D800 at character 3 (not Unicode text: UTF-8 cannot "
        + "carry it)";
    private final Indicator first = SLICE.indicators().get(0);
    private final Plan plan = SLICE.withIndicators(ImmutableList.<Indicator>builder().add(first)
        .add(SLICE.indicators().get(1).withName(LONE)).addAll(SLICE.indicators().subList(2,
            SLICE.indicators().size())).build());

    private void refused(String describe, Runnable write, String message) {
      assertThatThrownBy(write::run).as(describe).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
      count("lone surrogates", false);
    }

    @Test
    void everyWriterNamesTheField() {
      refused("json title", () -> PlanJson.codec().formatToString(SLICE.withTitle(LONE)), "/title: " + REASON);
      refused("json indicator name", () -> PlanJson.codec().formatToString(plan), "/indicators/1/name: " + REASON);
      refused("json alias", () -> PlanJson.codec().formatToString(SLICE.withIndicators(first.withAliases(List.of("别名",
          LONE)))), "/indicators/0/aliases/1: " + REASON);
      refused("json to a file", () -> PlanJson.codec().formatFile(plan, temp(new byte[0])),
          "/indicators/1/name: " + REASON);
      int row = 1 + (int) TidyTable.of(SLICE).rows().stream().takeWhile(r -> r.indicatorCode().equals(first.code()))
          .count() + 1;
      refused("tidy csv", () -> PlanCsv.tidy().formatFile(TidyTable.of(plan), temp(new byte[0])), "row " + row
          + ", column \"indicator_name\": " + REASON);
      refused("outline csv", () -> PlanCsv.outline().formatFile(List.of(new OutlineRow("1", 1, "一、", LONE,
          Optional.empty())), temp(new byte[0])), "row 2, column \"title\": " + REASON);
      refused("annex csv", () -> PlanCsv.annex(CsvOptions.EXCEL).formatToString(AnnexTable.of(plan)),
          "row 5, column \"指标名称\": " + REASON);
      refused("tasks csv", () -> PlanCsv.tasks().formatWriter(List.of(new TaskRow("t1", "1", Optional.empty(), LONE,
          Optional.empty())), new java.io.StringWriter()), "row 2, column \"title\": " + REASON);
    }

    @Test
    void readersRefuseItAtItsPlace() {
      String json = SLICE_JSON.replace("\"title\":\"" + SLICE.title() + "\"", "\"title\":\"收入\\ud800\"");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.codec().parseChars(json));
      assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(1, json.indexOf("\"收入") + 1,
          "\"title\": " + REASON);
      count("lone surrogates", false);
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(SLICE)).replace(first.name(), LONE);
      PlanFormatException c = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanCsv.tidy().parseChars(csv));
      assertThat(List.of(c.line(), c.reason())).containsExactly(2, "row 2, column \"indicator_name\": " + REASON);
      count("lone surrogates", false);
    }
  }

  /**
   * {@code PlanJacksonModule} in a caller's own {@code JsonMapper}: every truncation and mutation of the slice is
   * refused at the place and with the reason {@code PlanJson} gives, or accepted as {@code PlanJson} accepts it.
   */
  @Nested
  class Module {
    private static final JsonMapper CALLER = JsonMapper.builder()
        .addModule(new org.devplan.io.json.PlanJacksonModule()).build();

    private void sameAsPlanJson(String what, String json) {
      Object expected;
      try {
        expected = PlanJson.codec().parseChars(json);
      } catch (PlanFormatException e) {
        expected = List.of(e.line(), e.column(), e.reason());
      }
      Object actual;
      try {
        actual = CALLER.readValue(json, Plan.class);
      } catch (PlanFormatException e) {
        actual = List.of(e.source(), e.line(), e.column(), e.reason()).subList(1, 4);
      }
      assertThat(actual).as(what).isEqualTo(expected);
      count("module in a caller's mapper", expected instanceof Plan);
    }

    @Test
    void everyTruncationAndMutationAsPlanJson() {
      for (int cut = 1; cut <= SLICE_JSON.length(); cut++) {
        sameAsPlanJson("cut at " + cut, SLICE_JSON.substring(0, cut));
      }
      JsonNode root = TREE.readTree(SLICE_JSON);
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        ObjectNode copy = (ObjectNode) root.deepCopy();
        copy.set(e.getKey(), e.getValue().isString() ? JsonNodeFactory.instance.numberNode(1)
            : JsonNodeFactory.instance.stringNode("1"));
        sameAsPlanJson("wrong type at /" + e.getKey(), TREE.writeValueAsString(copy));
      }
      assertThat(TALLY.get("module in a caller's mapper")).containsExactly(1,
          SLICE_JSON.length() - 1 + root.size());
    }

    @Test
    void aLimitOfTheCallersMapperIsPlacedInJacksonsWordsAndDevplansInItsOwn() {
      JsonMapper shallow = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
          .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(3).build())
          .build()).addModule(new org.devplan.io.json.PlanJacksonModule()).build();
      String json = PlanJson.codec().formatToString(SLICE);
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> shallow.readValue(json, Plan.class));
      assertThat(e.reason()).startsWith("Document nesting depth (4) exceeds the maximum allowed (3");
      assertThat(List.of(e.source(), e.line() > 1, e.column() > 1)).containsExactly("<json>", true, true);
      String longer = PlanJson.codec().formatToString(SLICE.withTitle("长".repeat(IoLimits.MAX_STRING_LENGTH)))
          .replace("长\",\n  \"kind\"", "长长\",\n  \"kind\"");
      PlanFormatException d = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.mapper().readValue(longer, Plan.class));
      assertThat(List.of(d.line(), d.column(), d.reason())).containsExactly(4, 13, IoLimits.tooLong());
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
      jsonCase("limits", "string of the limit", () -> PlanJson.codec().parseChars(PlanJson.codec().formatToString(under)));
      Plan over = withTitle("长".repeat(IoLimits.MAX_STRING_LENGTH + 1));
      String reason = IoLimits.tooLong();
      assertThatThrownBy(() -> PlanJson.codec().formatToString(over)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(reason);
      String json = PlanJson.codec().formatToString(under).replace("长\",\n  \"kind\"", "长长\",\n  \"kind\"");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.codec().parseChars(json));
      assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(4, 13, reason);
      count("limits", false);
    }

    @Test
    void aCsvCellJustUnderTheLimitRoundTripsAndJustOverIsRefusedByWriterAndReader() {
      String name = "长".repeat(IoLimits.MAX_STRING_LENGTH);
      Plan under = SLICE.withIndicators(SLICE.indicators().get(0).withName(name));
      csvCase("limits", "cell of the limit",
          () -> PlanCsv.tidy().parseChars(PlanCsv.tidy().formatToString(TidyTable.of(under))),
          t -> PlanCsv.tidy().parseChars(PlanCsv.tidy().formatToString(t)));
      Plan over = SLICE.withIndicators(SLICE.indicators().get(0).withName(name + "长"));
      String reason = IoLimits.tooLong();
      assertThatThrownBy(() -> PlanCsv.tidy().formatToString(TidyTable.of(over)))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(under)).replace(name, name + "长");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanCsv.tidy().parseChars(csv));
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
          PlanJson.codec().formatToString(p);
        } catch (IllegalArgumentException e) {
          assertThat(e).hasMessage(IoLimits.tooDeep());
          break;
        }
        depth++;
      }
      int deepest = depth;
      jsonCase("limits", "deepest tree", () -> PlanJson.codec().parseChars(PlanJson.codec().formatToString(nested(deepest))));
      String json = PlanJson.codec().formatToString(nested(deepest)).replace("\"children\" : [ ]",
          "\"children\" : [ [ ] ]");
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> PlanJson.codec().parseChars(json));
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
      jsonCase("deep paths", "2,000-level chapter path", () -> PlanJson.codec().parseChars(json));
      assertThat(TALLY.get("deep paths")).containsExactly(0, 1);
    }

    @Test
    void anOutlinePathOfTwoThousandLevelsRoundTripsAndAWrongDepthIsRefused() {
      String csv = "chapter_path,depth,label,title,line\n" + deep + ",2001,一、,深,3\n";
      csvCase("deep paths (outline)", "2,000-level outline path", () -> PlanCsv.outline().parseChars(csv), rows -> outlineBack(rows, CsvOptions.DEFAULT));
      csvCase("deep paths (outline)", "wrong depth", () -> PlanCsv.outline().parseReader(new StringReader(
          csv.replace(",2001,", ",2000,"))), rows -> rows);
      assertThat(TALLY.get("deep paths (outline)")).containsExactly(1, 1);
    }
  }

  /** Spreadsheet formula payloads, one per risky first character, and a cell that already starts with the guard. */
  static final List<String> PAYLOADS = List.of("=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
      "\t=1+1", "\r=1+1", "'=1+1");

  /**
   * Excel payloads in every text field of every table: without the Excel option the file carries the text as given
   * and reads back equal; with it, no cell of the file is a live formula and it reads back equal with the option.
   */
  @Nested
  class Excel {
    private static final Plan PLAN = SLICE;

    private TidyTable tidy(String p) {
      return new TidyTable(TidyTable.of(PLAN).rows().stream().map(r -> new org.devplan.io.csv.TidyRow(p + r.planId(),
          p + r.region(), r.planYear(), p + r.indicatorCode(), p + r.indicatorName(), r.group().map(g -> p + g),
          r.unit(), r.nature(), r.observation().withId(p + r.observation().id()).withVerb(p + "增长")
          .withHedge(p + "力争").withProvenance(r.observation().provenance().map(d -> d.withDocument(p + d.document())))))
          .collect(ImmutableList.toImmutableList()));
    }

    private ImmutableList<OutlineRow> outline(String p) {
      return OutlineRow.of(PLAN).stream().map(r -> new OutlineRow(r.chapterPath(), r.depth(), p + r.label(),
          p + r.title(), r.line())).collect(ImmutableList.toImmutableList());
    }

    private AnnexTable annex(String p) {
      AnnexTable a = AnnexTable.of(PLAN);
      return new AnnexTable(a.baseYear(), a.planYear(), a.rows().stream().map(r -> r instanceof AnnexRow.Line l
          ? new AnnexRow.Line(l.group().map(g -> p + g), p + l.name(), l.unit(), l.actualLevel(), l.actualGrowth(),
              l.targetLevel(), l.targetGrowth(), l.nature())
          : (AnnexRow) new AnnexRow.Group(p + ((AnnexRow.Group) r).label()))
          .collect(ImmutableList.toImmutableList()));
    }

    private ImmutableList<TaskRow> tasks(String p) {
      return TaskRow.of(PLAN).stream().map(r -> new TaskRow(p + r.taskId(), r.chapterPath(),
          Optional.of(p + r.label().orElse("")), p + r.title(), r.target().map(t -> new TaskRow.Target(
              p + t.observationId(), p + t.indicatorCode(), t.kind(), t.year(), t.level(), t.growth()))))
          .collect(ImmutableList.toImmutableList());
    }

    @Test
    void everyTableWithAndWithoutTheOption() {
      int cases = 0;
      for (String p : PAYLOADS) {
        for (CsvOptions o : List.of(CsvOptions.DEFAULT, CsvOptions.EXCEL)) {
          TidyTable t = tidy(p);
          excelCase("tidy", p, o, t, PlanCsv.tidy(o).formatToString(t), csv -> PlanCsv.tidy(o).parseChars(csv));
          ImmutableList<OutlineRow> outline = outline(p);
          excelCase("outline", p, o, outline, write(w -> PlanCsv.outline(o).formatWriter(outline, w)),
              csv -> PlanCsv.outline(o).parseChars(csv));
          AnnexTable annex = annex(p);
          excelCase("annex", p, o, annex, PlanCsv.annex(o).formatToString(annex),
              csv -> PlanCsv.annex(o).parseChars(csv));
          ImmutableList<TaskRow> tasks = tasks(p);
          excelCase("tasks", p, o, tasks, write(w -> PlanCsv.tasks(o).formatWriter(tasks, w)),
              csv -> PlanCsv.tasks(o).parseChars(csv));
          cases += 4;
        }
      }
      assertThat(TALLY.get("excel payloads")).containsExactly(cases, 0);
    }

    private <T> void excelCase(String table, String payload, CsvOptions o, T value, String csv,
        Function<String, T> read) {
      String describe = table + " with " + payload.replace("\t", "\\t").replace("\r", "\\r")
          + (o.neutraliseFormulas() ? ", guarded" : ", as given");
      List<String> cells = rawCells(csv);
      String expected = o.neutraliseFormulas() ? "'" + payload : payload;
      assertThat(cells.stream().filter(c -> c.startsWith(expected)).count()).as(describe)
          .isGreaterThanOrEqualTo(2);
      if (o.neutraliseFormulas()) {
        assertThat(cells.stream().filter(HostileInputTest::isLive).toList()).as(describe).isEmpty();
      }
      assertThat(read.apply(csv)).as(describe).isEqualTo(value);
      count("excel payloads", true);
    }
  }

  /** Every cell of {@code csv} as a plain CSV reader sees it (no guard removed), header included. */
  static List<String> rawCells(String csv) {
    List<String> cells = new ArrayList<>();
    try (org.devplan.io.internal.IoCsvReader r = new org.devplan.io.internal.IoCsvReader(new StringReader(csv),
        "<csv>", false)) {
      cells.addAll(r.header());
      while (r.next()) {
        for (int i = 0; i < r.header().size(); i++) {
          cells.add(r.cell(i));
        }
      }
    }
    return cells;
  }

  /** A cell a spreadsheet would take as a formula: a risky first character, and not a plain number. */
  static boolean isLive(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[-+][0-9]+(\\.[0-9]+)?");
  }

  static String write(java.util.function.Consumer<java.io.Writer> body) {
    java.io.StringWriter w = new java.io.StringWriter();
    body.accept(w);
    return w.toString();
  }

  static List<OutlineRow> outlineBack(List<OutlineRow> rows, CsvOptions options) {
    java.io.StringWriter w = new java.io.StringWriter();
    PlanCsv.outline(options).formatWriter(rows, w);
    return PlanCsv.outline(options).parseChars(w.toString());
  }
}
