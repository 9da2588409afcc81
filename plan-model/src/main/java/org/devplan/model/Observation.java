package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One figure about one indicator, as the document states it: an actual (完成, 预计) or a target for a year or a
 * period, with a level and/or a growth, each a {@link Bound} keeping its wording. Several observations of one
 * indicator may share year and kind (the annex and the narrative may both state it, even with different numbers):
 * nothing is merged away. Immutable and thread-safe.
 *
 * <p>The level's unit is the one written with it ({@link Bound#unit()}), else the indicator's. The growth is in
 * percent ({@code %}) unless written in {@code 个百分点}; a growth in any other unit is rejected.
 *
 * <pre>{@code
 * Observation revenue2025 = Observation.actual("revenue-2025", 2025, Bound.parse("419.73"), Bound.parse("2.01"));
 * Observation revenue2026 = new Observation.Builder()
 *     .id("revenue-2026").kind(Observation.Kind.TARGET).period(Period.year(2026))
 *     .level(Bound.parse("428.12")).growth(Bound.parse("2以上"))
 *     .build();
 * }</pre>
 *
 * <p>Written by hand rather than generated: a plan holds hundreds of observations, and this one keeps its kind,
 * change flag and status in one byte, its rarely stated hedge and reference in one object, and its provenance's
 * document and places in fields of its own, {@link #provenance()} making the {@link Provenance} (72 bytes instead
 * of 64 and a provenance of 40).
 *
 * @since 0.1
 */
public final class Observation {
  private static final int TARGET = 1;
  private static final int CHANGE = 1 << 1;
  private static final int STATUS_SHIFT = 2;

  private final String id;
  private final Period period;
  private final @Nullable Bound level;
  private final @Nullable Bound growth;
  private final @Nullable String verb;
  private final @Nullable String chapter;
  private final @Nullable Hedging hedging;
  /** The provenance's document, null when there is none; its places are the six fields below, as it keeps them. */
  private final @Nullable String document;
  private final int startLine;
  private final int startColumn;
  private final int endLine;
  private final int endColumn;
  private final int row;
  private final int cell;
  /** Bit 0 set for a target, bit 1 for a change, the bits above the status: 1 reported … 3 estimate, 0 none. */
  private final byte flags;

  /** The hedge and the reference, which few observations state. */
  private record Hedging(@Nullable String hedge, @Nullable String reference) {}

  private Observation(String id, Period period, Kind kind, @Nullable Bound level, @Nullable Bound growth,
      boolean isChange, @Nullable String verb, @Nullable String hedge, @Nullable String reference,
      @Nullable Status status, @Nullable String chapter, @Nullable Provenance provenance) {
    checkArgument(!id.isBlank(), "observation: id must not be blank");
    checkArgument(level != null || growth != null, "observation %s: needs a level or a growth", id);
    @Nullable Unit growthUnit = growth == null ? null : growth.unit().orElse(null);
    checkArgument(growthUnit == null || growthUnit.isPercentLike(),
        "observation %s: growth of %s %s is in %s, expected % or 个百分点", id, kind, period, growthUnit);
    checkArgument(status == null || kind == Kind.ACTUAL,
        "observation %s: status %s applies only to actuals, not to a %s", id, status, kind);
    this.id = id;
    this.period = period;
    this.level = level;
    this.growth = growth;
    this.verb = verb;
    this.chapter = chapter;
    document = provenance == null ? null : provenance.document;
    startLine = provenance == null ? 0 : provenance.startLine;
    startColumn = provenance == null ? 0 : provenance.startColumn;
    endLine = provenance == null ? 0 : provenance.endLine;
    endColumn = provenance == null ? 0 : provenance.endColumn;
    row = provenance == null ? 0 : provenance.row;
    cell = provenance == null ? 0 : provenance.cell;
    hedging = hedge == null && reference == null ? null : new Hedging(hedge, reference);
    int statusCode = status == null ? 0 : switch (status) {
      case REPORTED -> 1;
      case PRELIMINARY -> 2;
      case ESTIMATE -> 3;
    };
    flags = (byte) ((kind == Kind.TARGET ? TARGET : 0) | (isChange ? CHANGE : 0) | statusCode << STATUS_SHIFT);
  }

