package org.devplan.io.json;

/**
 * Options of {@link PlanJson}: whether reading rejects units the {@link org.devplan.model.Unit} registry does not
 * know, and whether a single plan is written indented. Immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = PlanJson.read(Path.of("plan.json"), JsonOptions.STRICT);   // 蒸吨 would be rejected
 * String compact = PlanJson.writeString(plan, JsonOptions.DEFAULT.withPretty(false));
 * }</pre>
 *
 * @param strictUnits reject custom units (symbols the registry neither knows nor derives) when reading
 * @param pretty indent a single written plan (streams of plans are always written compact)
 * @since 0.1
 */
public record JsonOptions(boolean strictUnits, boolean pretty) {
  /** Custom units accepted; plans written indented. */
  public static final JsonOptions DEFAULT = new JsonOptions(false, true);

  /** Custom units rejected; plans written indented. */
  public static final JsonOptions STRICT = new JsonOptions(true, true);

  /** These options with {@code pretty} set as given. */
  public JsonOptions withPretty(boolean pretty) {
    return new JsonOptions(strictUnits, pretty);
  }

  /** These options with {@code strictUnits} set as given. */
  public JsonOptions withStrictUnits(boolean strictUnits) {
    return new JsonOptions(strictUnits, pretty);
  }
}
