package org.devplan.examples.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Region;
import org.devplan.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code devplan convert IN OUT}: a plan (text or JSON) to JSON or to one of the CSV layouts, and a tidy or annex
 * CSV back to a JSON plan of indicators. A CSV holds no chapter tree: converting one to JSON keeps every indicator
 * and observation but drops the observations' chapter references (the command says so).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert a plan between JSON and CSV (tidy, annex, outline or tasks layout).")
final class ConvertCommand implements Callable<Integer> {
  enum Layout { TIDY, ANNEX, OUTLINE, TASKS }

  @Parameters(index = "0", paramLabel = "IN", description = "A plan text, a devplan JSON file or a CSV file.")
  Path input;

  @Parameters(index = "1", paramLabel = "OUT", description = "A .json or .csv file to write.")
  Path output;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "TIDY",
      description = "The CSV layout: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Layout layout;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "Also write a spreadsheet of the plan: the tidy table and the annex, numbers as numbers.")
  Path xlsx;

  @Option(names = "--excel", description = "CSV for spreadsheets: written with BOM, CRLF and formula-like text guarded by a '; read with "
          + "that guard removed.")
  boolean excel;

  @Option(names = "--id", description = "Plan id for a CSV converted to JSON (default: the file name).")
  String id;

  @Option(names = "--region", description = "Region for an annex CSV converted to JSON.")
  String region;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Inputs.isJson(output) && !Inputs.isCsv(output)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "OUT must end in .json or .csv: " + output);
    }
    if (Inputs.isCsv(input)) {
      if (!Inputs.isJson(output)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "a CSV converts to .json only");
      }
      Plan plan = fromCsv();
      PlanJson.codec().formatFile(plan, output);
      if (xlsx != null) {
        PlanSheets.writeXlsx(plan, xlsx);
      }
      spec.commandLine().getErr().println("note: a CSV has no chapter tree; chapter references were dropped");
      return 0;
    }
    Plan plan = Inputs.plan(input, PlanText.Options.defaults());
    CsvOptions options = csvOptions();
    if (Inputs.isJson(output)) {
      PlanJson.codec().formatFile(plan, output);
    } else {
      switch (layout) {
        case TIDY -> PlanCsv.tidy(options).formatFile(TidyTable.of(plan), output);
        case ANNEX -> PlanCsv.annex(options).formatFile(AnnexTable.of(plan), output);
        case OUTLINE -> PlanCsv.outline(options).formatFile(OutlineRow.of(plan), output);
        case TASKS -> PlanCsv.tasks(options).formatFile(TaskRow.of(plan), output);
      }
    }
    if (xlsx != null) {
      PlanSheets.writeXlsx(plan, xlsx);
    }
    return 0;
  }

  /** The CSV options of both sides: what --excel guarded when writing, it unguards when reading. */
  private CsvOptions csvOptions() {
    return excel ? CsvOptions.EXCEL : CsvOptions.DEFAULT;
  }

  private Plan fromCsv() {
    String planId = id != null ? id : Inputs.stem(input);
    if (layout == Layout.ANNEX) {
      AnnexTable annex = PlanCsv.annex(csvOptions()).parseFile(input);
      if (region == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--region is needed for an annex CSV");
      }
      return plan(planId, region, annex.planYear(), annex.indicators());
    }
    if (layout != Layout.TIDY) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "only the tidy and annex layouts convert to JSON, not " + layout.name().toLowerCase(Locale.ROOT));
    }
    TidyTable table = PlanCsv.tidy(csvOptions()).parseFile(input);
    if (table.rows().isEmpty()) {
      throw new Devplan.InputException(input + ": the table has no rows");
    }
    TidyRow first = table.rows().get(0);
    return plan(id != null ? id : first.planId(), first.region(), first.planYear(), table.indicators());
  }

  private static Plan plan(String id, String region, int planYear, ImmutableList<Indicator> indicators) {
    ImmutableList<Indicator> withoutChapters = indicators.stream()
        .map(i -> i.withObservations(i.observations().stream().map(ConvertCommand::withoutChapter).toList()))
        .collect(ImmutableList.toImmutableList());
    return new Plan.Builder().id(id).title(id).kind(Plan.Kind.ANNUAL_PLAN).region(Region.of(region))
        .planYear(planYear).source(Source.of(id)).indicators(withoutChapters).build();
  }

  private static Observation withoutChapter(Observation o) {
    return o.withChapter(java.util.Optional.empty());
  }
}
