package org.devplan.io.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.devplan.io.internal.IoCodes;
import org.devplan.io.internal.IoLimits;
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
import tools.jackson.core.TokenStreamContext;

/** Writes the devplan/1 JSON format with a {@link JsonGenerator}; every field, optional ones only when present. */
final class PlanJsonWriting {
  private PlanJsonWriting() {}

  static void plan(JsonGenerator g, Plan plan) {
    g.writeStartObject();
    string(g, "format", PlanJson.FORMAT);
    string(g, "id", plan.id());
    string(g, "title", plan.title());
    string(g, "kind", IoCodes.PLAN_KIND.code(plan.kind()));
    g.writeName("region");
    region(g, plan.region());
    g.writeStringProperty("regionEvidence", IoCodes.EVIDENCE.code(plan.regionEvidence()));
    g.writeNumberProperty("planYear", plan.planYear());
    g.writeStringProperty("planYearEvidence", IoCodes.EVIDENCE.code(plan.planYearEvidence()));
    g.writeNumberProperty("baseYear", plan.baseYear());
    g.writeStringProperty("baseYearEvidence", IoCodes.EVIDENCE.code(plan.baseYearEvidence()));
    g.writeName("source");
    source(g, plan.source());
    g.writeName("chapters");
    g.writeStartArray();
    for (Chapter c : plan.chapters()) {
      chapter(g, c);
    }
    g.writeEndArray();
    g.writeName("indicators");
    g.writeStartArray();
    for (Indicator i : plan.indicators()) {
      indicator(g, i);
    }
    g.writeEndArray();
    g.writeName("spans");
    g.writeStartArray();
    for (Span s : plan.spans()) {
      g.writeStartObject();
      string(g, "kind", IoCodes.SPAN_KIND.code(s.kind()));
      g.writeName("start");
      position(g, s.start());
      string(g, "text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void region(JsonGenerator g, Region r) {
    g.writeStartObject();
    string(g, "name", r.name());
    optional(g, "code", r.code());
    string(g, "level", IoCodes.REGION_LEVEL.code(r.level()));
    g.writeEndObject();
  }

  static void source(JsonGenerator g, Source s) {
    g.writeStartObject();
    string(g, "documentTitle", s.documentTitle());
    if (s.date().isPresent()) {
      string(g, "date", s.date().get().toString());
    }
    optional(g, "publisher", s.publisher());
    optional(g, "url", s.url());
    optional(g, "sha256", s.sha256());
    g.writeEndObject();
  }

  static void chapter(JsonGenerator g, Chapter c) {
    g.writeStartObject();
    string(g, "label", c.label());
    string(g, "numbering", IoCodes.NUMBERING.code(c.numbering()));
    g.writeNumberProperty("ordinal", c.ordinal());
    string(g, "title", c.title());
    string(g, "path", c.path());
    g.writeBooleanProperty("inline", c.inline());
    strings(g, "paragraphs", c.paragraphs());
    g.writeName("tasks");
    g.writeStartArray();
    for (Task t : c.tasks()) {
      task(g, t);
    }
    g.writeEndArray();
    g.writeName("children");
    g.writeStartArray();
    for (Chapter child : c.children()) {
      chapter(g, child);
    }
    g.writeEndArray();
    provenance(g, c.provenance());
    g.writeEndObject();
  }

  static void task(JsonGenerator g, Task t) {
    g.writeStartObject();
    string(g, "id", t.id());
    optional(g, "label", t.label());
    string(g, "title", t.title());
    string(g, "text", t.text());
    strings(g, "observationIds", t.observationIds());
    provenance(g, t.provenance());
    g.writeEndObject();
  }

  static void indicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    string(g, "code", i.code());
    string(g, "name", i.name());
    strings(g, "aliases", i.aliases().asList());
    optional(g, "group", i.group());
    string(g, "unit", i.unit().symbol());
    inferred(g, "nature", IoCodes.NATURE, i.nature());
    inferred(g, "direction", IoCodes.DIRECTION, i.direction());
    inferred(g, "growthBasis", IoCodes.GROWTH_BASIS, i.growthBasis());
    inferred(g, "measure", IoCodes.MEASURE, i.measure());
    optional(g, "concept", i.concept().map(Inferred::value));
    string(g, "conceptEvidence", IoCodes.EVIDENCE.code(i.concept().map(Inferred::evidence).orElse(Evidence.NONE)));
    strings(g, "notes", i.notes());
    g.writeName("observations");
    g.writeStartArray();
    for (Observation o : i.observations()) {
      observation(g, o);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void observation(JsonGenerator g, Observation o) {
    g.writeStartObject();
    string(g, "id", o.id());
    string(g, "kind", IoCodes.OBSERVATION_KIND.code(o.kind()));
    g.writeName("period");
    period(g, o.period());
    if (o.level().isPresent()) {
      g.writeName("level");
      bound(g, o.level().get());
    }
    if (o.growth().isPresent()) {
      g.writeName("growth");
      bound(g, o.growth().get());
    }
    g.writeBooleanProperty("isChange", o.isChange());
    optional(g, "verb", o.verb());
    optional(g, "hedge", o.hedge());
    optional(g, "reference", o.reference());
    if (o.status().isPresent()) {
      string(g, "status", IoCodes.STATUS.code(o.status().get()));
    }
    optional(g, "chapter", o.chapter());
    provenance(g, o.provenance());
    g.writeEndObject();
  }

  static void period(JsonGenerator g, Period p) {
    g.writeStartObject();
    g.writeNumberProperty("start", p.start());
    g.writeNumberProperty("end", p.end());
    string(g, "aggregation", IoCodes.AGGREGATION.code(p.aggregation()));
    g.writeEndObject();
  }

  static void bound(JsonGenerator g, Bound b) {
    g.writeStartObject();
    string(g, "kind", IoCodes.BOUND_KIND.code(b.kind()));
    string(g, "text", b.text());
    if (b instanceof Bound.Single s) {
      decimal(g, "value", s.value());
    } else if (b instanceof Bound.Range r) {
      decimal(g, "low", r.low());
      decimal(g, "high", r.high());
    } else if (b instanceof Bound.Absent a) {
      string(g, "reason", IoCodes.ABSENT_REASON.code(a.reason()));
    }
    if (b.unit().isPresent()) {
      string(g, "unit", b.unit().get().symbol());
    }
    g.writeEndObject();
  }

  static void unit(JsonGenerator g, Unit u) {
    g.writeString(IoLimits.checkText(u.symbol(), () -> pointer(g.streamWriteContext())));
  }

  static void provenance(JsonGenerator g, Optional<Provenance> provenance) {
    if (provenance.isEmpty()) {
      return;
    }
    Provenance p = provenance.get();
    g.writeName("provenance");
    g.writeStartObject();
    string(g, "document", p.document());
    string(g, "origin", IoCodes.ORIGIN.code(p.origin()));
    g.writeName("start");
    position(g, p.start());
    if (p.end().isPresent()) {
      g.writeName("end");
      position(g, p.end().get());
    }
    if (p.row().isPresent()) {
      g.writeNumberProperty("row", p.row().get());
    }
    if (p.cell().isPresent()) {
      g.writeNumberProperty("cell", p.cell().get());
    }
    g.writeEndObject();
  }

  static void position(JsonGenerator g, Position p) {
    g.writeStartObject();
    g.writeNumberProperty("line", p.line());
    g.writeNumberProperty("column", p.column());
    g.writeEndObject();
  }

  /** A decimal as a JSON number in plain notation, at its scale ({@code 5.60}), whatever the generator's settings. */
  private static void decimal(JsonGenerator g, String name, BigDecimal value) {
    g.writeName(name);
    g.writeNumber(IoLimits.checkNumber(value.toPlainString()));
  }

  /** The value as {@code name} and its evidence as {@code nameEvidence}. */
  private static <E extends Enum<E>> void inferred(JsonGenerator g, String name, IoCodes<E> codes, Inferred<E> v) {
    string(g, name, codes.code(v.value()));
    string(g, name + "Evidence", IoCodes.EVIDENCE.code(v.evidence()));
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  /**
   * A string property, refused (as its reader would refuse it) when longer than the limit or not Unicode text
   * (a lone surrogate), naming the property.
   */
  private static void string(JsonGenerator g, String name, String value) {
    g.writeStringProperty(name, IoLimits.checkText(value,
        () -> pointer(g.streamWriteContext().getParent()) + "/" + name));
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      int at = i;
      g.writeString(IoLimits.checkText(values.get(i),
          () -> pointer(g.streamWriteContext().getParent()) + "/" + at));
    }
    g.writeEndArray();
  }

  /** The JSON pointer of {@code context} for errors ({@code /indicators/3}; empty at the top). */
  private static String pointer(TokenStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }
}
