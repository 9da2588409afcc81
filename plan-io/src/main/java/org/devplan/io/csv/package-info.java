/**
 * Plans as CSV: the tidy observation table ({@link org.devplan.io.csv.TidyTable}), the outline
 * ({@link org.devplan.io.csv.OutlineRow}), the annex as plans print it ({@link org.devplan.io.csv.AnnexTable}) and
 * the tasks, through the facade {@link org.devplan.io.csv.PlanCsv}, with {@link org.devplan.io.csv.CsvOptions} for
 * spreadsheet users.
 *
 * <pre>{@code
 * PlanCsv.tidy().formatFile(TidyTable.of(plan), Path.of("zibo-2026.csv"));
 * TidyTable back = PlanCsv.tidy().parseFile(Path.of("zibo-2026.csv"));   // equals(TidyTable.of(plan))
 * }</pre>
 *
 * @since 0.1
 */
package org.devplan.io.csv;
