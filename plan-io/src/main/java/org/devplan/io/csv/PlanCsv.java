package org.devplan.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.devplan.io.internal.IoCsvReader;
import org.devplan.io.internal.IoCsvWriter;
import org.devplan.io.internal.IoFiles;
import org.devplan.io.text.PlanText;
import org.devplan.io.text.UnreadNumber;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;

/**
 * Plans as CSV tables: the tidy observation table, the outline, the annex as printed, and the tasks. Files are
 * UTF-8; reading accepts a BOM and CRLF and finds columns by header name in any order (every column of the format
 * must be there, and no other). Bad input fails with a {@link PlanFormatException} naming the row (the header is row
 * 1) and the column; nothing partially read is returned. A failing file system call is an
 * {@link UncheckedIOException}. This class is thread-safe.
 *
 * <h2>The tidy table (format version 2)</h2>
 * Header, in this order: {@code plan_id, region, plan_year, observation_id, indicator_code, indicator_name, group,
 * unit, nature, kind, year, period_start, aggregation, level, level_bound, level_low, level_high, level_text,
 * growth_pct, growth_bound, growth_low, growth_high, growth_text, is_change, verb, hedge, status, chapter, source,
 * origin} ({@link TidyTable#COLUMNS}); one row per observation, so one indicator, year and kind may have several
 * rows (annex and narrative; tell them apart by {@code origin}). A change of columns is a change of format version
 * (version 2 added {@code origin}). For pandas and R: an unknown value is an empty cell (never {@code —} or
 * {@code NA}), booleans are {@code true}/{@code false}, figures are plain decimals, so {@code pandas.read_csv} and
 * {@code readr::read_csv} type the columns without help ({@code is_change} as logical, {@code level} as double).
 * <ul>
 *   <li>{@code plan_id}, {@code region}, {@code plan_year}: the plan's id, region name and plan year.
 *   <li>{@code indicator_code}, {@code indicator_name}, {@code group}, {@code unit}, {@code nature}: the
 *       indicator's; {@code unit} is the <em>indicator's</em> unit symbol, empty when the plan states
 *       none ({@link org.devplan.model.Unit#UNSPECIFIED}); {@code nature} ∈ {@code expected, binding,
 *       unspecified}.
 *   <li>{@code observation_id}, {@code kind} ∈ {@code actual, target}; {@code year} is the period's end,
 *       {@code period_start} its start (equal to {@code year} for one year), {@code aggregation} ∈ {@code year,
 *       annual_average, cumulative}.
 *   <li>The level in five columns, the growth likewise: {@code level} holds the figure of a single-figure bound
 *       ({@code exact, at_least, at_most, about, greater_than, less_than}) as a plain ASCII decimal at the scale
 *       written ({@code 5.60}); {@code level_low}/{@code level_high} the ends of a {@code range}; {@code level_bound}
 *       the bound's kind ({@code …, range, qualitative, absent}); {@code level_text} the original wording
 *       ({@code 5以上}, {@code 止跌回稳}, {@code —}). A {@code qualitative} or {@code absent} bound has only kind and
 *       wording. Five empty cells: no level. Figures are in the level's own unit, never converted: when the wording
 *       carries a unit ({@code 5.5万人} for an indicator in 人), the figure is 5.5 and the unit is recovered from the
 *       wording, so the round trip is exact; the {@code unit} column stays the indicator's. Growth figures are in %
 *       (or 个百分点 where the wording says so).
 *   <li>On reading, the wording is authoritative: it is parsed with {@link org.devplan.model.Bound#parse} and the
 *       kind and figure cells must equal what it gives (digit for digit), so an edited figure with stale wording is
 *       an error, not a silent disagreement.
 *   <li>{@code is_change} ∈ {@code true, false}; {@code verb}, {@code hedge} as written; {@code status} ∈
 *       {@code reported, preliminary, estimate} or empty; {@code chapter} the chapter path ({@code 3.2}).
 *   <li>{@code source}: {@code table:line:column} or {@code narrative:line:column}, or empty when unknown;
 *       {@code origin}: {@code table} (the annex table) or {@code narrative} (the text), as in {@code source}, or
 *       empty with it. On reading it must agree with {@code source}.
 * </ul>
 * Reading returns a {@link TidyTable}; see there what a row carries of the model.
 *
 * <h2>The other tables</h2>
 * The outline ({@link OutlineRow#COLUMNS}), the annex as printed ({@link AnnexTable}, header with the plan's years)
 * and the tasks ({@link TaskRow#COLUMNS}: one row per observation a task states, or one row with empty figure
 * columns; {@code level} and {@code growth_pct} are the figures of the wordings beside them, checked on reading).
 * Each reads back what its writer wrote: {@code PlanCsv.readTasks(file, options)} equals {@code TaskRow.of(plan)}.
 *
 * <pre>{@code
 * PlanCsv.writeTidy(plan, Path.of("zibo-2026.csv"));
 * TidyTable table = PlanCsv.readTidy(Path.of("zibo-2026.csv"));
 * table.equals(TidyTable.of(plan));                                 // true
 * PlanCsv.writeAnnex(AnnexTable.of(plan), Path.of("annex.csv"), CsvOptions.EXCEL);
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanCsv {
  private PlanCsv() {}

  // ---- tidy

  /** Writes the tidy table of {@code plan} to {@code path} (UTF-8, LF). */
  public static void writeTidy(Plan plan, Path path) {
    writeTidy(TidyTable.of(plan), IoFiles.utf8Writer(path), CsvOptions.DEFAULT);
  }

  /** Writes the tidy table of {@code plan} to {@code path} with options. */
  public static void writeTidy(Plan plan, Path path, CsvOptions options) {
    writeTidy(TidyTable.of(plan), IoFiles.utf8Writer(path), options);
  }

  /** Writes {@code table} to {@code out} with options, and closes it. */
  public static void writeTidy(TidyTable table, Writer out, CsvOptions options) {
    TidyCsv.write(table, out, options);
  }

  /**
   * Creates the file {@code path} (UTF-8) for one tidy table written plan by plan. Close the result.
   *
   * @throws UncheckedIOException if the file cannot be created
   */
  public static TidyCsvWriter writeTidyAll(Path path, CsvOptions options) {
    return writeTidyAll(IoFiles.utf8Writer(path), options);
  }

  /** Writes one tidy table plan by plan to {@code out} with options; closing the result closes {@code out}. */
  public static TidyCsvWriter writeTidyAll(Writer out, CsvOptions options) {
    return new TidyCsvWriter(TidyCsv.open(out, options));
  }

  /** The tidy table of {@code plan} as CSV text (LF, no BOM). */
  public static String writeTidyString(Plan plan) {
    return writeTidyString(TidyTable.of(plan), CsvOptions.DEFAULT);
  }

  /** {@code table} as CSV text with options. */
  public static String writeTidyString(TidyTable table, CsvOptions options) {
    StringWriter w = new StringWriter();
    writeTidy(table, w, options);
    return w.toString();
  }

  /**
   * Reads a tidy table from the UTF-8 file {@code path}.
   *
   * @throws PlanFormatException if a row or the header is malformed (row number and column name)
   */
  public static TidyTable readTidy(Path path) {
    return readTidy(path, CsvOptions.DEFAULT);
  }

  /** Like {@link #readTidy(Path)}, with options. */
  public static TidyTable readTidy(Path path, CsvOptions options) {
    return readTidy(IoFiles.utf8Reader(path), IoFiles.name(path), options);
  }

  /** Reads a tidy table from {@code in}, named {@code sourceName} in errors, and closes it. */
  public static TidyTable readTidy(Reader in, String sourceName, CsvOptions options) {
    return read(in, sourceName, options, r -> TidyCsv.read(r, options));
  }

  /** Reads a tidy table from CSV text (named {@code <csv>} in errors). */
  public static TidyTable readTidyString(String csv) {
    return readTidy(new StringReader(csv), "<csv>", CsvOptions.DEFAULT);
  }

  // ---- outline

  /** Writes the outline of {@code plan} to {@code path}. */
  public static void writeOutline(Plan plan, Path path) {
    writeOutline(plan, path, CsvOptions.DEFAULT);
  }

  /** Writes the outline of {@code plan} to {@code path} with options (with {@link CsvOptions#EXCEL}: guarded). */
  public static void writeOutline(Plan plan, Path path, CsvOptions options) {
    writeOutline(OutlineRow.of(plan), IoFiles.utf8Writer(path), options);
  }

  /** Writes outline rows to {@code out} with options, and closes it. */
  public static void writeOutline(List<OutlineRow> rows, Writer out, CsvOptions options) {
    SheetCsv.writeOutline(rows, out, options);
  }

  /** The outline of {@code plan} as CSV text. */
  public static String writeOutlineString(Plan plan) {
    StringWriter w = new StringWriter();
    writeOutline(OutlineRow.of(plan), w, CsvOptions.DEFAULT);
    return w.toString();
  }

  /** Reads outline rows from {@code path}. */
  public static ImmutableList<OutlineRow> readOutline(Path path) {
    return readOutline(path, CsvOptions.DEFAULT);
  }

  /** Reads outline rows from {@code path} with options (with {@link CsvOptions#EXCEL}: the guard removed). */
  public static ImmutableList<OutlineRow> readOutline(Path path, CsvOptions options) {
    return readOutline(IoFiles.utf8Reader(path), IoFiles.name(path), options);
  }

  /**
   * The header row of the CSV file {@code path}, for telling its layout: {@code plan_id, …} (tidy),
   * {@code chapter_path, …} (outline), {@code 分组, …} (annex) or {@code task_id, …} (tasks).
   *
   * @throws PlanFormatException if the file is empty or its header is not valid UTF-8 (with line and column)
   */
  public static ImmutableList<String> readHeader(Path path) {
    return read(IoFiles.utf8Reader(path), IoFiles.name(path), CsvOptions.DEFAULT, IoCsvReader::header);
  }

  /** Reads outline rows from {@code in}, named {@code sourceName} in errors, and closes it. */
  public static ImmutableList<OutlineRow> readOutline(Reader in, String sourceName, CsvOptions options) {
    return read(in, sourceName, options, SheetCsv::readOutline);
  }

  // ---- annex

  /** Writes {@code table} to {@code path} with options. */
  public static void writeAnnex(AnnexTable table, Path path, CsvOptions options) {
    writeAnnex(table, IoFiles.utf8Writer(path), options);
  }

  /** Writes {@code table} to {@code out} with options, and closes it. */
  public static void writeAnnex(AnnexTable table, Writer out, CsvOptions options) {
    SheetCsv.writeAnnex(table, out, options);
  }

  /** {@code table} as CSV text with options. */
  public static String writeAnnexString(AnnexTable table, CsvOptions options) {
    StringWriter w = new StringWriter();
    writeAnnex(table, w, options);
    return w.toString();
  }

  /** Reads an annex table from {@code path}. */
  public static AnnexTable readAnnex(Path path, CsvOptions options) {
    return readAnnex(IoFiles.utf8Reader(path), IoFiles.name(path), options);
  }

  /**
   * Reads an annex table from {@code in}, named {@code sourceName} in errors, and closes it. The years are taken
   * from the header.
   *
   * @throws PlanFormatException if the header lacks a column, a figure's wording does not parse, or a group row
   *     has other cells filled
   */
  public static AnnexTable readAnnex(Reader in, String sourceName, CsvOptions options) {
    return read(in, sourceName, options, r -> SheetCsv.readAnnex(r, options));
  }

  // ---- tasks

  /** Writes the tasks of {@code plan} and the figures they state to {@code out}, and closes it. */
  public static void writeTasks(Plan plan, Writer out, CsvOptions options) {
    writeTasks(TaskRow.of(plan), out, options);
  }

  /** Writes the tasks of {@code plan} to {@code path}. */
  public static void writeTasks(Plan plan, Path path, CsvOptions options) {
    writeTasks(plan, IoFiles.utf8Writer(path), options);
  }

  /** Writes task rows to {@code out} with options, and closes it. */
  public static void writeTasks(List<TaskRow> rows, Writer out, CsvOptions options) {
    SheetCsv.writeTasks(rows, out, options);
  }

  /** Reads task rows from {@code path} with options (with {@link CsvOptions#EXCEL}: the guard removed). */
  public static ImmutableList<TaskRow> readTasks(Path path, CsvOptions options) {
    return readTasks(IoFiles.utf8Reader(path), IoFiles.name(path), options);
  }

  /**
   * Reads task rows from {@code in}, named {@code sourceName} in errors, and closes it.
   *
   * @throws PlanFormatException if the header lacks a column, a wording does not parse or its figure cell
   *     disagrees with it, or a row without {@code observation_id} has figure cells
   */
  public static ImmutableList<TaskRow> readTasks(Reader in, String sourceName, CsvOptions options) {
    return read(in, sourceName, options, r -> SheetCsv.readTasks(r, options));
  }

  /** The task table's header ({@link TaskRow#COLUMNS}). */
  public static ImmutableList<String> taskColumns() {
    return TaskRow.COLUMNS;
  }

  // ---- numbers not read

  private static final ImmutableList<String> UNREAD_COLUMNS = ImmutableList.of("line", "column", "text", "reason");

  /** The header of the numbers-not-read table: {@code line, column, text, reason}. */
  public static ImmutableList<String> unreadColumns() {
    return UNREAD_COLUMNS;
  }

  /**
   * Writes numbers of an imported text that became no observation ({@link PlanText.Result#notRead()}, or all of
   * {@link PlanText.Result#unread()} with their reasons) to {@code out}, one row each, and closes it.
   *
   * <pre>{@code
   * PlanText.Result r = PlanText.readResult(Path.of("seeds/zibo-2026-plan.txt"));
   * PlanCsv.writeUnread(r.notRead(), Path.of("not-read.csv"), CsvOptions.DEFAULT);
   * // line,column,text,reason
   * // 9,171,百,not read
   * }</pre>
   */
  public static void writeUnread(List<UnreadNumber> numbers, Writer out, CsvOptions options) {
    try (IoCsvWriter w = new IoCsvWriter(out, UNREAD_COLUMNS, List.of("line", "column"), options.bom(),
        options.crlf(), options.neutraliseFormulas())) {
      for (UnreadNumber n : numbers) {
        w.row(Integer.toString(n.line()), Integer.toString(n.column()), n.text(), n.reason());
      }
    }
  }

  /** Writes numbers of an imported text that became no observation to {@code path}, as {@link #writeUnread}. */
  public static void writeUnread(List<UnreadNumber> numbers, Path path, CsvOptions options) {
    writeUnread(numbers, IoFiles.utf8Writer(path), options);
  }

  private static <T> T read(Reader in, String sourceName, CsvOptions options, Function<IoCsvReader, T> body) {
    try (IoCsvReader r = new IoCsvReader(in, sourceName, options.neutraliseFormulas())) {
      return body.apply(r);
    }
  }
}
