package org.devplan.io.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.devplan.io.internal.IoLimits;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Task;
import org.devplan.model.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson module that reads and writes devplan's model types ({@link Plan}, {@link Chapter}, {@link Task},
 * {@link Indicator}, {@link Observation}, {@link Bound}, {@link Unit}) in the format of {@link PlanJson}, with
 * explicit serializers and deserializers (the model carries no Jackson annotations). It is found by
 * {@code ServiceLoader} ({@code findAndAddModules}). Errors in the input are thrown as
 * {@link PlanFormatException} (source {@code <json>}) at the line and column {@link PlanJson} gives, also for a
 * malformed document (truncated, a bad token, invalid UTF-8) met inside the value; a limit of the mapper's
 * {@code StreamReadConstraints} is reported at its token, in devplan's words for {@link PlanJson#mapper()} and in
 * Jackson's for a mapper with other limits. Where the value sits inside a
 * collection or bean, Jackson may wrap the error in a {@code DatabindException} whose cause it is. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanJacksonModule()).build();
 * String json = mapper.writeValueAsString(plan);
 * Plan back = mapper.readValue(json, Plan.class);
 * Indicator gdp = mapper.readValue(indicatorJson, Indicator.class);
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String SOURCE = "<json>";

  /** A module that accepts custom units. */
  public PlanJacksonModule() {
    this(false);
  }

  /**
   * A module that rejects custom units when reading if {@code strictUnits}.
   *
   * @param strictUnits reject units the {@link Unit} registry does not know
   */
  public PlanJacksonModule(boolean strictUnits) {
    super("devplan");
    add(Plan.class, PlanJsonWriting::plan, PlanJsonReading::plan, strictUnits);
    add(Chapter.class, PlanJsonWriting::chapter, PlanJsonReading::chapter, strictUnits);
    add(Task.class, PlanJsonWriting::task, PlanJsonReading::task, strictUnits);
    add(Indicator.class, PlanJsonWriting::indicator, PlanJsonReading::indicator, strictUnits);
    add(Observation.class, PlanJsonWriting::observation, PlanJsonReading::observation, strictUnits);
    add(Unit.class, PlanJsonWriting::unit, r -> r.unitValue(r.currentString()), strictUnits);
    addSerializer(Bound.class, new Writing<>(Bound.class, PlanJsonWriting::bound));
    Reading<Bound> bound = new Reading<>(Bound.class, PlanJsonReading::bound, strictUnits);
    addDeserializer(Bound.class, bound);
    for (Class<? extends Bound> kind : java.util.List.of(Bound.Single.class, Bound.Range.class,
        Bound.Qualitative.class, Bound.Absent.class)) {
      addSerializer(kind, new Writing<>(Bound.class, PlanJsonWriting::bound));
    }
  }

  private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> write, Function<PlanJsonReading, T> read,
      boolean strictUnits) {
    addSerializer(type, new Writing<>(type, write));
    addDeserializer(type, new Reading<>(type, read, strictUnits));
  }

  private static final class Writing<T> extends StdSerializer<T> {
    private final transient BiConsumer<JsonGenerator, T> write;

    Writing(Class<T> type, BiConsumer<JsonGenerator, T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      write.accept(g, value);
    }
  }

  private static final class Reading<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<PlanJsonReading, T> read;
    private final boolean strictUnits;

    Reading(Class<T> type, Function<PlanJsonReading, T> read, boolean strictUnits) {
      this.type = type;
      this.read = read;
      this.strictUnits = strictUnits;
    }

    /**
     * Reads the value; a malformed document (a truncation, a bad token, invalid UTF-8) is put as {@link PlanJson}
     * puts it, at its line and column; a limit of a caller's mapper with other limits than devplan's is reported at
     * the token that tripped it, in Jackson's words (they are the mapper's limits, not devplan's).
     */
    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return read.apply(new PlanJsonReading(p, SOURCE, strictUnits));
      } catch (StreamConstraintsException e) {
        if (IoLimits.isDevplans(p.streamReadConstraints())) {
          throw PlanJson.translate(e, SOURCE, p);
        }
        TokenStreamLocation at = p.currentTokenLocation();
        throw new PlanFormatException(SOURCE, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1),
            String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("a limit of the mapper"), e);
      } catch (JacksonException e) {
        throw PlanJson.translate(e, SOURCE, p);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
