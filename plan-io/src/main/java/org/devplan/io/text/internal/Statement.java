package org.devplan.io.text.internal;

import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;

/**
 * Stage 6 output: one quantitative (or qualitative) statement read from the narrative, before linking.
 *
 * @param name the subject as written (the indicator name it names)
 * @param level the level, if stated
 * @param growth the growth, if stated
 * @param change true if the level is a change (增加40天, 提高0.6个百分点)
 * @param verb the verb as written, if any
 * @param hedge the hedge as written, if any
 * @param reference what a comparison is against (全国), if any
 * @param period the year or period
 * @param kind actual or target
 * @param status how final an actual is, if known
 * @param start normalised index where the figure's wording starts
 * @param end normalised index where it ends
 */
public record Statement(String name, Optional<Bound> level, Optional<Bound> growth, boolean change,
    Optional<String> verb, Optional<String> hedge, Optional<String> reference, Period period,
    Observation.Kind kind, Optional<Observation.Status> status, int start, int end) {

  Statement withGrowth(Bound g) {
    return new Statement(name, level, Optional.of(g), change, verb, hedge, reference, period, kind, status, start,
        end);
  }

  /** This statement with its wording starting at {@code from} (a growth written before its level). */
  Statement from(int from) {
    return new Statement(name, level, growth, change, verb, hedge, reference, period, kind, status, from, end);
  }

  /** This statement as the target of its period (完成年计划710亿元: the year's plan figure, not a result). */
  Statement asTarget() {
    return new Statement(name, level, growth, change, verb, hedge, reference, period, Observation.Kind.TARGET,
        Optional.empty(), start, end);
  }

  Statement withName(String n) {
    return new Statement(n, level, growth, change, verb, hedge, reference, period, kind, status, start, end);
  }

  Statement withHedge(String h) {
    return new Statement(name, level, growth, change, verb, Optional.of(h), reference, period, kind, status,
        start, end);
  }
}
