package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * An indicator under construction: the tables stage drafts one per annex row, the linking stage adds the
 * narrative's observations to it (or drafts one for a new subject), each observation with the section it was read
 * in. Mutable, used by one import.
 */
final class Draft {
  @Nullable String name;
  @Nullable Unit unit;
  Optional<String> group = Optional.empty();
  Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
  final Set<String> aliases = new LinkedHashSet<>();
  final List<String> notes = new ArrayList<>();
  final List<Observation.Builder> observations = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  boolean annex;
  boolean basisStated;

  /** Adds an observation read in {@code section} (null: before any heading). */
  void add(Observation.Builder o, Section section) {
    if (section != null) {
      o.chapter(section.path);
    }
    observations.add(o);
    sections.add(section);
  }
}
