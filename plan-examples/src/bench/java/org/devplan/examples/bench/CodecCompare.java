package org.devplan.examples.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Paired runs of each codec against its baseline in one JVM, outside JMH: the two sides of a pair do the same work
 * on the same bytes into the same objects, which each benchmark's set-up checks before anything is timed (readers
 * must return equal results, writers identical bytes). Then, round after round, both sides run once each, in alternating order (so
 * that neither always inherits the other's garbage), after a collection; each round gives the ratio ours ÷ baseline,
 * and the median of these paired ratios is reported with its spread (min–max) and the median times. On a shared
 * machine the paired ratio is steadier than either time: a burst of load slows both sides of a round alike.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl plan-examples -am package -DskipTests
 * java -Xms6g -Xmx6g -XX:+UseParallelGC -cp plan-examples/target/benchmarks.jar \
 *     org.devplan.examples.bench.CodecCompare 11
 * </pre>
 */
public final class CodecCompare {
  private CodecCompare() {}

  /**
   * Runs the pairs; the first argument is the number of timed rounds (default 11), after two untimed ones, the
   * second {@code json} or {@code csv} to run only those pairs (default both).
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    String only = args.length > 1 ? args[1] : "";
    if (!only.equals("csv")) {
      json(rounds);
    }
    if (!only.equals("json")) {
      csv(rounds); // after the JSON corpus is gone
    }
  }

  private static void json(int rounds) throws Exception {
    JsonCodecBench json = new JsonCodecBench();
    json.setUp();
    compare(rounds, "JSON read (plan JSON → Plans)", () -> sink(json.readPlanJson()),
        () -> sink(json.readPlanJsonStreaming()));
    compare(rounds, "JSON write (Plans → plan JSON)", json::writePlanJson, json::writePlanJsonStreaming);
    compare(rounds, "JSON read, databind candidate", () -> sink(json.readPlanJsonDatabind()),
        () -> sink(json.readPlanJsonStreaming()));
    compare(rounds, "JSON read, databind, hand values", () -> sink(json.readPlanJsonDatabindHandValues()),
        () -> sink(json.readPlanJsonStreaming()));
  }

  private static void csv(int rounds) throws Exception {
    CsvCodecBench csv = new CsvCodecBench();
    csv.setUp();
    compare(rounds, "tidy CSV read (→ TidyRows)", () -> sink(csv.readTidyCsv()),
        () -> sink(csv.readFastCsvTidyRows()));
    compare(rounds, "tidy CSV write (TidyRows →)", csv::writeTidyCsv, csv::writeFastCsv);
  }

  /** One side of a pair: does the work (a benchmark method, checked against its pair by the benchmark's set-up). */
  @FunctionalInterface
  interface Side {
    void run() throws Exception;
  }

  static void compare(int rounds, String what, Side ours, Side baseline) throws Exception {
    double[] ratios = new double[rounds];
    long[] a = new long[rounds];
    long[] b = new long[rounds];
    for (int i = -2; i < rounds; i++) {
      long x;
      long y;
      if ((i & 1) == 0) {
        x = time(ours);
        y = time(baseline);
      } else {
        y = time(baseline);
        x = time(ours);
      }
      if (i >= 0) { // two rounds of warm-up
        a[i] = x;
        b[i] = y;
        ratios[i] = (double) x / y;
      }
    }
    Arrays.sort(ratios);
    Arrays.sort(a);
    Arrays.sort(b);
    System.out.printf(Locale.ROOT, "%-32s ratio median %.3f (min %.3f, max %.3f) | ours median %7.1f ms | "
        + "baseline median %7.1f ms | %d rounds%n", what, ratios[rounds / 2], ratios[0], ratios[rounds - 1],
        a[rounds / 2] / 1e6, b[rounds / 2] / 1e6, rounds);
  }

  @SuppressWarnings("UnusedVariable") // written, never read: the JIT cannot drop what a side made
  private static volatile int sink;

  /** Keeps what a side made from being optimised away. */
  private static void sink(Object made) {
    sink = System.identityHashCode(made);
  }

  /** Fails unless both sides made equal results (byte arrays: identical bytes). */
  static void check(String what, Object ours, Object baseline) {
    boolean same = (ours instanceof byte[] x && baseline instanceof byte[] y) ? Arrays.equals(x, y)
        : Objects.equals(ours, baseline);
    if (!same) {
      throw new IllegalStateException(what + ": the two sides made different results; nothing is timed");
    }
  }

  private static long time(Side side) throws Exception {
    System.gc();
    long t0 = System.nanoTime();
    side.run();
    return System.nanoTime() - t0;
  }
}
