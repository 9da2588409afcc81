package org.devplan.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.io.internal.IoBounds;
import org.devplan.io.internal.IoCodes;
import org.devplan.io.internal.IoCsvReader;
import org.devplan.io.internal.IoCsvWriter;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/** Reads and writes the tidy observation table. */
final class TidyCsv {

  private TidyCsv() {}

  static void write(TidyTable table, Writer out, CsvOptions options) {
    try (IoCsvWriter w = open(out, options)) {
      rows(table, w);
    }
  }

  /** A tidy CSV file on {@code out}, its header written. */
  static IoCsvWriter open(Writer out, CsvOptions options) {
    return new IoCsvWriter(out, TidyTable.COLUMNS, TidyTable.NUMERIC, options.bom(), options.crlf(),
        options.neutraliseFormulas());
  }

  /** Writes the rows of {@code table} (no header). */
  static void rows(TidyTable table, IoCsvWriter w) {
    String[] cells = new String[TidyTable.COLUMNS.size()];
    for (TidyRow r : table.rows()) {
      Observation o = r.observation();
      cells[0] = r.planId();
      cells[1] = r.region();
      cells[2] = Integer.toString(r.planYear());
      cells[3] = o.id();
      cells[4] = r.indicatorCode();
      cells[5] = r.indicatorName();
      cells[6] = r.group().orElse("");
      cells[7] = r.unit().equals(Unit.UNSPECIFIED) ? "" : r.unit().symbol();
      cells[8] = IoCodes.NATURE.code(r.nature());
      cells[9] = IoCodes.OBSERVATION_KIND.code(o.kind());
      cells[10] = Integer.toString(o.period().end());
      cells[11] = Integer.toString(o.period().start());
      cells[12] = IoCodes.AGGREGATION.code(o.period().aggregation());
      bound(o.level(), cells, 13);
      bound(o.growth(), cells, 18);
      cells[23] = o.isChange() ? "true" : "false";
      cells[24] = o.verb().orElse("");
      cells[25] = o.hedge().orElse("");
      cells[26] = o.status().map(IoCodes.STATUS::code).orElse("");
      cells[27] = o.chapter().orElse("");
      cells[28] = o.provenance().map(TidyCsv::source).orElse("");
      cells[29] = o.provenance().map(p -> IoCodes.ORIGIN.code(p.origin())).orElse("");
      cells[30] = r.concept().orElse("");
      w.row(cells);
    }
  }

  private static String source(Provenance p) {
    return IoCodes.ORIGIN.code(p.origin()) + ":" + p.start().line() + ":" + p.start().column();
  }

  /** Five cells from {@code at}: number, bound kind, low, high, text. */
  private static void bound(Optional<Bound> bound, String[] cells, int at) {
    if (bound.isEmpty()) {
      for (int i = 0; i < 5; i++) {
        cells[at + i] = "";
      }
      return;
    }
    Bound b = bound.get();
    cells[at] = b instanceof Bound.Single s ? s.value().toPlainString() : "";
    cells[at + 1] = IoCodes.BOUND_KIND.code(b.kind());
    cells[at + 2] = b instanceof Bound.Range r ? r.low().toPlainString() : "";
    cells[at + 3] = b instanceof Bound.Range r ? r.high().toPlainString() : "";
    cells[at + 4] = b.text();
  }

