package org.devplan.examples.bench;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Span;
import org.devplan.model.Task;
import org.devplan.model.Unit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The databind candidate of issue #14, measured against {@link PlanJsonStreaming} by {@link CodecCompare}: Jackson
 * databind binds the devplan/1 format through builder mix-ins ({@code @JsonPOJOBuilder(withPrefix = "")} on
 * {@code Plan.Builder}, {@code Indicator.Builder} …), with the cheapest guarantees databind itself gives
 * ({@code STRICT_DUPLICATE_DETECTION}, {@code FAIL_ON_UNKNOWN_PROPERTIES}, no coercion of scalars, required
 * properties through the builders) and none of the codec's own checks (no re-reading of a bound's wording, no limits
 * or lone surrogates in devplan's words): a lower bound of what a databind codec would cost. Its values are made as
 * the baseline makes them (enum codes from one table each, bounds from their stated figures, the baseline's unit
 * cache). {@link #WHOLE} binds every type by databind ({@code @JsonCreator} mix-ins on {@code Period.of},
 * {@code Position.of}, {@code Span.of}); {@link #HAND_VALUES} reads the small values (period, position, bound) with
 * the baseline's hand code and binds the rest.
 */
final class PlanJsonDatabind {
  /** Every type by databind. */
  static final PlanJsonDatabind WHOLE = new PlanJsonDatabind(false);

  /** Period, position and bound by hand, the rest by databind. */
  static final PlanJsonDatabind HAND_VALUES = new PlanJsonDatabind(true);

  private final JsonMapper mapper;

  private PlanJsonDatabind(boolean handValues) {
    SimpleModule m = new SimpleModule("devplan-databind");
    m.setMixInAnnotation(Plan.class, PlanMixIn.class);
    m.setMixInAnnotation(Plan.Builder.class, PlanBuilderMixIn.class);
    m.setMixInAnnotation(Region.class, RegionMixIn.class);
    m.setMixInAnnotation(Region.Builder.class, RegionBuilderMixIn.class);
    m.setMixInAnnotation(Source.class, SourceMixIn.class);
    m.setMixInAnnotation(Source.Builder.class, SourceBuilderMixIn.class);
    m.setMixInAnnotation(Chapter.class, ChapterMixIn.class);
    m.setMixInAnnotation(Chapter.Builder.class, ChapterBuilderMixIn.class);
    m.setMixInAnnotation(Task.class, TaskMixIn.class);
    m.setMixInAnnotation(Task.Builder.class, TaskBuilderMixIn.class);
    m.setMixInAnnotation(Indicator.class, IndicatorMixIn.class);
    m.setMixInAnnotation(Observation.class, ObservationMixIn.class);
    m.setMixInAnnotation(Observation.Builder.class, ObservationBuilderMixIn.class);
    m.setMixInAnnotation(Provenance.class, ProvenanceMixIn.class);
    m.setMixInAnnotation(Provenance.Builder.class, ProvenanceBuilderMixIn.class);
    m.setMixInAnnotation(Span.class, SpanMixIn.class);
    if (handValues) {
      m.addDeserializer(Period.class, new Hand<>(Period.class, PlanJsonStreaming::period));
      m.addDeserializer(Position.class, new Hand<>(Position.class, PlanJsonStreaming::position));
    } else {
      m.setMixInAnnotation(Period.class, PeriodMixIn.class);
      m.setMixInAnnotation(Position.class, PositionMixIn.class);
    }
    m.addDeserializer(Bound.class, new Hand<>(Bound.class, PlanJsonStreaming::bound));
    m.addDeserializer(Unit.class, new Hand<>(Unit.class, r -> r.unit(r.string())));
    codes(m, Plan.Kind.class, PlanJsonStreaming.Codes.PLAN_KIND);
    codes(m, Region.Level.class, PlanJsonStreaming.Codes.REGION_LEVEL);
    codes(m, Chapter.Numbering.class, PlanJsonStreaming.Codes.NUMBERING);
    codes(m, Indicator.Nature.class, PlanJsonStreaming.Codes.NATURE);
    codes(m, Indicator.Direction.class, PlanJsonStreaming.Codes.DIRECTION);
    codes(m, Indicator.GrowthBasis.class, PlanJsonStreaming.Codes.GROWTH_BASIS);
    codes(m, Indicator.Measure.class, PlanJsonStreaming.Codes.MEASURE);
    codes(m, Evidence.class, PlanJsonStreaming.Codes.EVIDENCE);
    codes(m, Observation.Kind.class, PlanJsonStreaming.Codes.OBSERVATION_KIND);
    codes(m, Observation.Status.class, PlanJsonStreaming.Codes.STATUS);
    codes(m, Period.Aggregation.class, PlanJsonStreaming.Codes.AGGREGATION);
    codes(m, Provenance.Origin.class, PlanJsonStreaming.Codes.ORIGIN);
    codes(m, Span.Kind.class, PlanJsonStreaming.Codes.SPAN_KIND);
    mapper = JsonMapper.builder(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .addModule(m).build();
  }

  /** Reads a JSON array of plans from UTF-8 bytes, giving each to {@code sink}. */
  void readAll(InputStream in, Consumer<Plan> sink) {
    try (JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("expected an array of plans");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        sink.accept(p.readValueAs(Plan.class));
      }
    }
  }

  private static <E extends Enum<E>> void codes(SimpleModule m, Class<E> type, Map<String, E> codes) {
    m.addDeserializer(type, new Hand<>(type, r -> codes.get(r.string())));
  }

  /** A value read by the baseline's hand code, one baseline reader (and unit cache) per read. */
  private static final class Hand<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<PlanJsonStreaming, T> read;

    Hand(Class<T> type, Function<PlanJsonStreaming, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Object shared = ctxt.getAttribute(Hand.class);
      PlanJsonStreaming r;
      if (shared instanceof PlanJsonStreaming s && s.reads(p)) {
        r = s;
      } else {
        r = new PlanJsonStreaming(p);
        ctxt.setAttribute(Hand.class, r);
      }
      return read.apply(r);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** A builder mix-in: methods without prefix, only the annotated ones bound. */
  @Retention(RetentionPolicy.RUNTIME)
  @JacksonAnnotationsInside
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.NONE)
  @interface BuilderMixIn {}

  @JsonDeserialize(builder = Plan.Builder.class)
  abstract static class PlanMixIn {}

  @BuilderMixIn
  @JsonIgnoreProperties("format")
  abstract static class PlanBuilderMixIn {
    @JsonProperty abstract Plan.Builder id(String id);
    @JsonProperty abstract Plan.Builder title(String title);
    @JsonProperty abstract Plan.Builder kind(Plan.Kind kind);
    @JsonProperty abstract Plan.Builder region(Region region);
    @JsonProperty abstract Plan.Builder regionEvidence(Evidence e);
    @JsonProperty abstract Plan.Builder planYear(int year);
    @JsonProperty abstract Plan.Builder planYearEvidence(Evidence e);
    @JsonProperty abstract Plan.Builder baseYear(int year);
    @JsonProperty abstract Plan.Builder baseYearEvidence(Evidence e);
    @JsonProperty abstract Plan.Builder source(Source source);
    @JsonProperty abstract Plan.Builder chapters(Iterable<? extends Chapter> chapters);
    @JsonProperty abstract Plan.Builder indicators(Iterable<? extends Indicator> indicators);
    @JsonProperty abstract Plan.Builder spans(Iterable<? extends Span> spans);
  }

  @JsonDeserialize(builder = Region.Builder.class)
  abstract static class RegionMixIn {}

  @BuilderMixIn
  abstract static class RegionBuilderMixIn {
    @JsonProperty abstract Region.Builder name(String name);
    @JsonProperty abstract Region.Builder code(String code);
    @JsonProperty abstract Region.Builder level(Region.Level level);
  }

  @JsonDeserialize(builder = Source.Builder.class)
  abstract static class SourceMixIn {}

  @BuilderMixIn
  abstract static class SourceBuilderMixIn {
    @JsonProperty abstract Source.Builder documentTitle(String title);
    @JsonProperty abstract Source.Builder date(LocalDate date);
    @JsonProperty abstract Source.Builder publisher(String publisher);
    @JsonProperty abstract Source.Builder url(String url);
    @JsonProperty abstract Source.Builder sha256(String sha256);
  }

  @JsonDeserialize(builder = Chapter.Builder.class)
  abstract static class ChapterMixIn {}

  @BuilderMixIn
  abstract static class ChapterBuilderMixIn {
    @JsonProperty abstract Chapter.Builder label(String label);
    @JsonProperty abstract Chapter.Builder numbering(Chapter.Numbering numbering);
    @JsonProperty abstract Chapter.Builder ordinal(int ordinal);
    @JsonProperty abstract Chapter.Builder title(String title);
    @JsonProperty abstract Chapter.Builder path(String path);
    @JsonProperty abstract Chapter.Builder inline(boolean inline);
    @JsonProperty abstract Chapter.Builder paragraphs(Iterable<String> paragraphs);
    @JsonProperty abstract Chapter.Builder tasks(Iterable<? extends Task> tasks);
    @JsonProperty abstract Chapter.Builder children(Iterable<? extends Chapter> children);
    @JsonProperty abstract Chapter.Builder provenance(Provenance provenance);
  }

  @JsonDeserialize(builder = Task.Builder.class)
  abstract static class TaskMixIn {}

  @BuilderMixIn
  abstract static class TaskBuilderMixIn {
    @JsonProperty abstract Task.Builder id(String id);
    @JsonProperty abstract Task.Builder label(String label);
    @JsonProperty abstract Task.Builder title(String title);
    @JsonProperty abstract Task.Builder text(String text);
    @JsonProperty abstract Task.Builder observationIds(Iterable<String> ids);
    @JsonProperty abstract Task.Builder provenance(Provenance provenance);
  }

  @JsonDeserialize(builder = IndicatorJson.class)
  abstract static class IndicatorMixIn {}

  /**
   * The indicator's JSON properties: its metadata are written as value and evidence apart (nature, natureEvidence),
   * which the model's builder takes as one {@link Inferred}; the pairs are joined at {@link #build}.
   */
  @BuilderMixIn
  static final class IndicatorJson {
    private final Indicator.Builder b = new Indicator.Builder();
    private Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
    private Indicator.Direction direction = Indicator.Direction.UNKNOWN;
    private Indicator.GrowthBasis growthBasis = Indicator.GrowthBasis.UNKNOWN;
    private Indicator.Measure measure = Indicator.Measure.UNSPECIFIED;
    private String concept; // null until the JSON names one
    private Evidence natureEvidence = Evidence.NONE;
    private Evidence directionEvidence = Evidence.NONE;
    private Evidence growthBasisEvidence = Evidence.NONE;
    private Evidence measureEvidence = Evidence.NONE;
    private Evidence conceptEvidence = Evidence.NONE;

    @JsonProperty IndicatorJson code(String code) { b.code(code); return this; }
    @JsonProperty IndicatorJson name(String name) { b.name(name); return this; }
    @JsonProperty IndicatorJson aliases(List<String> aliases) { b.aliases(aliases); return this; }
    @JsonProperty IndicatorJson group(String group) { b.group(group); return this; }
    @JsonProperty IndicatorJson unit(Unit unit) { b.unit(unit); return this; }
    @JsonProperty IndicatorJson notes(List<String> notes) { b.notes(notes); return this; }
    @JsonProperty IndicatorJson observations(List<Observation> observations) { b.observations(observations); return this; }
    @JsonProperty IndicatorJson nature(Indicator.Nature v) { nature = v; return this; }
    @JsonProperty IndicatorJson direction(Indicator.Direction v) { direction = v; return this; }
    @JsonProperty IndicatorJson growthBasis(Indicator.GrowthBasis v) { growthBasis = v; return this; }
    @JsonProperty IndicatorJson measure(Indicator.Measure v) { measure = v; return this; }
    @JsonProperty IndicatorJson concept(String v) { concept = v; return this; }
    @JsonProperty IndicatorJson natureEvidence(Evidence e) { natureEvidence = e; return this; }
    @JsonProperty IndicatorJson directionEvidence(Evidence e) { directionEvidence = e; return this; }
    @JsonProperty IndicatorJson growthBasisEvidence(Evidence e) { growthBasisEvidence = e; return this; }
    @JsonProperty IndicatorJson measureEvidence(Evidence e) { measureEvidence = e; return this; }
    @JsonProperty IndicatorJson conceptEvidence(Evidence e) { conceptEvidence = e; return this; }

    Indicator build() {
      b.nature(Inferred.of(nature, natureEvidence)).direction(Inferred.of(direction, directionEvidence))
          .growthBasis(Inferred.of(growthBasis, growthBasisEvidence)).measure(Inferred.of(measure, measureEvidence));
      if (concept != null) {
        b.concept(Inferred.of(concept, conceptEvidence));
      }
      return b.build();
    }
  }

  @JsonDeserialize(builder = Observation.Builder.class)
  abstract static class ObservationMixIn {}

  @BuilderMixIn
  abstract static class ObservationBuilderMixIn {
    @JsonProperty abstract Observation.Builder id(String id);
    @JsonProperty abstract Observation.Builder kind(Observation.Kind kind);
    @JsonProperty abstract Observation.Builder period(Period period);
    @JsonProperty abstract Observation.Builder level(Bound level);
    @JsonProperty abstract Observation.Builder growth(Bound growth);
    @JsonProperty abstract Observation.Builder isChange(boolean isChange);
    @JsonProperty abstract Observation.Builder verb(String verb);
    @JsonProperty abstract Observation.Builder hedge(String hedge);
    @JsonProperty abstract Observation.Builder reference(String reference);
    @JsonProperty abstract Observation.Builder status(Observation.Status status);
    @JsonProperty abstract Observation.Builder chapter(String chapter);
    @JsonProperty abstract Observation.Builder provenance(Provenance provenance);
  }

  @JsonDeserialize(builder = Provenance.Builder.class)
  abstract static class ProvenanceMixIn {}

  @BuilderMixIn
  abstract static class ProvenanceBuilderMixIn {
    @JsonProperty abstract Provenance.Builder document(String document);
    @JsonProperty abstract Provenance.Builder origin(Provenance.Origin origin);
    @JsonProperty abstract Provenance.Builder start(Position start);
    @JsonProperty abstract Provenance.Builder end(Position end);
    @JsonProperty abstract Provenance.Builder row(int row);
    @JsonProperty abstract Provenance.Builder cell(int cell);
  }

  abstract static class PeriodMixIn {
    @JsonCreator
    static Period of(@JsonProperty(value = "start", required = true) int start,
        @JsonProperty(value = "end", required = true) int end,
        @JsonProperty(value = "aggregation", required = true) Period.Aggregation aggregation) {
      return Period.of(start, end, aggregation);
    }
  }

  abstract static class PositionMixIn {
    @JsonCreator
    static Position of(@JsonProperty(value = "line", required = true) int line,
        @JsonProperty(value = "column", required = true) int column) {
      return Position.of(line, column);
    }
  }

  abstract static class SpanMixIn {
    @JsonCreator
    static Span of(@JsonProperty(value = "kind", required = true) Span.Kind kind,
        @JsonProperty(value = "start", required = true) Position start,
        @JsonProperty(value = "text", required = true) String text) {
      return Span.of(kind, start, text);
    }
  }
}
