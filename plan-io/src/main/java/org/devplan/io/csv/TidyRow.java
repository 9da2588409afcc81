package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.devplan.model.Concept;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Unit;

/**
 * One row of the tidy observation table: an observation with the plan and indicator columns beside it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * TidyRow r = PlanCsv.tidy().parseChars(csv).rows().stream()
 *     .filter(row -> row.indicatorName().equals("一般公共预算收入")).findFirst().orElseThrow();
 * r.observation().level().map(Bound::text);   // Optional[419.73]
 * }</pre>
 *
 * @param planId the plan's id ({@code plan_id})
 * @param region the plan's region name ({@code region})
 * @param planYear the plan year ({@code plan_year})
 * @param indicatorCode the indicator's code
 * @param indicatorName the indicator's name
 * @param group the indicator's group, if any
 * @param unit the indicator's unit (the level's own unit, if it differs, is in its wording)
 * @param nature the indicator's nature
 * @param observation the observation, as the table carries it (see {@link TidyTable})
 * @param concept the code of the indicator's concept ({@code gdp}), if known
 * @since 0.1
 */
public record TidyRow(String planId, String region, int planYear, String indicatorCode, String indicatorName,
    Optional<String> group, Unit unit, Indicator.Nature nature, Observation observation, Optional<String> concept) {
  /**
   * @throws IllegalArgumentException if a text field is empty
   */
  public TidyRow {
    checkArgument(!planId.isEmpty() && !region.isEmpty() && !indicatorCode.isEmpty() && !indicatorName.isEmpty(),
        "tidy row %s: plan id, region, indicator code and name must not be empty", observation.id());
    concept.ifPresent(c -> checkArgument(Concept.isCode(c),
        "tidy row %s: concept \"%s\" is not a code: lower-case letters, digits, '-' inside", observation.id(), c));
  }

  /** A row of an indicator without a concept. */
  public TidyRow(String planId, String region, int planYear, String indicatorCode, String indicatorName,
      Optional<String> group, Unit unit, Indicator.Nature nature, Observation observation) {
    this(planId, region, planYear, indicatorCode, indicatorName, group, unit, nature, observation, Optional.empty());
  }
}
