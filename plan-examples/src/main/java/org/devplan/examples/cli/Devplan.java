package org.devplan.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.devplan.model.PlanFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code devplan} command-line tool: import plan texts, print their report, convert and validate JSON and
 * CSV, and process a directory of plans. Exit codes: 0 success, 1 input errors, 2 usage errors. Errors print as one
 * line; {@code --verbose} adds the stack trace.
 *
 * <pre>{@code
 * java -jar plan-examples/target/devplan.jar report seeds/zibo-2026-plan.txt
 * java -jar plan-examples/target/devplan.jar import seeds/zibo-2026-plan.txt --json zibo.json --csv zibo.csv
 * }</pre>
 *
 * @since 0.1
 */
@Command(name = "devplan", mixinStandardHelpOptions = true, version = "devplan 0.1.0-SNAPSHOT",
    description = "Development plans as data: import, report, convert, validate, compare in a panel.",
    subcommands = {ImportCommand.class, ReportCommand.class, ConvertCommand.class, ValidateCommand.class,
        BatchCommand.class, PanelCommand.class, CommandLine.HelpCommand.class})
public final class Devplan implements Runnable {
  /** Exit code of a run with bad input (a file that does not parse, a missing file). */
  public static final int INPUT_ERROR = 1;
  /** Exit code of a run with bad arguments. */
  public static final int USAGE_ERROR = 2;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /**
   * Runs the tool, writing to {@code out} and {@code err}, and returns its exit code.
   *
   * <pre>{@code
   * int code = Devplan.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
   *     "report", "seeds/zibo-2026-plan.txt");
   * }</pre>
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Devplan());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      boolean verbose = parsed.matchedOption("--verbose") != null
          || parsed.asCommandLineList().stream().anyMatch(c -> c.getParseResult().matchedOption("--verbose") != null);
      line.getErr().println("devplan: " + oneLine(e));
      if (verbose) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return isInputError(e) ? INPUT_ERROR : CommandLine.ExitCode.SOFTWARE;
    });
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine at = e.getCommandLine();
      String name = at.getCommandName().equals("devplan") ? "" : " " + at.getCommandName();
      at.getErr().println("devplan: " + Terminal.escape(e.getMessage()) + " (see: devplan help" + name + ")");
      at.getErr().flush();
      return USAGE_ERROR;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("devplan: out of memory: the input is too large for this Java heap; give Java more, e.g. "
          + "java -Xmx4g -jar devplan.jar …");
      code = INPUT_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Errors of the input: parse errors, files, and a plan that a writer refuses (over a size limit its reader
   * would refuse too).
   */
  static boolean isInputError(Throwable e) {
    return e instanceof PlanFormatException || e instanceof UncheckedIOException || e instanceof InputException
        || e instanceof IllegalArgumentException;
  }

  /** The error as one line for a person: control characters escaped, library names replaced by the options. */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      message = describe(io.getCause());
    }
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return Terminal.escape(message.replace("PlanText.Options.withPlanYear", "--plan-year")
        .replace("PlanText.Options.withRegion", "--region").replace("PlanText.Options.withBaseYear", "--base-year"));
  }

  private static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return n.getFile() + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return a.getFile() + ": access denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "the file is not valid UTF-8";
    }
    return e.getMessage() == null ? "cannot read or write a file" : e.getMessage();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: import, report, convert, "
        + "validate, batch, panel or help");
  }

  /** Bad input that is not a parse error: a file of an unknown kind, an empty directory. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
