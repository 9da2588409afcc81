package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cell per line without TABs (an HTML table copied as text): a name header (指标名称), at least two more
 * header cells (单位, 2024年目标…), then the cells; a row ends when it has as many cells as the header, before a
 * group row (一、经济发展) or before a cell that names an indicator.
 */
final class HeaderCellLines implements TableLayout {
  @Override
  public Optional<Found> recognise(Lines lines, int k) {
    if (lines.isTabCell(k) || lines.vocabulary().headerRole(lines.content(k), "name-header") == null) {
      return Optional.empty();
    }
    int end = end(lines, k);
    return end > k ? Optional.of(new Found(read(lines, k, end), end)) : Optional.empty();
  }

  private static boolean isHeaderCell(Lines lines, String c) {
    if (c.indexOf('。') >= 0) {
      return false;
    }
    Vocabulary v = lines.vocabulary();
    if (v.headerRole(c, "cell-header") != null) {
      return true;
    }
    return c.length() <= 12 && c.length() >= 5 && Character.isDigit(c.charAt(0)) && Character.isDigit(c.charAt(3))
        && v.yearSuffixes.matchAt(c, 4, c.length()) != null;
  }

  private int end(Lines lines, int k) {
    int j = k;
    int headers = 0;
    while (j < lines.count() && (lines.isBlank(j) || isHeaderCell(lines, lines.content(j)))) {
      if (!lines.isBlank(j)) {
        headers++;
      }
      j++;
    }
    if (headers < 3) {
      return k;
    }
    Vocabulary v = lines.vocabulary();
    int last = -1;
    int cells = 0;
    for (; j < lines.count(); j++) {
      if (lines.isBlank(j)) {
        continue;
      }
      String c = lines.content(j);
      if (c.length() > 40 || c.indexOf('。') >= 0 || v.noteLeads.matchAt(c, 0, c.length()) != null
          || opensOtherTable(lines, j)) {
        break;
      }
      if (HeadingLabel.read(c, 0, c.length(), v, false) != null && followedByProse(lines, j)) {
        break; // a heading after the table (三、2026年重点工作), not a group row: prose follows, not cells
      }
      last = j;
      cells++;
    }
    return cells >= headers ? last + 1 : k;
  }

  private boolean opensOtherTable(Lines lines, int j) {
    for (TableLayout layout : RANKED) {
      if (layout != this && layout.recognise(lines, j).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** True if the next non-blank line after {@code j} is prose (a sentence or a long line), or there is none. */
  private static boolean followedByProse(Lines lines, int j) {
    int n = j + 1;
    while (n < lines.count() && lines.isBlank(n)) {
      n++;
    }
    if (n >= lines.count()) {
      return true;
    }
    String c = lines.content(n);
    return c.length() > 40 || c.indexOf('。') >= 0;
  }

  private Table read(Lines lines, int from, int to) {
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> header = new ArrayList<>();
    int k = from;
    while (k < to && (lines.isBlank(k) || isHeaderCell(lines, lines.content(k)))) {
      if (!lines.isBlank(k)) {
        header.add(lines.cell(k));
      }
      k++;
    }
    rows.add(new Table.Row(List.copyOf(header), from));
    Vocabulary v = lines.vocabulary();
    List<Table.Cell> current = new ArrayList<>();
    int rowLine = k;
    for (; k < to; k++) {
      if (lines.isBlank(k)) {
        continue;
      }
      Table.Cell c = lines.cell(k);
      boolean group = HeadingLabel.chinese(c.text(), 0, c.text().length(), v) != null
          && HeadingLabel.read(c.text(), 0, c.text().length(), v, false) != null;
      boolean startsRow = group || current.size() >= header.size()
          || (current.size() >= 2 && isNameLike(v, c.text()));
      if (startsRow && !current.isEmpty()) {
        rows.add(new Table.Row(List.copyOf(current), rowLine));
        current.clear();
      }
      if (current.isEmpty()) {
        rowLine = k;
      }
      current.add(c);
      if (group) {
        rows.add(new Table.Row(List.copyOf(current), rowLine));
        current.clear();
      }
    }
    if (!current.isEmpty()) {
      rows.add(new Table.Row(List.copyOf(current), rowLine));
    }
    return new Table(this, rows);
  }

  /** A cell that names an indicator rather than stating a figure or words for one. */
  private static boolean isNameLike(Vocabulary v, String c) {
    if (v.qualitative.find(c, 0, c.length()) >= 0 || c.equals("—") || c.equals("-") || c.isEmpty()) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < c.length(); i++) {
      digit |= Character.isDigit(c.charAt(i));
    }
    if (!digit) {
      return c.length() > 3 && v.units.matchAt(c, 0, c.length()) == null;
    }
    return HeadingLabel.read(c, 0, c.length(), v, false) != null; // 1.地区生产总值
  }
}
