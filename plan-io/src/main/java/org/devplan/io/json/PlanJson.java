package org.devplan.io.json;

import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Path;
import org.devplan.io.internal.IoFiles;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
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
 * {@code 1e999999999}) are rejected before anything prints them.
 *
 * <p>Files are UTF-8 (a leading BOM is skipped). A failing file system call is an {@link UncheckedIOException}.
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
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 2_100;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(1_000)
          .build())
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
    return read(IoFiles.input(path), IoFiles.name(path), options);
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
    return read(() -> MAPPER.createParser(in), sourceName, options);
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
    return read(() -> MAPPER.createParser(json), sourceName, JsonOptions.DEFAULT);
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
    try (JsonParser p = input.open()) {
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
      throw translate(e, sourceName);
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
    return readAll(() -> MAPPER.createParser(in), sourceName, options);
  }

  /** Like {@link #readAll(Path)}, reading {@code in}, named {@code sourceName} in errors, with options. */
  public static PlanJsonIterator readAll(Reader in, String sourceName, JsonOptions options) {
    return readAll(() -> MAPPER.createParser(IoFiles.skipBom(in)), sourceName, options);
  }

  private static PlanJsonIterator readAll(Input input, String sourceName, JsonOptions options) {
    try {
      return new PlanJsonIterator(input.open(), sourceName, options.strictUnits());
    } catch (JacksonException e) {
      throw translate(e, sourceName);
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

  /** A Jackson error as a {@link PlanFormatException} at its location, or a file system error as unchecked I/O. */
  static RuntimeException translate(JacksonException e, String sourceName) {
    Throwable cause = e.getCause();
    if (cause instanceof IOException io && !(cause instanceof CharacterCodingException)) {
      return new UncheckedIOException("cannot read " + sourceName, io);
    }
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    String message = firstLine(e.getOriginalMessage());
    String reason = cause instanceof CharacterCodingException ? "the input is not valid UTF-8"
        : message.startsWith("Invalid UTF-8") ? "the input is not valid UTF-8 (" + message + ")" // byte parser
        : message;
    return new PlanFormatException(sourceName, line, column, reason, e);
  }

  static RuntimeException io(JacksonException e) {
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
