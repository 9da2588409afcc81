package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.immutables.value.Value;

/**
 * One indicator of a {@link PlanSummary}: last year's actual, this year's target, and what follows from them: the
 * target level implied by the base level and the target growth, the growth (or change in points) from the base
 * level to the target level, and the gap of the base level against the target. Immutable and thread-safe.
 *
 * <pre>{@code
 * IndicatorSummary deposits = CalcContext.defaults().calc().summary(plan).row("deposits").orElseThrow();
 * deposits.impliedTarget().map(CalcResult::value);   // Optional[9687.33]
 * deposits.targetGrowth().map(CalcResult::value);    // Optional[8.0]
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class IndicatorSummary {
  IndicatorSummary() {}

  /** The indicator. */
  public abstract Indicator indicator();

  /** The base-year actual (the annex's when the annex states one). */
  public abstract Optional<Observation> baseActual();

  /** The plan-year target (the annex's when the annex states one). */
  public abstract Optional<Observation> target();

  /** Base level × (1 + target growth): the target level the growth implies, when both are figures. */
  public abstract Optional<CalcResult> impliedTarget();

  /** Growth in % (or change in points for a percentage) from the base level to the target level. */
  public abstract Optional<CalcResult> targetGrowth();

  /** The base-year level against the target level: how far last year's figure is from this year's target. */
  public abstract Optional<Gap> baseGap();

  /** Why a figure could not be computed (comparable prices, words, no figure). */
  public abstract ImmutableList<String> notes();

  /** {@code 金融机构存款余额 [亿元] 2025: 8969.75 / 7.63% → 2026: 9687 / 8% | implied 9687.33 | growth 8.0%}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(indicator().name()).append(" [").append(indicator().unit()).append(']');
    baseActual().ifPresent(o -> b.append(' ').append(o.year()).append(": ").append(text(o)));
    target().ifPresent(o -> b.append(" → ").append(o.year()).append(": ").append(text(o)));
    impliedTarget().ifPresent(r -> b.append(" | implied ").append(r));
    targetGrowth().ifPresent(r -> b.append(" | growth ").append(r));
    baseGap().ifPresent(g -> b.append(" | base vs target ").append(g.status()));
    return b.toString();
  }

  private static String text(Observation o) {
    return o.level().map(Bound::text).orElse("—") + " / "
        + o.growth().map(org.devplan.calc.internal.Decimals::percentText).orElse("—");
  }
}
