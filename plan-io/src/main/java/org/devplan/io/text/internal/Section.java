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
  final HeadingLabel label;
  final String labelText;
  final String title;
  boolean inline;
  @Nullable Section parent;
  final List<Section> children = new ArrayList<>();
  final List<String> paragraphs = new ArrayList<>();
  /** Where each of {@link #paragraphs} starts in the original text. */
  final List<Integer> paragraphStarts = new ArrayList<>();
  /** The heading as written up to the title's end, the start of a task's text (its paragraphs follow). */
  String head = "";
  Observation.@Nullable Kind kind;
  int start;
  /** The chapter path (1.2.3), given once the outline is complete. */
  String path = "";
  final List<String> observationIds = new ArrayList<>();

  Section(HeadingLabel label, String labelText, String title) {
    this.label = label;
    this.labelText = labelText;
    this.title = title;
  }
}
