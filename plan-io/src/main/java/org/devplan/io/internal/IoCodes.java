package org.devplan.io.internal;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The external codes of enumeration constants: lower-case snake case ({@code ANNUAL_AVERAGE} ↔ {@code
 * annual_average}), the same in JSON and CSV.
 */
public final class IoCodes {
  private static final Map<Class<?>, Table<?>> TABLES = new ConcurrentHashMap<>();

  private IoCodes() {}

  private record Table<E extends Enum<E>>(EnumMap<E, String> codes, ImmutableMap<String, E> constants) {}

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Table<E> table(Class<E> type) {
    return (Table<E>) TABLES.computeIfAbsent(type, t -> {
      EnumMap<E, String> codes = new EnumMap<>(type);
      ImmutableMap.Builder<String, E> constants = ImmutableMap.builder();
      for (E e : type.getEnumConstants()) {
        String code = e.name().toLowerCase(Locale.ROOT);
        codes.put(e, code);
        constants.put(code, e);
      }
      return new Table<>(codes, constants.buildOrThrow());
    });
  }

  /** The code of {@code constant}, e.g. {@code annual_average}. */
  public static <E extends Enum<E>> String code(E constant) {
    return table(constant.getDeclaringClass()).codes().get(constant);
  }

  /** The constant of {@code type} whose code is {@code code}, if any. */
  public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
    return Optional.ofNullable(table(type).constants().get(code));
  }

  /** The codes of {@code type}, comma-separated, for error messages. */
  public static <E extends Enum<E>> String codes(Class<E> type) {
    return String.join(", ", table(type).constants().keySet());
  }
}