  /** Actual or target. */
  public enum Kind {
    /** A figure reported for a past year or period. */
    ACTUAL,
    /** A figure planned for the plan year or a later one. */
    TARGET
  }

  /** How final an actual figure is. */
  public enum Status {
    /** Reported as final (完成). */
    REPORTED,
    /** Preliminary (初步核算). */
    PRELIMINARY,
    /** Estimated (预计, or marked {@code *}). */
    ESTIMATE
  }

  /** Identifier, unique within the plan. */
  public String id() {
    return id;
  }

  /** The year or period the figure refers to. */
  public Period period() {
    return period;
  }

  /** Actual or target. */
  public Kind kind() {
    return (flags & TARGET) != 0 ? Kind.TARGET : Kind.ACTUAL;
  }

  /** The level (an amount, count or rate), if stated. */
  public Optional<Bound> level() {
    return Optional.ofNullable(level);
  }

  /** The growth, in % (or 个百分点), if stated. */
  public Optional<Bound> growth() {
    return Optional.ofNullable(growth);
  }

  /** True if the level is a change rather than a level (提高1个百分点); false unless set. */
  public boolean isChange() {
    return (flags & CHANGE) != 0;
  }

  /** The verb as written (增长, 下降, 降低, 提高, 控制在), where there is one. */
  public Optional<String> verb() {
    return Optional.ofNullable(verb);
  }

  /** A hedge as written (力争, 争取, 在实际工作中努力争取更好结果). */
  public Optional<String> hedge() {
    return Optional.ofNullable(hedge(hedging));
  }

  /** What a change or difference is measured against (全国, 全省), when not the previous year. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference(hedging));
  }

  /** How final an actual figure is; empty for targets. */
  public Optional<Status> status() {
    return Optional.ofNullable(status(flags));
  }

  /** The path of the chapter that states it ({@code 1.2}), if any. */
  public Optional<String> chapter() {
    return Optional.ofNullable(chapter);
  }

  /** Where it was read from. */
  public Optional<Provenance> provenance() {
    return Optional.ofNullable(provenanceOrNull());
  }

  private @Nullable Provenance provenanceOrNull() {
    return document == null ? null
        : Provenance.ofFields(document, startLine, startColumn, endLine, endColumn, row, cell);
  }

  /** The year the figure is dated by: the period's end. */
  public int year() {
    return period.end();
  }

  private static @Nullable String hedge(@Nullable Hedging h) {
    return h == null ? null : h.hedge();
  }

  private static @Nullable String reference(@Nullable Hedging h) {
    return h == null ? null : h.reference();
  }

  private static @Nullable Status status(byte flags) {
    return switch (flags >> STATUS_SHIFT) {
      case 1 -> Status.REPORTED;
      case 2 -> Status.PRELIMINARY;
      case 3 -> Status.ESTIMATE;
      default -> null;
    };
  }

  /** An actual for {@code year} with the given level and growth (either may be {@link Bound#absent()}). */
  public static Observation actual(String id, int year, Bound level, Bound growth) {
    return new Builder().id(id).kind(Kind.ACTUAL).period(Period.year(year)).level(level).growth(growth).build();
  }

  /** A target for {@code year} with the given level and growth (either may be {@link Bound#absent()}). */
  public static Observation target(String id, int year, Bound level, Bound growth) {
    return new Builder().id(id).kind(Kind.TARGET).period(Period.year(year)).level(level).growth(growth).build();
  }

  /** A copy with {@code value} as its id, or this observation if it has that id. */
  public Observation withId(String value) {
    return id.equals(value) ? this : copy().id(value).build();
  }

  /** A copy with {@code value} as its period, or this observation if it has that period. */
  public Observation withPeriod(Period value) {
    return period.equals(value) ? this : copy().period(value).build();
  }

  /** A copy with {@code value} as its kind, or this observation if it has that kind. */
  public Observation withKind(Kind value) {
    return kind() == value ? this : copy().kind(value).build();
  }

  /** A copy with {@code value} as its level. */
  public Observation withLevel(Bound value) {
    return withLevel(Optional.of(value));
  }

