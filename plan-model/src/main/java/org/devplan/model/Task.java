package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Written by hand rather than generated: a task's text is its heading followed by its chapter's paragraphs, and
 * this one can keep it as those parts ({@link Builder#textParts}), joined when {@link #text()} is read, instead of
 * a copy of them.
 *
 * @since 0.1
 */
public final class Task {
  private final String id;
  private final @Nullable String label;
  private final String title;
  /**
   * The text as parts to join, one part when it was given as one string: an array never changed, not a list (one
   * object less a task).
   */
  private final String[] text;
  private final ImmutableList<String> observationIds;
  private final @Nullable Provenance provenance;

  private Task(String id, @Nullable String label, String title, String[] text,
      ImmutableList<String> observationIds, @Nullable Provenance provenance) {
    checkArgument(!id.isBlank(), "task: id must not be blank");
    checkArgument(!title.isBlank(), "task %s: title must not be blank", id);
    this.id = id;
    this.label = label;
    this.title = title;
    this.text = text;
    this.observationIds = observationIds;
    this.provenance = provenance;
  }

  /** Identifier, unique within the plan (the importer uses the chapter path). */
  public String id() {
    return id;
  }

  /** The numbering as written (一是, （五）), if any. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** The title phrase. */
  public String title() {
    return title;
  }

  /** The full text, label included. */
  public String text() {
    return text.length == 1 ? text[0] : String.join("", text);
  }

  /** Ids of the observations stated in the task's text. */
  public ImmutableList<String> observationIds() {
    return observationIds;
  }

  /** Where it was read from. */
  public Optional<Provenance> provenance() {
    return Optional.ofNullable(provenance);
  }

  /** A copy with {@code value} as its id, or this task if it has that id. */
  public Task withId(String value) {
    return id.equals(value) ? this : new Task(value, label, title, text, observationIds, provenance);
  }

  /** A copy with {@code value} as its label, or this task if it has that label. */
  public Task withLabel(String value) {
    return withLabel(Optional.of(value));
  }

  /** A copy with {@code optional} as its label, or this task if it has that label. */
  public Task withLabel(Optional<String> optional) {
    @Nullable String value = optional.orElse(null);
    return Objects.equals(value, label) ? this : new Task(id, value, title, text, observationIds, provenance);
  }

  /** A copy with {@code value} as its title, or this task if it has that title. */
  public Task withTitle(String value) {
    return title.equals(value) ? this : new Task(id, label, value, text, observationIds, provenance);
  }

  /** A copy with {@code value} as its text, or this task if it has that text. */
  public Task withText(String value) {
    return text().equals(value) ? this
        : new Task(id, label, title, new String[] {value}, observationIds, provenance);
  }

  /** A copy with {@code elements} as its observation ids. */
  public Task withObservationIds(String... elements) {
    return withObservationIds(ImmutableList.copyOf(elements));
  }

  /** A copy with {@code elements} as its observation ids. */
  public Task withObservationIds(Iterable<String> elements) {
    return new Task(id, label, title, text, ImmutableList.copyOf(elements), provenance);
  }

  /** A copy with {@code value} as its provenance, or this task if it has that provenance. */
  public Task withProvenance(Provenance value) {
    return withProvenance(Optional.of(value));
  }

  /** A copy with {@code optional} as its provenance, or this task if it has that provenance. */
  public Task withProvenance(Optional<? extends Provenance> optional) {
    @Nullable Provenance value = optional.orElse(null);
    return Objects.equals(value, provenance) ? this : new Task(id, label, title, text, observationIds, value);
  }

  /** Equal when id, label, title, text (however it is held), observation ids and provenance are. */
  @Override
  public boolean equals(@Nullable Object another) {
    return this == another || (another instanceof Task t && id.equals(t.id) && Objects.equals(label, t.label)
        && title.equals(t.title) && (Arrays.equals(text, t.text) || text().equals(t.text()))
        && observationIds.equals(t.observationIds) && Objects.equals(provenance, t.provenance));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, title, text(), observationIds, provenance);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Task").omitNullValues().add("id", id).add("label", label).add("title", title)
        .add("text", text()).add("observationIds", observationIds).add("provenance", provenance).toString();
  }

  /** Builds a {@link Task}: id, title and text are required. Not thread-safe. */
  public static class Builder {
    private @Nullable String id;
    private @Nullable String label;
    private @Nullable String title;
    private String @Nullable [] text;
    private final List<String> observationIds = new ArrayList<>();
    private @Nullable Provenance provenance;

    /**
     * Fills the builder with every part of {@code instance}: its absent label and provenance leave the builder's
     * as they are, and its observation ids are added to the builder's.
     */
    public final Builder from(Task instance) {
      id(instance.id).title(instance.title).addAllObservationIds(instance.observationIds);
      text = instance.text;
      if (instance.label != null) {
        label(instance.label);
      }
      if (instance.provenance != null) {
        provenance(instance.provenance);
      }
      return this;
    }

    /** The identifier. */
    public final Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The numbering as written. */
    public final Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /** The numbering as written, or none. */
    public final Builder label(Optional<String> label) {
      this.label = label.orElse(null);
      return this;
    }

    /** The title phrase. */
    public final Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** The full text, label included. */
    public final Builder text(String text) {
      this.text = new String[] {Objects.requireNonNull(text, "text")};
      return this;
    }

    /**
     * The full text as the concatenation of {@code parts} (a heading, then the chapter's paragraphs): the task is
     * the one {@code text(String.join("", parts))} builds, but it keeps the parts and joins them whenever
     * {@link Task#text()} is read, so strings it shares with its chapter are not copied.
     *
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public final Builder textParts(Iterable<String> parts) {
      String[] array = Iterables.toArray(parts, String.class);
      for (String part : array) {
        Objects.requireNonNull(part, "text parts element");
      }
      checkArgument(array.length > 0, "task %s: text parts must not be empty", id);
      this.text = array;
      return this;
    }

    /** Adds an observation id. */
    public final Builder addObservationId(String element) {
      observationIds.add(Objects.requireNonNull(element, "observationIds element"));
      return this;
    }

    /** Adds observation ids. */
    public final Builder addObservationIds(String... elements) {
      return addAllObservationIds(List.of(elements));
    }

    /** Replaces the observation ids with {@code elements}. */
    public final Builder observationIds(Iterable<String> elements) {
      observationIds.clear();
      return addAllObservationIds(elements);
    }

    /** Adds observation ids. */
    public final Builder addAllObservationIds(Iterable<String> elements) {
      for (String element : elements) {
        addObservationId(element);
      }
      return this;
    }

    /** Where it was read from. */
    public final Builder provenance(Provenance provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance");
      return this;
    }

    /** Where it was read from, or nowhere known. */
    public final Builder provenance(Optional<? extends Provenance> provenance) {
      this.provenance = provenance.orElse(null);
      return this;
    }

    /**
     * The task.
     *
     * @throws IllegalStateException if id, title or text is not set
     * @throws IllegalArgumentException if id or title is blank
     */
    public Task build() {
      String i = id;
      String t = title;
      String[] x = text;
      if (i == null || t == null || x == null) {
        throw new IllegalStateException("Cannot build Task, some of required attributes are not set " + missing());
      }
      return new Task(i, label, t, x, ImmutableList.copyOf(observationIds), provenance);
    }

    private List<String> missing() {
      List<String> names = new ArrayList<>();
      if (id == null) {
        names.add("id");
      }
      if (title == null) {
        names.add("title");
      }
      if (text == null) {
        names.add("text");
      }
      return names;
    }
  }
}
