package org.devplan.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.devplan.io.text.PlanText;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Task;

/**
 * Loads a plan from its text and walks it: the chapter tree, the tasks of the plan-year chapters with the targets
 * stated in them, and one indicator's figures.
 *
 * <pre>{@code
 * java -cp plan-examples/target/devplan.jar org.devplan.examples.WalkPlan seeds/zibo-2026-plan.txt
 * }</pre>
 *
 * @since 0.1
 */
public final class WalkPlan {
  private WalkPlan() {}

  /** Walks the plan text named by {@code args[0]} (default: the seed) and prints what it finds. */
  public static void main(String[] args) {
    Path path = Path.of(args.length > 0 ? args[0] : "seeds/zibo-2026-plan.txt");
    walk(PlanText.parser().parseFile(path), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the outline, the first tasks with their targets, and the figures of 地区生产总值. */
  public static void walk(Plan plan, PrintWriter out) {
    out.println(plan.title() + " — " + plan.region().name() + ", " + plan.planYear());
    plan.allChapters().filter(c -> c.depth() <= 2)
        .forEach(c -> out.println("  ".repeat(c.depth()) + c.path() + " " + c.label() + c.title()));
    long tasks = plan.allTasks().count();
    out.println(tasks + " tasks; the first three with their targets:");
    plan.allTasks().limit(3).forEach(t -> printTask(plan, t, out));
    plan.indicatorByName("地区生产总值").ifPresent(gdp -> printIndicator(gdp, out));
    out.flush();
  }

  private static void printTask(Plan plan, Task task, PrintWriter out) {
    out.println("  " + task.id() + " " + task.label().orElse("") + task.title());
    for (String id : task.observationIds()) {
      Observation o = plan.observation(id).orElseThrow();
      Indicator i = plan.indicatorOf(o).orElseThrow();
      out.println("    " + i.name() + ": " + o.level().map(b -> b.text()).orElse("")
          + o.growth().map(b -> " " + b.text()).orElse(""));
    }
  }

  private static void printIndicator(Indicator gdp, PrintWriter out) {
    out.println(gdp.name() + " [" + gdp.unit() + "]:");
    for (Observation o : gdp.observations()) {
      out.println("  " + o.kind() + " " + o.period() + ": level " + o.level().map(b -> b.text()).orElse("—")
          + ", growth " + o.growth().map(b -> b.text()).orElse("—") + " (" + o.provenance().map(Object::toString)
          .orElse("") + ")");
    }
  }
}
