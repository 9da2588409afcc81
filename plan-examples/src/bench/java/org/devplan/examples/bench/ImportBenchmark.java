package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Import throughput of {@code PlanText} on one core, from bytes (decoding included), over {@link ImportDocuments}:
 * the seed plan ({@code seeds/zibo-2026-plan.txt}, 50 KB); every document of the test corpus ({@code corpus/*.txt},
 * the GB18030 ones too) and the real documents of {@code ../shared/real/}, each imported on its own as a user
 * imports it; and their concatenation as one plan text. Every document is checked before anything is timed. The
 * {@code bytes} counter is the input rate in bytes per second; divide by 10⁶ for MB/s.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar ImportBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {
  /** The seed plan, relative to the working directory (the project root). */
  @Param("seeds/zibo-2026-plan.txt")
  public String seed;

  /** Where the corpus is, relative to the working directory (the project root). */
  @Param("plan-io/src/test/resources/corpus")
  public String corpus;

  /** Where the real documents are, relative to the working directory (the project root). */
  @Param("../shared/real")
  public String real;

  private ImportDocuments documents;
  private List<byte[]> all;

  /** Input bytes imported, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes read so far in this iteration. */
    public long bytes;

    /** Clears the counter before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
    }
  }

  /** Reads and checks the documents. */
  @Setup
  public void load() {
    documents = new ImportDocuments(Path.of(seed), Path.of(corpus), Path.of(real));
    all = documents.all();
  }

  /** Imports the seed plan. */
  @Benchmark
  public Plan seed(Bytes counter) {
    counter.bytes += documents.seed.length;
    return PlanText.parser().parseStream(new ByteArrayInputStream(documents.seed));
  }

  /** Imports every corpus document and every real document, one after the other. */
  @Benchmark
  public void documents(Bytes counter, Blackhole bh) {
    for (byte[] d : all) {
      counter.bytes += d.length;
      bh.consume(PlanText.parser().parseStream(new ByteArrayInputStream(d)));
    }
  }

  /** Imports the concatenation of the corpus and the real documents as one plan text. */
  @Benchmark
  public Plan concatenation(Bytes counter) {
    counter.bytes += documents.concatenation.length;
    return PlanText.parser().parseStream(new ByteArrayInputStream(documents.concatenation));
  }
}
