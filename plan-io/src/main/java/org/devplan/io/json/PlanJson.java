package org.devplan.io.json;

import java.nio.charset.CharacterCodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.function.UnaryOperator;
import java.nio.file.Path;
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
 * This class is thread-safe.
 *
 * <pre>{@code
 * String json = PlanJson.writeString(plan);
 * Plan back = PlanJson.readString(json);            // equals(plan)
 * PlanJson.write(plan, Path.of("zibo-2026.json"));
 * try (PlanJsonIterator plans = PlanJson.readAll(Path.of("corpus.jsonl"))) {
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

  // ---- reading one plan

  /**
   * Reads the plan in the UTF-8 file {@code path}.
   *
   * @throws PlanFormatException if the file is not a valid plan (with line and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Plan read(Path path) {
    return read(path, JsonOptions.DEFAULT);
  }

  /** Like {@link #read(Path)}, with options. */
  public static Plan read(Path path, JsonOptions options) {
    return readBytes(IoFiles.bytes(path), IoFiles.name(path), options);
  }

  /**
   * Reads a plan from UTF-8 bytes (named {@code <json>} in errors). Closes {@code in}.
   *
   * @throws PlanFormatException if the input is not a valid plan
   */
  public static Plan read(InputStream in) {
    return read(in, "<json>");
  }

  /**
   * Reads a plan from UTF-8 bytes; {@code sourceName} names the input in error messages. Closes {@code in}.
   *
   * @throws PlanFormatException if the input is not a valid plan
   */
  public static Plan read(InputStream in, String sourceName) {
    return read(in, sourceName, JsonOptions.DEFAULT);
  }

  /** Like {@link #read(InputStream, String)}, with options. */
  public static Plan read(InputStream in, String sourceName, JsonOptions options) {
    return readBytes(IoFiles.bytes(in, sourceName), sourceName, options);
  }

  /**
   * Reads a plan from UTF-8 bytes (a leading BOM is skipped); {@code sourceName} names the input in errors.
   *
   * <pre>{@code
   * Plan p = PlanJson.read(Files.readAllBytes(Path.of("zibo-2026.json")), "zibo-2026.json");
   * }</pre>
   *
   * @throws PlanFormatException if the input is not a valid plan
   */
  public static Plan read(byte[] json, String sourceName) {
    return readBytes(json, sourceName, JsonOptions.DEFAULT);
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
      read(IoFiles.utf8Reader(new ByteArrayInputStream(json)), sourceName, options);
      throw e; // the strict reading failed too, unless the parsers disagree
    }
  }

  /**
   * Reads a plan from characters (named {@code <json>} in errors). Closes {@code in}.
   *
   * @throws PlanFormatException if the input is not a valid plan
   */
  public static Plan read(Reader in) {
    return read(in, "<json>");
  }

  /**
   * Reads a plan from characters; {@code sourceName} names the input in error messages. Closes {@code in}.
   *
   * @throws PlanFormatException if the input is not a valid plan
   */
  public static Plan read(Reader in, String sourceName) {
    return read(in, sourceName, JsonOptions.DEFAULT);
  }

  /** Like {@link #read(Reader, String)}, with options. */
  public static Plan read(Reader in, String sourceName, JsonOptions options) {
    return read(() -> MAPPER.createParser(IoFiles.skipBom(in)), sourceName, options);
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

  /**
   * Reads a plan from a JSON string (named {@code <json>} in errors).
   *
   * @throws PlanFormatException if the text is not a valid plan
   */
  public static Plan readString(String json) {
    return read(new StringReader(json), "<json>", JsonOptions.DEFAULT);
  }

  /** Like {@link #readString(String)}, with options. */
  public static Plan readString(String json, JsonOptions options) {
    return read(new StringReader(json), "<json>", options);
  }

  // ---- writing one plan

  /**
   * Writes {@code plan} to the file {@code path} (UTF-8, indented), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Plan plan, Path path) {
    write(plan, IoFiles.output(path), JsonOptions.DEFAULT);
  }

  /** Writes {@code plan} as UTF-8 to {@code out}, indented, and closes it. */
  public static void write(Plan plan, OutputStream out) {
    write(plan, out, JsonOptions.DEFAULT);
  }

  /** Writes {@code plan} as UTF-8 to {@code out} with options, and closes it. */
  public static void write(Plan plan, OutputStream out, JsonOptions options) {
    write(plan, generator(out, options.pretty()));
  }

  /** Writes {@code plan} to {@code out}, indented, and closes it. */
  public static void write(Plan plan, Writer out) {
    write(plan, out, JsonOptions.DEFAULT);
  }

  /** Writes {@code plan} to {@code out} with options, and closes it. */
  public static void write(Plan plan, Writer out, JsonOptions options) {
    write(plan, generator(out, options.pretty()));
  }

  private static void write(Plan plan, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      PlanJsonWriting.plan(g, plan);
    } catch (JacksonException e) {
      throw io(e);
    }
  }

  /** {@code plan} as an indented JSON string. */
  public static String writeString(Plan plan) {
    return writeString(plan, JsonOptions.DEFAULT);
  }

  /** {@code plan} as a JSON string, with options. */
  public static String writeString(Plan plan, JsonOptions options) {
    StringWriter w = new StringWriter();
    write(plan, w, options);
    return w.toString();
  }

  // ---- streams of plans

  /**
   * Opens the UTF-8 file {@code path}, a JSON array of plans or JSON Lines (told apart by the first character),
   * for reading one plan at a time. Close the result.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static PlanJsonIterator readAll(Path path) {
    return readAll(IoFiles.input(path), IoFiles.name(path), JsonOptions.DEFAULT);
  }

  /**
   * Like {@link #readAll(Path)}, reading UTF-8 bytes from {@code in}, named {@code sourceName} in errors, with
   * options; closing the result closes {@code in}.
   *
   * <pre>{@code
   * try (PlanJsonIterator plans = PlanJson.readAll(System.in, "<stdin>", JsonOptions.DEFAULT)) {
   *   plans.forEachRemaining(p -> System.out.println(p.id()));
   * }
   * }</pre>
   */
  public static PlanJsonIterator readAll(InputStream in, String sourceName, JsonOptions options) {
    IoUtf8.Checked checked = IoUtf8.checked(in);
    return readAll(() -> MAPPER.createParser(checked), sourceName, options,
        e -> e instanceof PlanFormatException f ? checked.relocate(f) : e);
  }

  /** Like {@link #readAll(Path)}, reading {@code in}, named {@code sourceName} in errors, with options. */
  public static PlanJsonIterator readAll(Reader in, String sourceName, JsonOptions options) {
    return readAll(() -> MAPPER.createParser(IoFiles.skipBom(in)), sourceName, options, UnaryOperator.identity());
  }

  private static PlanJsonIterator readAll(Input input, String sourceName, JsonOptions options,
      UnaryOperator<RuntimeException> relocate) {
    try {
      return new PlanJsonIterator(input.open(), sourceName, options.strictUnits(), relocate);
    } catch (JacksonException e) {
      throw relocate.apply(translate(e, sourceName, null));
    }
  }

  /**
   * Creates the file {@code path} (UTF-8) for writing plans one at a time in {@code layout}. Close the result.
   *
   * @throws UncheckedIOException if the file cannot be created
   */
  public static PlanJsonWriter writeAll(Path path, JsonLayout layout) {
    return writeAll(IoFiles.output(path), layout);
  }

  /**
   * Writes plans one at a time as UTF-8 to {@code out} in {@code layout}; closing the result closes {@code out}.
   *
   * <pre>{@code
   * try (PlanJsonWriter w = PlanJson.writeAll(System.out, JsonLayout.LINES)) {
   *   w.write(plan);
   * }
   * }</pre>
   */
  public static PlanJsonWriter writeAll(OutputStream out, JsonLayout layout) {
    return new PlanJsonWriter(MAPPER.createGenerator(out), layout);
  }

  /** Writes plans one at a time to {@code out} in {@code layout}; closing the result closes {@code out}. */
  public static PlanJsonWriter writeAll(Writer out, JsonLayout layout) {
    return new PlanJsonWriter(MAPPER.createGenerator(out), layout);
  }

  // ---- plumbing

  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private static JsonGenerator generator(OutputStream out, boolean pretty) {
    return pretty ? PRETTY.createGenerator(out) : MAPPER.createGenerator(out);
  }

  private static JsonGenerator generator(Writer out, boolean pretty) {
    return pretty ? PRETTY.createGenerator(out) : MAPPER.createGenerator(out);
  }

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
