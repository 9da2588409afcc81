package org.devplan.examples.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.devplan.io.json.JsonLayout;
import org.devplan.io.json.JsonOptions;
import org.devplan.io.json.PlanJson;
import org.devplan.io.json.PlanJsonIterator;
import org.devplan.io.json.PlanJsonWriter;
import org.devplan.model.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The plan JSON codec ({@link PlanJson}: streaming a JSON array of plans, with every check) side by side with a
 * hand-written Jackson streaming reader and writer of the same observation rows (a flat JSON array of row objects,
 * no validation). Corpus: {@link BenchCorpus}, 1,000,000 indicator values in 500,000 observations.
 *
 * <pre>
 * mvn -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar JsonCodecBench -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-Xmn6g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonCodecBench {
  private static final JsonFactory FACTORY = new JsonFactory();

  private BenchCorpus corpus;
  private byte[] json;
  private List<ObsRow> rows;
  private byte[] rowsJson;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = new BenchCorpus();
    json = corpus.json();
    rows = new ArrayList<>(BenchCorpus.ROWS);
    for (Plan p : corpus.plans) {
      p.indicators().forEach(i -> i.observations().forEach(o -> rows.add(new ObsRow(p.id(), i.code(), i.name(),
          i.unit().symbol(), o.id(), o.kind().name().toLowerCase(java.util.Locale.ROOT), o.period().start(),
          o.period().end(), o.period().aggregation().name().toLowerCase(java.util.Locale.ROOT),
          CsvCodecBench.figure(o.level()), CsvCodecBench.figure(o.growth()), o.isChange(),
          o.provenance().map(Object::toString).orElse(null)))));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(200 << 20);
    try (Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
      writeRows(rows, w);
    }
    rowsJson = out.toByteArray();
    System.out.printf(java.util.Locale.ROOT, "%n[corpus] %d observations, %d values; plan JSON %d MB, row JSON %d MB%n",
        rows.size(), 2 * rows.size(), json.length >> 20, rowsJson.length >> 20);
  }

  @Benchmark
  public void readPlanJson(Blackhole bh) {
    try (PlanJsonIterator it = PlanJson.readAll(BenchCorpus.reader(json), "corpus", JsonOptions.DEFAULT)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  @Benchmark
  public void readRowsStreaming(Blackhole bh) throws IOException {
    try (Reader in = BenchCorpus.reader(rowsJson); JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("expected an array");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        bh.consume(readRow(p));
      }
    }
  }

  @Benchmark
  public void writePlanJson() {
    try (PlanJsonWriter w = PlanJson.writeAll(Writer.nullWriter(), JsonLayout.ARRAY)) {
      corpus.plans.forEach(w::write);
    }
  }

  @Benchmark
  public void writeRowsStreaming() throws IOException {
    writeRows(rows, Writer.nullWriter());
  }

  private static ObsRow readRow(JsonParser p) {
    String plan = null;
    String code = null;
    String name = null;
    String unit = null;
    String id = null;
    String kind = null;
    String aggregation = null;
    String source = null;
    int start = 0;
    int end = 0;
    boolean change = false;
    ObsRow.Figure level = null;
    ObsRow.Figure growth = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "plan" -> plan = p.getString();
        case "code" -> code = p.getString();
        case "name" -> name = p.getString();
        case "unit" -> unit = p.getString();
        case "id" -> id = p.getString();
        case "kind" -> kind = p.getString();
        case "start" -> start = p.getIntValue();
        case "end" -> end = p.getIntValue();
        case "aggregation" -> aggregation = p.getString();
        case "level" -> level = readFigure(p);
        case "growth" -> growth = readFigure(p);
        case "isChange" -> change = p.currentToken() == JsonToken.VALUE_TRUE;
        case "source" -> source = p.getString();
        default -> throw new IllegalStateException("unknown " + f);
      }
    }
    return new ObsRow(plan, code, name, unit, id, kind, start, end, aggregation, level, growth, change, source);
  }

  private static ObsRow.Figure readFigure(JsonParser p) {
    String kind = null;
    String text = null;
    BigDecimal value = null;
    BigDecimal low = null;
    BigDecimal high = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "kind" -> kind = p.getString();
        case "text" -> text = p.getString();
        case "value" -> value = p.getDecimalValue();
        case "low" -> low = p.getDecimalValue();
        case "high" -> high = p.getDecimalValue();
        default -> throw new IllegalStateException("unknown " + f);
      }
    }
    return new ObsRow.Figure(kind, text, value, low, high);
  }

  static void writeRows(List<ObsRow> rows, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (ObsRow r : rows) {
        g.writeStartObject();
        g.writeStringProperty("plan", r.planId());
        g.writeStringProperty("code", r.indicatorCode());
        g.writeStringProperty("name", r.indicatorName());
        g.writeStringProperty("unit", r.unit());
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("kind", r.kind());
        g.writeNumberProperty("start", r.start());
        g.writeNumberProperty("end", r.end());
        g.writeStringProperty("aggregation", r.aggregation());
        writeFigure(g, "level", r.level());
        writeFigure(g, "growth", r.growth());
        g.writeBooleanProperty("isChange", r.isChange());
        if (r.source() != null) {
          g.writeStringProperty("source", r.source());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void writeFigure(JsonGenerator g, String name, ObsRow.Figure f) {
    if (f == null) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("kind", f.kind());
    g.writeStringProperty("text", f.text());
    if (f.value() != null) {
      g.writeName("value");
      g.writeNumber(f.value().toPlainString());
    }
    if (f.low() != null) {
      g.writeName("low");
      g.writeNumber(f.low().toPlainString());
      g.writeName("high");
      g.writeNumber(f.high().toPlainString());
    }
    g.writeEndObject();
  }
}
