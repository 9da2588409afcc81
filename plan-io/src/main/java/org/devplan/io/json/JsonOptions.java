package org.devplan.io.json;

import static java.util.Objects.requireNonNull;

/**
 * Options of {@link PlanJson#codec(JsonOptions)}: whether reading rejects units the {@link org.devplan.model.Unit}
 * registry does not know, whether a single plan is written indented, and the name that errors give an input
 * without a file name (a stream, a reader, a text). Immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = PlanJson.codec(JsonOptions.STRICT).parseFile(Path.of("plan.json"));   // 蒸吨 would be rejected
 * String compact = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(plan);
 * PlanJson.codec(JsonOptions.DEFAULT.withSourceName("<stdin>")).parseStream(System.in);
 * }</pre>
 *
 * @param strictUnits reject custom units (symbols the registry neither knows nor derives) when reading
 * @param pretty indent a single written plan (streams of plans are always written compact)
 * @param sourceName names a stream, reader or text in error messages (a file is named by its path)
 * @since 0.1
 */
public record JsonOptions(boolean strictUnits, boolean pretty, String sourceName) {
  /** Custom units accepted; plans written indented; inputs named {@code <json>}. */
  public static final JsonOptions DEFAULT = new JsonOptions(false, true, "<json>");

  /** Custom units rejected; plans written indented; inputs named {@code <json>}. */
  public static final JsonOptions STRICT = new JsonOptions(true, true, "<json>");

  /**
   * @throws IllegalArgumentException if {@code sourceName} is blank
   */
  public JsonOptions {
    requireNonNull(sourceName, "sourceName");
    if (sourceName.isBlank()) {
      throw new IllegalArgumentException("JSON options: source name must not be blank");
    }
  }

  /** These options with {@code pretty} set as given. */
  public JsonOptions withPretty(boolean pretty) {
    return new JsonOptions(strictUnits, pretty, sourceName);
  }

  /** These options with {@code strictUnits} set as given. */
  public JsonOptions withStrictUnits(boolean strictUnits) {
    return new JsonOptions(strictUnits, pretty, sourceName);
  }

  /**
   * These options with {@code sourceName} naming streams, readers and texts in errors.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public JsonOptions withSourceName(String sourceName) {
    return new JsonOptions(strictUnits, pretty, sourceName);
  }
}
