package org.devplan.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;

/**
 * The one compact rendering of imported figures that the importer's sentence tests compare as a whole, one line per
 * observation: {@code name|kind|period|level|growth|wording}. A bound is {@code kind:number unit} (a range
 * {@code range:low~high unit}, a wording without a number {@code qualitative} or {@code absent:reason}); the wording is
 * what the text says of the figure (the level's words, then the growth's), then the hedge in parentheses and the
 * status in brackets. So {@code 力争建材产业规模达到450亿元} in a plan chapter is
 * {@code 建材产业规模|target|2026|exact:450亿元||450亿元 (力争)}.
 */
final class Figures {
  private Figures() {}

  /** Every observation of {@code plan}, indicator by indicator, in the plan's order. */
  static List<String> of(Plan plan) {
    return plan.indicators().stream().flatMap(i -> i.observations().stream().map(o -> row(i, o))).toList();
  }

  /** Every observation of the indicator named {@code name} in {@code plan}, which must have one. */
  static List<String> of(Plan plan, String name) {
    Indicator indicator = plan.indicatorByName(name).orElseThrow(() -> new AssertionError("no indicator " + name));
    return indicator.observations().stream().map(o -> row(indicator, o)).toList();
  }

  /** Every observation that the tasks of {@code chapter} in {@code plan} refer to, task by task. */
  static List<String> ofTasks(Plan plan, Chapter chapter) {
    return chapter.tasks().stream().flatMap(t -> t.observationIds().stream())
        .map(id -> plan.observation(id).orElseThrow(() -> new AssertionError("no observation " + id)))
        .map(o -> row(plan.indicatorOf(o).orElseThrow(), o)).toList();
  }

  static String row(Indicator i, Observation o) {
    List<String> words = new ArrayList<>();
    o.level().ifPresent(b -> words.add(b.text()));
    o.growth().ifPresent(b -> words.add(b.text()));
    o.hedge().ifPresent(h -> words.add("(" + h + ")"));
    o.status().ifPresent(s -> words.add("[" + lower(s.name()) + "]"));
    return String.join("|", i.name(), lower(o.kind().name()), o.period().toString(), bound(o.level()),
        bound(o.growth()), String.join(" ", words));
  }

  private static String bound(Optional<Bound> bound) {
    if (bound.isEmpty()) {
      return "";
    }
    Bound b = bound.get();
    String kind = lower(b.kind().name());
    if (b instanceof Bound.Single s) {
      return kind + ":" + s.value().toPlainString() + s.unit().map(u -> u.symbol()).orElse("");
    }
    if (b instanceof Bound.Range r) {
      return kind + ":" + r.low().toPlainString() + "~" + r.high().toPlainString()
          + r.unit().map(u -> u.symbol()).orElse("");
    }
    if (b instanceof Bound.Absent a) {
      return kind + ":" + lower(a.reason().name());
    }
    return kind;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