  static TidyTable read(IoCsvReader in, CsvOptions options) {
    in.requireColumns(TidyTable.COLUMNS);
    int[] c = new int[TidyTable.COLUMNS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = in.column(TidyTable.COLUMNS.get(i));
    }
    ImmutableList.Builder<TidyRow> rows = ImmutableList.builder();
    Map<String, FirstSeen<String>> idsByPlan = new HashMap<>();
    Map<String, FirstSeen<TidyRow>> indicatorsByPlan = new HashMap<>();
    FirstSeen<String> ids = null;
    FirstSeen<TidyRow> indicators = null;
    String plan = null;
    IoBounds cache = new IoBounds();
    TidyRow previous = null;
    while (in.next()) {
      String planId = required(in, c[0]);
      String region = required(in, c[1]);
      int planYear = integer(in, c[2]);
      String id = required(in, c[3]);
      if (ids == null || indicators == null || !planId.equals(plan)) {
        plan = planId;
        int lastIds = ids == null ? 0 : ids.size();
        int lastIndicators = indicators == null ? 0 : indicators.size();
        ids = idsByPlan.computeIfAbsent(planId, k -> new FirstSeen<>(lastIds));
        indicators = indicatorsByPlan.computeIfAbsent(planId, k -> new FirstSeen<>(lastIndicators));
      }
      if (ids.putIfAbsent(id, id) != null) {
        throw in.error(c[3], "observation id " + id + " occurs twice in plan " + planId);
      }
      String indicatorCode = required(in, c[4]);
      String indicatorName = required(in, c[5]);
      Optional<String> group = optional(in, c[6]);
      String symbol = in.cell(c[7]);
      Unit unit = symbol.isEmpty() ? Unit.UNSPECIFIED : unit(in, c[7], symbol, options.strictUnits(), cache);
      Indicator.Nature nature = constant(in, c[8], IoCodes.NATURE);
      Observation.Kind kind = constant(in, c[9], IoCodes.OBSERVATION_KIND);
      int year = integer(in, c[10]);
      int start = integer(in, c[11]);
      Period.Aggregation aggregation = constant(in, c[12], IoCodes.AGGREGATION);
      Period period;
      try {
        period = Period.of(start, year, aggregation);
      } catch (IllegalArgumentException e) {
        throw in.error(c[11], e);
      }
      Optional<Bound> level = bound(in, c, 13, options.strictUnits(), cache);
      Optional<Bound> growth = bound(in, c, 18, options.strictUnits(), cache);
      String change = in.cell(c[23]);
      if (!change.equals("true") && !change.equals("false")) {
        throw in.error(c[23], "expected true or false, found \"" + abbreviate(change) + "\"");
      }
      Optional<Observation.Status> status = in.cell(c[26]).isEmpty() ? Optional.empty()
          : Optional.of(constant(in, c[26], IoCodes.STATUS));
      Optional<Provenance> provenance = Optional.empty();
      String source = in.cell(c[28]);
      if (!source.isEmpty()) {
        provenance = Optional.of(provenance(in, c[28], source, planId));
      }
      String origin = provenance.map(p -> IoCodes.ORIGIN.code(p.origin())).orElse("");
      if (!in.cell(c[29]).equals(origin)) {
        throw in.error(c[29], origin.isEmpty() ? "must be empty when source is, found \""
            + abbreviate(in.cell(c[29])) + "\"" : "must be " + origin + " as in source, found \""
            + abbreviate(in.cell(c[29])) + "\"");
      }
      Observation o;
      try {
        o = new Observation.Builder().id(id).kind(kind).period(period).level(level).growth(growth)
            .isChange(change.equals("true")).verb(optional(in, c[24])).hedge(optional(in, c[25])).status(status)
            .chapter(optional(in, c[27])).provenance(provenance).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw in.rowError(e);
      }
      TidyRow row;
      try {
        row = new TidyRow(planId, region, planYear, indicatorCode, indicatorName, group, unit, nature, o,
            optional(in, c[30]));
      } catch (IllegalArgumentException e) {
        throw in.rowError(e);
      }
      TidyRow first = previous != null && previous.planId().equals(planId)
          && previous.indicatorCode().equals(indicatorCode) ? previous
          : indicators.putIfAbsent(indicatorCode, row);
      previous = first == null ? row : first;
      if (first != null) {
        checkSame(in, c[5], "name", first.indicatorName(), indicatorName, indicatorCode);
        checkSame(in, c[6], "group", first.group().orElse(""), group.orElse(""), indicatorCode);
        checkSame(in, c[7], "unit", first.unit().symbol(), unit.symbol(), indicatorCode);
        checkSame(in, c[8], "nature", IoCodes.NATURE.code(first.nature()), IoCodes.NATURE.code(nature),
            indicatorCode);
        checkSame(in, c[30], "concept", first.concept().orElse(""), row.concept().orElse(""), indicatorCode);
      }
      rows.add(row);
    }
    return new TidyTable(rows.build());
  }

  /** {@code table:line:column} or {@code narrative:line:column}. */
  private static Provenance provenance(IoCsvReader in, int column, String source, String document) {
    int c1 = source.indexOf(':');
    int c2 = c1 < 0 ? -1 : source.indexOf(':', c1 + 1);
    String origin = c1 < 0 ? "" : source.substring(0, c1);
    if (c2 < 0 || !(origin.equals("table") || origin.equals("narrative"))
        || !isNumber(source, c1 + 1, c2) || !isNumber(source, c2 + 1, source.length())) {
      throw in.error(column, "expected table:line:column or narrative:line:column, found \""
          + abbreviate(source) + "\"");
    }
    try {
      return new Provenance.Builder().document(document)
          .origin(origin.equals("table") ? Provenance.Origin.TABLE : Provenance.Origin.NARRATIVE)
          .start(Position.of(Integer.parseInt(source, c1 + 1, c2, 10), Integer.parseInt(source, c2 + 1,
              source.length(), 10)))
          .build();
    } catch (IllegalArgumentException e) {
      throw in.error(column, e);
    }
  }

