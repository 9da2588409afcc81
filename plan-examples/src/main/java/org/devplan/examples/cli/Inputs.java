package org.devplan.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.devplan.io.json.PlanJson;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;

/** Reads a plan from a plan text or a devplan JSON file, by its extension. */
final class Inputs {
  private Inputs() {}

  static boolean isJson(Path path) {
    return extension(path).equals("json");
  }

  static boolean isCsv(Path path) {
    return extension(path).equals("csv");
  }

  static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The plan in {@code path}: JSON if it ends in {@code .json}, else a plan text read with {@code options};
   * {@code -} is a plan text on standard input.
   */
  static Plan plan(Path path, PlanText.Options options) {
    if (path.toString().equals("-")) {
      return PlanText.parser(options.withDocumentName("<stdin>")).parseStream(System.in);
    }
    if (!Files.isRegularFile(path)) {
      throw new Devplan.InputException(path + ": no such file");
    }
    return isJson(path) ? PlanJson.codec().parseFile(path) : PlanText.parser(options).parseFile(path);
  }

  /** The file name without its extension. */
  static String stem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
