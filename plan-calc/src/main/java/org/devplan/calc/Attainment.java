package org.devplan.calc;

import java.util.Optional;
import org.devplan.model.Observation;
import org.devplan.model.Region;
import org.immutables.value.Value;

/**
 * One row of an attainment table: a target of one plan joined with the actual that a later plan reports for the
 * same indicator, region and year, with the gaps of level and growth. Built by {@link Calculator#attainments};
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Attainment row = CalcContext.defaults().calc().attainments(plan2025, plan2026).get(0);
 * row.indicatorName();   // 一般公共预算收入
 * row.status();          // MET, NOT_MET or NOT_COMPARABLE
 * row.growthGap();       // Optional[MET 2.01% vs 2以上: 0.01个百分点]
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Attainment {
  Attainment() {}

  /** How the later plan's indicator was matched to the earlier plan's. */
  public enum Match {
    /** Same code. */
    CODE,
    /** Same name. */
    NAME,
    /** A name of one is an alias of the other. */
    ALIAS
  }

  /** The region both plans are for. */
  public abstract Region region();

  /** The year the target is for and the actual reports. */
  public abstract int year();

  /** The indicator's code in the plan that set the target. */
  public abstract String indicatorCode();

  /** The indicator's name in the plan that set the target. */
  public abstract String indicatorName();

  /** The id of the plan that set the target. */
  public abstract String targetPlanId();

  /** The id of the plan that reports the actual. */
  public abstract String actualPlanId();

  /** How the two indicators were matched. */
  public abstract Match match();

  /** The target, as the earlier plan states it. */
  public abstract Observation target();

  /** The actual, as the later plan states it. */
  public abstract Observation actual();

  /** The gap of the levels, if both state one. */
  public abstract Optional<Gap> levelGap();

  /** The gap of the growth figures, if both state one. */
  public abstract Optional<Gap> growthGap();

  /**
   * The verdict: NOT_MET if any comparable gap is not met, else MET if any is met, else NOT_COMPARABLE.
   */
  public final Gap.Status status() {
    return verdict(levelGap(), growthGap());
  }

  /** NOT_MET if any comparable gap is not met, else MET if any is met, else NOT_COMPARABLE. */
  static Gap.Status verdict(Optional<Gap> level, Optional<Gap> growth) {
    boolean anyMet = false;
    for (Optional<Gap> g : java.util.List.of(level, growth)) {
      if (g.isPresent() && g.get().status() == Gap.Status.NOT_MET) {
        return Gap.Status.NOT_MET;
      }
      anyMet |= g.isPresent() && g.get().status() == Gap.Status.MET;
    }
    return anyMet ? Gap.Status.MET : Gap.Status.NOT_COMPARABLE;
  }

  /** {@code 2025 一般公共预算收入 MET level: … growth: …}. */
  @Override
  public String toString() {
    return year() + " " + indicatorName() + " " + status() + levelGap().map(g -> " level: " + g).orElse("")
        + growthGap().map(g -> " growth: " + g).orElse("");
  }
}
