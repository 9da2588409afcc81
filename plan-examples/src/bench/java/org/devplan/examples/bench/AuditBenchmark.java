package org.devplan.examples.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.devplan.calc.AuditReport;
import org.devplan.calc.CalcContext;
import org.devplan.calc.Calculator;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Calculator#audit} of the imported seed plan ({@code seeds/zibo-2026-plan.txt}), {@value #AUDITS} times per
 * operation: the score is the time of {@value #AUDITS} audits.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar AuditBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditBenchmark {
  static final int AUDITS = 10_000;

  /** The seed plan, relative to the working directory (the project root). */
  @Param("seeds/zibo-2026-plan.txt")
  public String seed;

  private Plan plan;
  private final Calculator calc = CalcContext.defaults().calc();

  /** Imports the seed. */
  @Setup
  public void load() {
    plan = PlanText.parser().parseFile(Path.of(seed));
  }

  /** Audits the seed {@value #AUDITS} times. */
  @Benchmark
  public void auditSeed(Blackhole bh) {
    for (int i = 0; i < AUDITS; i++) {
      AuditReport r = calc.audit(plan);
      bh.consume(r);
    }
  }
}
