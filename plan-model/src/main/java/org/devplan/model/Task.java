package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measure or work item of a plan-year chapter ("一是多措并举提振消费…"): its label, title phrase, full text and
 * the ids of the observations stated in it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Task t = new Task.Builder()
 *     .id("3.1.1").label("一是").title("多措并举提振消费")
 *     .text("一是多措并举提振消费。…举办各类促消费活动400场次以上。")
 *     .addObservationId("o-consumption-events-2026")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Task implements WithTask {
  Task() {}

  /** Identifier, unique within the plan (the importer uses the chapter path). */
  public abstract String id();

  /** The numbering as written (一是, （五）), if any. */
  public abstract Optional<String> label();

  /** The title phrase. */
  public abstract String title();

  /** The full text, label included. */
  public abstract String text();

  /** Ids of the observations stated in the task's text. */
  public abstract ImmutableList<String> observationIds();

  /** Where it was read from. */
  public abstract Optional<Provenance> provenance();

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "task: id must not be blank");
    checkArgument(!title().isBlank(), "task %s: title must not be blank", id());
  }

  /** Builds a {@link Task}. */
  public static class Builder extends ImmutableTask.Builder {}
}
