package org.devplan.io.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.devplan.io.internal.IoCodes;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
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

/** Writes the devplan/1 JSON format with a {@link JsonGenerator}; every field, optional ones only when present. */
final class PlanJsonWriting {
  private PlanJsonWriting() {}

  static void plan(JsonGenerator g, Plan plan) {
    g.writeStartObject();
    g.writeStringProperty("format", PlanJson.FORMAT);
    g.writeStringProperty("id", plan.id());
    g.writeStringProperty("title", plan.title());
    g.writeStringProperty("kind", IoCodes.PLAN_KIND.code(plan.kind()));
    g.writeName("region");
    region(g, plan.region());
    g.writeNumberProperty("planYear", plan.planYear());
    g.writeNumberProperty("baseYear", plan.baseYear());
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
      g.writeStringProperty("kind", IoCodes.SPAN_KIND.code(s.kind()));
      g.writeName("start");
      position(g, s.start());
      g.writeStringProperty("text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void region(JsonGenerator g, Region r) {
    g.writeStartObject();
    g.writeStringProperty("name", r.name());
    optional(g, "code", r.code());
    g.writeStringProperty("level", IoCodes.REGION_LEVEL.code(r.level()));
    g.writeEndObject();
  }

  static void source(JsonGenerator g, Source s) {
    g.writeStartObject();
    g.writeStringProperty("documentTitle", s.documentTitle());
    if (s.date().isPresent()) {
      g.writeStringProperty("date", s.date().get().toString());
    }
    optional(g, "publisher", s.publisher());
    optional(g, "url", s.url());
    optional(g, "sha256", s.sha256());
    g.writeEndObject();
  }

  static void chapter(JsonGenerator g, Chapter c) {
    g.writeStartObject();
    g.writeStringProperty("label", c.label());
    g.writeStringProperty("numbering", IoCodes.NUMBERING.code(c.numbering()));
    g.writeNumberProperty("ordinal", c.ordinal());
    g.writeStringProperty("title", c.title());
    g.writeStringProperty("path", c.path());
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
    g.writeStringProperty("id", t.id());
    optional(g, "label", t.label());
    g.writeStringProperty("title", t.title());
    g.writeStringProperty("text", t.text());
    strings(g, "observationIds", t.observationIds());
    provenance(g, t.provenance());
    g.writeEndObject();
  }

  static void indicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("code", i.code());
    g.writeStringProperty("name", i.name());
    strings(g, "aliases", i.aliases().asList());
    optional(g, "group", i.group());
    g.writeStringProperty("unit", i.unit().symbol());
    g.writeStringProperty("nature", IoCodes.NATURE.code(i.nature()));
    g.writeStringProperty("natureEvidence", IoCodes.EVIDENCE.code(i.natureEvidence()));
    g.writeStringProperty("direction", IoCodes.DIRECTION.code(i.direction()));
    g.writeStringProperty("directionEvidence", IoCodes.EVIDENCE.code(i.directionEvidence()));
    g.writeStringProperty("growthBasis", IoCodes.GROWTH_BASIS.code(i.growthBasis()));
    g.writeStringProperty("growthBasisEvidence", IoCodes.EVIDENCE.code(i.growthBasisEvidence()));
    g.writeStringProperty("measure", IoCodes.MEASURE.code(i.measure()));
    g.writeStringProperty("measureEvidence", IoCodes.EVIDENCE.code(i.measureEvidence()));
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
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("kind", IoCodes.OBSERVATION_KIND.code(o.kind()));
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
      g.writeStringProperty("status", IoCodes.STATUS.code(o.status().get()));
    }
    optional(g, "chapter", o.chapter());
    provenance(g, o.provenance());
    g.writeEndObject();
  }

  static void period(JsonGenerator g, Period p) {
    g.writeStartObject();
    g.writeNumberProperty("start", p.start());
    g.writeNumberProperty("end", p.end());
    g.writeStringProperty("aggregation", IoCodes.AGGREGATION.code(p.aggregation()));
    g.writeEndObject();
  }

  static void bound(JsonGenerator g, Bound b) {
    g.writeStartObject();
    g.writeStringProperty("kind", IoCodes.BOUND_KIND.code(b.kind()));
    g.writeStringProperty("text", b.text());
    if (b instanceof Bound.Single s) {
      decimal(g, "value", s.value());
    } else if (b instanceof Bound.Range r) {
      decimal(g, "low", r.low());
      decimal(g, "high", r.high());
    } else if (b instanceof Bound.Absent a) {
      g.writeStringProperty("reason", IoCodes.ABSENT_REASON.code(a.reason()));
    }
    if (b.unit().isPresent()) {
      g.writeStringProperty("unit", b.unit().get().symbol());
    }
    g.writeEndObject();
  }

  static void unit(JsonGenerator g, Unit u) {
    g.writeString(u.symbol());
  }

  static void provenance(JsonGenerator g, Optional<Provenance> provenance) {
    if (provenance.isEmpty()) {
      return;
    }
    Provenance p = provenance.get();
    g.writeName("provenance");
    g.writeStartObject();
    g.writeStringProperty("document", p.document());
    g.writeStringProperty("origin", IoCodes.ORIGIN.code(p.origin()));
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
    g.writeNumber(value.toPlainString());
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
