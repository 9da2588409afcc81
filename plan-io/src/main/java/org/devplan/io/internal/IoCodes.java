package org.devplan.io.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The external codes of one enumeration's constants: lower-case snake case ({@code ANNUAL_AVERAGE} ↔ {@code
 * annual_average}), the same in JSON and CSV. One static table per enumeration of the model, built once: a code is
 * an array element (by ordinal), a constant one hash lookup. Immutable and thread-safe.
 *
 * @param <E> the enumeration
 */
public final class IoCodes<E extends Enum<E>> {
  public static final IoCodes<Plan.Kind> PLAN_KIND = new IoCodes<>(Plan.Kind.class);
  public static final IoCodes<Region.Level> REGION_LEVEL = new IoCodes<>(Region.Level.class);
  public static final IoCodes<Chapter.Numbering> NUMBERING = new IoCodes<>(Chapter.Numbering.class);
  public static final IoCodes<Indicator.Nature> NATURE = new IoCodes<>(Indicator.Nature.class);
  public static final IoCodes<Indicator.Direction> DIRECTION = new IoCodes<>(Indicator.Direction.class);
  public static final IoCodes<Indicator.GrowthBasis> GROWTH_BASIS = new IoCodes<>(Indicator.GrowthBasis.class);
  public static final IoCodes<Indicator.Measure> MEASURE = new IoCodes<>(Indicator.Measure.class);
  public static final IoCodes<Evidence> EVIDENCE = new IoCodes<>(Evidence.class);
  public static final IoCodes<Observation.Kind> OBSERVATION_KIND = new IoCodes<>(Observation.Kind.class);
  public static final IoCodes<Observation.Status> STATUS = new IoCodes<>(Observation.Status.class);
  public static final IoCodes<Period.Aggregation> AGGREGATION = new IoCodes<>(Period.Aggregation.class);
  public static final IoCodes<Bound.Kind> BOUND_KIND = new IoCodes<>(Bound.Kind.class);
  public static final IoCodes<Bound.AbsentReason> ABSENT_REASON = new IoCodes<>(Bound.AbsentReason.class);
  public static final IoCodes<Provenance.Origin> ORIGIN = new IoCodes<>(Provenance.Origin.class);
  public static final IoCodes<Span.Kind> SPAN_KIND = new IoCodes<>(Span.Kind.class);

  private final EnumMap<E, String> codes;
  private final ImmutableMap<String, E> constants;
  private final String list;

  private IoCodes(Class<E> type) {
    E[] values = type.getEnumConstants();
    codes = new EnumMap<>(type);
    ImmutableMap.Builder<String, E> b = ImmutableMap.builderWithExpectedSize(values.length);
    for (E e : values) {
      String code = e.name().toLowerCase(Locale.ROOT);
      codes.put(e, code);
      b.put(code, e);
    }
    constants = b.buildOrThrow();
    list = String.join(", ", constants.keySet());
  }

  /** The code of {@code constant}, e.g. {@code annual_average}. */
  public String code(E constant) {
    return requireNonNull(codes.get(constant)); // every constant has its code
  }

  /** The constant whose code is {@code code}, or null if there is none. */
  public @Nullable E constant(String code) {
    return constants.get(code);
  }

  /** The codes, comma-separated, for error messages. */
  public String codes() {
    return list;
  }
}
