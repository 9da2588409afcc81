package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Import throughput of {@code PlanText} on one core, from bytes (decoding included): the seed plan (50 KB), every
 * document of the test corpus ({@code corpus/*.txt}, the GB18030 ones too), each imported on its own as a user
 * imports it, and the real documents of {@code ../shared/real/} (every {@code *.txt} below it; skipped with a
 * message when the directory is absent). The {@code bytes} counter is the input rate in bytes per second; divide by
 * 10⁶ for MB/s.
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
  /** Where the corpus is, relative to the working directory (the project root). */
  @Param("plan-io/src/test/resources/corpus")
  public String corpus;

  /** Where the real documents are, relative to the working directory (the project root). */
  @Param("../shared/real")
  public String real;

  private byte[] seed;
  private List<byte[]> corpusDocuments;
  private List<byte[]> realDocuments;

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

  /** Reads the documents. */
  @Setup
  public void load() {
    Path dir = Path.of(corpus);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir.toAbsolutePath() + ": no corpus; run from the project root, or pass "
          + "-p corpus=<dir>");
    }
    seed = read(dir.resolve("zibo-2026.txt"));
    corpusDocuments = documents(dir);
    Path realDir = Path.of(real);
    if (Files.isDirectory(realDir)) {
      realDocuments = documents(realDir);
    } else {
      realDocuments = List.of();
      System.out.printf(Locale.ROOT, "%n[real] %s is absent: the realDocuments benchmark imports nothing "
          + "(pass -p real=<dir>)%n", realDir.toAbsolutePath());
    }
    System.out.printf(Locale.ROOT, "%n[documents] corpus %d (%d KB), real %d (%d KB)%n", corpusDocuments.size(),
        size(corpusDocuments) >> 10, realDocuments.size(), size(realDocuments) >> 10);
  }

  /** Imports the seed plan. */
  @Benchmark
  public Plan seed(Bytes counter) {
    counter.bytes += seed.length;
    return PlanText.read(new ByteArrayInputStream(seed));
  }

  /** Imports every corpus document, one after the other. */
  @Benchmark
  public void corpusDocuments(Bytes counter, Blackhole bh) {
    importAll(corpusDocuments, counter, bh);
  }

  /** Imports every real document, one after the other. */
  @Benchmark
  public void realDocuments(Bytes counter, Blackhole bh) {
    importAll(realDocuments, counter, bh);
  }

  private static void importAll(List<byte[]> documents, Bytes counter, Blackhole bh) {
    for (byte[] d : documents) {
      counter.bytes += d.length;
      bh.consume(PlanText.read(new ByteArrayInputStream(d)));
    }
  }

  /** Every {@code *.txt} under {@code dir}, in name order. */
  private static List<byte[]> documents(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<byte[]> out = new ArrayList<>();
      files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .forEach(p -> out.add(read(p)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long size(List<byte[]> documents) {
    return documents.stream().mapToLong(d -> d.length).sum();
  }
}
