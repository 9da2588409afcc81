package org.devplan.model;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

  /** One instance per enum constant and evidence: every indicator carries four, and plans are held by thousands. */
  private static final ConcurrentMap<List<Object>, Inferred<?>> CONSTANTS = new ConcurrentHashMap<>();

  /** {@code value} with {@code evidence}. */
  @SuppressWarnings("unchecked") // the key holds this very value, so the instance found is an Inferred<T>
  public static <T> Inferred<T> of(T value, Evidence evidence) {
    if (value instanceof Enum<?>) {
      return (Inferred<T>) CONSTANTS.computeIfAbsent(List.of(value, evidence),
          k -> ImmutableInferred.of(value, evidence));
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
