package org.devplan.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.devplan.calc.CalcContext;
import org.devplan.calc.Calculator;
import org.devplan.calc.PlanPanel;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devplan panel FILES|DIRS --csv panel.csv [--wide] [--reference FILE] [--html F] [--xlsx F]}: plans side by
 * side by concept.
 */
@Command(name = "panel", mixinStandardHelpOptions = true,
    description = "Compare plans by concept (gdp, retail-sales …): one row per plan, concept, year and kind.")
final class PanelCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILES|DIRS",
      description = "Plan texts or devplan JSON files, or folders of them (*.txt, *.json).")
  List<Path> inputs;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the panel as CSV.")
  Path csv;

  @Option(names = "--wide", description = "Write the CSV wide: one row per plan, columns concept.year.kind.")
  boolean wide;

  @Option(names = "--reference", paramLabel = "FILE",
      description = "A reference plan (the nation for provinces): escalation is measured against it.")
  Path reference;

  @Option(names = "--attainment-csv", paramLabel = "FILE",
      description = "Write each year's target against that year's actual as a CSV.")
  Path attainmentCsv;

  @Option(names = "--escalation-csv", paramLabel = "FILE",
      description = "Write each target minus the reference plan's target as a CSV (needs --reference).")
  Path escalationCsv;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the panel's charts as one HTML file.")
  Path html;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "Write the panel, wide and attainment sheets (and escalation, with --reference).")
  Path xlsx;

  @Option(names = "--plan-year", paramLabel = "YEAR", description = "The plan year of texts whose title lacks it.")
  Integer planYear;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (csv == null && xlsx == null && html == null && attainmentCsv == null && escalationCsv == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "say where to write: --csv, --xlsx or --html");
    }
    if (escalationCsv != null && reference == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--escalation-csv needs --reference: the plan the targets are measured against");
    }
    PlanText.Options options = planYear == null ? PlanText.Options.defaults()
        : PlanText.Options.defaults().withPlanYear(planYear);
    List<Plan> plans = new ArrayList<>();
    for (Path p : files()) {
      plans.add(Inputs.plan(p, options));
    }
    Calculator calc = CalcContext.defaults().calc();
    PlanPanel panel = reference == null ? calc.panel(plans) : calc.panelAgainst(Inputs.plan(reference, options), plans);
    Sheet table = wide ? PanelTables.wideTable(panel) : PanelTables.longTable(panel);
    if (csv != null) {
      table.writeCsv(csv);
    }
    if (attainmentCsv != null) {
      PanelTables.attainments(panel).writeCsv(attainmentCsv);
    }
    if (escalationCsv != null) {
      PanelTables.escalations(panel).writeCsv(escalationCsv);
    }
    if (xlsx != null) {
      List<Sheet> sheets = new ArrayList<>(List.of(PanelTables.longTable(panel), PanelTables.wideTable(panel),
          PanelTables.attainments(panel)));
      if (reference != null) {
        sheets.add(PanelTables.escalations(panel));
      }
      Sheet.writeXlsx(sheets, xlsx);
    }
    if (html != null) {
      PanelHtml.write(panel, html);
    }
    spec.commandLine().getErr().printf(java.util.Locale.ROOT, "panel of %d plans: %d rows%n", plans.size(),
        panel.rows().size());
    return 0;
  }

  private List<Path> files() {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> found = s.filter(f -> Inputs.isJson(f) || Inputs.extension(f).equals("txt")).sorted().toList();
          if (found.isEmpty()) {
            throw new Devplan.InputException(p + ": no plan texts (*.txt) or JSON files (*.json) in the folder");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(p);
      }
    }
    return files.build();
  }
}
