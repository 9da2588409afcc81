package org.devplan.model;

/**
 * What a {@link Unit} measures. Units convert into each other only when they share a dimension and a base
 * (亿元 and 万元 do; 元 and 美元 share a dimension but not a base, so they do not).
 *
 * @since 0.1
 */
public enum Dimension {
  /** Money: 元, 万元, 亿元, 美元 … */
  MONEY,
  /** People: 人, 万人, 名. */
  PEOPLE,
  /** Person-visits: 人次, 万人次. */
  PERSON_TIMES,
  /** Counted things: 个, 项, 家, 件, 户 … (each counted noun is its own base). */
  COUNT,
  /** Length: 米, 公里. */
  LENGTH,
  /** Area: 平方米, 公顷, 平方公里; 亩 (its own base). */
  AREA,
  /** Mass: 吨, 万吨, 斤. */
  MASS,
  /** Power: 千瓦, 万千瓦, 兆瓦. */
  POWER,
  /** Energy: 千瓦时, 吨标准煤. */
  ENERGY,
  /** Time: 天, 年, 岁, 小时. */
  TIME,
  /** Concentration: 微克/立方米. */
  CONCENTRATION,
  /** A pure ratio: %, ‰, 倍, 成. */
  RATIO,
  /** Percentage points (个百分点): a difference of two percentages, never a percentage. */
  PERCENTAGE_POINT,
  /** A quantity per person or per 10,000 people: 元/人, 件/万人. */
  PER_CAPITA,
  /** A unit the registry does not know, kept as written. */
  CUSTOM,
  /** No unit is stated (an indicator known only by its growth): {@link Unit#UNSPECIFIED}, written {@code —}. */
  UNSPECIFIED
}
