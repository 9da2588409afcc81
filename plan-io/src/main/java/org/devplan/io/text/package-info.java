/**
 * The plain-text importer: {@link org.devplan.io.text.PlanText} reads a development plan as published (UTF-8,
 * UTF-16 or GB18030 text) into a {@link org.devplan.model.Plan} with its chapters, tasks, indicators and every
 * figure, each with its position in the text.
 *
 * <pre>{@code
 * Plan plan = PlanText.parser().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
 * plan.allObservations().count();
 * }</pre>
 *
 * <p>The importer is a one-way pipeline of small stages (decode, normalise, lines, blocks, clauses, figures,
 * linking, plan); see {@link org.devplan.io.text.PlanText} for the grammar it reads.
 */
package org.devplan.io.text;
