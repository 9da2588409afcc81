package org.devplan.calc;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target against the reference plan's target for the same concept and year (a province against the nation, a
 * city against its province): 层层加码 shows as a positive difference. Figures are compared by their centre (a
 * range's midpoint, a single figure itself, whatever its qualifier). Immutable and thread-safe.
 *
 * <pre>{@code
 * Escalation e = CalcContext.defaults().calc().panelAgainst(national, provinces).escalations().get(0);
 * e.growthDifference();   // Optional[0.75]: 5.5%左右 against 4.5%—5% (centre 4.75) is +0.75 个百分点
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Escalation {
  Escalation() {}

  /** The target. */
  public abstract PanelRow target();

  /** The reference plan's target for the same concept and year. */
  public abstract PanelRow reference();

  /** Target growth minus reference growth, in percentage points, where both state a figure. */
  public abstract Optional<BigDecimal> growthDifference();

  /** Builds an {@link Escalation}. */
  static class Builder extends ImmutableEscalation.Builder {}
}
