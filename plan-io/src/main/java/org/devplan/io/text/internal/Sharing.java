package org.devplan.io.text.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Unit;

/**
 * One import's equal values kept once: a plan states the same wording ({@code 5以上}), number, blank line, label
 * ({@code 一是}) and place many times, and the importer makes a fresh instance of each as it reads. The model's
 * values are immutable, so equal ones can be one instance; the plan keeps the first and drops the copies. Not
 * thread-safe; one per import.
 */
final class Sharing {
  private final Map<String, String> strings = new HashMap<>();
  private final Map<Position, Position> positions = new HashMap<>();
  private final Map<Provenance, Provenance> provenances = new HashMap<>();
  private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();
  private final Map<Bound, Bound> bounds = new HashMap<>();
  private final Map<Unit, Unit> units = new HashMap<>();

  /** The instance of {@code s} this import keeps. */
  String string(String s) {
    String known = strings.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /** The instance of {@code p} this import keeps. */
  Position position(Position p) {
    Position known = positions.putIfAbsent(p, p);
    return known != null ? known : p;
  }

  /** The instance of {@code p} this import keeps, its start and end shared with the spans and other figures. */
  Provenance provenance(Provenance p) {
    Provenance known = provenances.get(p);
    if (known != null) {
      return known;
    }
    Provenance kept = new Provenance.Builder().from(p).start(position(p.start())).end(p.end().map(this::position))
        .build();
    provenances.put(kept, kept);
    return kept;
  }

  /** The instance of {@code b} this import keeps, its number and wording shared with the other figures. */
  Bound bound(Bound b) {
    Bound known = bounds.get(b);
    if (known != null) {
      return known;
    }
    Bound kept = b instanceof Bound.Single s
        ? new Bound.Single(s.kind(), number(s.value()), s.unit().map(this::unit), string(s.text()))
        : b instanceof Bound.Range r
            ? new Bound.Range(number(r.low()), number(r.high()), r.unit().map(this::unit), string(r.text())) : b;
    bounds.put(kept, kept);
    return kept;
  }

  /** {@code o} with its figures, words and provenance shared with the rest of the import. */
  Observation observation(Observation o) {
    Observation.Builder b = new Observation.Builder().from(o);
    o.level().ifPresent(l -> b.level(bound(l)));
    o.growth().ifPresent(g -> b.growth(bound(g)));
    o.verb().ifPresent(v -> b.verb(string(v)));
    o.hedge().ifPresent(h -> b.hedge(string(h)));
    o.reference().ifPresent(r -> b.reference(string(r)));
    o.provenance().ifPresent(p -> b.provenance(provenance(p)));
    return b.build();
  }

  /**
   * The instance of {@code u} this import keeps: a unit the lexicon does not list as such (万辆, 亿人次, 元/人) is
   * made anew each time it is read.
   */
  Unit unit(Unit u) {
    Unit known = units.putIfAbsent(u, u);
    return known != null ? known : u;
  }

  private BigDecimal number(BigDecimal n) {
    BigDecimal known = numbers.putIfAbsent(n, n);
    return known != null ? known : n;
  }
}
