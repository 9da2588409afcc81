package org.devplan.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.json.JsonOptions;
import org.devplan.io.json.PlanJson;
import org.devplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code devplan validate [--strict] [--excel] FILE}: reads a devplan JSON file, or a tidy, outline, annex or tasks CSV
 * (told apart by their first header cell), and says what it holds; a bad file gets one line naming the line and
 * column (JSON) or the row and column name (CSV), and exit code 1. With {@code --strict}, a unit outside the registry is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a devplan JSON file or a tidy/outline/annex/tasks CSV file; errors name line and column.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "A .json or .csv file.")
  Path input;

  @picocli.CommandLine.Option(names = "--strict", description = "Reject units outside devplan's unit registry.")
  boolean strict;

  @picocli.CommandLine.Option(names = "--excel", description = "The CSV was written with --excel: remove its "
      + "formula guard when reading.")
  boolean excel;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new Devplan.InputException(input + ": no such file");
    }
    String what;
    CsvOptions options = (excel ? CsvOptions.EXCEL : CsvOptions.DEFAULT).withStrictUnits(strict);
    if (Inputs.isJson(input)) {
      Plan plan = PlanJson.codec(strict ? JsonOptions.STRICT : JsonOptions.DEFAULT).parseFile(input);
      what = String.format(Locale.ROOT, "a plan with %d chapters, %d indicators and %d observations",
          plan.allChapters().count(), plan.indicators().size(), plan.allObservations().count());
    } else if (Inputs.isCsv(input)) {
      List<String> header = PlanCsv.header().parseFile(input);
      String first = header.get(0);
      if (first.equals("plan_id")) {
        what = "a tidy table of " + PlanCsv.tidy(options).parseFile(input).rows().size() + " observations";
      } else if (first.equals("chapter_path")) {
        what = "an outline of " + PlanCsv.outline(options).parseFile(input).size() + " chapters";
      } else if (first.equals("分组")) {
        what = "an annex table of " + PlanCsv.annex(options).parseFile(input).rows().size() + " rows";
      } else if (first.equals("task_id")) {
        what = "a tasks table of " + PlanCsv.tasks(options).parseFile(input).size() + " rows";
      } else {
        throw new Devplan.InputException(input + ":1:1: unknown CSV layout: the header starts with \"" + first
            + "\", expected plan_id (tidy), chapter_path (outline), 分组 (annex) or task_id (tasks)");
      }
    } else {
      throw new Devplan.InputException(input + ": expected a .json or .csv file");
    }
    spec.commandLine().getOut().println(Terminal.escape(input.toString()) + ": valid, " + what);
    return 0;
  }
}
