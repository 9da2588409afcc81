package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Import throughput of {@code PlanText} on one core: the seed plan (50 KB) and a large concatenated corpus
 * (the UTF-8 corpus documents repeated to about 4 MB), from bytes (decoding included). The {@code bytes}
 * counter is the input rate in bytes per second; divide by 10⁶ for MB/s.
 *
 * <pre>
 * mvn -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar ImportBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {
  /** Where the corpus is, relative to the working directory (the project root). */
  @Param("plan-io/src/test/resources/corpus")
  public String corpus;

  private byte[] seed;
  private byte[] large;

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

  /** Reads the seed and builds the large input. */
  @Setup
  public void load() {
    try {
      Path dir = Path.of(corpus);
      seed = Files.readAllBytes(dir.resolve("zibo-2026.txt"));
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] wuhu = Files.readAllBytes(dir.resolve("wuhu-2026-report.txt"));
      byte[] yichang = Files.readAllBytes(dir.resolve("yichang-15th-fyp-outline.txt"));
      while (all.size() < 4_000_000) {
        all.write(seed);
        all.write(wuhu);
        all.write(yichang, 3, yichang.length - 3); // without its byte-order mark
      }
      large = all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("run from the project root, or pass -p corpus=<dir>", e);
    }
  }

  /** Imports the seed plan. */
  @Benchmark
  public Plan seed(Bytes counter) {
    counter.bytes += seed.length;
    return PlanText.read(new ByteArrayInputStream(seed));
  }

  /** Imports the large concatenated corpus. */
  @Benchmark
  public Plan largeCorpus(Bytes counter) {
    counter.bytes += large.length;
    return PlanText.read(new ByteArrayInputStream(large));
  }
}