  private static boolean isNumber(String s, int from, int to) {
    if (to - from < 1 || to - from > 9) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void checkSame(IoCsvReader in, int column, String what, String first, String here, String code) {
    if (!first.equals(here)) {
      throw in.error(column, "indicator " + code + " has " + what + " \"" + abbreviate(first)
          + "\" in an earlier row, \"" + abbreviate(here) + "\" here");
    }
  }

  /**
   * A bound from its five cells: empty cells mean no bound; else the kind and wording are required, the wording is
   * parsed with {@link Bound#parse} and the number, low and high cells must be exactly its figures as written
   * (plain decimals at their scale) or empty where it has none.
   */
  private static Optional<Bound> bound(IoCsvReader in, int[] c, int at, boolean strictUnits, IoBounds cache) {
    String number = in.cell(c[at]);
    String kind = in.cell(c[at + 1]);
    String low = in.cell(c[at + 2]);
    String high = in.cell(c[at + 3]);
    String text = in.cell(c[at + 4]);
    if (number.isEmpty() && kind.isEmpty() && low.isEmpty() && high.isEmpty() && text.isEmpty()) {
      return Optional.empty();
    }
    Bound.Kind k = constant(in, c[at + 1], IoCodes.BOUND_KIND);
    if (text.isEmpty()) {
      throw in.error(c[at + 4], "the wording is required when " + TidyTable.COLUMNS.get(at + 1) + " is given");
    }
    Bound b;
    try {
      b = cache.parse(text);
    } catch (PlanFormatException e) {
      throw in.error(c[at + 4], e.reason());
    }
    if (b.kind() != k) {
      throw in.error(c[at + 1], "\"" + abbreviate(text) + "\" reads as " + IoCodes.BOUND_KIND.code(b.kind()) + ", not " + kind);
    }
    agree(in, c[at], number, b instanceof Bound.Single s ? s.value() : null, text);
    agree(in, c[at + 2], low, b instanceof Bound.Range r ? r.low() : null, text);
    agree(in, c[at + 3], high, b instanceof Bound.Range r ? r.high() : null, text);
    if (strictUnits && b.unit().isPresent() && b.unit().get().isCustom()) {
      throw in.error(c[at + 4], "unknown unit \"" + b.unit().get() + "\" (strict read)");
    }
    return Optional.of(b);
  }

  /** Refuses {@code cell} unless it is {@code expected} as a plain decimal, or empty where there is none. */
  private static void agree(IoCsvReader in, int column, String cell, @Nullable BigDecimal expected, String text) {
    if (expected == null ? !cell.isEmpty() : !IoBounds.isPlainString(cell, expected)) {
      throw in.error(column, expected == null
          ? "must be empty: \"" + abbreviate(text) + "\" has no such figure, found \"" + abbreviate(cell) + "\""
          : "\"" + abbreviate(text) + "\" gives " + expected.toPlainString() + ", found \"" + abbreviate(cell) + "\"");
    }
  }

  static String required(IoCsvReader in, int column) {
    String s = in.cell(column);
    if (s.isEmpty()) {
      throw in.error(column, "a value is required");
    }
    return s;
  }

  static Optional<String> optional(IoCsvReader in, int column) {
    String s = in.cell(column);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  static int integer(IoCsvReader in, int column) {
    String s = in.cell(column);
    if (!isInteger(s)) {
      throw in.error(column, "expected an integer, found \"" + abbreviate(s) + "\"");
    }
    return Integer.parseInt(s);
  }

  private static boolean isInteger(String s) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    if (n - i < 1 || n - i > 9) {
      return false;
    }
    for (; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static <E extends Enum<E>> E constant(IoCsvReader in, int column, IoCodes<E> codes) {
    String s = in.cell(column);
    E e = codes.constant(s);
    if (e == null) {
      throw in.error(column, "expected one of " + codes.codes() + ", found \"" + abbreviate(s) + "\"");
    }
    return e;
  }

  static Unit unit(IoCsvReader in, int column, String symbol, boolean strict) {
    return unit(in, column, symbol, strict, new IoBounds());
  }

  static Unit unit(IoCsvReader in, int column, String symbol, boolean strict, IoBounds cache) {
    Unit u;
    try {
      u = cache.unit(symbol);
    } catch (IllegalArgumentException e) {
      throw in.error(column, e);
    }
    if (strict && u.isCustom()) {
      throw in.error(column, "unknown unit \"" + abbreviate(symbol) + "\" (strict read)");
    }
    return u;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }
}