  /** A copy with {@code optional} as its level, or this observation if it has that level. */
  public Observation withLevel(Optional<? extends Bound> optional) {
    return Objects.equals(optional.orElse(null), level) ? this : copy().level(optional).build();
  }

  /** A copy with {@code value} as its growth. */
  public Observation withGrowth(Bound value) {
    return withGrowth(Optional.of(value));
  }

  /** A copy with {@code optional} as its growth, or this observation if it has that growth. */
  public Observation withGrowth(Optional<? extends Bound> optional) {
    return Objects.equals(optional.orElse(null), growth) ? this : copy().growth(optional).build();
  }

  /** A copy with {@code value} as its change flag, or this observation if it has that flag. */
  public Observation withIsChange(boolean value) {
    return isChange() == value ? this : copy().isChange(value).build();
  }

  /** A copy with {@code value} as its verb. */
  public Observation withVerb(String value) {
    return withVerb(Optional.of(value));
  }

  /** A copy with {@code optional} as its verb, or this observation if it has that verb. */
  public Observation withVerb(Optional<String> optional) {
    return Objects.equals(optional.orElse(null), verb) ? this : copy().verb(optional).build();
  }

  /** A copy with {@code value} as its hedge. */
  public Observation withHedge(String value) {
    return withHedge(Optional.of(value));
  }

  /** A copy with {@code optional} as its hedge, or this observation if it has that hedge. */
  public Observation withHedge(Optional<String> optional) {
    return Objects.equals(optional.orElse(null), hedge(hedging)) ? this : copy().hedge(optional).build();
  }

  /** A copy with {@code value} as its reference. */
  public Observation withReference(String value) {
    return withReference(Optional.of(value));
  }

  /** A copy with {@code optional} as its reference, or this observation if it has that reference. */
  public Observation withReference(Optional<String> optional) {
    return Objects.equals(optional.orElse(null), reference(hedging)) ? this : copy().reference(optional).build();
  }

  /** A copy with {@code value} as its status. */
  public Observation withStatus(Status value) {
    return withStatus(Optional.of(value));
  }

  /** A copy with {@code optional} as its status, or this observation if it has that status. */
  public Observation withStatus(Optional<? extends Status> optional) {
    return optional.orElse(null) == status(flags) ? this : copy().status(optional).build();
  }

  /** A copy with {@code value} as its chapter. */
  public Observation withChapter(String value) {
    return withChapter(Optional.of(value));
  }

  /** A copy with {@code optional} as its chapter, or this observation if it has that chapter. */
  public Observation withChapter(Optional<String> optional) {
    return Objects.equals(optional.orElse(null), chapter) ? this : copy().chapter(optional).build();
  }

  /** A copy with {@code value} as its provenance. */
  public Observation withProvenance(Provenance value) {
    return withProvenance(Optional.of(value));
  }

  /** A copy with {@code optional} as its provenance, or this observation if it has that provenance. */
  public Observation withProvenance(Optional<? extends Provenance> optional) {
    return Objects.equals(optional.orElse(null), provenanceOrNull()) ? this : copy().provenance(optional).build();
  }

  private Builder copy() {
    return new Builder().from(this);
  }

