package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

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
  String changeVerb;
  String levelVerb;
  boolean grammarVerb;
  boolean unitless;
  boolean ratio;
  boolean hasSuffix;
  String suffix;
  String prefix;
  String wording;
  String name;
  boolean postNamed;
  /** The start level of a from–to statement (从A提升至B): dated before the period it starts. */
  boolean from;
  Statement stmt;
  List<Statement> extra = new ArrayList<>();
}
