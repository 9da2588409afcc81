package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * The plan JSON codec ({@link PlanJson}: a JSON array of plans, read and written one plan at a time, with every
 * check) side by side with a hand-written Jackson streaming reader and writer of the same format
 * ({@link PlanJsonStreaming}): both read the same UTF-8 bytes into equal {@link Plan}s, both write identical bytes
 * from the same plans to an {@link OutputStream}; {@link #setUp} checks both before anything is measured. The
 * databind candidate of issue #14 ({@link PlanJsonDatabind}) reads the same bytes into the same plans. Corpus:
 * {@link BenchCorpus}, 1,000,000 indicator values in 500,000 observations.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar JsonCodecBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonCodecBench {
  private BenchCorpus corpus;
  private byte[] json;

  /** Builds the corpus and its JSON, and checks that both sides of each pair agree. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = new BenchCorpus();
    json = written(this::writeOurs);
    CodecCompare.check("JSON write", json, written(this::writeBaseline));
    CodecCompare.check("JSON read", readPlanJson(), readPlanJsonStreaming());
    CodecCompare.check("JSON read (corpus)", corpus.plans, readPlanJson());
    CodecCompare.check("JSON read (databind)", readPlanJsonStreaming(), readPlanJsonDatabind());
    CodecCompare.check("JSON read (databind, hand values)", readPlanJsonStreaming(),
        readPlanJsonDatabindHandValues());
    System.out.printf(Locale.ROOT, "%n[corpus] %d plans, %d values; plan JSON %d MB%n", corpus.plans.size(),
        2 * BenchCorpus.ROWS, json.length >> 20);
  }

  @Benchmark
  public List<Plan> readPlanJson() {
    List<Plan> plans = new ArrayList<>(BenchCorpus.PLANS);
    try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("corpus")).parseAllStream(new ByteArrayInputStream(json))) {
      it.forEachRemaining(plans::add);
    }
    return plans;
  }

  @Benchmark
  public List<Plan> readPlanJsonStreaming() {
    List<Plan> plans = new ArrayList<>(BenchCorpus.PLANS);
    PlanJsonStreaming.readAll(new ByteArrayInputStream(json), plans::add);
    return plans;
  }

  /** The databind candidate ({@link PlanJsonDatabind#WHOLE}) over the same bytes. */
  @Benchmark
  public List<Plan> readPlanJsonDatabind() {
    return readDatabind(PlanJsonDatabind.WHOLE);
  }

  /** The databind candidate with period, position and bound by hand ({@link PlanJsonDatabind#HAND_VALUES}). */
  @Benchmark
  public List<Plan> readPlanJsonDatabindHandValues() {
    return readDatabind(PlanJsonDatabind.HAND_VALUES);
  }

  private List<Plan> readDatabind(PlanJsonDatabind databind) {
    List<Plan> plans = new ArrayList<>(BenchCorpus.PLANS);
    databind.readAll(new ByteArrayInputStream(json), plans::add);
    return plans;
  }

  @Benchmark
  public void writePlanJson() {
    writeOurs(OutputStream.nullOutputStream());
  }

  @Benchmark
  public void writePlanJsonStreaming() {
    writeBaseline(OutputStream.nullOutputStream());
  }

  /** What {@link #writePlanJson} writes, for {@link CodecCompare}. */
  byte[] writePlanJsonBytes() {
    return written(this::writeOurs);
  }

  /** What {@link #writePlanJsonStreaming} writes, for {@link CodecCompare}. */
  byte[] writePlanJsonStreamingBytes() {
    return written(this::writeBaseline);
  }

  private void writeOurs(OutputStream out) {
    try (PlanJsonWriter w = PlanJson.codec().formatAllStream(out, JsonLayout.ARRAY)) {
      corpus.plans.forEach(w::write);
    }
  }

  private void writeBaseline(OutputStream out) {
    PlanJsonStreaming.writeAll(corpus.plans, out);
  }

  private static byte[] written(java.util.function.Consumer<OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(200 << 20);
    writer.accept(out);
    return out.toByteArray();
  }
}
