package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Observation;

/**
 * A chapter under construction: the outline stage opens it, the linking stage adds the ids of the observations
 * read in it, and the importer turns it into a {@link org.devplan.model.Chapter}. Mutable, used by one import.
 */
final class Section {
  HeadingLabel label;
  String labelText;
  String title;
  boolean inline;
  Section parent;
  final List<Section> children = new ArrayList<>();
  final List<String> paragraphs = new ArrayList<>();
  final StringBuilder text = new StringBuilder();
  Observation.Kind kind;
  int start;
  String path;
  final List<String> observationIds = new ArrayList<>();
}
