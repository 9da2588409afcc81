package org.devplan.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.devplan.io.internal.IoBounds;
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
import org.devplan.model.PlanFormatException;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Quantity;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Span;
import org.devplan.model.Task;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the devplan/1 JSON format token by token: unknown and duplicate properties, wrong types, missing required
 * properties, bounds whose numbers disagree with their wording and values the model rejects all fail with a
 * {@link PlanFormatException} at the offending token. Each method starts on the value's first token (the current
 * token) and ends on its last.
 *
 * <p>By hand, not by Jackson databind (issue #14), on two grounds. Speed: databind with builder mix-ins and only
 * its own checks (the bench's {@code PlanJsonDatabind}) reads the bench corpus at 1.41× the hand streaming baseline
 * (1.25× with period, position and bound by hand) where this reader, with every check, takes 1.21× (one
 * {@code CodecCompare 11} run on a quiet machine, medians of 11 paired ratios); the checks databind lacks would come
 * on top. Guarantees:
 * in a caller's mapper, {@link PlanJacksonModule} cannot turn on what databind's strictness rests on (unknown
 * properties are ignored by default in Jackson 3, scalars are coerced, {@code "code": 1} is read as {@code "1"},
 * and duplicate detection is a parser feature of the caller's factory), while these methods refuse the same input
 * in any mapper.
 */
final class PlanJsonReading {
  private final JsonParser p;
  private final String source;
  private final boolean strictUnits;
  private final IoBounds cache = new IoBounds();

  PlanJsonReading(JsonParser p, String source, boolean strictUnits) {
    this.p = p;
    this.source = source;
    this.strictUnits = strictUnits;
  }

  Plan plan() {
    startObject("plan");
    Plan.Builder b = new Plan.Builder();
    boolean format = false;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "format" -> {
          seen = once(seen, 1, name);
          String f = string(name);
          if (!f.equals(PlanJson.FORMAT)) {
            throw fail("unsupported format \"" + f + "\", expected \"" + PlanJson.FORMAT + "\"");
          }
          format = true;
        }
        case "id" -> {
          seen = once(seen, 1 << 1, name);
          b.id(string(name));
        }
        case "title" -> {
          seen = once(seen, 1 << 2, name);
          b.title(string(name));
        }
        case "kind" -> {
          seen = once(seen, 1 << 3, name);
          b.kind(constant(IoCodes.PLAN_KIND, name));
        }
        case "region" -> {
          seen = once(seen, 1 << 4, name);
          next();
          b.region(region());
        }
        case "planYear" -> {
          seen = once(seen, 1 << 5, name);
          b.planYear(integer(name));
        }
        case "baseYear" -> {
          seen = once(seen, 1 << 6, name);
          b.baseYear(integer(name));
        }
        case "source" -> {
          seen = once(seen, 1 << 7, name);
          next();
          b.source(source());
        }
        case "chapters" -> {
          seen = once(seen, 1 << 8, name);
          array(name, () -> b.addChapter(chapter()));
        }
        case "indicators" -> {
          seen = once(seen, 1 << 9, name);
          array(name, () -> b.addIndicator(indicator()));
        }
        case "spans" -> {
          seen = once(seen, 1 << 10, name);
          array(name, () -> b.addSpan(span()));
        }
        case "regionEvidence" -> {
          seen = once(seen, 1 << 11, name);
          b.regionEvidence(constant(IoCodes.EVIDENCE, name));
        }
        case "planYearEvidence" -> {
          seen = once(seen, 1 << 12, name);
          b.planYearEvidence(constant(IoCodes.EVIDENCE, name));
        }
        case "baseYearEvidence" -> {
          seen = once(seen, 1 << 13, name);
          b.baseYearEvidence(constant(IoCodes.EVIDENCE, name));
        }
        default -> throw unknown("plan", name);
      }
    }
    if (!format) {
      throw missing("plan", "format");
    }
    require("plan", seen, new String[] {"id", "title", "kind", "region", "planYear", "source"},
        new int[] {1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5, 1 << 7});
    return build(b::build);
  }

  Region region() {
    startObject("region");
    Region.Builder b = new Region.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "name" -> {
          seen = once(seen, 1, name);
          b.name(string(name));
        }
        case "code" -> {
          seen = once(seen, 2, name);
          b.code(string(name));
        }
        case "level" -> {
          seen = once(seen, 4, name);
          b.level(constant(IoCodes.REGION_LEVEL, name));
        }
        default -> throw unknown("region", name);
      }
    }
    require("region", seen, new String[] {"name"}, new int[] {1});
    return build(b::build);
  }

  Source source() {
    startObject("source");
    Source.Builder b = new Source.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "documentTitle" -> {
          seen = once(seen, 1, name);
          b.documentTitle(string(name));
        }
        case "date" -> {
          seen = once(seen, 2, name);
          String d = string(name);
          try {
            b.date(LocalDate.parse(d));
          } catch (DateTimeParseException e) {
            throw fail("date \"" + abbreviate(d) + "\" is not an ISO date (yyyy-mm-dd)");
          }
        }
        case "publisher" -> {
          seen = once(seen, 4, name);
          b.publisher(string(name));
        }
        case "url" -> {
          seen = once(seen, 8, name);
          b.url(string(name));
        }
        case "sha256" -> {
          seen = once(seen, 16, name);
          b.sha256(string(name));
        }
        default -> throw unknown("source", name);
      }
    }
    require("source", seen, new String[] {"documentTitle"}, new int[] {1});
    return build(b::build);
  }

  Chapter chapter() {
    startObject("chapter");
    Chapter.Builder b = new Chapter.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "label" -> {
          seen = once(seen, 1, name);
          b.label(string(name));
        }
        case "numbering" -> {
          seen = once(seen, 2, name);
          b.numbering(constant(IoCodes.NUMBERING, name));
        }
        case "ordinal" -> {
          seen = once(seen, 4, name);
          b.ordinal(integer(name));
        }
        case "title" -> {
          seen = once(seen, 8, name);
          b.title(string(name));
        }
        case "path" -> {
          seen = once(seen, 16, name);
          b.path(string(name));
        }
        case "inline" -> {
          seen = once(seen, 32, name);
          b.inline(bool(name));
        }
        case "paragraphs" -> {
          seen = once(seen, 64, name);
          strings(name, b::addParagraph);
        }
        case "tasks" -> {
          seen = once(seen, 128, name);
          array(name, () -> b.addTask(task()));
        }
        case "children" -> {
          seen = once(seen, 256, name);
          array(name, () -> b.addChild(chapter()));
        }
        case "provenance" -> {
          seen = once(seen, 512, name);
          next();
          b.provenance(provenance());
        }
        default -> throw unknown("chapter", name);
      }
    }
    require("chapter", seen, new String[] {"label", "numbering", "ordinal", "title", "path"},
        new int[] {1, 2, 4, 8, 16});
    return build(b::build);
  }

  Task task() {
    startObject("task");
    Task.Builder b = new Task.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "id" -> {
          seen = once(seen, 1, name);
          b.id(string(name));
        }
        case "label" -> {
          seen = once(seen, 2, name);
          b.label(string(name));
        }
        case "title" -> {
          seen = once(seen, 4, name);
          b.title(string(name));
        }
        case "text" -> {
          seen = once(seen, 8, name);
          b.text(string(name));
        }
        case "observationIds" -> {
          seen = once(seen, 16, name);
          strings(name, b::addObservationId);
        }
        case "provenance" -> {
          seen = once(seen, 32, name);
          next();
          b.provenance(provenance());
        }
        default -> throw unknown("task", name);
      }
    }
    require("task", seen, new String[] {"id", "title", "text"}, new int[] {1, 4, 8});
    return build(b::build);
  }

  Indicator indicator() {
    startObject("indicator");
    Indicator.Builder b = new Indicator.Builder();
    Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
    Indicator.Direction direction = Indicator.Direction.UNKNOWN;
    Indicator.GrowthBasis growthBasis = Indicator.GrowthBasis.UNKNOWN;
    Indicator.Measure measure = Indicator.Measure.UNSPECIFIED;
    Optional<String> concept = Optional.empty();
    Evidence natureEvidence = Evidence.NONE;
    Evidence directionEvidence = Evidence.NONE;
    Evidence growthBasisEvidence = Evidence.NONE;
    Evidence measureEvidence = Evidence.NONE;
    Evidence conceptEvidence = Evidence.NONE;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "code" -> {
          seen = once(seen, 1, name);
          b.code(string(name));
        }
        case "name" -> {
          seen = once(seen, 1 << 1, name);
          b.name(string(name));
        }
        case "aliases" -> {
          seen = once(seen, 1 << 2, name);
          strings(name, b::addAlias);
        }
        case "group" -> {
          seen = once(seen, 1 << 3, name);
          b.group(string(name));
        }
        case "unit" -> {
          seen = once(seen, 1 << 4, name);
          b.unit(unit(name));
        }
        case "nature" -> {
          seen = once(seen, 1 << 5, name);
          nature = constant(IoCodes.NATURE, name);
        }
        case "natureEvidence" -> {
          seen = once(seen, 1 << 6, name);
          natureEvidence = constant(IoCodes.EVIDENCE, name);
        }
        case "direction" -> {
          seen = once(seen, 1 << 7, name);
          direction = constant(IoCodes.DIRECTION, name);
        }
        case "directionEvidence" -> {
          seen = once(seen, 1 << 8, name);
          directionEvidence = constant(IoCodes.EVIDENCE, name);
        }
        case "growthBasis" -> {
          seen = once(seen, 1 << 9, name);
          growthBasis = constant(IoCodes.GROWTH_BASIS, name);
        }
        case "growthBasisEvidence" -> {
          seen = once(seen, 1 << 10, name);
          growthBasisEvidence = constant(IoCodes.EVIDENCE, name);
        }
        case "measure" -> {
          seen = once(seen, 1 << 11, name);
          measure = constant(IoCodes.MEASURE, name);
        }
        case "measureEvidence" -> {
          seen = once(seen, 1 << 12, name);
          measureEvidence = constant(IoCodes.EVIDENCE, name);
        }
        case "concept" -> {
          seen = once(seen, 1 << 15, name);
          concept = Optional.of(string(name));
        }
        case "conceptEvidence" -> {
          seen = once(seen, 1 << 16, name);
          conceptEvidence = constant(IoCodes.EVIDENCE, name);
        }
        case "notes" -> {
          seen = once(seen, 1 << 13, name);
          strings(name, b::addNote);
        }
        case "observations" -> {
          seen = once(seen, 1 << 14, name);
          array(name, () -> b.addObservation(observation()));
        }
        default -> throw unknown("indicator", name);
      }
    }
    require("indicator", seen, new String[] {"code", "name", "unit"}, new int[] {1, 1 << 1, 1 << 4});
    b.nature(Inferred.of(nature, natureEvidence)).direction(Inferred.of(direction, directionEvidence))
        .growthBasis(Inferred.of(growthBasis, growthBasisEvidence)).measure(Inferred.of(measure, measureEvidence));
    if (concept.isPresent()) {
      b.concept(Inferred.of(concept.get(), conceptEvidence));
    }
    return build(b::build);
  }

  Observation observation() {
    startObject("observation");
    Observation.Builder b = new Observation.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "id" -> {
          seen = once(seen, 1, name);
          b.id(string(name));
        }
        case "kind" -> {
          seen = once(seen, 1 << 1, name);
          b.kind(constant(IoCodes.OBSERVATION_KIND, name));
        }
        case "period" -> {
          seen = once(seen, 1 << 2, name);
          next();
          b.period(period());
        }
        case "level" -> {
          seen = once(seen, 1 << 3, name);
          next();
          b.level(bound());
        }
        case "growth" -> {
          seen = once(seen, 1 << 4, name);
          next();
          b.growth(bound());
        }
        case "isChange" -> {
          seen = once(seen, 1 << 5, name);
          b.isChange(bool(name));
        }
        case "verb" -> {
          seen = once(seen, 1 << 6, name);
          b.verb(string(name));
        }
        case "hedge" -> {
          seen = once(seen, 1 << 7, name);
          b.hedge(string(name));
        }
        case "reference" -> {
          seen = once(seen, 1 << 8, name);
          b.reference(string(name));
        }
        case "status" -> {
          seen = once(seen, 1 << 9, name);
          b.status(constant(IoCodes.STATUS, name));
        }
        case "chapter" -> {
          seen = once(seen, 1 << 10, name);
          b.chapter(string(name));
        }
        case "provenance" -> {
          seen = once(seen, 1 << 11, name);
          next();
          b.provenance(provenance());
        }
        default -> throw unknown("observation", name);
      }
    }
    require("observation", seen, new String[] {"id", "kind", "period"}, new int[] {1, 1 << 1, 1 << 2});
    return build(b::build);
  }

  Period period() {
    startObject("period");
    int start = 0;
    int end = 0;
    Period.Aggregation aggregation = null;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "start" -> {
          seen = once(seen, 1, name);
          start = integer(name);
        }
        case "end" -> {
          seen = once(seen, 2, name);
          end = integer(name);
        }
        case "aggregation" -> {
          seen = once(seen, 4, name);
          aggregation = constant(IoCodes.AGGREGATION, name);
        }
        default -> throw unknown("period", name);
      }
    }
    require("period", seen, new String[] {"start", "end"}, new int[] {1, 2});
    if (aggregation == null) {
      throw missing("period", "aggregation");
    }
    int s = start;
    int e = end;
    Period.Aggregation a = aggregation;
    return build(() -> Period.of(s, e, a));
  }

  /** A bound: its wording is parsed with {@link Bound#parse} and must agree with the stated kind and figures. */
  @SuppressWarnings("BigDecimalEquals") // the scale is part of the figure: "5.0" is not what "5" states
  Bound bound() {
    startObject("bound");
    Bound.Kind kind = null;
    String text = null;
    BigDecimal value = null;
    BigDecimal low = null;
    BigDecimal high = null;
    String unit = null;
    Bound.AbsentReason reason = null;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "kind" -> {
          seen = once(seen, 1, name);
          kind = constant(IoCodes.BOUND_KIND, name);
        }
        case "text" -> {
          seen = once(seen, 2, name);
          text = string(name);
        }
        case "value" -> {
          seen = once(seen, 4, name);
          value = decimal(name);
        }
        case "low" -> {
          seen = once(seen, 8, name);
          low = decimal(name);
        }
        case "high" -> {
          seen = once(seen, 16, name);
          high = decimal(name);
        }
        case "unit" -> {
          seen = once(seen, 32, name);
          unit = unit(name).symbol();
        }
        case "reason" -> {
          seen = once(seen, 64, name);
          reason = constant(IoCodes.ABSENT_REASON, name);
        }
        default -> throw unknown("bound", name);
      }
    }
    if (kind == null) {
      throw missing("bound", "kind");
    }
    if (text == null) {
      throw missing("bound", "text");
    }
    Bound parsed;
    try {
      parsed = cache.parse(text);
    } catch (PlanFormatException e) {
      throw fail("bound text \"" + abbreviate(text) + "\": " + e.reason());
    }
    checkUnit(parsed.unit());
    BigDecimal pValue = parsed instanceof Bound.Single s ? s.value() : null;
    BigDecimal pLow = parsed instanceof Bound.Range r ? r.low() : null;
    BigDecimal pHigh = parsed instanceof Bound.Range r ? r.high() : null;
    String pUnit = parsed.unit().isPresent() ? parsed.unit().get().symbol() : null;
    Bound.AbsentReason pReason = parsed instanceof Bound.Absent a ? a.reason() : null;
    if (parsed.kind() != kind || !Objects.equals(pValue, value) || !Objects.equals(pLow, low)
        || !Objects.equals(pHigh, high) || !Objects.equals(pUnit, unit) || pReason != reason) {
      String declared = describe(kind, value, low, high, unit, reason);
      String actual = describe(parsed.kind(), pValue, pLow, pHigh, pUnit, pReason);
      throw fail("bound text \"" + abbreviate(text) + "\" reads as " + actual + ", but the document states "
          + declared);
    }
    return parsed;
  }

  private static String describe(Bound.Kind kind, @Nullable BigDecimal value, @Nullable BigDecimal low,
      @Nullable BigDecimal high, @Nullable String unit, Bound.@Nullable AbsentReason reason) {
    StringBuilder s = new StringBuilder(IoCodes.BOUND_KIND.code(kind));
    if (value != null) {
      s.append(" value ").append(value.toPlainString());
    }
    if (low != null) {
      s.append(" low ").append(low.toPlainString());
    }
    if (high != null) {
      s.append(" high ").append(high.toPlainString());
    }
    s.append(" unit ").append(unit == null ? "(none)" : unit);
    if (reason != null) {
      s.append(" reason ").append(IoCodes.ABSENT_REASON.code(reason));
    }
    return s.toString();
  }

  Provenance provenance() {
    startObject("provenance");
    Provenance.Builder b = new Provenance.Builder();
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "document" -> {
          seen = once(seen, 1, name);
          b.document(string(name));
        }
        case "origin" -> {
          seen = once(seen, 2, name);
          b.origin(constant(IoCodes.ORIGIN, name));
        }
        case "start" -> {
          seen = once(seen, 4, name);
          next();
          b.start(position());
        }
        case "end" -> {
          seen = once(seen, 8, name);
          next();
          b.end(position());
        }
        case "row" -> {
          seen = once(seen, 16, name);
          b.row(integer(name));
        }
        case "cell" -> {
          seen = once(seen, 32, name);
          b.cell(integer(name));
        }
        default -> throw unknown("provenance", name);
      }
    }
    require("provenance", seen, new String[] {"document", "origin", "start"}, new int[] {1, 2, 4});
    return build(b::build);
  }

  Position position() {
    startObject("position");
    int line = 0;
    int column = 0;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "line" -> {
          seen = once(seen, 1, name);
          line = integer(name);
        }
        case "column" -> {
          seen = once(seen, 2, name);
          column = integer(name);
        }
        default -> throw unknown("position", name);
      }
    }
    require("position", seen, new String[] {"line", "column"}, new int[] {1, 2});
    int l = line;
    int c = column;
    return build(() -> Position.of(l, c));
  }

  Span span() {
    startObject("span");
    Span.Kind kind = null;
    Position start = null;
    String text = null;
    int seen = 0;
    while (nextProperty()) {
      String name = p.currentName();
      switch (name) {
        case "kind" -> {
          seen = once(seen, 1, name);
          kind = constant(IoCodes.SPAN_KIND, name);
        }
        case "start" -> {
          seen = once(seen, 2, name);
          next();
          start = position();
        }
        case "text" -> {
          seen = once(seen, 4, name);
          text = string(name);
        }
        default -> throw unknown("span", name);
      }
    }
    if (kind == null) {
      throw missing("span", "kind");
    }
    if (start == null) {
      throw missing("span", "start");
    }
    if (text == null) {
      throw missing("span", "text");
    }
    Span.Kind k = kind;
    Position s = start;
    String t = text;
    return build(() -> Span.of(k, s, t));
  }

  /** A unit symbol: rejected if malformed, or (in a strict read) if the registry does not know it. */
  Unit unitValue(String symbol) {
    Unit u;
    try {
      u = cache.unit(symbol);
    } catch (IllegalArgumentException e) {
      throw fail(reason(e));
    }
    if (strictUnits && u.isCustom()) {
      throw fail("unknown unit \"" + abbreviate(symbol) + "\" (strict read: custom units are not allowed)");
    }
    return u;
  }

  /** The current token as a string (for a unit read on its own). */
  String currentString() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("expected a unit symbol string, found " + found(p.currentToken()));
    }
    return text("unit");
  }

  private Unit unit(String what) {
    return unitValue(string(what));
  }

  private void checkUnit(Optional<Unit> unit) {
    if (strictUnits && unit.isPresent() && unit.get().isCustom()) {
      throw fail("unknown unit \"" + abbreviate(unit.get().symbol())
          + "\" (strict read: custom units are not allowed)");
    }
  }

  // ---- tokens

  void next() {
    p.nextToken();
  }

  private boolean nextProperty() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.PROPERTY_NAME) {
      return true;
    }
    if (t == JsonToken.END_OBJECT) {
      return false;
    }
    throw fail("expected a property name or '}', found " + found(t));
  }

  /**
   * Checks that the current token starts an object. An error about the object as a whole (a missing property, a
   * rule of the model) is reported where it is found, at the object's closing brace, so that no location is made
   * for the millions of objects that are fine.
   */
  private void startObject(String what) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw fail("expected an object for " + what + ", found " + found(t));
    }
  }

  private String string(String what) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_STRING) {
      throw fail("expected a string for \"" + what + "\", found " + found(t));
    }
    return text(what);
  }

  /** The current string token, refused if it is not Unicode text (a lone surrogate, as {@code "\\ud800"}). */
  private String text(String what) {
    String s = p.getString();
    int at = IoLimits.loneSurrogate(s);
    if (at >= 0) {
      throw fail("\"" + what + "\": " + IoLimits.loneSurrogate(s, at));
    }
    return s;
  }

  private int integer(String what) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("expected an integer for \"" + what + "\", found " + found(t));
    }
    return p.getIntValue();
  }

  private boolean bool(String what) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw fail("expected true or false for \"" + what + "\", found " + found(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A JSON number as an exact decimal (never through double), its scale and precision bounded as in the model. */
  private BigDecimal decimal(String what) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail("expected a number for \"" + what + "\", found " + found(t));
    }
    BigDecimal v;
    try {
      v = p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw outOfRange(what);
    }
    if (Math.abs(v.scale()) > Quantity.MAX_DIGITS || v.precision() > Quantity.MAX_DIGITS) {
      throw outOfRange(what);
    }
    return v;
  }

  private PlanFormatException outOfRange(String what) {
    return fail("number " + abbreviate(p.getString()) + " for \"" + what + "\" is out of range: its scale "
        + "and precision must not exceed 1000");
  }

  private <E extends Enum<E>> E constant(IoCodes<E> codes, String what) {
    String code = string(what);
    E e = codes.constant(code);
    if (e == null) {
      throw fail("\"" + what + "\" is \"" + abbreviate(code) + "\", expected one of " + codes.codes());
    }
    return e;
  }

  private void strings(String what, Consumer<String> sink) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_ARRAY) {
      throw fail("expected an array of strings for \"" + what + "\", found " + found(t));
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw fail("expected a string in \"" + what + "\", found " + found(t));
      }
      sink.accept(text(what));
    }
  }

  private void array(String what, Runnable element) {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_ARRAY) {
      throw fail("expected an array for \"" + what + "\", found " + found(t));
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
  }

  private String found(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + abbreviate(p.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "'}'";
      case END_ARRAY -> "']'";
      case PROPERTY_NAME -> "the property \"" + abbreviate(p.currentName()) + "\"";
      default -> t.toString();
    };
  }

  private int once(int seen, int bit, String name) {
    if ((seen & bit) != 0) {
      throw fail("duplicate property \"" + name + "\"");
    }
    return seen | bit;
  }

  private void require(String what, int seen, String[] names, int[] bits) {
    for (int i = 0; i < names.length; i++) {
      if ((seen & bits[i]) == 0) {
        throw missing(what, names[i]);
      }
    }
  }

  private PlanFormatException missing(String what, String name) {
    return fail(what + ": missing required property \"" + name + "\"");
  }

  private PlanFormatException unknown(String what, String name) {
    return fail("unknown property \"" + abbreviate(name) + "\" in " + what);
  }

  private interface Build<T> {
    T get();
  }

  private <T> T build(Build<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail(reason(e));
    }
  }

  /** The message of the model's refusal {@code e} (Guava's checks and Immutables' always give one). */
  private static String reason(RuntimeException e) {
    return Objects.requireNonNullElse(e.getMessage(), "the value is not valid");
  }

  /** A bad-input error at the current token. */
  PlanFormatException fail(String reason) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new PlanFormatException(source, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), reason);
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }
}
