package org.devplan.examples.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline of the JSON benchmarks: what a careful programmer writes by hand with Jackson's streaming API for the
 * devplan/1 format, without the codec's checks (no duplicate or missing property detection, no re-reading of a
 * bound's wording: the bound is built from its stated kind and figures). It reads the same bytes into the same
 * {@link Plan}s as {@code PlanJson.codec().parseAllFile} and writes the same bytes as
 * {@code PlanJson.codec().formatAllFile} (array layout).
 */
final class PlanJsonStreaming {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonParser p;
  private final Map<String, Unit> units = new HashMap<>();

  PlanJsonStreaming(JsonParser p) {
    this.p = p;
  }

  /** True if this reader reads {@code parser}. */
  boolean reads(JsonParser parser) {
    return parser == p;
  }

  /** The current token's string. */
  String string() {
    return p.getString();
  }

  // ---- reading

  /** Reads a JSON array of plans from UTF-8 bytes, giving each to {@code sink}. */
  static void readAll(InputStream in, Consumer<Plan> sink) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      PlanJsonStreaming r = new PlanJsonStreaming(p);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("expected an array of plans");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        sink.accept(r.plan());
      }
    }
  }

  private Plan plan() {
    Plan.Builder b = new Plan.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "format" -> p.getString();
        case "id" -> b.id(p.getString());
        case "title" -> b.title(p.getString());
        case "kind" -> b.kind(Codes.PLAN_KIND.get(p.getString()));
        case "region" -> b.region(region());
        case "regionEvidence" -> b.regionEvidence(Codes.EVIDENCE.get(p.getString()));
        case "planYear" -> b.planYear(p.getIntValue());
        case "planYearEvidence" -> b.planYearEvidence(Codes.EVIDENCE.get(p.getString()));
        case "baseYear" -> b.baseYear(p.getIntValue());
        case "baseYearEvidence" -> b.baseYearEvidence(Codes.EVIDENCE.get(p.getString()));
        case "source" -> b.source(source());
        case "chapters" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addChapter(chapter());
          }
        }
        case "indicators" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addIndicator(indicator());
          }
        }
        case "spans" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addSpan(span());
          }
        }
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  private Region region() {
    Region.Builder b = new Region.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "name" -> b.name(p.getString());
        case "code" -> b.code(p.getString());
        case "level" -> b.level(Codes.REGION_LEVEL.get(p.getString()));
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  private Source source() {
    Source.Builder b = new Source.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "documentTitle" -> b.documentTitle(p.getString());
        case "date" -> b.date(LocalDate.parse(p.getString()));
        case "publisher" -> b.publisher(p.getString());
        case "url" -> b.url(p.getString());
        case "sha256" -> b.sha256(p.getString());
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  private Chapter chapter() {
    Chapter.Builder b = new Chapter.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "label" -> b.label(p.getString());
        case "numbering" -> b.numbering(Codes.NUMBERING.get(p.getString()));
        case "ordinal" -> b.ordinal(p.getIntValue());
        case "title" -> b.title(p.getString());
        case "path" -> b.path(p.getString());
        case "inline" -> b.inline(p.currentToken() == JsonToken.VALUE_TRUE);
        case "paragraphs" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addParagraph(p.getString());
          }
        }
        case "tasks" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addTask(task());
          }
        }
        case "children" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addChild(chapter());
          }
        }
        case "provenance" -> b.provenance(provenance());
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  private Task task() {
    Task.Builder b = new Task.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> b.id(p.getString());
        case "label" -> b.label(p.getString());
        case "title" -> b.title(p.getString());
        case "text" -> b.text(p.getString());
        case "observationIds" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addObservationId(p.getString());
          }
        }
        case "provenance" -> b.provenance(provenance());
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  private Indicator indicator() {
    Indicator.Builder b = new Indicator.Builder();
    Map<String, String> meta = new HashMap<>(); // nature, natureEvidence … conceptEvidence
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "code" -> b.code(p.getString());
        case "name" -> b.name(p.getString());
        case "aliases" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addAlias(p.getString());
          }
        }
        case "group" -> b.group(p.getString());
        case "unit" -> b.unit(unit(p.getString()));
        case "nature", "natureEvidence", "direction", "directionEvidence", "growthBasis", "growthBasisEvidence",
            "measure", "measureEvidence", "concept", "conceptEvidence" -> meta.put(name, p.getString());
        case "notes" -> {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addNote(p.getString());
          }
        }
        case "observations" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addObservation(observation());
          }
        }
        default -> throw unknown(name);
      }
    }
    b.nature(inferred(meta, "nature", Codes.NATURE, Indicator.Nature.UNSPECIFIED))
        .direction(inferred(meta, "direction", Codes.DIRECTION, Indicator.Direction.UNKNOWN))
        .growthBasis(inferred(meta, "growthBasis", Codes.GROWTH_BASIS, Indicator.GrowthBasis.UNKNOWN))
        .measure(inferred(meta, "measure", Codes.MEASURE, Indicator.Measure.UNSPECIFIED));
    String concept = meta.get("concept");
    if (concept != null) {
      b.concept(Inferred.of(concept, evidence(meta.get("conceptEvidence"))));
    }
    return b.build();
  }

  /** The value under {@code name} (else {@code unknown}) with the evidence under {@code nameEvidence}. */
  private static <T> Inferred<T> inferred(Map<String, String> meta, String name, Map<String, T> codes, T unknown) {
    String code = meta.get(name);
    return Inferred.of(code == null ? unknown : codes.get(code), evidence(meta.get(name + "Evidence")));
  }

  private static Evidence evidence(String code) {
    return code == null ? Evidence.NONE : Codes.EVIDENCE.get(code);
  }

  private Observation observation() {
    Observation.Builder b = new Observation.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> b.id(p.getString());
        case "kind" -> b.kind(Codes.OBSERVATION_KIND.get(p.getString()));
        case "period" -> b.period(period());
        case "level" -> b.level(bound());
        case "growth" -> b.growth(bound());
        case "isChange" -> b.isChange(p.currentToken() == JsonToken.VALUE_TRUE);
        case "verb" -> b.verb(p.getString());
        case "hedge" -> b.hedge(p.getString());
        case "reference" -> b.reference(p.getString());
        case "status" -> b.status(Codes.STATUS.get(p.getString()));
        case "chapter" -> b.chapter(p.getString());
        case "provenance" -> b.provenance(provenance());
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  Period period() {
    int start = 0;
    int end = 0;
    Period.Aggregation aggregation = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "start" -> start = p.getIntValue();
        case "end" -> end = p.getIntValue();
        case "aggregation" -> aggregation = Codes.AGGREGATION.get(p.getString());
        default -> throw unknown(name);
      }
    }
    return Period.of(start, end, aggregation);
  }

  Bound bound() {
    Bound.Kind kind = null;
    String text = null;
    BigDecimal value = null;
    BigDecimal low = null;
    BigDecimal high = null;
    Optional<Unit> unit = Optional.empty();
    Bound.AbsentReason reason = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "kind" -> kind = Codes.BOUND_KIND.get(p.getString());
        case "text" -> text = p.getString();
        case "value" -> value = p.getDecimalValue();
        case "low" -> low = p.getDecimalValue();
        case "high" -> high = p.getDecimalValue();
        case "unit" -> unit = Optional.of(unit(p.getString()));
        case "reason" -> reason = Codes.ABSENT_REASON.get(p.getString());
        default -> throw unknown(name);
      }
    }
    return switch (kind) {
      case RANGE -> new Bound.Range(low, high, unit, text);
      case QUALITATIVE -> new Bound.Qualitative(text);
      case ABSENT -> new Bound.Absent(reason, text);
      default -> new Bound.Single(kind, value, unit, text);
    };
  }

  private Provenance provenance() {
    Provenance.Builder b = new Provenance.Builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "document" -> b.document(p.getString());
        case "origin" -> b.origin(Codes.ORIGIN.get(p.getString()));
        case "start" -> b.start(position());
        case "end" -> b.end(position());
        case "row" -> b.row(p.getIntValue());
        case "cell" -> b.cell(p.getIntValue());
        default -> throw unknown(name);
      }
    }
    return b.build();
  }

  Position position() {
    int line = 0;
    int column = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("line")) {
        line = p.getIntValue();
      } else if (name.equals("column")) {
        column = p.getIntValue();
      } else {
        throw unknown(name);
      }
    }
    return Position.of(line, column);
  }

  private Span span() {
    Span.Kind kind = null;
    Position start = null;
    String text = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "kind" -> kind = Codes.SPAN_KIND.get(p.getString());
        case "start" -> start = position();
        case "text" -> text = p.getString();
        default -> throw unknown(name);
      }
    }
    return Span.of(kind, start, text);
  }

  Unit unit(String symbol) {
    return units.computeIfAbsent(symbol, Unit::of);
  }

  private static IllegalStateException unknown(String name) {
    return new IllegalStateException("unknown property " + name);
  }

  /** One static table per enumeration, code → constant. */
  static final class Codes {
    static final Map<String, Plan.Kind> PLAN_KIND = table(Plan.Kind.values());
    static final Map<String, Region.Level> REGION_LEVEL = table(Region.Level.values());
    static final Map<String, Chapter.Numbering> NUMBERING = table(Chapter.Numbering.values());
    static final Map<String, Indicator.Nature> NATURE = table(Indicator.Nature.values());
    static final Map<String, Indicator.Direction> DIRECTION = table(Indicator.Direction.values());
    static final Map<String, Indicator.GrowthBasis> GROWTH_BASIS = table(Indicator.GrowthBasis.values());
    static final Map<String, Indicator.Measure> MEASURE = table(Indicator.Measure.values());
    static final Map<String, Evidence> EVIDENCE = table(Evidence.values());
    static final Map<String, Observation.Kind> OBSERVATION_KIND = table(Observation.Kind.values());
    static final Map<String, Observation.Status> STATUS = table(Observation.Status.values());
    static final Map<String, Period.Aggregation> AGGREGATION = table(Period.Aggregation.values());
    static final Map<String, Bound.Kind> BOUND_KIND = table(Bound.Kind.values());
    static final Map<String, Bound.AbsentReason> ABSENT_REASON = table(Bound.AbsentReason.values());
    static final Map<String, Provenance.Origin> ORIGIN = table(Provenance.Origin.values());
    static final Map<String, Span.Kind> SPAN_KIND = table(Span.Kind.values());

    private static <E extends Enum<E>> Map<String, E> table(E[] values) {
      Map<String, E> m = new HashMap<>();
      for (E e : values) {
        m.put(e.name().toLowerCase(Locale.ROOT), e);
      }
      return m;
    }
  }

  // ---- writing

  /** Writes {@code plans} as a JSON array (one line, then a newline) to {@code out}, UTF-8, and closes it. */
  static void writeAll(List<Plan> plans, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (Plan plan : plans) {
        write(g, plan);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  private static void write(JsonGenerator g, Plan plan) {
    g.writeStartObject();
    g.writeStringProperty("format", "devplan/1");
    g.writeStringProperty("id", plan.id());
    g.writeStringProperty("title", plan.title());
    g.writeStringProperty("kind", code(plan.kind()));
    g.writeName("region");
    g.writeStartObject();
    g.writeStringProperty("name", plan.region().name());
    optional(g, "code", plan.region().code());
    g.writeStringProperty("level", code(plan.region().level()));
    g.writeEndObject();
    g.writeStringProperty("regionEvidence", code(plan.regionEvidence()));
    g.writeNumberProperty("planYear", plan.planYear());
    g.writeStringProperty("planYearEvidence", code(plan.planYearEvidence()));
    g.writeNumberProperty("baseYear", plan.baseYear());
    g.writeStringProperty("baseYearEvidence", code(plan.baseYearEvidence()));
    g.writeName("source");
    Source s = plan.source();
    g.writeStartObject();
    g.writeStringProperty("documentTitle", s.documentTitle());
    optional(g, "date", s.date().map(LocalDate::toString));
    optional(g, "publisher", s.publisher());
    optional(g, "url", s.url());
    optional(g, "sha256", s.sha256());
    g.writeEndObject();
    g.writeArrayPropertyStart("chapters");
    plan.chapters().forEach(c -> write(g, c));
    g.writeEndArray();
    g.writeArrayPropertyStart("indicators");
    plan.indicators().forEach(i -> write(g, i));
    g.writeEndArray();
    g.writeArrayPropertyStart("spans");
    for (Span span : plan.spans()) {
      g.writeStartObject();
      g.writeStringProperty("kind", code(span.kind()));
      g.writeName("start");
      write(g, span.start());
      g.writeStringProperty("text", span.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Chapter c) {
    g.writeStartObject();
    g.writeStringProperty("label", c.label());
    g.writeStringProperty("numbering", code(c.numbering()));
    g.writeNumberProperty("ordinal", c.ordinal());
    g.writeStringProperty("title", c.title());
    g.writeStringProperty("path", c.path());
    g.writeBooleanProperty("inline", c.inline());
    strings(g, "paragraphs", c.paragraphs());
    g.writeArrayPropertyStart("tasks");
    for (Task t : c.tasks()) {
      g.writeStartObject();
      g.writeStringProperty("id", t.id());
      optional(g, "label", t.label());
      g.writeStringProperty("title", t.title());
      g.writeStringProperty("text", t.text());
      strings(g, "observationIds", t.observationIds());
      write(g, t.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("children");
    c.children().forEach(child -> write(g, child));
    g.writeEndArray();
    write(g, c.provenance());
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("code", i.code());
    g.writeStringProperty("name", i.name());
    strings(g, "aliases", i.aliases().asList());
    optional(g, "group", i.group());
    g.writeStringProperty("unit", i.unit().symbol());
    inferred(g, "nature", i.nature());
    inferred(g, "direction", i.direction());
    inferred(g, "growthBasis", i.growthBasis());
    inferred(g, "measure", i.measure());
    optional(g, "concept", i.concept().map(Inferred::value));
    g.writeStringProperty("conceptEvidence", code(i.concept().map(Inferred::evidence).orElse(Evidence.NONE)));
    strings(g, "notes", i.notes());
    g.writeArrayPropertyStart("observations");
    for (Observation o : i.observations()) {
      g.writeStartObject();
      g.writeStringProperty("id", o.id());
      g.writeStringProperty("kind", code(o.kind()));
      g.writeName("period");
      g.writeStartObject();
      g.writeNumberProperty("start", o.period().start());
      g.writeNumberProperty("end", o.period().end());
      g.writeStringProperty("aggregation", code(o.period().aggregation()));
      g.writeEndObject();
      write(g, "level", o.level());
      write(g, "growth", o.growth());
      g.writeBooleanProperty("isChange", o.isChange());
      optional(g, "verb", o.verb());
      optional(g, "hedge", o.hedge());
      optional(g, "reference", o.reference());
      optional(g, "status", o.status().map(PlanJsonStreaming::code));
      optional(g, "chapter", o.chapter());
      write(g, o.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, String name, Optional<Bound> bound) {
    if (bound.isEmpty()) {
      return;
    }
    Bound b = bound.get();
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("kind", code(b.kind()));
    g.writeStringProperty("text", b.text());
    if (b instanceof Bound.Single x) {
      g.writeName("value");
      g.writeNumber(x.value().toPlainString());
    } else if (b instanceof Bound.Range r) {
      g.writeName("low");
      g.writeNumber(r.low().toPlainString());
      g.writeName("high");
      g.writeNumber(r.high().toPlainString());
    } else if (b instanceof Bound.Absent a) {
      g.writeStringProperty("reason", code(a.reason()));
    }
    optional(g, "unit", b.unit().map(Unit::symbol));
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Optional<Provenance> provenance) {
    if (provenance.isEmpty()) {
      return;
    }
    Provenance p = provenance.get();
    g.writeName("provenance");
    g.writeStartObject();
    g.writeStringProperty("document", p.document());
    g.writeStringProperty("origin", code(p.origin()));
    g.writeName("start");
    write(g, p.start());
    if (p.end().isPresent()) {
      g.writeName("end");
      write(g, p.end().get());
    }
    if (p.row().isPresent()) {
      g.writeNumberProperty("row", p.row().get());
    }
    if (p.cell().isPresent()) {
      g.writeNumberProperty("cell", p.cell().get());
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Position p) {
    g.writeStartObject();
    g.writeNumberProperty("line", p.line());
    g.writeNumberProperty("column", p.column());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void inferred(JsonGenerator g, String name, Inferred<? extends Enum<?>> v) {
    g.writeStringProperty(name, code(v.value()));
    g.writeStringProperty(name + "Evidence", code(v.evidence()));
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** The codes of each enumeration, by ordinal, computed once per type. */
  private static final ClassValue<String[]> CODES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return codes;
    }
  };

  @SuppressWarnings("EnumOrdinal") // the hand-written baseline indexes its code tables by ordinal, for speed
  private static String code(Enum<?> e) {
    return CODES.get(e.getDeclaringClass())[e.ordinal()];
  }
}