  @Override
  public boolean equals(@Nullable Object another) {
    return this == another || (another instanceof Observation o && id.equals(o.id) && period.equals(o.period)
        && flags == o.flags && Objects.equals(level, o.level) && Objects.equals(growth, o.growth)
        && Objects.equals(verb, o.verb) && Objects.equals(hedging, o.hedging) && Objects.equals(chapter, o.chapter)
        && Objects.equals(document, o.document) && startLine == o.startLine && startColumn == o.startColumn
        && endLine == o.endLine && endColumn == o.endColumn && row == o.row && cell == o.cell);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, period, flags, level, growth, verb, hedging, chapter, document, startLine, startColumn,
        endLine, endColumn, row, cell);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Observation").omitNullValues().add("id", id).add("period", period)
        .add("kind", kind()).add("level", level).add("growth", growth).add("isChange", isChange()).add("verb", verb)
        .add("hedge", hedge(hedging)).add("reference", reference(hedging)).add("status", status(flags))
        .add("chapter", chapter).add("provenance", provenanceOrNull()).toString();
  }

  /** Builds an {@link Observation}: id, period and kind are required. Not thread-safe. */
  public static class Builder {
    private @Nullable String id;
    private @Nullable Period period;
    private @Nullable Kind kind;
    private @Nullable Bound level;
    private @Nullable Bound growth;
    private boolean isChange;
    private @Nullable String verb;
    private @Nullable String hedge;
    private @Nullable String reference;
    private @Nullable Status status;
    private @Nullable String chapter;
    private @Nullable Provenance provenance;

    /** Fills the builder with every part of {@code instance}; its absent parts leave the builder's as they are. */
    public final Builder from(Observation instance) {
      id(instance.id).period(instance.period).kind(instance.kind()).isChange(instance.isChange());
      level = instance.level != null ? instance.level : level;
      growth = instance.growth != null ? instance.growth : growth;
      verb = instance.verb != null ? instance.verb : verb;
      hedge = instance.hedge().orElse(hedge);
      reference = instance.reference().orElse(reference);
      status = instance.status().orElse(status);
      chapter = instance.chapter != null ? instance.chapter : chapter;
      provenance = instance.document != null ? instance.provenanceOrNull() : provenance;
      return this;
    }

    /** The identifier. */
    public final Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The year or period. */
    public final Builder period(Period period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /** Actual or target. */
    public final Builder kind(Kind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** The level. */
    public final Builder level(Bound level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /** The level, or none. */
    public final Builder level(Optional<? extends Bound> level) {
      this.level = level.orElse(null);
      return this;
    }

    /** The growth. */
    public final Builder growth(Bound growth) {
      this.growth = Objects.requireNonNull(growth, "growth");
      return this;
    }

    /** The growth, or none. */
    public final Builder growth(Optional<? extends Bound> growth) {
      this.growth = growth.orElse(null);
      return this;
    }

    /** Whether the level is a change. */
    public final Builder isChange(boolean isChange) {
      this.isChange = isChange;
      return this;
    }

    /** The verb as written. */
    public final Builder verb(String verb) {
      this.verb = Objects.requireNonNull(verb, "verb");
      return this;
    }

    /** The verb as written, or none. */
    public final Builder verb(Optional<String> verb) {
      this.verb = verb.orElse(null);
      return this;
    }

    /** The hedge as written. */
    public final Builder hedge(String hedge) {
      this.hedge = Objects.requireNonNull(hedge, "hedge");
      return this;
    }

    /** The hedge as written, or none. */
    public final Builder hedge(Optional<String> hedge) {
      this.hedge = hedge.orElse(null);
      return this;
    }

    /** What a change is measured against. */
    public final Builder reference(String reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /** What a change is measured against, or none. */
    public final Builder reference(Optional<String> reference) {
      this.reference = reference.orElse(null);
      return this;
    }

    /** How final an actual is. */
    public final Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** How final an actual is, or none. */
    public final Builder status(Optional<? extends Status> status) {
      this.status = status.orElse(null);
      return this;
    }

    /** The path of the chapter that states it. */
    public final Builder chapter(String chapter) {
      this.chapter = Objects.requireNonNull(chapter, "chapter");
      return this;
    }

    /** The path of the chapter that states it, or none. */
    public final Builder chapter(Optional<String> chapter) {
      this.chapter = chapter.orElse(null);
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
     * The observation.
     *
     * @throws IllegalStateException if id, period or kind is not set
     * @throws IllegalArgumentException if the id is blank, there is neither level nor growth, the growth's unit is
     *     neither % nor 个百分点, or a target has a status
     */
    public Observation build() {
      String i = id;
      Period p = period;
      Kind k = kind;
      if (i == null || p == null || k == null) {
        throw new IllegalStateException("Cannot build Observation, some of required attributes are not set "
            + missing());
      }
      return new Observation(i, p, k, level, growth, isChange, verb, hedge, reference, status, chapter, provenance);
    }

    private List<String> missing() {
      List<String> names = new ArrayList<>();
      if (id == null) {
        names.add("id");
      }
      if (period == null) {
        names.add("period");
      }
      if (kind == null) {
        names.add("kind");
      }
      return names;
    }
  }
}
