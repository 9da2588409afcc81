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
  final String name;
  @Nullable Unit unit;
  Optional<String> group = Optional.empty();
  Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
  final Set<String> aliases = new LinkedHashSet<>();
  final List<String> notes = new ArrayList<>();
  final List<Observation.Builder> observations = new ArrayList<>();
  final List<@Nullable Section> sections = new ArrayList<>();
  /**
   * Each observation's level unit, by which {@link Linker} tells its dimensions apart: null for one whose level
   * states no unit or is a change (提高1个百分点), so that no observation is built to be asked.
   */
  final List<@Nullable Unit> levelUnits = new ArrayList<>();
  boolean annex;
  boolean basisStated;

  Draft(String name) {
    this.name = name;
  }

  /**
   * Adds an observation read in {@code section} (null: before any heading), whose level is in {@code levelUnit}
   * (empty if it states none) and is a change if {@code change}.
   */
  void add(Observation.Builder o, Optional<Unit> levelUnit, boolean change, @Nullable Section section) {
    if (section != null) {
      o.chapter(section.path);
    }
    add(o, change ? null : levelUnit.orElse(null), section);
  }

  /** Adds an observation read in {@code section} whose {@link #levelUnits} entry is {@code levelUnit}. */
  void add(Observation.Builder o, @Nullable Unit levelUnit, @Nullable Section section) {
    observations.add(o);
    sections.add(section);
    levelUnits.add(levelUnit);
  }
}
