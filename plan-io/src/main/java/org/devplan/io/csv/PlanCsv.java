package org.devplan.io.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.util.List;
import org.devplan.io.internal.IoCsvReader;
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
 * and the numbers of an imported text that were not read ({@link #UNREAD_COLUMNS}: {@code line, column, text,
 * reason}, one row per {@link UnreadNumber}). Each table has its codec, built from {@link CsvOptions}, that both
 * reads and writes it with the verbs of {@link org.devplan.io.TextParser} and {@link org.devplan.io.TextFormatter};
 * a plan goes in through the table type's own factory ({@link TidyTable#of}, {@link AnnexTable#of},
 * {@link OutlineRow#of(Plan)}, {@link TaskRow#of}). Each reads back what its writer wrote:
 * {@code PlanCsv.tasks(options).parseFile(file)} equals {@code TaskRow.of(plan)}.
 *
 * <pre>{@code
 * PlanCsv.tidy().formatFile(TidyTable.of(plan), Path.of("zibo-2026.csv"));
 * TidyTable table = PlanCsv.tidy().parseFile(Path.of("zibo-2026.csv"));
 * table.equals(TidyTable.of(plan));                                 // true
 * PlanCsv.annex(CsvOptions.EXCEL).formatFile(AnnexTable.of(plan), Path.of("annex.csv"));
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanCsv {
  /** The header of the numbers-not-read table ({@link #unread(CsvOptions)}): {@code line, column, text, reason}. */
  public static final ImmutableList<String> UNREAD_COLUMNS = SheetCsv.UNREAD_COLUMNS;

  private PlanCsv() {}

  /** The codec of the tidy observation table with {@link CsvOptions#DEFAULT}. */
  public static TidyCodec tidy() {
    return tidy(CsvOptions.DEFAULT);
  }

  /**
   * The codec of the tidy observation table (format version 2, described above) with {@code options}.
   *
   * <pre>{@code
   * String csv = PlanCsv.tidy().formatToString(TidyTable.of(plan));
   * PlanCsv.tidy().parseChars(csv).equals(TidyTable.of(plan));   // true
   * }</pre>
   */
  public static TidyCodec tidy(CsvOptions options) {
    return new TidyCodec(requireNonNull(options, "options"));
  }

  /** The codec of the annex as printed with {@link CsvOptions#DEFAULT}. */
  public static CsvCodec<AnnexTable> annex() {
    return annex(CsvOptions.DEFAULT);
  }

  /**
   * The codec of the annex as printed ({@link AnnexTable}: header with the plan's years) with {@code options}.
   * Reading takes the years from the header and fails with a {@link PlanFormatException} if the header lacks a
   * column, a figure's wording does not parse, or a group row has other cells filled.
   */
  public static CsvCodec<AnnexTable> annex(CsvOptions options) {
    return new CsvCodec<>("annex", requireNonNull(options, "options"), in -> SheetCsv.readAnnex(in, options),
        SheetCsv::writeAnnex);
  }

  /** The codec of the outline with {@link CsvOptions#DEFAULT}. */
  public static CsvCodec<List<OutlineRow>> outline() {
    return outline(CsvOptions.DEFAULT);
  }

  /**
   * The codec of the outline ({@link OutlineRow#COLUMNS}, one row per chapter) with {@code options} (with
   * {@link CsvOptions#EXCEL}: guarded against formulas, and the guard removed on reading).
   */
  public static CsvCodec<List<OutlineRow>> outline(CsvOptions options) {
    return new CsvCodec<>("outline", requireNonNull(options, "options"), SheetCsv::readOutline,
        SheetCsv::writeOutline);
  }

  /** The codec of the tasks with {@link CsvOptions#DEFAULT}. */
  public static CsvCodec<List<TaskRow>> tasks() {
    return tasks(CsvOptions.DEFAULT);
  }

  /**
   * The codec of the tasks ({@link TaskRow#COLUMNS}) with {@code options}. Reading fails with a
   * {@link PlanFormatException} if the header lacks a column, a wording does not parse or its figure cell
   * disagrees with it, or a row without {@code observation_id} has figure cells.
   */
  public static CsvCodec<List<TaskRow>> tasks(CsvOptions options) {
    return new CsvCodec<>("tasks", requireNonNull(options, "options"), in -> SheetCsv.readTasks(in, options),
        SheetCsv::writeTasks);
  }

  /** The codec of the numbers not read with {@link CsvOptions#DEFAULT}. */
  public static CsvCodec<List<UnreadNumber>> unread() {
    return unread(CsvOptions.DEFAULT);
  }

  /**
   * The codec of the numbers of an imported text that became no observation ({@link PlanText.Result#notRead()},
   * or all of {@link PlanText.Result#unread()} with their reasons), one row each ({@link #UNREAD_COLUMNS}), with
   * {@code options}: the diagnostics table of {@code devplan import --diagnostics}.
   *
   * <pre>{@code
   * PlanText.Result r = PlanText.parser().reporting().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
   * PlanCsv.unread().formatToString(r.notRead());
   * // line,column,text,reason
   * // 9,171,百,not read
   * }</pre>
   */
  public static CsvCodec<List<UnreadNumber>> unread(CsvOptions options) {
    return new CsvCodec<>("unread", requireNonNull(options, "options"), SheetCsv::readUnread,
        SheetCsv::writeUnread);
  }

  /**
   * The parser of the header row of any CSV table, for telling its layout: {@code plan_id, …} (tidy),
   * {@code chapter_path, …} (outline), {@code 分组, …} (annex), {@code task_id, …} (tasks) or
   * {@code line, column, …} (numbers not read). It fails with a {@link PlanFormatException} if the input is empty
   * or its header is not valid UTF-8 (with line and column).
   */
  public static CsvCodec<List<String>> header() {
    return new CsvCodec<>("header", CsvOptions.DEFAULT, IoCsvReader::header, SheetCsv::writeHeader);
  }
}
