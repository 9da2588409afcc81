package org.devplan.calc;

import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Concept;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Region;
import org.devplan.model.Unit;
import org.immutables.value.Value;

/**
 * One cell of a {@link PlanPanel}: what one plan states about one concept for one year, as actual or target, with
 * the observation it was read from. Immutable and thread-safe.
 *
 * <pre>{@code
 * PanelRow row = CalcContext.defaults().calc().panel(plans).rows("gdp", 2026, Observation.Kind.TARGET).get(0);
 * row.region().name();                   // 安徽省
 * row.growth().map(Bound::kind);         // Optional[RANGE]
 * row.source();                          // narrative:48:23
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PanelRow {
  PanelRow() {}

  /** The id of the plan that states it. */
  public abstract String planId();

  /** The plan's region. */
  public abstract Region region();

  /** The plan's year. */
  public abstract int planYear();

  /** The concept. */
  public abstract Concept concept();

  /** The year the figure is for. */
  public abstract int year();

  /** Actual or target. */
  public abstract Observation.Kind kind();

  /** The plan's indicator that states it (its name as the plan writes it). */
  public abstract Indicator indicator();

  /** The unit of the level: the one written with it, else the indicator's. */
  public final Unit unit() {
    return indicator().unitOf(observation());
  }

  /** The observation, as the plan states it. */
  public abstract Observation observation();

  /** How many observations of the plan stated this concept, year and kind (the row holds the preferred one). */
  public abstract int statements();

  /** The level, if stated. */
  public final Optional<Bound> level() {
    return observation().level();
  }

  /** The growth in %, if stated. */
  public final Optional<Bound> growth() {
    return observation().growth();
  }

  /** The wording of level and growth as written, joined by {@code ，}. */
  public final String text() {
    StringBuilder b = new StringBuilder();
    for (Optional<Bound> bound : java.util.List.of(level(), growth())) {
      if (bound.isPresent() && bound.get().kind() != Bound.Kind.ABSENT) {
        b.append(b.length() == 0 ? "" : "，").append(bound.get().text());
      }
    }
    return b.toString();
  }

  /** Where the plan states it ({@code narrative:48:23}), or empty for a plan built in code. */
  public final String source() {
    return observation().provenance().map(Object::toString).orElse("");
  }

  /** Builds a {@link PanelRow}. */
  static class Builder extends ImmutablePanelRow.Builder {}
}
