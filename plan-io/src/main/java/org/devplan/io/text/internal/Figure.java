package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stage 5b output: one figure found in a clause, with its wording and the words around it that the statement rules
 * ask (verb, qualifier, unit). Mutable while the rules of its clause work on it; one per figure and clause.
 */
final class Figure {
  int index;
  int preStart;
  int numStart;
  int wStart;
  int wEnd;
  int verbStart;
  String unit = "";
  boolean growth;
  boolean change;
  @Nullable String changeVerb;
  @Nullable String levelVerb;
  boolean grammarVerb;
  boolean unitless;
  boolean ratio;
  @Nullable String suffix;
  @Nullable String prefix;
  /** The figure as written, set by the rule that reads it. */
  String wording = "";
  @Nullable String name;
  boolean postNamed;
  /** The action verb its name starts with when the name is that verb and the noun after the figure (建设10个…). */
  @Nullable String verbOfName;
  /** The start level of a from–to statement (从A提升至B): dated before the period it starts. */
  boolean from;
  @Nullable Statement stmt;
  List<Statement> extra = new ArrayList<>();
}
