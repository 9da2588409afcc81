package org.devplan.io.text.internal;

import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Dimension;
import org.devplan.model.Observation;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The linking stage: each observation read from the narrative goes to the indicator its subject names,
 * conservatively (equal names after normalisation, or names listed together in the alias table), else to a new
 * one; then the figures of one subject in units that do not convert into each other become indicators of their
 * own.
 */
final class Linker {
  /**
   * An observation read from the narrative, before linking.
   *
   * @param name the subject as written
   * @param unit the unit of its level, if it states one
   * @param change true if the level is a change (提高1个百分点)
   * @param observation the observation, without its id
   * @param section the chapter it was read in, null before the first heading
   */
  record Reading(String name, Optional<Unit> unit, boolean change, Observation.Builder observation,
      @Nullable Section section) {}

  private final Vocabulary v;
  private final List<Draft> drafts;
  private final Map<String, Draft> byName;
  private final Map<String, Draft> byAlias = new HashMap<>();

  /**
   * A linker for at most {@code names} subjects (the annex rows and the readings): the drafts and the names start
   * at that size, so that they do not grow and rehash over an import.
   */
  private Linker(Vocabulary v, int names) {
    this.v = v;
    this.drafts = new ArrayList<>(names);
    this.byName = Maps.newHashMapWithExpectedSize(names);
  }

  /** The indicators of the {@code annex}'s drafts and the {@code readings}, in order of first mention. */
  static List<Draft> link(Vocabulary v, List<Draft> annex, List<Reading> readings) {
    Linker linker = new Linker(v, annex.size() + readings.size());
    for (Draft d : annex) {
      linker.drafts.add(d);
      linker.register(d, v.normaliseName(d.name));
    }
    for (Reading r : readings) {
      linker.draftFor(r.name(), r.unit()).add(r.observation(), r.unit(), r.change(), r.section());
    }
    return splitByDimension(v, linker.drafts);
  }

  /** Files {@code d} under {@code key}, its normalised name. */
  private void register(Draft d, String key) {
    byName.putIfAbsent(key, d);
    String group = v.aliasGroups.get(key);
    if (group != null) {
      byAlias.putIfAbsent(group, d);
    }
  }

  private Draft draftFor(String name, Optional<Unit> unit) {
    String key = v.normaliseName(name);
    Draft d = byName.get(key);
    if (d == null) {
      String group = v.aliasGroups.get(key);
      if (group != null) {
        d = byAlias.get(group);
      }
    }
    if (d == null) {
      d = new Draft(name);
      drafts.add(d);
      register(d, key); // the name is the key's
    }
    if (d.unit == null) {
      d.unit = unit.orElse(null);
    }
    if (!d.name.equals(name)) {
      d.aliases.add(name);
    }
    return d;
  }

  /**
   * One indicator per dimension: figures of one subject written in units that do not convert into each other
   * (交易8151宗11.8亿元, 12台69万千瓦机组, 14个项目完成投资81亿元) become indicators of their own. The annex's
   * figures, or else the first figures not counted in items (个, 家, 台…), keep the name; the others get the name
   * followed by their unit in brackets. A magnitude written as the unit (产值突破百亿) converts to none and joins the
   * name's class (产值突破百亿…产值达130亿元: one indicator).
   */
  static List<Draft> splitByDimension(Vocabulary v, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (hasTwoClasses(v, d)) { // most subjects have one class: no lists of classes are made to find it
        List<Unit> units = new ArrayList<>();
        List<List<Integer>> classes = unitClasses(v, d, units);
        out.addAll(split(d, units, classes, keeper(d, units)));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * True if {@code d}'s levels fall in two unit classes or more: a unit that does not convert into the first
   * classed one (which {@link #unitClasses} would make class 0) makes another.
   */
  private static boolean hasTwoClasses(Vocabulary v, Draft d) {
    Unit first = null;
    for (int i = 0; i < d.observations.size(); i++) {
      Unit u = classUnit(v, d, i);
      if (u == null) {
        continue;
      }
      if (first == null) {
        first = u;
      } else if (!u.isConvertibleTo(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unit by which {@code d}'s observation {@code i} is classed: its level's, unless it states none, is a
   * change, is unspecified or is a magnitude written as the unit (产值突破百亿); else null.
   */
  private static @Nullable Unit classUnit(Vocabulary v, Draft d, int i) {
    Unit u = d.levelUnits.get(i);
    return u == null || u.equals(Unit.UNSPECIFIED) || v.magnitudes.contains(u.symbol()) ? null : u;
  }

  /** The indexes of {@code d}'s observations by the unit class of their level; the classes' units in {@code units}. */
  private static List<List<Integer>> unitClasses(Vocabulary v, Draft d, List<Unit> units) {
    List<List<Integer>> classes = new ArrayList<>();
    for (int i = 0; i < d.observations.size(); i++) {
      Unit u = classUnit(v, d, i);
      if (u == null) {
        continue;
      }
      int c = 0;
      while (c < units.size() && !u.isConvertibleTo(units.get(c))) {
        c++;
      }
      if (c == units.size()) {
        units.add(u);
        classes.add(new ArrayList<>());
      }
      classes.get(c).add(i);
    }
    return classes;
  }

  /** The class that keeps the name: the annex's unit, else the first not counted in items, else the first. */
  private static int keeper(Draft d, List<Unit> units) {
    int keep = -1;
    if (d.annex && d.unit != null) {
      for (int c = 0; c < units.size() && keep < 0; c++) {
        keep = units.get(c).isConvertibleTo(d.unit) ? c : -1;
      }
    }
    for (int c = 0; c < units.size() && keep < 0; c++) {
      keep = units.get(c).dimension() != Dimension.COUNT ? c : -1;
    }
    return Math.max(keep, 0);
  }

  private static List<Draft> split(Draft d, List<Unit> units, List<List<Integer>> classes, int keep) {
    List<Draft> parts = new ArrayList<>();
    for (int c = 0; c < units.size(); c++) {
      Draft p = c == keep ? d : new Draft(d.name + "（" + units.get(c).symbol() + "）");
      if (c != keep) {
        p.group = d.group;
        for (String a : d.aliases) {
          p.aliases.add(a + "（" + units.get(c).symbol() + "）");
        }
        p.unit = units.get(c);
      }
      parts.add(p);
    }
    List<Observation.Builder> observations = new ArrayList<>(d.observations);
    List<@Nullable Section> sections = new ArrayList<>(d.sections);
    List<@Nullable Unit> levelUnits = new ArrayList<>(d.levelUnits);
    d.observations.clear();
    d.sections.clear();
    d.levelUnits.clear();
    if (!d.annex) {
      d.unit = units.get(keep);
    }
    int[] owner = new int[observations.size()];
    Arrays.fill(owner, keep);
    for (int c = 0; c < units.size(); c++) {
      for (int i : classes.get(c)) {
        owner[i] = c;
      }
    }
    for (int i = 0; i < owner.length; i++) {
      parts.get(owner[i]).add(observations.get(i), levelUnits.get(i), sections.get(i));
    }
    return parts;
  }
}
