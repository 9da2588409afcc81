package org.devplan.io.csv;

/**
 * Options of {@link PlanCsv}. The default writes what reads back exactly (UTF-8, LF, no BOM, text as is);
 * {@link #EXCEL} suits spreadsheet users: a BOM, CRLF line ends, and text cells neutralised against formula
 * injection. Reading always accepts a BOM and CRLF. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanCsv.writeTidy(plan, Path.of("zibo.csv"), CsvOptions.EXCEL);
 * TidyTable t = PlanCsv.readTidy(Path.of("zibo.csv"), CsvOptions.EXCEL);   // the same rows back
 * }</pre>
 *
 * @param bom write a UTF-8 byte-order mark first (Excel needs it to see UTF-8)
 * @param crlf end lines with CRLF instead of LF
 * @param neutraliseFormulas write a {@code '} before text cells that begin with {@code = + - @}, a tab, a carriage
 *     return or {@code '} (a plain number such as {@code -12.6} is left alone; numeric columns are never touched);
 *     when reading, remove exactly that {@code '} again. Opt-in, since it changes the text a plain reader sees.
 * @param strictUnits when reading, reject units the {@link org.devplan.model.Unit} registry does not know
 * @since 0.1
 */
public record CsvOptions(boolean bom, boolean crlf, boolean neutraliseFormulas, boolean strictUnits) {
  /** UTF-8 without BOM, LF, text as is, custom units accepted. */
  public static final CsvOptions DEFAULT = new CsvOptions(false, false, false, false);

  /** For spreadsheets: BOM, CRLF, formulas neutralised. */
  public static final CsvOptions EXCEL = new CsvOptions(true, true, true, false);

  /** These options with {@code strictUnits} set as given. */
  public CsvOptions withStrictUnits(boolean strictUnits) {
    return new CsvOptions(bom, crlf, neutraliseFormulas, strictUnits);
  }
}
