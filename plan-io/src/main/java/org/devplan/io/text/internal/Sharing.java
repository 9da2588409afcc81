package org.devplan.io.text.internal;

import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Provenance;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One import's equal values kept once: a plan states the same wording ({@code 5以上}), number, blank line, label
 * ({@code 一是}) and place many times, and the importer makes a fresh instance of each as it reads. The model's
 * values are immutable, so equal ones can be one instance; the plan keeps the first and drops the copies. Not
 * thread-safe; one per import.
 */
@SuppressWarnings("ReferenceEquality") // identity is the point: a value is kept as is when its parts are the kept ones
final class Sharing {
  /**
   * Chars of normalised text per string kept, about: the seed plan keeps one per 26, the corpus and the real reports
   * one per 56; and per bound kept, one per 56 and per 121. The maps start at that size, so that they do not grow
   * ten times over an import (each growth rehashes every entry).
   */
  private static final int CHARS_PER_STRING = 32;
  private static final int CHARS_PER_BOUND = 64;

  private final Map<String, String> strings;
  private final Map<Provenance, Provenance> provenances = new HashMap<>();
  private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();
  private final Map<Bound, Bound> bounds;
  private final Map<Unit, Unit> units = new HashMap<>();

  /** The sharing of an import of {@code chars} chars of normalised text. */
  Sharing(int chars) {
    strings = Maps.newHashMapWithExpectedSize(chars / CHARS_PER_STRING);
    bounds = Maps.newHashMapWithExpectedSize(chars / CHARS_PER_BOUND);
  }

  /** The instance of {@code s} this import keeps. */
  String string(String s) {
    String known = strings.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /** The instance of {@code s} this import keeps, if it has seen one; does not keep {@code s}. */
  @Nullable String known(String s) {
    return strings.get(s);
  }

  /** The instance of {@code p} this import keeps. */
  Provenance provenance(Provenance p) {
    Provenance known = provenances.putIfAbsent(p, p);
    return known != null ? known : p;
  }

  /** The instance of {@code b} this import keeps, its wording (and a range's numbers) shared with the other figures. */
  Bound bound(Bound b) {
    Bound known = bounds.get(b);
    if (known != null) {
      return known;
    }
    Bound kept = b;
    if (b instanceof Bound.Single s) { // its number is no object of its own
      Optional<Unit> unit = unit(s.unit());
      String written = s.text(); // rendered anew when the bound keeps no wording of its own
      String text = string(written);
      if (unit.orElse(null) != s.unit().orElse(null) || text != written) {
        kept = new Bound.Single(s.kind(), s.value(), unit, text);
      }
    } else if (b instanceof Bound.Range r) {
      BigDecimal low = number(r.low());
      BigDecimal high = number(r.high());
      Optional<Unit> unit = unit(r.unit());
      String text = string(r.text());
      if (low != r.low() || high != r.high() || unit.orElse(null) != r.unit().orElse(null) || text != r.text()) {
        kept = new Bound.Range(low, high, unit, text);
      }
    }
    bounds.put(kept, kept);
    return kept;
  }

  /**
   * {@code o} with its figures and words shared with the rest of the import (its provenance is fields of its own):
   * {@code o} itself when they are already the kept ones (the first figure of its wording), else a copy holding
   * them.
   */
  Observation observation(Observation o) {
    Optional<Bound> level = o.level().map(this::bound);
    Optional<Bound> growth = o.growth().map(this::bound);
    Optional<String> verb = o.verb().map(this::string);
    Optional<String> hedge = o.hedge().map(this::string);
    Optional<String> reference = o.reference().map(this::string);
    if (level.orElse(null) == o.level().orElse(null) && growth.orElse(null) == o.growth().orElse(null)
        && verb.orElse(null) == o.verb().orElse(null) && hedge.orElse(null) == o.hedge().orElse(null)
        && reference.orElse(null) == o.reference().orElse(null)) {
      return o;
    }
    return new Observation.Builder().from(o).level(level).growth(growth).verb(verb).hedge(hedge).reference(reference)
        .build();
  }

  /**
   * The instance of {@code u} this import keeps: a unit the lexicon does not list as such (万辆, 亿人次, 元/人) is
   * made anew each time it is read.
   */
  Unit unit(Unit u) {
    Unit known = units.putIfAbsent(u, u);
    return known != null ? known : u;
  }

  private Optional<Unit> unit(Optional<Unit> u) {
    return u.isEmpty() ? u : Optional.of(unit(u.get()));
  }

  private BigDecimal number(BigDecimal n) {
    BigDecimal known = numbers.putIfAbsent(n, n);
    return known != null ? known : n;
  }
}
