package org.devplan.io.csv;

import static java.util.Objects.requireNonNull;

/**
 * Options of the codecs of {@link PlanCsv}. The default writes what reads back exactly (UTF-8, LF, no BOM, text
 * as is); {@link #EXCEL} suits spreadsheet users: a BOM, CRLF line ends, and text cells neutralised against formula
 * injection. Reading always accepts a BOM and CRLF. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanCsv.tidy(CsvOptions.EXCEL).formatFile(TidyTable.of(plan), Path.of("zibo.csv"));
 * TidyTable t = PlanCsv.tidy(CsvOptions.EXCEL).parseFile(Path.of("zibo.csv"));   // the same rows back
 * }</pre>
 *
 * @param bom write a UTF-8 byte-order mark first (Excel needs it to see UTF-8)
 * @param crlf end lines with CRLF instead of LF
 * @param neutraliseFormulas write a {@code '} before text cells that begin with {@code = + - @}, a tab, a carriage
 *     return or {@code '} (a plain number such as {@code -12.6} is left alone; numeric columns are never touched);
 *     when reading, remove exactly that {@code '} again. Opt-in, since it changes the text a plain reader sees.
 * @param strictUnits when reading, reject units the {@link org.devplan.model.Unit} registry does not know
 * @param sourceName names a stream, reader or text in error messages (a file is named by its path)
 * @since 0.1
 */
public record CsvOptions(boolean bom, boolean crlf, boolean neutraliseFormulas, boolean strictUnits,
    String sourceName) {
  /** UTF-8 without BOM, LF, text as is, custom units accepted; inputs named {@code <csv>}. */
  public static final CsvOptions DEFAULT = new CsvOptions(false, false, false, false, "<csv>");

  /** For spreadsheets: BOM, CRLF, formulas neutralised; inputs named {@code <csv>}. */
  public static final CsvOptions EXCEL = new CsvOptions(true, true, true, false, "<csv>");

  /**
   * @throws IllegalArgumentException if {@code sourceName} is blank
   */
  public CsvOptions {
    requireNonNull(sourceName, "sourceName");
    if (sourceName.isBlank()) {
      throw new IllegalArgumentException("CSV options: source name must not be blank");
    }
  }

  /** These options with {@code strictUnits} set as given. */
  public CsvOptions withStrictUnits(boolean strictUnits) {
    return new CsvOptions(bom, crlf, neutraliseFormulas, strictUnits, sourceName);
  }

  /**
   * These options with {@code sourceName} naming streams, readers and texts in errors.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public CsvOptions withSourceName(String sourceName) {
    return new CsvOptions(bom, crlf, neutraliseFormulas, strictUnits, sourceName);
  }
}
