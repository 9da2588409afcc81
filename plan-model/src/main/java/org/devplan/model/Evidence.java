package org.devplan.model;

/**
 * Where a piece of indicator metadata (nature, direction, growth basis, measure) comes from.
 *
 * @since 0.1
 */
public enum Evidence {
  /** Nothing says it: the value is unspecified or unknown. */
  NONE,
  /** The document or the caller states it (a 属性 column, a footnote, an explicit setting). */
  STATED,
  /** Derived from a curated vocabulary (e.g. 增加值 and 地区生产总值 grow at comparable prices). */
  INFERRED
}
