package org.devplan.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.devplan.calc.CalcContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code devplan report plan.txt|plan.json}: chapters, annex indicators with computed figures, audit findings. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print a plan's report: chapters, annex indicators with gaps and implied values, audit findings.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN", description = "A plan text or a devplan JSON file (.json).")
  Path input;

  @picocli.CommandLine.Mixin
  TextOptions text = new TextOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    java.io.PrintWriter out = new java.io.PrintWriter(Terminal.lines(spec.commandLine().getOut()), true);
    new Report(Inputs.plan(input, text.options()), CalcContext.defaults()).print(out);
    out.flush();
    return 0;
  }
}
