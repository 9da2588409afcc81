package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Stage 6 for tables: the rows of an indicator table to draft indicators. Reads one or two header rows
 * (指标名称 | 单位 | 属性 | 2025年完成 | 2026年预期, then 绝对值 | 增长% under each year), group rows (一、经济发展,
 * with or without data), merged cells (one cell per year), numbered names with the unit in parentheses, a
 * category column, and cells such as {@code 5以上}, {@code —}, {@code 〔13.5〕}, {@code 6.2*},
 * {@code 702.6（增长6.6%）}, {@code 力争12}, {@code 止跌回稳}.
 */
public final class TableReader {
  private final Vocabulary v;
  private final int planYear;
  private final int baseYear;

  /** A reader for a plan of {@code planYear} reporting on {@code baseYear}. */
  public TableReader(Vocabulary v, int planYear, int baseYear) {
    this.v = v;
    this.planYear = planYear;
    this.baseYear = baseYear;
  }

  /** What a column holds. */
  enum Role { NAME, UNIT, NATURE, CATEGORY, REMARK, OTHER, FIGURE }

  /** What a figure column's cells are. */
  enum Quantity { LEVEL, GROWTH, AUTO }

  /** One column. */
  record Column(Role role, int year, Observation.Kind kind, boolean estimate, boolean period, Quantity quantity) {
    static Column of(Role role) {
      return new Column(role, 0, Observation.Kind.ACTUAL, false, false, Quantity.AUTO);
    }
  }

  /** One observation read from a row, before ids are given. */
  public record Figure(Observation.Kind kind, Period period, Optional<Bound> level, Optional<Bound> growth,
      Optional<String> hedge, Optional<Observation.Status> status, int row, int cell, int start) {}

  /** One indicator row. */
  public record Entry(String name, Unit unit, Optional<String> group, Indicator.Nature nature, List<Figure> figures,
      int row, int start) {}

  /** The indicator rows of {@code table}; empty if it has no recognisable header. */
  public List<Entry> read(Table table) {
    return read(table, 0);
  }

