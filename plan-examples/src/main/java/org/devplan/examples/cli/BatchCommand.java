package org.devplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyCsvWriter;
import org.devplan.io.json.PlanJson;
import org.devplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code devplan batch DIR --out DIR}: imports every plan text ({@code *.txt}) of a directory, writes one JSON and
 * one tidy CSV per plan and a combined tidy CSV of all of them; a bad file is reported and the rest processed. On a
 * terminal a progress line shows the file at hand. Exit code 1 if any file failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Import every *.txt plan of a directory: one JSON and CSV per plan plus a combined tidy CSV.")
final class BatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The directory of plan texts.")
  Path directory;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the results.")
  Path out;

  @Option(names = "--combined", paramLabel = "FILE", defaultValue = "all-plans.csv",
      description = "Name of the combined tidy CSV inside --out (default ${DEFAULT-VALUE}).")
  String combined;

  @picocli.CommandLine.Mixin
  TextOptions text = new TextOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(directory)) {
      throw new Devplan.InputException(directory + ": no such directory");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> Inputs.extension(p).equals("txt") && Files.isRegularFile(p)).sorted().toList();
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new Devplan.InputException(directory + ": no *.txt plan texts");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    Path combinedCsv = out.resolve(combined);
    List<String> failures = new ArrayList<>();
    int done = 0;
    try (TidyCsvWriter all = PlanCsv.writeTidyAll(combinedCsv, CsvOptions.DEFAULT)) {
      for (Path file : files) {
        done++;
        if (terminal) {
          err.printf(Locale.ROOT, "\r[%d/%d] %s\u001B[K", done, files.size(), file.getFileName());
          err.flush();
        }
        try {
          Plan plan = Inputs.plan(file, text.options());
          String stem = Inputs.stem(file);
          PlanJson.write(plan, out.resolve(stem + ".json"));
          PlanCsv.writeTidy(plan, out.resolve(stem + ".csv"));
          all.write(plan);
        } catch (RuntimeException e) {
          if (!Devplan.isInputError(e)) {
            throw e;
          }
          failures.add(file.getFileName() + ": " + Devplan.oneLine(e));
        }
      }
    }
    if (terminal) {
      err.print("\r\u001B[K");
    }
    failures.forEach(f -> err.println("devplan: " + f));
    spec.commandLine().getOut().printf(Locale.ROOT, "imported %d of %d plans into %s (combined: %s)%s%n",
        files.size() - failures.size(), files.size(), out, combinedCsv.getFileName(),
        failures.isEmpty() ? "" : "; " + failures.size() + " failed");
    return failures.isEmpty() ? 0 : Devplan.INPUT_ERROR;
  }
}
