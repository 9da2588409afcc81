package org.devplan.io.json;

import static java.util.Objects.requireNonNull;

import java.nio.charset.CharacterCodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.function.UnaryOperator;
import java.nio.file.Path;
import org.devplan.io.TextFormatter;
import org.devplan.io.TextParser;
import org.devplan.io.internal.IoFiles;
import org.devplan.io.internal.IoLimits;
import org.devplan.io.internal.IoUtf8;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes plans in the devplan JSON format ({@code "format": "devplan/1"}): every field of the model,
 * bounds with their wording and their figures as exact decimals ({@code 5.60} stays {@code 5.60}; never through
 * {@code double}). The format is described by the JSON Schema {@link #SCHEMA_RESOURCE} (draft 2020-12).
 *
 * <p><b>Format.</b> A plan is an object with {@code format}, {@code id}, {@code title}, {@code kind}, {@code region},
 * {@code planYear}, {@code baseYear}, {@code source}, {@code chapters}, {@code indicators} and {@code spans};
 * property names are the model's accessor names, enumeration values are the constant names in lower case
 * ({@code annual_average}), absent optional values are omitted. A bound is {@code {"kind", "text", "value" |
 * "low"+"high" | "reason", "unit"}}: when reading, its {@code text} is parsed with
 * {@link org.devplan.model.Bound#parse} and must give exactly the stated kind, figures (scale included), unit and
 * reason, so that no inconsistent bound gets in.
 *
 * <p><b>Strictness.</b> Malformed JSON, a truncated document, an unknown or duplicate property, a missing required
 * property, a wrong type, an unknown enumeration value, a value the model rejects and (with
 * {@link JsonOptions#STRICT}) a custom unit all fail with a {@link PlanFormatException} whose line and column
 * point at the offending token (for a missing property or a rule of the model broken by an object as a whole: the
 * object's closing brace); nothing partially read is returned. Hostile input is bounded: nesting depth
 * {@value #MAX_NESTING_DEPTH}, strings of {@value #MAX_STRING_LENGTH} characters, numbers of
 * {@value #MAX_NUMBER_LENGTH} characters, and decimals whose scale or precision exceeds 1000 (as in the model, e.g.
 * {@code 1e999999999}) are rejected before anything prints them. A limit tripped is reported at the token
 * that tripped it. Writing applies the same limits (one set, shared with {@link org.devplan.io.csv.PlanCsv}): a plan
 * that its reader would refuse (chapters nested more than 99 deep, a text over the string limit) is refused with
 * an {@link IllegalArgumentException} giving the reader's reason, so nothing is written that cannot be read back.
 *
 * <p>Files are UTF-8 (a leading BOM is skipped); invalid UTF-8 is reported at the line and column of its first
 * bad byte, and UTF-16 or UTF-32 input is refused at 1:1, naming its encoding. Bytes, streams and files are read
 * with Jackson's byte parser, characters with its character parser; both give the same messages and places.
 * A failing file system call is an {@link UncheckedIOException}.
 * This class is thread-safe; its {@link Codec} objects are immutable and thread-safe.
 *
 * <pre>{@code
 * PlanJson.Codec json = PlanJson.codec();
 * String text = json.formatToString(plan);
 * Plan back = json.parseChars(text);                // equals(plan)
 * json.formatFile(plan, Path.of("zibo-2026.json"));
 * try (PlanJsonIterator plans = json.parseAllFile(Path.of("corpus.jsonl"))) {
 *   plans.stream().map(Plan::id).forEach(System.out::println);   // one plan in memory at a time
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanJson {
  /** The value of the top-level {@code format} property. */
  public static final String FORMAT = "devplan/1";

  /** The class-path resource of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/org/devplan/io/json/plan.schema.json";

  /** Deepest nesting of arrays and objects accepted (a chapter level takes two). */
  public static final int MAX_NESTING_DEPTH = IoLimits.MAX_NESTING_DEPTH;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = IoLimits.MAX_STRING_LENGTH;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = IoLimits.MAX_NUMBER_LENGTH;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(IoLimits.readConstraints())
      .streamWriteConstraints(IoLimits.writeConstraints())
      .rootValueSeparator("\n")
      .build();

  private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).addModule(new PlanJacksonModule()).build();

  private PlanJson() {}

  /**
   * A {@link JsonMapper} with {@link PlanJacksonModule} and this class's read limits, for reading and writing
   * plans, indicators, observations and bounds as parts of larger documents.
   *
   * <pre>{@code
   * Bound b = PlanJson.mapper().readValue("{\"kind\":\"at_least\",\"text\":\"2以上\",\"value\":2}", Bound.class);
   * }</pre>
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** The JSON Schema (draft 2020-12) of the format, from the jar. */
  public static URL schema() {
    URL url = PlanJson.class.getResource(SCHEMA_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("resource " + SCHEMA_RESOURCE + " is missing from the class path");
    }
    return url;
  }

  private static final Codec DEFAULT = new Codec(JsonOptions.DEFAULT);

  /** The codec of plans with {@link JsonOptions#DEFAULT}. */
  public static Codec codec() {
    return DEFAULT;
  }

  /**
   * The codec of plans with {@code options}.
   *
   * <pre>{@code
   * Indicator boilers = new Indicator.Builder().code("boilers").name("燃煤锅炉").unit(Unit.of("蒸吨")).build();
   * Plan more = plan.withIndicators(Stream.concat(plan.indicators().stream(), Stream.of(boilers)).toList());
   * String json = PlanJson.codec().formatToString(more);
   * PlanJson.codec(JsonOptions.STRICT).parseChars(json);   // PlanFormatException: unknown unit "蒸吨" …
   * }</pre>
   */
  public static Codec codec(JsonOptions options) {
    return new Codec(requireNonNull(options, "options"));
  }

  /**
   * Reads and writes plans in the devplan JSON format with fixed {@link JsonOptions}: one plan through the verbs
   * of {@link TextParser} and {@link TextFormatter}, many plans (a JSON array or JSON Lines) through
   * {@code parseAll…} and {@code formatAll…}, one at a time. Errors name the file by its path, any other input by
   * {@link JsonOptions#sourceName()}. Streams, readers and writers given are not closed (a stream of plans leaves
   * them open when it is closed); files opened here are. Immutable and thread-safe.
   *
   * <pre>{@code
   * PlanJson.Codec json = PlanJson.codec();
   * json.formatFile(plan, Path.of("zibo-2026.json"));
   * Plan back = json.parseFile(Path.of("zibo-2026.json"));   // equals(plan)
   * }</pre>
   *
   * @since 0.1
   */
  public static final class Codec implements TextParser<Plan>, TextFormatter<Plan> {
    private final JsonOptions options;

    private Codec(JsonOptions options) {
      this.options = options;
    }

    /** The options of this codec. */
    public JsonOptions options() {
      return options;
    }

    /**
     * The plan in the UTF-8 file {@code path} (a leading BOM is skipped), named by its path in errors.
     *
     * @throws PlanFormatException if the file is not a valid plan (with line and column)
     * @throws UncheckedIOException if the file cannot be read
     */
    @Override
    public Plan parseFile(Path path) {
      return readBytes(IoFiles.bytes(path), IoFiles.name(path), options);
    }

    /**
     * The plan in the UTF-8 bytes of {@code in} (not closed).
     *
     * @throws PlanFormatException if the input is not a valid plan (with line and column)
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public Plan parseStream(InputStream in) {
      return readBytes(IoFiles.bytes(in, options.sourceName()), options.sourceName(), options);
    }

    /**
     * The plan in the characters of {@code reader} (not closed; a leading BOM is skipped).
     *
     * @throws PlanFormatException if the input is not a valid plan (with line and column)
     * @throws UncheckedIOException if the reader fails
     */
    @Override
    public Plan parseReader(Reader reader) {
      return read(() -> MAPPER.createParser(IoFiles.skipBom(IoFiles.unclosed(reader))), options.sourceName(),
          options);
    }

    /**
     * The plan in the JSON text {@code json}.
     *
     * @throws PlanFormatException if the text is not a valid plan (with line and column)
     */
    @Override
    public Plan parseChars(CharSequence json) {
      return parseReader(new StringReader(json.toString()));
    }

    /**
     * Writes {@code plan} to the file {@code path} (UTF-8), replacing it.
     *
     * @throws IllegalArgumentException if the plan breaks a limit its reader enforces
     * @throws UncheckedIOException if the file cannot be written
     */
    @Override
    public void formatFile(Plan plan, Path path) {
      write(plan, generator(IoFiles.output(path)));
    }

    /**
     * Writes {@code plan} as UTF-8 to {@code out}, flushed and not closed.
     *
     * @throws IllegalArgumentException if the plan breaks a limit its reader enforces
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void formatStream(Plan plan, OutputStream out) {
      write(plan, generator(IoFiles.unclosed(out)));
    }

    /**
     * Writes {@code plan} to {@code out}, flushed and not closed.
     *
     * @throws IllegalArgumentException if the plan breaks a limit its reader enforces
     * @throws UncheckedIOException if the writer fails
     */
    @Override
    public void formatWriter(Plan plan, Writer out) {
      write(plan, generator(IoFiles.unclosed(out)));
    }

    /**
     * Opens the UTF-8 file {@code path}, a JSON array of plans or JSON Lines (told apart by the first character),
     * for reading one plan at a time; closing the result closes the file.
     *
     * @throws UncheckedIOException if the file cannot be opened
     */
    public PlanJsonIterator parseAllFile(Path path) {
      return parseAll(IoFiles.input(path), IoFiles.name(path));
    }

    /**
     * The plans in the UTF-8 bytes of {@code in}, one at a time; closing the result leaves {@code in} open.
     *
     * <pre>{@code
     * try (PlanJsonIterator plans = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("<stdin>"))
     *     .parseAllStream(System.in)) {
     *   plans.forEachRemaining(p -> System.out.println(p.id()));
     * }
     * }</pre>
     */
    public PlanJsonIterator parseAllStream(InputStream in) {
      return parseAll(IoFiles.unclosed(in), options.sourceName());
    }

    private PlanJsonIterator parseAll(InputStream in, String sourceName) {
      IoUtf8.Checked checked = IoUtf8.checked(in);
      return readAll(() -> MAPPER.createParser(checked), sourceName, options,
          e -> e instanceof PlanFormatException f ? checked.relocate(f) : e);
    }

    /** The plans in the characters of {@code reader}, one at a time; closing the result leaves it open. */
    public PlanJsonIterator parseAllReader(Reader reader) {
      return readAll(() -> MAPPER.createParser(IoFiles.skipBom(IoFiles.unclosed(reader))), options.sourceName(),
          options, UnaryOperator.identity());
    }

    /**
     * Creates the file {@code path} (UTF-8) for writing plans one at a time in {@code layout}; closing the result
     * finishes the document and closes the file.
     *
     * @throws UncheckedIOException if the file cannot be created
     */
    public PlanJsonWriter formatAllFile(Path path, JsonLayout layout) {
      return new PlanJsonWriter(MAPPER.createGenerator(IoFiles.output(path)), layout);
    }

    /**
     * Writes plans one at a time as UTF-8 to {@code out} in {@code layout}; closing the result finishes the
     * document and flushes {@code out}, leaving it open.
     *
     * <pre>{@code
     * try (PlanJsonWriter w = PlanJson.codec().formatAllStream(System.out, JsonLayout.LINES)) {
     *   w.write(plan);
     * }
     * }</pre>
     */
    public PlanJsonWriter formatAllStream(OutputStream out, JsonLayout layout) {
      return new PlanJsonWriter(MAPPER.createGenerator(IoFiles.unclosed(out)), layout);
    }

    /** Writes plans one at a time to {@code out} in {@code layout}; closing the result leaves {@code out} open. */
    public PlanJsonWriter formatAllWriter(Writer out, JsonLayout layout) {
      return new PlanJsonWriter(MAPPER.createGenerator(IoFiles.unclosed(out)), layout);
    }

    private JsonGenerator generator(OutputStream out) {
      return options.pretty() ? PRETTY.createGenerator(out) : MAPPER.createGenerator(out);
    }

    private JsonGenerator generator(Writer out) {
      return options.pretty() ? PRETTY.createGenerator(out) : MAPPER.createGenerator(out);
    }

    @Override
    public String toString() {
      return "PlanJson.Codec[" + options + "]";
    }
  }

  /**
   * The plan in the whole input {@code json}, on Jackson's byte parser. That parser counts columns in bytes and
   * meets invalid UTF-8 only where it decodes, so when it fails, the bytes are read again through the strict
   * decoder, whose error gives the place in characters and the first bad byte: the error path pays, not the read.
   */
  private static Plan readBytes(byte[] json, String sourceName, JsonOptions options) {
    IoUtf8.checkEncoding(json, sourceName);
    try {
      return read(() -> MAPPER.createParser(json), sourceName, options);
    } catch (PlanFormatException e) {
      read(() -> MAPPER.createParser(IoFiles.utf8Reader(new ByteArrayInputStream(json))), sourceName, options);
      throw e; // the strict reading failed too, unless the parsers disagree
    }
  }

  /** A parser of the input, opened when the read starts (so that opening errors are translated too). */
  private interface Input {
    JsonParser open();
  }

  private static Plan read(Input input, String sourceName, JsonOptions options) {
    JsonParser p = null;
    try (JsonParser parser = input.open()) {
      p = parser;
      PlanJsonReading r = new PlanJsonReading(p, sourceName, options.strictUnits());
      if (p.nextToken() == null) {
        throw r.fail("expected a plan, found an empty document");
      }
      Plan plan = r.plan();
      JsonToken after = p.nextToken();
      if (after != null) {
        throw r.fail("unexpected content after the plan");
      }
      return plan;
    } catch (JacksonException e) {
      throw translate(e, sourceName, p);
    }
  }

  private static void write(Plan plan, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      PlanJsonWriting.plan(g, plan);
    } catch (JacksonException e) {
      throw io(e);
    }
  }

  private static PlanJsonIterator readAll(Input input, String sourceName, JsonOptions options,
      UnaryOperator<RuntimeException> relocate) {
    try {
      return new PlanJsonIterator(input.open(), sourceName, options.strictUnits(), relocate);
    } catch (JacksonException e) {
      throw relocate.apply(translate(e, sourceName, null));
    }
  }

  // ---- plumbing

  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  /**
   * A Jackson error as a {@link PlanFormatException} at its location (for invalid UTF-8: the first bad byte; for a
   * size limit, which Jackson reports without a place: the token {@code p} was reading), or a file system error
   * as unchecked I/O.
   */
  static RuntimeException translate(JacksonException e, String sourceName, @Nullable JsonParser p) {
    Throwable cause = e.getCause();
    if (cause instanceof IoFiles.BadBytes bad) {
      return new PlanFormatException(sourceName, bad.line(), bad.column(), bad.reason(), e);
    }
    if (cause instanceof IOException io && !(cause instanceof CharacterCodingException)) {
      return new UncheckedIOException("cannot read " + sourceName, io);
    }
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() < 1) && p != null) {
      at = p.currentTokenLocation();
    }
    int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
    int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
    String message = firstLine(e.getOriginalMessage());
    String reason = e instanceof StreamConstraintsException c ? IoLimits.reason(c)
        : cause instanceof CharacterCodingException ? "the input is not valid UTF-8"
        : message.startsWith("Invalid UTF-8") ? "the input is not valid UTF-8 (" + message + ")" // byte parser
        : message;
    return new PlanFormatException(sourceName, line, column, reason, e);
  }

  /**
   * A Jackson error while writing: a limit of {@link IoLimits} (the same reason its reader gives) as an
   * {@link IllegalArgumentException}, a failing output as unchecked I/O.
   */
  static RuntimeException io(JacksonException e) {
    if (e instanceof StreamConstraintsException c) {
      return new IllegalArgumentException(IoLimits.reason(c), e);
    }
    return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
