package org.devplan.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.OutlineRow;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devplan import plan.txt [--json F] [--csv F] [--annex-csv F] [--outline-csv F] [--tasks-csv F] [--xlsx F]
 * [--diagnostics F.csv [--diagnostics-all]]}. Says on standard error how many figures were read and how many numbers
 * of the text were not read.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a plan text; write JSON and CSV files (with no option, the JSON goes to standard output).")
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PLAN.txt", description = "The plan text (UTF-8, UTF-16 or GB18030); - for standard input.")
  Path input;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the plan as devplan JSON (- for standard output).")
  Path json;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the tidy observation CSV (- for standard output).")
  Path csv;

  @Option(names = "--annex-csv", paramLabel = "FILE", description = "Write the annex table in its wide layout.")
  Path annexCsv;

  @Option(names = "--outline-csv", paramLabel = "FILE", description = "Write the outline (one row per chapter).")
  Path outlineCsv;

  @Option(names = "--tasks-csv", paramLabel = "FILE", description = "Write the tasks and their targets.")
  Path tasksCsv;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "Write a spreadsheet: the tidy table and the annex, numbers as numbers.")
  Path xlsx;

  @Option(names = "--diagnostics", paramLabel = "FILE.csv",
      description = "Write the numbers of the text that were not read (line, column, text, reason).")
  Path diagnostics;

  @Option(names = "--diagnostics-all", description = "With --diagnostics: also every number that is no figure, with "
      + "what it is (year, date, rank, name …) as its reason.")
  boolean diagnosticsAll;

  @Option(names = "--excel", description = "Write CSV for spreadsheets: BOM, CRLF, formula-like text neutralised.")
  boolean excel;

  @picocli.CommandLine.Mixin
  TextOptions text = new TextOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (diagnosticsAll && diagnostics == null) {
      throw new Devplan.InputException("--diagnostics-all needs --diagnostics FILE.csv");
    }
    PlanText.Result result;
    if (input.toString().equals("-")) {
      result = PlanText.parser(text.options().withDocumentName("<stdin>")).reporting().parseStream(System.in);
    } else if (!java.nio.file.Files.isRegularFile(input)) {
      throw new Devplan.InputException(input + ": no such file");
    } else {
      result = PlanText.parser(text.options()).reporting().parseFile(input);
    }
    Plan plan = result.plan();
    CsvOptions options = excel ? CsvOptions.EXCEL : CsvOptions.DEFAULT;
    boolean any = false;
    PrintWriter out = spec.commandLine().getOut();
    if (json != null) {
      if (json.toString().equals("-")) {
        out.println(PlanJson.codec().formatToString(plan));
      } else {
        PlanJson.codec().formatFile(plan, json);
      }
      any = true;
    }
    if (csv != null) {
      if (csv.toString().equals("-")) {
        out.print(PlanCsv.tidy(options).formatToString(org.devplan.io.csv.TidyTable.of(plan)));
      } else {
        PlanCsv.tidy(options).formatFile(TidyTable.of(plan), csv);
      }
      any = true;
    }
    if (annexCsv != null) {
      PlanCsv.annex(options).formatFile(AnnexTable.of(plan), annexCsv);
      any = true;
    }
    if (outlineCsv != null) {
      PlanCsv.outline(options).formatFile(OutlineRow.of(plan), outlineCsv);
      any = true;
    }
    if (tasksCsv != null) {
      PlanCsv.tasks(options).formatFile(TaskRow.of(plan), tasksCsv);
      any = true;
    }
    if (xlsx != null) {
      PlanSheets.writeXlsx(plan, xlsx);
      any = true;
    }
    if (diagnostics != null) {
      PlanCsv.unread(options).formatFile(diagnosticsAll ? result.unread() : result.notRead(), diagnostics);
    }
    if (!any) {
      out.println(PlanJson.codec().formatToString(plan));
    } else {
      spec.commandLine().getErr().printf(java.util.Locale.ROOT, "imported %s (%s): %d chapters, %d indicators, %d "
          + "observations%n", Terminal.escape(input.toString()), result.encoding().map(Object::toString).orElse("text"),
          plan.allChapters().count(), plan.indicators().size(), plan.allObservations().count());
    }
    int notRead = result.notRead().size();
    spec.commandLine().getErr().printf(java.util.Locale.ROOT, "%d figures read; %d %s not read%s%n",
        plan.allObservations().count(), notRead, notRead == 1 ? "number" : "numbers", notRead == 0 ? ""
            : diagnostics == null ? ": see --diagnostics" : ": listed in " + Terminal.escape(diagnostics.toString()));
    return 0;
  }
}
