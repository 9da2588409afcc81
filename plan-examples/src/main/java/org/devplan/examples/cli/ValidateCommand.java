package org.devplan.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code devplan validate [--strict] FILE}: reads a devplan JSON file, or a tidy, outline or annex CSV (told apart by
 * their first header cell), and says what it holds; a bad file gets one line naming the line and column (JSON) or
 * the row and column name (CSV), and exit code 1. With {@code --strict}, a unit outside the registry is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a devplan JSON file or a tidy/outline/annex CSV file; errors name line and column.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "A .json or .csv file.")
  Path input;

  @picocli.CommandLine.Option(names = "--strict", description = "Reject units outside devplan's unit registry.")
  boolean strict;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new Devplan.InputException(input + ": no such file");
    }
    String what;
    if (Inputs.isJson(input)) {
      Plan plan = PlanJson.read(input, strict ? JsonOptions.STRICT : JsonOptions.DEFAULT);
      what = String.format(Locale.ROOT, "a plan with %d chapters, %d indicators and %d observations",
          plan.allChapters().count(), plan.indicators().size(), plan.allObservations().count());
    } else if (Inputs.isCsv(input)) {
      String first = firstHeaderCell();
      CsvOptions options = CsvOptions.DEFAULT.withStrictUnits(strict);
      if (first.equals("plan_id")) {
        what = "a tidy table of " + PlanCsv.readTidy(input, options).rows().size() + " observations";
      } else if (first.equals("chapter_path")) {
        what = "an outline of " + PlanCsv.readOutline(input).size() + " chapters";
      } else if (first.equals("分组")) {
        what = "an annex table of " + PlanCsv.readAnnex(input, options).rows().size() + " rows";
      } else {
        throw new Devplan.InputException(input + ":1:1: unknown CSV layout: the header starts with \"" + first
            + "\", expected plan_id (tidy), chapter_path (outline) or 分组 (annex)");
      }
    } else {
      throw new Devplan.InputException(input + ": expected a .json or .csv file");
    }
    spec.commandLine().getOut().println(input + ": valid, " + what);
    return 0;
  }

  private String firstHeaderCell() {
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (line == null) {
        return "";
      }
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int comma = line.indexOf(',');
      return (comma < 0 ? line : line.substring(0, comma)).replace("\"", "").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
