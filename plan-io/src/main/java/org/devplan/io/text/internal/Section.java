package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Observation;
import org.jspecify.annotations.Nullable;

/**
 * A chapter under construction: the outline stage opens it, the linking stage adds the ids of the observations
 * read in it, and the importer turns it into a {@link org.devplan.model.Chapter}. Mutable, used by one import.
 */
final class Section {
  @Nullable HeadingLabel label;
  @Nullable String labelText;
  @Nullable String title;
  boolean inline;
  @Nullable Section parent;
  final List<Section> children = new ArrayList<>();
  final List<String> paragraphs = new ArrayList<>();
  final StringBuilder text = new StringBuilder();
  Observation.@Nullable Kind kind;
  int start;
  @Nullable String path;
  final List<String> observationIds = new ArrayList<>();
}
