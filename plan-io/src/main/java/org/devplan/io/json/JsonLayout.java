package org.devplan.io.json;

/**
 * How a stream of plans is laid out in one file: a JSON array, or JSON Lines (one compact plan per line).
 *
 * <pre>{@code
 * try (PlanJsonWriter w = PlanJson.codec().formatAllFile(Path.of("corpus.jsonl"), JsonLayout.LINES)) {
 *   plans.forEach(w::write);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public enum JsonLayout {
  /** {@code [plan, plan, …]}. */
  ARRAY,
  /** One plan per line ({@code .jsonl}); reading also accepts plans separated by any white space. */
  LINES
}