  /**
   * The indicator rows of {@code table}, whose caption names {@code captionYear} (0 if none): columns headed
   * 全年目标 / 实际完成 / 绝对数 / 比上年增长 without a year of their own are of that year, else of the base year when the table has a
   * completion column, else of the plan year.
   */
  public List<Entry> read(Table table, int captionYear) {
    List<Table.Row> rows = table.rows();
    int h = 0;
    while (h < rows.size() && h < 3 && isHeader(rows.get(h))) {
      h++;
    }
    if (h == 0) {
      return List.of();
    }
    Header header = header(datedColumns(columns(rows.get(0), h > 1 ? rows.get(1) : null), captionYear));
    if (header.yearGroups().isEmpty()) {
      return List.of(); // no figure column: a list of tasks (序号 | 主要工作任务 | 责任单位), not of indicators
    }
    List<Entry> out = new ArrayList<>();
    Groups groups = new Groups();
    for (int r = h; r < rows.size(); r++) {
      List<Table.Cell> cells = rows.get(r).cells();
      if (cells.isEmpty() || cells.stream().allMatch(c -> c.text().isEmpty())) {
        continue;
      }
      groups.rowNo++;
      Entry e = entry(cells, header, groups);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The columns of a table: the name column, the category column (0, or -1 if none) and one figure column per
   * year, for rows whose cells of one year are merged.
   */
  private record Header(List<Column> columns, int nameCol, int catCol, List<Column> yearGroups) {}

  /** The group and category the rows so far are in, and the number of the row. */
  private static final class Groups {
    @Nullable String group;
    @Nullable String category;
    int rowNo;
  }

  /** What a row's cells other than its name say. */
  private record Cells(String unitText, Indicator.Nature nature, List<Figure> figures) {}

  private static Header header(List<Column> columns) {
    int nameCol = -1;
    for (int c = 0; c < columns.size() && nameCol < 0; c++) {
      nameCol = columns.get(c).role() == Role.NAME ? c : -1;
    }
    if (nameCol < 0) {
      nameCol = columns.get(0).role() == Role.CATEGORY ? 1 : 0;
    }
    List<Column> yearGroups = new ArrayList<>();
    for (Column col : columns) {
      if (col.role() == Role.FIGURE && (yearGroups.isEmpty() || !sameYear(yearGroups.get(yearGroups.size() - 1), col))) {
        yearGroups.add(new Column(Role.FIGURE, col.year(), col.kind(), col.estimate(), col.period(), Quantity.AUTO));
      }
    }
    return new Header(columns, nameCol, columns.get(0).role() == Role.CATEGORY ? 0 : -1, yearGroups);
  }

  /** The indicator row {@code cells}, or null for a group row without figures or a row without a name. */
  private @Nullable Entry entry(List<Table.Cell> cells, Header header, Groups groups) {
    int nameCol = header.nameCol();
    List<Column> cols = header.columns();
    if (cells.size() != cols.size()
        && cells.size() == nameCol + 1 + unitColumns(cols, nameCol) + header.yearGroups().size()) {
      cols = merged(cols, nameCol, header.yearGroups());
    }
    if (header.catCol() == 0 && !cells.get(0).text().isEmpty()) {
      groups.category = cells.get(0).text();
    }
    if (nameCol >= cells.size()) {
      return null;
    }
    Table.Cell nameCell = cells.get(nameCol);
    String rawName = unspaced(nameCell.original().isEmpty() ? nameCell.text() : nameCell.original());
    boolean rest = false;
    for (int c = nameCol + 1; c < cells.size(); c++) {
      rest |= !cells.get(c).text().isEmpty();
    }
    int[] num = groupNumber(unspaced(nameCell.text()));
    if (num != null) {
      groups.group = stripSpaces(unspaced(nameCell.text()).substring(num[1]));
      if (!rest) {
        return null;
      }
    }
    Cells read = cells(cells, cols, groups.rowNo);
    String[] nameAndUnit = unitInName(num != null ? groups.group : stripNumbering(rawName));
    String name = nameAndUnit[0];
    String unitText = read.unitText();
    if ((unitText == null || unitText.isEmpty()) && nameAndUnit[1] != null) {
      unitText = nameAndUnit[1];
    }
    if (name.isBlank()) {
      return null;
    }
    Unit unit = unitText == null || unitText.isBlank() || unitText.chars().anyMatch(Character::isDigit)
        ? v.tableUnit : Unit.of(unitText.strip());
    String g = header.catCol() == 0 ? groups.category : groups.group;
    return new Entry(name, unit, Optional.ofNullable(g == null || g.isBlank() ? null : g), read.nature(),
        dropRedundantAbsent(read.figures()), groups.rowNo, nameCell.start());
  }

  private Cells cells(List<Table.Cell> cells, List<Column> cols, int rowNo) {
    String unitText = null;
    Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
    String remark = "";
    List<Figure> figures = new ArrayList<>();
    for (int c = 0; c < cells.size() && c < cols.size(); c++) {
      Column col = cols.get(c);
      String text = cells.get(c).original().replace('\u00A0', ' ').strip();
      switch (col.role()) {
        case UNIT -> unitText = text;
        case NATURE -> nature = Optional.ofNullable(v.headerRole(text, "nature")).map(Indicator.Nature::valueOf)
            .orElse(Indicator.Nature.UNSPECIFIED);
        case FIGURE -> {
          Figure f = text.isEmpty() ? null : figure(text, col, rowNo, c + 1, cells.get(c).start());
          if (f != null) {
            figures.add(f);
          }
        }
        case REMARK -> remark = text;
        default -> { }
      }
    }
    Bound level = remark.isEmpty() ? null : bound(remark);
    if (level != null && level.isNumeric() && level.unit().filter(u -> !u.isPercentLike()).isPresent()) {
      unitText = unitText == null || unitText.isEmpty() ? level.unit().get().symbol() : unitText;
      withLevel(figures, level);
    }
    return new Cells(unitText, nature, figures);
  }

  /**
   * A remark that is a level with its unit (备注 1347.1亿元 beside 实际完成 增长4.8%) is the level of the row's
   * last actual figure that states none.
   */
  private static void withLevel(List<Figure> figures, Bound level) {
    for (int i = figures.size() - 1; i >= 0; i--) {
      Figure f = figures.get(i);
      if (f.kind() == Observation.Kind.ACTUAL && f.level().isEmpty()) {
        figures.set(i, new Figure(f.kind(), f.period(), Optional.of(level), f.growth(), f.hedge(), f.status(),
            f.row(), f.cell(), f.start()));
        return;
      }
    }
  }

  private static int unitColumns(List<Column> columns, int nameCol) {
    int n = 0;
    for (int c = nameCol + 1; c < columns.size(); c++) {
      if (columns.get(c).role() == Role.UNIT || columns.get(c).role() == Role.NATURE) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  private static List<Column> merged(List<Column> columns, int nameCol, List<Column> yearGroups) {
    List<Column> out = new ArrayList<>(columns.subList(0, nameCol + 1 + unitColumns(columns, nameCol)));
    out.addAll(yearGroups);
    return out;
  }

  private static boolean sameYear(Column a, Column b) {
    return a.year() == b.year() && a.kind() == b.kind() && a.period() == b.period();
  }

  /** A figure cell (or nothing if it holds none). */
  @Nullable Figure figure(String text, Column col, int row, int cell, int start) {
    String s = text;
    Optional<Observation.Status> status = col.estimate() ? Optional.of(Observation.Status.ESTIMATE) : Optional.empty();
    while (s.endsWith("*") || s.endsWith("＊")) {
      s = s.substring(0, s.length() - 1).strip();
      status = Optional.of(Observation.Status.ESTIMATE);
    }
    if (s.startsWith("*") || s.startsWith("＊")) {
      s = s.substring(1).strip();
      status = Optional.of(Observation.Status.ESTIMATE);
    }
    Optional<String> hedge = Optional.empty();
    String h = v.hedges.matchAt(s, 0, s.length());
    if (h != null && h.length() < s.length()) {
      hedge = Optional.of(h);
      s = s.substring(h.length()).strip();
    }
    if (s.isEmpty()) {
      return null;
    }
    Bound level = null;
    Bound growth = null;
    int paren = Math.max(s.indexOf('（'), s.indexOf('('));
    if (paren > 0 && (s.endsWith("）") || s.endsWith(")"))) {
      level = bound(s.substring(0, paren).strip());
      growth = growthBound(s.substring(paren + 1, s.length() - 1).strip());
    } else if (col.quantity() == Quantity.GROWTH) {
      growth = growthBound(s);
    } else if (col.quantity() == Quantity.LEVEL) {
      level = bound(s);
    } else if (v.changeVerbs.matchAt(s, 0, s.length()) != null && hasDigit(s)) {
      growth = growthBound(s);
    } else {
      level = bound(s);
    }
    if (growth != null && growth.unit().isPresent() && (!growth.unit().get().isPercentLike()
        || growth.unit().get().dimension() == org.devplan.model.Dimension.PERCENTAGE_POINT)) {
      // 提高0.5个百分点左右: a change of the level in points, not a growth rate
      level = growth;
      growth = null;
    }
    if (level == null && growth == null) {
      return null;
    }
    if (status.isPresent() && col.kind() == Observation.Kind.TARGET) {
      status = Optional.empty();
    }
    boolean bracket = s.startsWith("〔") || s.startsWith("[") || s.startsWith("［") || s.startsWith("【");
    Period period;
    int year = col.year();
    if (col.period() || bracket) {
      int first = year - 4;
      period = Period.of(first, year, bracket ? Period.Aggregation.CUMULATIVE : Period.Aggregation.ANNUAL_AVERAGE);
    } else {
      period = Period.year(year);
    }
    return new Figure(col.kind(), period, Optional.ofNullable(level), Optional.ofNullable(growth), hedge, status,
        row, cell, start);
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
  }

  private Bound bound(String s) {
    try {
      return Bound.parse(s, v.lexicon);
    } catch (PlanFormatException | IllegalArgumentException e) {
      return new Bound.Qualitative(s);
    }
  }

  private Bound growthBound(String s) {
    Bound b = bound(s);
    if (b.unit().isPresent() && !b.unit().get().isPercentLike()) {
      return new Bound.Qualitative(s);
    }
    return b;
  }

  /** Absent figures of a year that also has a real figure in the row say nothing more: drop them. */
  @SuppressWarnings("ReferenceEquality") // g != f: another figure of the list, not an unequal one
  private static List<Figure> dropRedundantAbsent(List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figures) {
      boolean absent = f.level().map(b -> b.kind() == Bound.Kind.ABSENT).orElse(true)
          && f.growth().map(b -> b.kind() == Bound.Kind.ABSENT).orElse(true);
      boolean other = figures.stream().anyMatch(g -> g != f && g.period().end() == f.period().end()
          && g.kind() == f.kind() && !(g.level().map(b -> b.kind() == Bound.Kind.ABSENT).orElse(true)
          && g.growth().map(b -> b.kind() == Bound.Kind.ABSENT).orElse(true)));
      if (!(absent && other)) {
        out.add(f);
      }
    }
    List<Figure> merged = new ArrayList<>();
    for (Figure f : out) {
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        Figure m = merged.get(i);
        if (m.kind() == f.kind() && m.period().equals(f.period()) && (m.level().isEmpty() != f.level().isEmpty())
            && (m.growth().isEmpty() != f.growth().isEmpty())) {
          same = i;
        }
      }
      if (same >= 0) {
        Figure m = merged.get(same);
        merged.set(same, new Figure(m.kind(), m.period(), m.level().or(f::level), m.growth().or(f::growth),
            m.hedge().or(f::hedge), m.status().or(f::status), m.row(), m.cell(), m.start()));
      } else {
        merged.add(f);
      }
    }
    return merged;
  }

  // ---- header

  private boolean isHeader(Table.Row row) {
    for (Table.Cell c : row.cells()) {
      String s = unspaced(c.text());
      if (v.headerRole(s, "row-header") != null || (yearOf(s) > 0 && s.length() <= 10)) {
        return true;
      }
    }
    return false;
  }

  private List<Column> columns(Table.Row first, Table.Row second) {
    List<Column> top = new ArrayList<>();
    for (Table.Cell c : first.cells()) {
      top.add(column(unspaced(c.text())));
    }
    if (second == null) {
      return top;
    }
    List<Column> sub = new ArrayList<>();
    boolean grid = second.cells().size() >= top.size();
    for (Table.Cell c : second.cells()) {
      Column above = grid && sub.size() < top.size() ? top.get(sub.size()) : null;
      // a grid's second row leaves the cells under 指标名称 and 单位 empty: those columns keep their top cell's role
      sub.add(above != null && c.text().isEmpty() && above.role() != Role.FIGURE ? above
          : column(unspaced(c.text())));
    }
    List<Column> years = top.stream().filter(c -> c.role() == Role.FIGURE).toList();
    long subFigures = sub.stream().filter(c -> c.role() == Role.FIGURE).count();
    if (years.isEmpty() || subFigures == 0 || subFigures % years.size() != 0) {
      return top;
    }
    int per = (int) (subFigures / years.size());
    List<Column> out = new ArrayList<>();
    int k = 0;
    for (Column s : sub) {
      if (s.role() != Role.FIGURE) {
        out.add(s);
      } else {
        Column y = years.get(k / per);
        out.add(new Column(Role.FIGURE, y.year(), y.kind(), y.estimate(), y.period(), s.quantity()));
        k++;
      }
    }
    return out;
  }

  private List<Column> datedColumns(List<Column> columns, int captionYear) {
    boolean completion = columns.stream().anyMatch(c -> c.role() == Role.FIGURE && c.year() == 0
        && c.kind() == Observation.Kind.ACTUAL);
    int year = captionYear > 0 ? captionYear : completion ? baseYear : planYear;
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.role() == Role.FIGURE && c.year() == 0) {
        Observation.Kind kind = c.kind();
        out.add(new Column(Role.FIGURE, year, kind, c.estimate(), false, c.quantity()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private Column column(String s) {
    String role = v.headerRole(s, "column");
    if (role != null) {
      return switch (role) {
        case "category" -> Column.of(Role.CATEGORY);
        case "name" -> Column.of(Role.NAME);
        case "unit" -> Column.of(Role.UNIT);
        case "nature" -> Column.of(Role.NATURE);
        case "level" -> new Column(Role.FIGURE, 0, Observation.Kind.ACTUAL, false, false, Quantity.LEVEL);
        case "growth" -> new Column(Role.FIGURE, 0, Observation.Kind.ACTUAL, false, false, Quantity.GROWTH);
        case "period" -> new Column(Role.FIGURE, planYear, Observation.Kind.TARGET, false, true, Quantity.AUTO);
        case "remark" -> Column.of(Role.REMARK);
        default -> throw new IllegalArgumentException("lexicon table TABLE_HEADERS: column role \"" + role
            + "\" is not one of category, name, unit, nature, level, growth, period, remark");
      };
    }
    int year = yearOf(s);
    if (year == 0 && v.columnKind(s, null, true) != null && s.length() <= 8) {
      Observation.Kind kind = v.columnKind(s, "actual", true) != null ? Observation.Kind.ACTUAL
          : Observation.Kind.TARGET;
      return new Column(Role.FIGURE, 0, kind, false, false, Quantity.AUTO);
    }
    if (year > 0) {
      Observation.Kind kind = v.columnKind(s, "target", false) != null ? Observation.Kind.TARGET
          : v.columnKind(s, "actual", false) != null ? Observation.Kind.ACTUAL
          : year <= baseYear ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
      return new Column(Role.FIGURE, year, kind, v.isEstimateColumn(s), false, Quantity.AUTO);
    }
    return Column.of(Role.OTHER);
  }

  private int yearOf(String s) {
    for (int i = 0; i + 5 <= s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
          && Character.isDigit(s.charAt(i + 3)) && v.yearSuffixes.matchAt(s, i + 4, s.length()) != null
          && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        int y = Integer.parseInt(s.substring(i, i + 4));
        if (y >= 1950 && y <= 2100) {
          return y;
        }
      }
    }
    return 0;
  }

  // ---- names

  /** A group row's numbering (一、): {value, end}, or null. */
  private int @Nullable [] groupNumber(String s) {
    int[] n = HeadingLabel.chinese(s, 0, s.length(), v);
    if (n != null && n[1] < s.length() && s.charAt(n[1]) == '、') {
      return new int[] {n[0], n[1] + 1};
    }
    return null;
  }

  /** {@code s} without the spaces between two Han characters: a letter-spaced cell (指  标, 鲜  菜) as one word. */
  static String unspaced(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\u3000') {
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) {
          j++;
        }
        if (out.length() > 0 && isHan(out.charAt(out.length() - 1)) && j < s.length() && isHan(s.charAt(j))) {
          i = j - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static String stripSpaces(String s) {
    return s.replace('\u3000', ' ').strip();
  }

  /** Drops a leading 1. / 1、 / （1） numbering. */
  static String stripNumbering(String name) {
    String s = name.strip();
    int i = 0;
    boolean paren = i < s.length() && (s.charAt(i) == '(' || s.charAt(i) == '（');
    if (paren) {
      i++;
    }
    int d = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i > d && i < s.length()) {
      char c = s.charAt(i);
      if (paren && (c == ')' || c == '）')) {
        return s.substring(i + 1).strip();
      }
      if (!paren && (c == '.' || c == '．' || c == '、') && i + 1 < s.length() && !Character.isDigit(s.charAt(i + 1))) {
        return s.substring(i + 1).strip();
      }
    }
    return s;
  }

  /** Splits a trailing unit in parentheses off a name: 地区生产总值增长（%） → {地区生产总值增长, %}. */
  private String[] unitInName(String name) {
    String s = name.strip();
    if (s.endsWith("）") || s.endsWith(")")) {
      int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
      if (open > 0) {
        String inner = s.substring(open + 1, s.length() - 1).strip();
        String folded = inner.replace('％', '%');
        if (!folded.isEmpty() && (v.units.contains(folded) || isMagnitudeUnit(folded))) {
          return new String[] {s.substring(0, open).strip(), folded};
        }
      }
    }
    return new String[] {s, null};
  }

  private boolean isMagnitudeUnit(String s) {
    String m = v.magnitudes.matchAt(s, 0, s.length());
    return m != null && v.units.contains(s.substring(m.length()));
  }
}
