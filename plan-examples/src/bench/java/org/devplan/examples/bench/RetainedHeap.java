package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;

/**
 * Heap retained per imported plan: imports the seed plan {@code N} times (each from its bytes, as a user imports
 * it; nothing is shared between the imports but the lexicon and what every plan holds alike whatever its text: the
 * single-year {@code Period}s, the observation ids {@code o1…o2048} and the chapter paths {@code 1…16.16.16}, made
 * once and counted in the first plan's share), holds the plans, collects garbage and reads the used heap from
 * {@link MemoryMXBean}; prints the difference per plan and its ratio to the text's size in bytes.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp plan-examples/target/benchmarks.jar org.devplan.examples.bench.RetainedHeap 200
 * </pre>
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /** Argument: the number of plans to hold (default 200); run from the project root. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    byte[] seed = ImportDocuments.atProjectRoot().seed;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = used(memory);
    List<Plan> plans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      plans.add(PlanText.parser().parseStream(new ByteArrayInputStream(seed)));
    }
    long after = used(memory);
    double perPlan = (after - before) / (double) n;
    System.out.printf(Locale.ROOT, "%d plans held: %.0f bytes retained per plan = %.2f× its %d bytes of text%n",
        plans.size(), perPlan, perPlan / seed.length, seed.length);
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
