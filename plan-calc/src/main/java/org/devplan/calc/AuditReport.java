package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The findings of an audit ({@link Calculator#audit}) of one plan, in check order. Immutable and thread-safe.
 *
 * <pre>{@code
 * AuditReport r = CalcContext.defaults().calc().audit(plan);
 * r.failures().size();
 * r.findings(Finding.Check.TARGET_ARITHMETIC);
 * System.out.println(r);   // one finding per line
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AuditReport {
  AuditReport() {}

  /** The audited plan's id. */
  public abstract String planId();

  /** The context the audit used. */
  public abstract CalcContext context();

  /** Every finding: passed, failed and skipped checks. */
  public abstract ImmutableList<Finding> findings();

  /** The failed checks. */
  public final ImmutableList<Finding> failures() {
    return outcome(Finding.Outcome.FAILED);
  }

  /** The findings with {@code outcome}. */
  public final ImmutableList<Finding> outcome(Finding.Outcome outcome) {
    return findings().stream().filter(f -> f.outcome() == outcome).collect(ImmutableList.toImmutableList());
  }

  /** The findings of {@code check}. */
  public final ImmutableList<Finding> findings(Finding.Check check) {
    return findings().stream().filter(f -> f.check() == check).collect(ImmutableList.toImmutableList());
  }

  /** The findings, one per line. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    findings().forEach(f -> b.append(f).append('\n'));
    return b.toString();
  }
}
