/**
 * The codec objects every format of devplan shares: {@link org.devplan.io.TextParser} reads a value from a file,
 * a stream, a reader or a text, {@link org.devplan.io.TextFormatter} writes one to a file, a stream, a writer or a
 * string. The formats build them from their options: {@link org.devplan.io.text.PlanText#parser(
 * org.devplan.io.text.PlanText.Options)} (plan text, read only), {@link org.devplan.io.json.PlanJson#codec(
 * org.devplan.io.json.JsonOptions)} (devplan JSON) and the CSV tables of {@link org.devplan.io.csv.PlanCsv}.
 *
 * <pre>{@code
 * Plan plan = PlanText.parser().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
 * PlanJson.codec().formatFile(plan, Path.of("zibo-2026.json"));
 * PlanCsv.tidy().formatFile(TidyTable.of(plan), Path.of("zibo-2026.csv"));
 * }</pre>
 *
 * @since 0.1
 */
package org.devplan.io;
