package org.devplan.calc;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a year's target of a region was attained: the target (from that year's plan) against the actual (from
 * the next year's plan, or from a plan's own review of the year). Immutable and thread-safe.
 *
 * <pre>{@code
 * PanelAttainment a = CalcContext.defaults().calc().panel(List.of(plan2025, plan2026)).attainments().get(0);
 * a.status();        // MET
 * a.growthGap();     // Optional[MET 5.4% vs 5%左右: …]
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PanelAttainment {
  PanelAttainment() {}

  /** The target. */
  public abstract PanelRow target();

  /** The actual for the same region, concept and year. */
  public abstract PanelRow actual();

  /** The gap of the growth figures, if both state one. */
  public abstract Optional<Gap> growthGap();

  /** The gap of the levels, if both state one. */
  public abstract Optional<Gap> levelGap();

  /** NOT_MET if a comparable gap is not met, else MET if one is met, else NOT_COMPARABLE. */
  public final Gap.Status status() {
    return Attainment.verdict(levelGap(), growthGap());
  }

  /** Builds a {@link PanelAttainment}. */
  static class Builder extends ImmutablePanelAttainment.Builder {}
}
