package org.devplan.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A quick side-by-side run of the same benchmark methods outside JMH: each pair (codec, baseline) is run in
 * alternation for a number of rounds in one JVM, so that both sides see the same machine load, and the fastest
 * and median times are printed with their ratio. A complement to the JMH run when the machine is shared, not a
 * replacement.
 *
 * <pre>
 * java -Xms12g -Xmx12g -Xmn6g -XX:+UseParallelGC -XX:+AlwaysPreTouch -cp plan-examples/target/benchmarks.jar \
 *     org.devplan.examples.bench.CodecCompare 8
 * </pre>
 */
public final class CodecCompare {
  private CodecCompare() {}

  private interface Op {
    void run() throws Exception;
  }

  /** Runs the comparison; the argument is the number of rounds (default 8). */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    JsonCodecBench json = new JsonCodecBench();
    json.setUp();
    compare(rounds, "JSON read", () -> json.readPlanJson(bh), () -> json.readRowsStreaming(bh));
    compare(rounds, "JSON write", json::writePlanJson, json::writeRowsStreaming);
    CsvCodecBench csv = new CsvCodecBench();
    csv.setUp();
    compare(rounds, "CSV read (FastCSV flat rows)", () -> bh.consume(csv.readTidyCsv()),
        () -> bh.consume(csv.readFastCsvRows()));
    compare(rounds, "CSV read (FastCSV TidyRows)", () -> bh.consume(csv.readTidyCsv()),
        () -> bh.consume(csv.readFastCsvTidyRows()));
    compare(rounds, "CSV tokenizer (Jackson/FastCSV)", () -> bh.consume(csv.readJacksonCsvRows()),
        () -> bh.consume(csv.readFastCsvRows()));
    compare(rounds, "CSV write", csv::writeTidyCsv, csv::writeFastCsv);
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static void compare(int rounds, String what, Op ours, Op baseline) throws Exception {
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    for (int i = 0; i < rounds + 2; i++) {
      long t0 = System.nanoTime();
      ours.run();
      long t1 = System.nanoTime();
      baseline.run();
      long t2 = System.nanoTime();
      if (i >= 2) { // two rounds of warm-up
        a.add((t1 - t0) / 1_000_000);
        b.add((t2 - t1) / 1_000_000);
      }
    }
    long[] x = a.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] y = b.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%-30s codec min %5d ms median %5d ms | baseline min %5d ms median %5d ms | "
        + "ratio min %.2f median %.2f   (codec %s, baseline %s)%n", what, x[0], x[x.length / 2], y[0],
        y[y.length / 2], (double) x[0] / y[0], (double) x[x.length / 2] / y[y.length / 2], Arrays.toString(x),
        Arrays.toString(y));
  }
}
