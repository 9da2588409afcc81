package org.devplan.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.devplan.model.Observation;
import org.devplan.model.Provenance;
import org.devplan.model.Quantity;
import org.immutables.value.Value;

/**
 * One result of a {@link Calculator#audit} check: which check, whether it passed, failed or was skipped (and why), how
 * serious a failure is, the indicator(s), year and kind, the numbers compared, the tolerance used, the source
 * positions and any inference the check relied on. Immutable and thread-safe; {@link #toString()} is one line.
 *
 * <pre>{@code
 * for (Finding f : CalcContext.defaults().calc().audit(plan).failures()) {
 *   System.out.println(f);
 *   // WARNING conflicting-figures failed urban-new-jobs 2025 actual: level stated with different figures:
 *   //   5.53万人 (table) vs 6.01万人 (narrative); … [table:225:2, narrative:21:115]
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** The checks of {@link Calculator#audit}. */
  public enum Check {
    /** A target level against base level × (1 + target growth). */
    TARGET_ARITHMETIC,
    /** One indicator, year and kind stated with different figures in different places. */
    CONFLICTING_FIGURES,
    /** A growth whose sign disagrees with its verb (下降 with a positive number). */
    GROWTH_SIGN,
    /** The same figure for different indicators of one annex group: a typical copy error. */
    REPEATED_VALUE,
    /** A unit that does not fit what the indicator's name or measure says it measures. */
    UNIT_DIMENSION,
    /** A share (占…比重) above 100%. */
    SHARE_OVER_100;

    /** {@code target-arithmetic}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What the check concluded. */
  public enum Outcome {
    /** The figures are consistent. */
    PASSED,
    /** The figures are not consistent. */
    FAILED,
    /** The check could not be made; {@link #message()} says why. */
    SKIPPED
  }

  /** How serious a failure is. */
  public enum Severity {
    /** Verifiably wrong (arithmetic, sign, a share above 100%). */
    ERROR,
    /** Suspicious, worth a look (conflicting or repeated figures, odd units). */
    WARNING,
    /** For information (passed and skipped checks, figures differing only in rounding or qualifier). */
    INFO
  }

  /** The check. */
  public abstract Check check();

  /** Passed, failed or skipped. */
  public abstract Outcome outcome();

  /** How serious. */
  public abstract Severity severity();

  /** The indicator code(s) concerned. */
  public abstract ImmutableList<String> indicatorCodes();

  /** The year concerned, if one. */
  public abstract Optional<Integer> year();

  /** Actual or target, if one. */
  public abstract Optional<Observation.Kind> kind();

  /** What was found, in words, with the arithmetic. */
  public abstract String message();

  /** The numbers compared, by role ({@code base 2025}, {@code implied 2026}, {@code printed 2026} …). */
  public abstract ImmutableMap<String, Quantity> numbers();

  /** The tolerance used, if any. */
  public abstract Optional<Quantity> tolerance();

  /** The observations concerned. */
  public abstract ImmutableList<String> observationIds();

  /** Where the figures were read, where known. */
  public abstract ImmutableList<Provenance> provenance();

  /** Inferences the check relied on (a growth basis from the vocabulary, a dimension from a name ending). */
  public abstract ImmutableList<String> inferences();

  /** True if the check failed. */
  public final boolean isFailure() {
    return outcome() == Outcome.FAILED;
  }

  /**
   * One line: {@code SEVERITY check codes year kind: message; numbers; tolerance; [provenance]}, e.g.
   * {@code INFO target-arithmetic passed deposits 2026 target: …}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(severity()).append(' ').append(check().label()).append(' ')
        .append(outcome().name().toLowerCase(Locale.ROOT)).append(' ').append(String.join(",", indicatorCodes()));
    year().ifPresent(y -> b.append(' ').append(y));
    kind().ifPresent(k -> b.append(' ').append(k.name().toLowerCase(Locale.ROOT)));
    b.append(": ").append(message());
    if (!numbers().isEmpty()) {
      b.append("; ").append(numbers().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", ")));
    }
    tolerance().ifPresent(t -> b.append("; tolerance ").append(t));
    if (!provenance().isEmpty()) {
      b.append(" [").append(provenance().stream().map(Provenance::toString).collect(Collectors.joining(", ")))
          .append(']');
    }
    return b.toString();
  }
}
