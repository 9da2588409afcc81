package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Task;

/**
 * One row of the tasks table ({@link #COLUMNS}): a task with one figure it states, or a task that states none.
 * The table carries a task's id, chapter, label and title and, per figure, the observation's id, indicator, kind,
 * year and bounds; not the task's full text or provenance. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImmutableList<TaskRow> tasks = TaskRow.of(plan);
 * tasks.get(0).target().map(t -> t.indicatorCode());   // Optional[…] when the task states a figure
 * }</pre>
 *
 * @param taskId the task's id
 * @param chapterPath the path of the chapter the task is in ({@code 3.2})
 * @param label the task's label as written ({@code 一是}), if any
 * @param title the task's title
 * @param target the figure of this row, if the task states one
 * @since 0.1
 */
public record TaskRow(String taskId, String chapterPath, Optional<String> label, String title,
    Optional<Target> target) {
  /** The tasks table's header (format version 1). */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("task_id", "chapter_path", "label", "title",
      "observation_id", "indicator_code", "kind", "year", "level_text", "level", "growth_text", "growth_pct");

  /**
   * @throws IllegalArgumentException if the id or title is blank, the path is malformed or the label is empty
   */
  public TaskRow {
    checkArgument(!taskId.isBlank(), "task row: task id must not be blank");
    checkArgument(!title.isBlank(), "task row %s: title must not be blank", taskId);
    checkArgument(Chapter.isPath(chapterPath), "task row %s: path \"%s\" must be dot-separated positive numbers",
        taskId, chapterPath);
    checkArgument(label.map(l -> !l.isEmpty()).orElse(true), "task row %s: a label must not be empty", taskId);
  }

  /**
   * A figure a task states: the observation it is, with its indicator, kind, year and bounds.
   *
   * @param observationId the observation's id
   * @param indicatorCode the code of the observation's indicator
   * @param kind actual or target
   * @param year the end of the observation's period
   * @param level the level, if stated ({@code level_text}; {@code level} is its figure)
   * @param growth the growth, if stated ({@code growth_text}; {@code growth_pct} is its figure)
   */
  public record Target(String observationId, String indicatorCode, Observation.Kind kind, int year,
      Optional<Bound> level, Optional<Bound> growth) {
    /**
     * @throws IllegalArgumentException if the observation id or indicator code is blank
     */
    public Target {
      checkArgument(!observationId.isBlank() && !indicatorCode.isBlank(),
          "task target: observation id and indicator code must not be blank");
    }
  }

  /** The rows of {@code plan}'s tasks, chapter by chapter in document order: one per figure a task states. */
  public static ImmutableList<TaskRow> of(Plan plan) {
    ImmutableList.Builder<TaskRow> rows = ImmutableList.builder();
    plan.allChapters().forEach(chapter -> {
      for (Task t : chapter.tasks()) {
        if (t.observationIds().isEmpty()) {
          rows.add(new TaskRow(t.id(), chapter.path(), label(t), t.title(), Optional.empty()));
        }
        for (String id : t.observationIds()) {
          Observation o = plan.observation(id).orElseThrow();
          Indicator i = plan.indicatorOf(o).orElseThrow();
          rows.add(new TaskRow(t.id(), chapter.path(), label(t), t.title(), Optional.of(new Target(id, i.code(),
              o.kind(), o.year(), o.level(), o.growth()))));
        }
      }
    });
    return rows.build();
  }

  /** The task's label; an empty one is written as no label, so it is read back as none. */
  private static Optional<String> label(Task t) {
    return t.label().filter(l -> !l.isEmpty());
  }
}
