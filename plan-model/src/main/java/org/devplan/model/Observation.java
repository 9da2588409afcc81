package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure about one indicator, as the document states it: an actual (完成, 预计) or a target for a year or a
 * period, with a level and/or a growth, each a {@link Bound} keeping its wording. Several observations of one
 * indicator may share year and kind (the annex and the narrative may both state it, even with different numbers):
 * nothing is merged away. Immutable and thread-safe.
 *
 * <p>The level's unit is the one written with it ({@link Bound#unit()}), else the indicator's. The growth is in
 * percent ({@code %}) unless written in {@code 个百分点}; a growth in any other unit is rejected.
 *
 * <pre>{@code
 * Observation revenue2025 = Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01"));
 * Observation revenue2026 = new Observation.Builder()
 *     .id("revenue-2026").kind(Observation.Kind.TARGET).period(Period.year(2026))
 *     .level(Bound.parse("428.12")).growth(Bound.parse("2以上"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Observation implements WithObservation {
  Observation() {}

  /** Actual or target. */
  public enum Kind {
    /** A figure reported for a past year or period. */
    ACTUAL,
    /** A figure planned for the plan year or a later one. */
    TARGET
  }

  /** How final an actual figure is. */
  public enum Status {
    /** Reported as final (完成). */
    REPORTED,
    /** Preliminary (初步核算). */
    PRELIMINARY,
    /** Estimated (预计, or marked {@code *}). */
    ESTIMATE
  }

  /** Identifier, unique within the plan. */
  public abstract String id();

  /** The year or period the figure refers to. */
  public abstract Period period();

  /** Actual or target. */
  public abstract Kind kind();

  /** The level (an amount, count or rate), if stated. */
  public abstract Optional<Bound> level();

  /** The growth, in % (or 个百分点), if stated. */
  public abstract Optional<Bound> growth();

  /** True if the level is a change rather than a level (提高1个百分点). */
  @Value.Default
  public boolean isChange() {
    return false;
  }

  /** The verb as written (增长, 下降, 降低, 提高, 控制在), where there is one. */
  public abstract Optional<String> verb();

  /** A hedge as written (力争, 争取, 在实际工作中努力争取更好结果). */
  public abstract Optional<String> hedge();

  /** What a change or difference is measured against (全国, 全省), when not the previous year. */
  public abstract Optional<String> reference();

  /** How final an actual figure is; empty for targets. */
  public abstract Optional<Status> status();

  /** The path of the chapter that states it ({@code 1.2}), if any. */
  public abstract Optional<String> chapter();

  /** Where it was read from. */
  public abstract Optional<Provenance> provenance();

  /** The year the figure is dated by: the period's end. */
  public final int year() {
    return period().end();
  }

  /** An actual for {@code year} with the given level and growth (either may be {@link Bound#absent()}). */
  public static Observation actual(String id, int year, Bound level, Bound growth) {
    return new Builder().id(id).kind(Kind.ACTUAL).period(Period.year(year)).level(level).growth(growth).build();
  }

  /** A target for {@code year} with the given level and growth (either may be {@link Bound#absent()}). */
  public static Observation target(String id, int year, Bound level, Bound growth) {
    return new Builder().id(id).kind(Kind.TARGET).period(Period.year(year)).level(level).growth(growth).build();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "observation: id must not be blank");
    checkArgument(level().isPresent() || growth().isPresent(),
        "observation %s: needs a level or a growth", id());
    growth().flatMap(Bound::unit).ifPresent(u -> checkArgument(u.isPercentLike(),
        "observation %s: growth of %s %s is in %s, expected % or 个百分点", id(), kind(), period(), u));
    checkArgument(status().isEmpty() || kind() == Kind.ACTUAL,
        "observation %s: status %s applies only to actuals, not to a %s", id(), status().orElse(null), kind());
  }

  /** Builds an {@link Observation}. */
  public static class Builder extends ImmutableObservation.Builder {}
}
