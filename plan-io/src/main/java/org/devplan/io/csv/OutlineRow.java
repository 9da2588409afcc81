package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.devplan.model.Chapter;
import org.devplan.model.Plan;

/**
 * One row of the outline table ({@code chapter_path, depth, label, title, line}): a chapter heading, so that
 * headings can be compared and scored without parsing JSON. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImmutableList<OutlineRow> outline = OutlineRow.of(plan);
 * outline.get(0).chapterPath();   // "1"
 * }</pre>
 *
 * @param chapterPath the chapter's path ({@code 3.2.1})
 * @param depth its depth, 1 for a top chapter (the number of parts of the path)
 * @param label its label as written ({@code （三）})
 * @param title its title
 * @param line the line its heading starts on, where known
 * @since 0.1
 */
public record OutlineRow(String chapterPath, int depth, String label, String title, Optional<Integer> line) {
  /** The outline table's header (format version 1). */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("chapter_path", "depth", "label", "title",
      "line");

  /**
   * @throws IllegalArgumentException if the path is malformed, the depth does not match it or the line is below 1
   */
  public OutlineRow {
    checkArgument(Chapter.isPath(chapterPath),
        "outline row: path \"%s\" must be dot-separated positive numbers", chapterPath);
    checkArgument(depth == depth(chapterPath), "outline row %s: depth %s does not match the path",
        chapterPath, depth);
    line.ifPresent(l -> checkArgument(l >= 1, "outline row %s: line %s must be at least 1", chapterPath, l));
  }

  private static int depth(String path) {
    int parts = 1;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.') {
        parts++;
      }
    }
    return parts;
  }

  /** The outline of {@code plan}: every chapter, depth-first in document order. */
  public static ImmutableList<OutlineRow> of(Plan plan) {
    return plan.allChapters().map(OutlineRow::of).collect(ImmutableList.toImmutableList());
  }

  /** The row of {@code chapter}. */
  public static OutlineRow of(Chapter chapter) {
    return new OutlineRow(chapter.path(), chapter.depth(), chapter.label(), chapter.title(),
        chapter.provenance().map(p -> p.start().line()));
  }
}
