package org.devplan.model;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * A value together with the {@link Evidence} for it: what an indicator's metadata is (its nature, direction, growth
 * basis, measure and concept) and how it became known. Immutable and thread-safe when {@code T} is; equal when the
 * values and the evidence are equal.
 *
 * <pre>{@code
 * Inferred<Indicator.Nature> nature = Inferred.stated(Indicator.Nature.BINDING);
 * nature.value();                                  // BINDING
 * nature.evidence();                               // STATED
 * Inferred.inferred("gdp");                        // Inferred[gdp, INFERRED]
 * }</pre>
 *
 * @param <T> the type of the value
 * @since 0.1
 */
@Value.Immutable
public abstract class Inferred<T> {
  Inferred() {}

  /** The value. */
  @Value.Parameter
  public abstract T value();

  /** Where the value comes from; {@link Evidence#NONE} when nothing says it. */
  @Value.Parameter
  public abstract Evidence evidence();

  private static final Evidence[] EVIDENCES = Evidence.values();

  /**
   * One instance per enum constant and evidence: every indicator carries four, and plans are held by thousands. By
   * enum type, an array indexed by constant and evidence, made when the type is first asked for: the importer asks
   * for several an indicator, so a look-up reads an array, not a map keyed by a list made for it.
   */
  private static final ClassValue<Inferred<?>[]> CONSTANTS = new ClassValue<>() {
    @Override
    @SuppressWarnings("EnumOrdinal") // an index into this array, made from values() here, never stored or shown
    protected Inferred<?>[] computeValue(Class<?> type) {
      Object[] constants = requireNonNull(type.getEnumConstants(), type.getName());
      Inferred<?>[] all = new Inferred<?>[constants.length * EVIDENCES.length];
      for (int c = 0; c < constants.length; c++) {
        for (Evidence e : EVIDENCES) {
          all[c * EVIDENCES.length + e.ordinal()] = ImmutableInferred.of(constants[c], e);
        }
      }
      return all;
    }
  };

  /** {@code value} with {@code evidence}. */
  // unchecked: the array of the constant's type holds this very value, so it is an Inferred<T>; EnumOrdinal: the
  // ordinals index the array made from values() above
  @SuppressWarnings({"unchecked", "EnumOrdinal"})
  public static <T> Inferred<T> of(T value, Evidence evidence) {
    if (value instanceof Enum<?> constant) {
      return (Inferred<T>) CONSTANTS.get(constant.getDeclaringClass())[
          constant.ordinal() * EVIDENCES.length + evidence.ordinal()];
    }
    return ImmutableInferred.of(value, evidence);
  }

  /** {@code value}, stated by the document or the caller. */
  public static <T> Inferred<T> stated(T value) {
    return of(value, Evidence.STATED);
  }

  /** {@code value}, derived from a curated vocabulary. */
  public static <T> Inferred<T> inferred(T value) {
    return of(value, Evidence.INFERRED);
  }

  /** {@code Inferred[value, EVIDENCE]}. */
  @Override
  public final String toString() {
    return "Inferred[" + value() + ", " + evidence() + "]";
  }
}
