package org.devplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyCsvWriter;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.PlanJson;
import org.devplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devplan batch DIR --out DIR}: imports every plan text ({@code *.txt}) of a directory, writes one JSON and
 * one tidy CSV per plan and a combined tidy CSV of all of them; a bad file is reported and the rest processed. On a
 * terminal a progress bar shows the file at hand and a line per file its result. Files whose outputs would replace
 * each other's (a.txt and a.TXT, or a plan named like the combined CSV) are not imported but reported. Exit code 1
 * if any file failed.
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
    if (combined.isEmpty() || combined.contains("/") || combined.contains("\\") || combined.equals("..")
        || combined.equals(".") || !Inputs.extension(Path.of(combined)).equals("csv")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--combined must be a file name ending "
          + "in .csv, written inside --out, not " + Terminal.escape(combined));
    }
    PrintWriter err = spec.commandLine().getErr();
    @SuppressWarnings("SystemConsoleNull") // on Java 17, our release, no console is how a pipe shows
    boolean terminal = System.console() != null;
    Path combinedCsv = out.resolve(combined);
    List<String> failures = new ArrayList<>();
    Map<String, Path> outputs = new HashMap<>();
    outputs.put(key(combined), Path.of(combined));
    int done = 0;
    try (TidyCsvWriter all = PlanCsv.tidy().formatAllFile(combinedCsv)) {
      for (Path file : files) {
        done++;
        if (terminal) {
          progress(err, done, files.size(), file);
        }
        String stem = Inputs.stem(file);
        Path other = outputs.putIfAbsent(key(stem + ".csv"), file);
        if (other != null) {
          failures.add(name(file) + ": not imported: its outputs " + Terminal.escape(stem) + ".json and .csv would "
              + "replace those of " + name(other) + " (rename one of them)");
          continue;
        }
        try {
          Plan plan = Inputs.plan(file, text.options());
          PlanJson.codec().formatFile(plan, out.resolve(stem + ".json"));
          PlanCsv.tidy().formatFile(TidyTable.of(plan), out.resolve(stem + ".csv"));
          all.write(plan);
          if (terminal) {
            err.printf(Locale.ROOT, "\r\u001B[K  ok      %s (%d indicators)%n", name(file), plan.indicators().size());
          }
        } catch (RuntimeException e) {
          if (!Devplan.isInputError(e)) {
            throw e;
          }
          failures.add(name(file) + ": " + Devplan.oneLine(e));
          if (terminal) {
            err.printf(Locale.ROOT, "\r\u001B[K  failed  %s%n", name(file));
          }
        }
      }
    }
    if (terminal) {
      err.print("\r\u001B[K");
    }
    failures.forEach(f -> err.println("devplan: " + f));
    spec.commandLine().getOut().printf(Locale.ROOT, "imported %d of %d plans into %s (combined: %s)%s%n",
        files.size() - failures.size(), files.size(), Terminal.escape(out.toString()), name(combinedCsv),
        failures.isEmpty() ? "" : "; " + failures.size() + " failed");
    return failures.isEmpty() ? 0 : Devplan.INPUT_ERROR;
  }

  /** Output names collide when they differ only in case (a.txt and a.TXT; case-insensitive file systems). */
  private static String key(String fileName) {
    return fileName.toLowerCase(Locale.ROOT);
  }

  private static String name(Path file) {
    return Terminal.escape(file.getFileName().toString());
  }

  /** A progress bar: {@code [#####·····] 5/10 plan.txt}. */
  private static void progress(PrintWriter err, int done, int total, Path file) {
    int width = 20;
    int filled = done * width / total;
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s\u001B[K", "#".repeat(filled), "·".repeat(width - filled), done,
        total, name(file));
    err.flush();
  }
}
