/**
 * Plans as JSON: the facade {@link org.devplan.io.json.PlanJson} (read and write one plan, or stream many as a JSON
 * array or JSON Lines with {@link org.devplan.io.json.PlanJsonIterator} and
 * {@link org.devplan.io.json.PlanJsonWriter}), the Jackson module {@link org.devplan.io.json.PlanJacksonModule}
 * for teams with their own mapper, and the JSON Schema of the format, {@code plan.schema.json}, in the jar.
 *
 * <pre>{@code
 * PlanJson.codec().formatFile(plan, Path.of("zibo-2026.json"));
 * Plan back = PlanJson.codec().parseFile(Path.of("zibo-2026.json"));   // equals(plan)
 * }</pre>
 *
 * @since 0.1
 */
package org.devplan.io.json;
