package org.devplan.io.csv;

import static org.devplan.io.csv.TidyCsv.abbreviate;
import static org.devplan.io.csv.TidyCsv.integer;
import static org.devplan.io.csv.TidyCsv.optional;
import static org.devplan.io.csv.TidyCsv.required;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.devplan.io.internal.IoCodes;
import org.devplan.io.internal.IoCsvReader;
import org.devplan.io.internal.IoCsvWriter;
import org.devplan.io.text.UnreadNumber;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Unit;

/** Reads and writes the outline, annex, task and numbers-not-read tables. */
final class SheetCsv {
  private static final Pattern ACTUAL = Pattern.compile("([0-9]{4})年完成·(绝对值|增长%)");
  private static final Pattern TARGET = Pattern.compile("([0-9]{4})年预期·(绝对值|增长%)");

  private SheetCsv() {}

  // ---- outline

  static void writeOutline(List<OutlineRow> rows, Writer out, CsvOptions options) {
    try (IoCsvWriter w = new IoCsvWriter(out, OutlineRow.COLUMNS, List.of("depth", "line"), options.bom(),
        options.crlf(), options.neutraliseFormulas())) {
      for (OutlineRow r : rows) {
        w.row(r.chapterPath(), Integer.toString(r.depth()), r.label(), r.title(),
            r.line().map(String::valueOf).orElse(""));
      }
    }
  }

  static ImmutableList<OutlineRow> readOutline(IoCsvReader in) {
    in.requireColumns(OutlineRow.COLUMNS);
    ImmutableList.Builder<OutlineRow> rows = ImmutableList.builder();
    int path = in.column("chapter_path");
    int depth = in.column("depth");
    int line = in.column("line");
    while (in.next()) {
      String p = required(in, path);
      int d = integer(in, depth);
      Optional<Integer> l = in.cell(line).isEmpty() ? Optional.empty() : Optional.of(integer(in, line));
      try {
        rows.add(new OutlineRow(p, d, in.cell("label"), in.cell("title"), l));
      } catch (IllegalArgumentException e) {
        throw in.error(path, e);
      }
    }
    return rows.build();
  }

  // ---- annex

  static void writeAnnex(AnnexTable table, Writer out, CsvOptions options) {
    try (IoCsvWriter w = new IoCsvWriter(out, AnnexTable.header(table.baseYear(), table.planYear()), List.of(),
        options.bom(), options.crlf(), options.neutraliseFormulas())) {
      for (AnnexRow row : table.rows()) {
        if (row instanceof AnnexRow.Group g) {
          w.row(g.label(), "", "", "", "", "", "", "");
        } else if (row instanceof AnnexRow.Line l) {
          w.row(l.group().orElse(""), l.name(), l.unit().symbol(), text(l.actualLevel()), text(l.actualGrowth()),
              text(l.targetLevel()), text(l.targetGrowth()), nature(l.nature()));
        }
      }
    }
  }

  private static String text(Optional<Bound> b) {
    return b.map(Bound::text).orElse("");
  }

  private static String nature(Indicator.Nature n) {
    return switch (n) {
      case EXPECTED -> "预期性";
      case BINDING -> "约束性";
      case UNSPECIFIED -> "";
    };
  }

  static AnnexTable readAnnex(IoCsvReader in, CsvOptions options) {
    ImmutableList<String> header = in.header();
    int baseYear = year(in, header, ACTUAL);
    int planYear = year(in, header, TARGET);
    if (baseYear > planYear) {
      throw in.error(0, "the 完成 year " + baseYear + " is after the 预期 year " + planYear);
    }
    ImmutableList<String> expected = AnnexTable.header(baseYear, planYear);
    in.requireColumns(expected);
    int[] c = expected.stream().mapToInt(in::column).toArray();
    ImmutableList.Builder<AnnexRow> rows = ImmutableList.builder();
    while (in.next()) {
      if (in.cell(c[1]).isEmpty()) {
        String label = required(in, c[0]);
        for (int i = 1; i < c.length; i++) {
          if (!in.cell(c[i]).isEmpty()) {
            throw in.error(c[i], "a group row (no 指标名称) has only its 分组 cell");
          }
        }
        rows.add(new AnnexRow.Group(label));
        continue;
      }
      Unit unit = TidyCsv.unit(in, c[2], required(in, c[2]), options.strictUnits());
      String n = in.cell(c[7]);
      Indicator.Nature nature = switch (n) {
        case "预期性" -> Indicator.Nature.EXPECTED;
        case "约束性" -> Indicator.Nature.BINDING;
        case "" -> Indicator.Nature.UNSPECIFIED;
        default -> throw in.error(c[7], "expected 预期性, 约束性 or nothing, found \"" + abbreviate(n) + "\"");
      };
      try {
        rows.add(new AnnexRow.Line(optional(in, c[0]), in.cell(c[1]), unit, bound(in, c[3], options),
            bound(in, c[4], options), bound(in, c[5], options), bound(in, c[6], options), nature));
      } catch (IllegalArgumentException e) {
        throw in.rowError(e);
      }
    }
    return new AnnexTable(baseYear, planYear, rows.build());
  }

  private static int year(IoCsvReader in, List<String> header, Pattern p) {
    Map<String, List<String>> years = header.stream().map(p::matcher).filter(Matcher::matches)
        .collect(Collectors.groupingBy(m -> m.group(1), Collectors.mapping(m -> m.group(2), Collectors.toList())));
    if (years.size() != 1) {
      throw in.error(0, "expected the columns " + p.pattern().replace("([0-9]{4})", "<year>")
          + " for one year, found " + (years.isEmpty() ? "none" : String.join(", ", years.keySet())));
    }
    return Integer.parseInt(years.keySet().iterator().next());
  }

