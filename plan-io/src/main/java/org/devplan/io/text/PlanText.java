package org.devplan.io.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.devplan.io.TextParser;
import org.devplan.io.text.internal.Decoder;
import org.devplan.io.text.internal.Importer;
import org.devplan.io.text.internal.SourceText;
import org.devplan.model.Concepts;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;

/**
 * Imports a development plan from its published plain text: the title (region, plan year, base year), the heading
 * tree with tasks, every figure of the narrative and every cell of the indicator table, as a {@link Plan}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * PlanText.Parser parser = PlanText.parser();
 * Plan plan = parser.parseFile(Path.of("seeds/zibo-2026-plan.txt"));
 * plan.planYear();                                // 2026
 * plan.indicatorByName("一般公共预算收入").orElseThrow()
 *     .observations(Observation.Kind.TARGET, 2026).stream()
 *     .map(o -> o.level().map(Bound::text).orElse("—") + " | " + o.growth().map(Bound::text).orElse("—"))
 *     .toList();                                  // [428.12 | 2以上, — | 增长2%以上]: the table's, the text's
 *
 * PlanText.Result r = parser.reporting().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
 * r.encoding();                                   // Optional[UTF-8], with the decoded text in r.text()
 * Plan other = PlanText.parser(PlanText.Options.defaults().withRegion("芜湖市").withPlanYear(2026))
 *     .parseChars("一、主要目标\n新增城镇就业6.2万人。");   // the text itself, never a path
 * other.region().name();                          // 芜湖市
 * }</pre>
 *
 * <p>A text with neither a heading nor a figure (an empty file, a page of prose) is not a plan: it fails with a
 * {@link PlanFormatException} at line 1 saying so, even with {@link Options#withPlanYear}.
 *
 * <p>{@link #parser(Options)} gives a {@link Parser}, a {@link TextParser} of plans; its {@link Parser#reporting()}
 * reads the same inputs into a {@link Result}, the plan with what was learnt on the way (the detected encoding, a
 * byte-order mark, the decoded text that the plan's spans partition, the numbers that were not read). Bytes (files
 * and streams) are decoded as described below; characters (readers and texts) are taken as they are. Errors name
 * the file, else {@link Options#withDocumentName the options' document name}, else {@code <stream>} for bytes and
 * {@code <text>} for characters.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li><b>Encoding</b> (bytes only): a byte-order mark (UTF-8, UTF-16BE/LE), else strict UTF-8, else GB18030;
 *       reported by {@link Result#encoding()}. Line ends CRLF, CR and LF.</li>
 *   <li><b>Normalisation</b>: full-width digits, letters, ％ ． （）, ideographic and no-break spaces and stray
 *       zero-width characters are folded for reading; every name, title and figure wording is taken from the
 *       decoded text as written, and every position (1-based line, code-point column) refers to it.</li>
 *   <li><b>Traditional characters</b> are read as their simplified forms, one character at a time (ICU4J's
 *       Traditional-Simplified); names and wordings are given simplified, spans keep the text as written.</li>
 *   <li><b>Title</b>: found behind a copied page's furniture (下载 / 打印 / 【字号：…】 / 来源： / breadcrumbs /
 *       posting dates / photo captions), which never becomes the title, a heading or a figure. Region, plan year
 *       and base year come from the title (淄博市2026年国民经济和社会发展计划 → 淄博市, 2026, 2025; a report naming
 *       2025 and 2026 → 2026, 2025; 第十五个五年规划 → 2030, 2025), else from the subtitle
 *       (——2026年1月27日在安徽省…会议上, 二〇二六年…), the speaker line (北京市市长 …) or the text (2026年主要预期目标,
 *       今年是“十五五”开局之年), unless {@link Options} sets them; {@link Plan#regionEvidence()},
 *       {@link Plan#planYearEvidence()} and {@link Plan#baseYearEvidence()} of the result say which was stated
 *       and which inferred.</li>
 *   <li><b>Headings</b>: {@code 第一部分 第一篇 第一章 第一节}, {@code 一、}, {@code （一）/(一)}, {@code 1. 1． 1、},
 *       {@code （1）}, {@code ①}, {@code 附件/附表}, standalone or inline (the first sentence of a paragraph), and
 *       {@code 一是…二是…} inline anywhere in a paragraph; levels follow the order in which schemes appear. Title =
 *       the phrase up to its first {@code 。}. Chapters whose title reports on the past year (执行情况, 发展成就…)
 *       hold actuals, those naming the plan year or an aim (目标, 任务…) targets; a title that says neither takes the
 *       kind its first sentence tells (2025年是… opens a review), else target. Each lowest chapter of a target part is
 *       one task.</li>
 *   <li><b>Tables</b>: one cell per line (TAB-led, blank-line separated, cells broken over lines), or one row per
 *       line separated by TABs, pipes or runs of spaces; one or two header rows (years, 完成/目标/预期, 绝对值/增长%,
 *       年均/累计, 属性, 单位, 类别); group rows; merged year cells; footnotes {@code 注：} kept as notes.</li>
 *   <li><b>Figures</b>: {@code [subject] [verb] [qualifier] number [万|亿|万亿] [余] unit [qualifier]} with
 *       ranges ({@code 4.5%至5%}), lists ({@code 分别…、…}, {@code 均}), a level followed by its growth
 *       ({@code 5088.9亿元，同比增长5.6%}), hedges ({@code 力争}), years ({@code 到2030年}, {@code “十五五”时期}),
 *       and words-only targets ({@code 与经济增长同步}, {@code 完成省下达目标}). Numbers inside names (5G, 3岁以下,
 *       10亿元以上项目, 第15名, quoted names) are not figures. The vocabulary lives in data files under
 *       {@code org/devplan/io/text/}.</li>
 *   <li><b>Linking</b>: a narrative figure joins an indicator whose name is equal after normalisation (全市,
 *       本外币, 人数…) or listed with it in the alias table; otherwise it gets an indicator of its own.</li>
 *   <li><b>Concepts</b>: an indicator whose name denotes a standard {@link Concepts concept} (全省生产总值,
 *       经济增长 → {@code gdp}) records it as {@code INFERRED}; indicators sharing a concept stay apart. Tag with
 *       concepts of your own afterwards: {@code myConcepts.tag(plan)}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class PlanText {
  private static final Parser DEFAULT = new Parser(Options.defaults());

  private PlanText() {}

  /** The parser of plan texts with {@link Options#defaults()}: everything comes from the document. */
  public static Parser parser() {
    return DEFAULT;
  }

  /**
   * The parser of plan texts with {@code options}.
   *
   * <pre>{@code
   * PlanText.Parser parser = PlanText.parser(PlanText.Options.defaults().withPlanYear(2026));
   * Plan b = parser.parseChars("一、主要目标\n地区生产总值增长5%左右。");   // text is text
   * b.planYear();                                // 2026
   * }</pre>
   */
  public static Parser parser(Options options) {
    return new Parser(requireNonNull(options, "options"));
  }

  /**
   * Reads plans from their text with fixed {@link Options}. Immutable and thread-safe.
   *
   * <pre>{@code
   * PlanText.Parser parser = PlanText.parser();
   * Plan plan = parser.parseFile(Path.of("seeds/zibo-2026-plan.txt"));
   * plan.title();          // 淄博市2026年国民经济和社会发展计划
   * }</pre>
   *
   * @since 0.1
   */
  public static final class Parser implements TextParser<Plan> {
    private final Reporting reporting;

    private Parser(Options options) {
      this.reporting = new Reporting(options);
    }

    /** The options this parser reads with. */
    public Options options() {
      return reporting.options;
    }

    /**
     * The same reading, with the import report: a parser of {@link Result}s (the plan, the encoding, the byte-order
     * mark, the decoded text and the numbers that were not read).
     *
     * <pre>{@code
     * PlanText.Result r = PlanText.parser().reporting().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
     * r.encoding();        // Optional[UTF-8]
     * r.notRead().size();  // 8: the numbers of the text that no figure holds and no class explains
     * }</pre>
     */
    public TextParser<Result> reporting() {
      return reporting;
    }

    /**
     * The plan in file {@code path}, detecting its encoding; the file name is the document name unless the options
     * set one.
     *
     * @throws PlanFormatException if the bytes are not UTF-8, UTF-16 with a mark or GB18030, the text holds no
     *     plan, or the plan year cannot be told; the message names the file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    @Override
    public Plan parseFile(Path path) {
      return reporting.file(path, false).plan();
    }

    /**
     * The plan in the bytes of {@code in} (not closed), detecting its encoding.
     *
     * @throws PlanFormatException as {@link #parseFile(Path)}
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public Plan parseStream(InputStream in) {
      return reporting.stream(in, false).plan();
    }

    /**
     * The plan in the characters of {@code reader} (not closed).
     *
     * @throws PlanFormatException if the text holds no plan or the plan year cannot be told
     * @throws UncheckedIOException if the reader fails
     */
    @Override
    public Plan parseReader(Reader reader) {
      return reporting.chars(chars(reader), false).plan();
    }

    /**
     * The plan in the text {@code text}. A leading byte-order mark character is dropped.
     *
     * @throws PlanFormatException if the text holds no plan or the plan year cannot be told
     */
    @Override
    public Plan parseChars(CharSequence text) {
      return reporting.chars(text, false).plan();
    }

    @Override
    public String toString() {
      return "PlanText.Parser[" + options() + "]";
    }
  }

  /** The parser of {@link Result}s behind a {@link Parser}: the same reading, with the audit of unread numbers. */
  private static final class Reporting implements TextParser<Result> {
    private final Options options;

    Reporting(Options options) {
      this.options = options;
    }

    @Override
    public Result parseFile(Path path) {
      return file(path, true);
    }

    @Override
    public Result parseStream(InputStream in) {
      return stream(in, true);
    }

    @Override
    public Result parseReader(Reader reader) {
      return chars(PlanText.chars(reader), true);
    }

    @Override
    public Result parseChars(CharSequence text) {
      return chars(text, true);
    }

    Result file(Path path, boolean audit) {
      return fromBytes(decoded(bytes(path), named(options, path)), audit);
    }

    Result stream(InputStream in, boolean audit) {
      return fromBytes(decoded(bytes(in), options), audit);
    }

    Result chars(CharSequence text, boolean audit) {
      return fromString(text.toString(), options, audit);
    }

    @Override
    public String toString() {
      return "PlanText.Parser[" + options + "].reporting()";
    }
  }

  private static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** {@code options}, named after the file unless they name the document. */
  private static Options named(Options options, Path path) {
    Path name = path.getFileName();
    return options.documentName().isPresent() ? options
        : options.withDocumentName(name == null ? path.toString() : name.toString());
  }

  private static byte[] bytes(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String chars(Reader reader) {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        b.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /** The result of {@code text}; with {@code audit}, with the numbers it did not read (else with none). */
  private static Result fromString(String text, Options options, boolean audit) {
    requireNonNull(text, "text");
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Importer.Settings settings = settings(options, Optional.empty());
    return Result.of(SourceText.of(s), settings, settings.document(), Optional.empty(), false, audit);
  }

  /** Decoded bytes with the settings that carry their digest: all that an import needs of the bytes. */
  private record Input(Decoder.Decoded decoded, Importer.Settings settings, String document) {}

  /**
   * Decodes {@code bytes}. Callers pass the result on rather than the bytes, so that no frame holds the bytes
   * during the import (50 MB of a 50 MB text).
   */
  private static Input decoded(byte[] bytes, Options options) {
    String document = options.documentName().orElse("<stream>");
    return new Input(Decoder.decode(bytes, document), settings(options, Optional.of(sha256(bytes))), document);
  }

  private static Result fromBytes(Input in, boolean audit) {
    Decoder.Decoded d = in.decoded();
    return Result.of(SourceText.of(d.text()), in.settings(), in.document(), Optional.of(d.charset()), d.bom(), audit);
  }

  /**
   * The imported plan, each indicator tagged with the standard concept its name denotes (as inferred); an error
   * unless the text had a heading or a figure: an empty file is not an empty plan.
   */
  private static Plan imported(SourceText text, Importer.Settings settings, String document) {
    return planContent(Importer.importText(text, settings), document);
  }

  /** {@code plan}, unless the text had neither a heading nor a figure. */
  private static Plan planContent(Plan plan, String document) {
    if (plan.chapters().isEmpty() && plan.allObservations().findAny().isEmpty()) {
      throw new PlanFormatException(document, 1, 1, "no plan content: found no heading (such as 一、 or 第一章) "
          + "and no figure in the text");
    }
    return plan;
  }

  private static Importer.Settings settings(Options o, Optional<String> sha) {
    return new Importer.Settings(o.documentName().orElse("<text>"), o.region(), o.planYear(), o.baseYear(), sha);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * What the caller knows when the title does not say it: region, plan year, base year and the document name
   * used in positions. Immutable and thread-safe.
   *
   * <pre>{@code
   * PlanText.Options o = PlanText.Options.defaults().withRegion("淄博市").withPlanYear(2026).withBaseYear(2025)
   *     .withDocumentName("zibo.txt");
   * }</pre>
   *
   * @since 0.1
   */
  public static final class Options {
    private static final Options DEFAULTS = new Options(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty());

    private final Optional<String> region;
    private final OptionalInt planYear;
    private final OptionalInt baseYear;
    private final Optional<String> documentName;

    private Options(Optional<String> region, OptionalInt planYear, OptionalInt baseYear,
        Optional<String> documentName) {
      this.region = region;
      this.planYear = planYear;
      this.baseYear = baseYear;
      this.documentName = documentName;
    }

    /** No settings: everything comes from the document. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * These options with the region set.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Options withRegion(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("options: region must not be blank");
      }
      return new Options(Optional.of(name), planYear, baseYear, documentName);
    }

    /**
     * These options with the plan year set.
     *
     * @throws IllegalArgumentException if the year is outside 1900–2200
     */
    public Options withPlanYear(int year) {
      checkYear("planYear", year);
      return new Options(region, OptionalInt.of(year), baseYear, documentName);
    }

    /**
     * These options with the base year set.
     *
     * @throws IllegalArgumentException if the year is outside 1900–2200
     */
    public Options withBaseYear(int year) {
      checkYear("baseYear", year);
      return new Options(region, planYear, OptionalInt.of(year), documentName);
    }

    /**
     * These options with the document name (used in positions and provenance) set.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Options withDocumentName(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("options: document name must not be blank");
      }
      return new Options(region, planYear, baseYear, Optional.of(name));
    }

    private static void checkYear(String what, int year) {
      if (year < 1900 || year > 2200) {
        throw new IllegalArgumentException("options: " + what + " " + year + " must be within 1900–2200");
      }
    }

    /** The region, if set. */
    public Optional<String> region() {
      return region;
    }

    /** The plan year, if set. */
    public OptionalInt planYear() {
      return planYear;
    }

    /** The base year, if set. */
    public OptionalInt baseYear() {
      return baseYear;
    }

    /** The document name, if set. */
    public Optional<String> documentName() {
      return documentName;
    }

    @Override
    public String toString() {
      return "PlanText.Options[region=" + region.orElse("-") + ", planYear=" + planYear + ", baseYear=" + baseYear
          + ", document=" + documentName.orElse("-") + "]";
    }
  }

  /**
   * An imported plan with what was learnt while reading it: the encoding (for bytes), whether a byte-order mark
   * was present, the decoded text its positions refer to, and every number of that text that became no
   * observation, with what it is (a year, a ranking, a name …) or {@code not read}. Immutable and thread-safe.
   *
   * <pre>{@code
   * PlanText.Result r = PlanText.parser().reporting().parseFile(Path.of("anji-2026-plan.txt"));
   * r.encoding().map(Charset::name);   // Optional[GB18030]
   * r.plan().spans().size();           // 118
   * r.notRead().stream().map(UnreadNumber::text).toList();   // [8.6, ６.２, ８.５, 1]: no figure holds them
   * }</pre>
   *
   * @param plan the plan
   * @param encoding the detected encoding; empty for text given as characters ({@code parseChars}, {@code parseReader})
   * @param byteOrderMark true if the bytes started with a byte-order mark
   * @param text the decoded text (without a byte-order mark); the plan's spans partition it
   * @param unread every number of the text that no observation holds, in text order (see {@link UnreadNumber})
   * @since 0.1
   */
  public record Result(Plan plan, Optional<Charset> encoding, boolean byteOrderMark, String text,
      List<UnreadNumber> unread) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public Result {
      requireNonNull(plan, "plan");
      requireNonNull(encoding, "encoding");
      requireNonNull(text, "text");
      unread = List.copyOf(unread);
    }

    /**
     * The result of importing {@code text}; with {@code audit}, with the numbers of the text that the plan did not
     * read, else with none (for {@link Parser}, which returns only the plan).
     */
    static Result of(SourceText text, Importer.Settings settings, String document, Optional<Charset> encoding,
        boolean byteOrderMark, boolean audit) {
      Plan plan = imported(text, settings, document);
      return new Result(plan, encoding, byteOrderMark, text.original(),
          audit ? UnreadNumber.audit(text, plan) : List.of());
    }

    /**
     * The numbers devplan did not read and cannot account for: the {@link #unread()} numbers whose reason is
     * {@link UnreadNumber#NOT_READ}. Where they stand, recall is lost.
     *
     * @since 0.1
     */
    public List<UnreadNumber> notRead() {
      return unread.stream().filter(UnreadNumber::notRead).toList();
    }
  }
}