  private static Optional<Bound> bound(IoCsvReader in, int column, CsvOptions options) {
    String text = in.cell(column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Bound b = Bound.parse(text);
      if (options.strictUnits() && b.unit().isPresent() && b.unit().get().isCustom()) {
        throw in.error(column, "unknown unit \"" + b.unit().get() + "\" (strict read)");
      }
      return Optional.of(b);
    } catch (PlanFormatException e) {
      if (e.reason().startsWith("row ")) {
        throw e;
      }
      throw in.error(column, e.reason());
    }
  }

  // ---- tasks

  static void writeTasks(List<TaskRow> rows, Writer out, CsvOptions options) {
    try (IoCsvWriter w = new IoCsvWriter(out, TaskRow.COLUMNS, List.of("year", "level", "growth_pct"),
        options.bom(), options.crlf(), options.neutraliseFormulas())) {
      for (TaskRow r : rows) {
        String label = r.label().orElse("");
        if (r.target().isEmpty()) {
          w.row(r.taskId(), r.chapterPath(), label, r.title(), "", "", "", "", "", "", "", "");
          continue;
        }
        TaskRow.Target t = r.target().get();
        w.row(r.taskId(), r.chapterPath(), label, r.title(), t.observationId(), t.indicatorCode(),
            IoCodes.OBSERVATION_KIND.code(t.kind()), Integer.toString(t.year()), text(t.level()), number(t.level()),
            text(t.growth()), number(t.growth()));
      }
    }
  }

  private static String number(Optional<Bound> b) {
    return b.flatMap(Bound::number).map(java.math.BigDecimal::toPlainString).orElse("");
  }

  static ImmutableList<TaskRow> readTasks(IoCsvReader in, CsvOptions options) {
    in.requireColumns(TaskRow.COLUMNS);
    int[] c = TaskRow.COLUMNS.stream().mapToInt(in::column).toArray();
    ImmutableList.Builder<TaskRow> rows = ImmutableList.builder();
    while (in.next()) {
      Optional<TaskRow.Target> target = Optional.empty();
      if (in.cell(c[4]).isEmpty()) {
        for (int i = 5; i < c.length; i++) {
          if (!in.cell(c[i]).isEmpty()) {
            throw in.error(c[i], "a row without observation_id (a task that states no figure) has no figure cells");
          }
        }
      } else {
        Optional<Bound> level = taskBound(in, c[8], c[9], options);
        Optional<Bound> growth = taskBound(in, c[10], c[11], options);
        target = Optional.of(new TaskRow.Target(in.cell(c[4]), required(in, c[5]),
            TidyCsv.constant(in, c[6], IoCodes.OBSERVATION_KIND), integer(in, c[7]), level, growth));
      }
      try {
        rows.add(new TaskRow(required(in, c[0]), required(in, c[1]), optional(in, c[2]), required(in, c[3]),
            target));
      } catch (IllegalArgumentException e) {
        throw in.rowError(e);
      }
    }
    return rows.build();
  }

  /** A bound from its wording and its figure cell, which must be the wording's figure (or empty if it has none). */
  private static Optional<Bound> taskBound(IoCsvReader in, int textColumn, int numberColumn, CsvOptions options) {
    Optional<Bound> b = bound(in, textColumn, options);
    String expected = number(b);
    String found = in.cell(numberColumn);
    if (!found.equals(expected)) {
      throw in.error(numberColumn, b.isEmpty() ? "must be empty when " + TaskRow.COLUMNS.get(textColumn)
          + " is, found \"" + abbreviate(found) + "\"" : "\"" + abbreviate(b.get().text()) + "\" gives "
          + (expected.isEmpty() ? "no figure" : expected) + ", found \"" + abbreviate(found) + "\"");
    }
    return b;
  }

  // ---- numbers not read

  static final ImmutableList<String> UNREAD_COLUMNS = ImmutableList.of("line", "column", "text", "reason");

  static void writeUnread(List<UnreadNumber> numbers, Writer out, CsvOptions options) {
    try (IoCsvWriter w = new IoCsvWriter(out, UNREAD_COLUMNS, List.of("line", "column"), options.bom(),
        options.crlf(), options.neutraliseFormulas())) {
      for (UnreadNumber n : numbers) {
        w.row(Integer.toString(n.line()), Integer.toString(n.column()), n.text(), n.reason());
      }
    }
  }

  /** The numbers of a diagnostics table; line and column are positive, text and reason not empty. */
  static ImmutableList<UnreadNumber> readUnread(IoCsvReader in) {
    in.requireColumns(UNREAD_COLUMNS);
    int[] c = UNREAD_COLUMNS.stream().mapToInt(in::column).toArray();
    ImmutableList.Builder<UnreadNumber> numbers = ImmutableList.builder();
    while (in.next()) {
      numbers.add(new UnreadNumber(position(in, c[0]), position(in, c[1]), required(in, c[2]),
          required(in, c[3])));
    }
    return numbers.build();
  }

  private static int position(IoCsvReader in, int column) {
    int n = integer(in, column);
    if (n < 1) {
      throw in.error(column, "expected a positive integer, found " + n);
    }
    return n;
  }

  // ---- header only

  static void writeHeader(List<String> header, Writer out, CsvOptions options) {
    new IoCsvWriter(out, header, List.of(), options.bom(), options.crlf(), options.neutraliseFormulas()).close();
  }
}
