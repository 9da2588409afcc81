package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stages 3 and 4: lines to blocks (title, headings, paragraphs, captions, tables in their layouts, notes,
 * contents lines, blank runs). Works line by line with hand-written tests; every line ends up in exactly one
 * block.
 */
public final class BlockReader {
  private final SourceText src;
  private final String t;
  private final Vocabulary v;
  private final int lines;

  private BlockReader(SourceText src, Vocabulary v) {
    this.src = src;
    this.t = src.text();
    this.v = v;
    this.lines = src.lineCount();
  }

  /** The blocks of {@code src}, in order, covering every line. */
  public static List<Block> read(SourceText src, Vocabulary v) {
    return new BlockReader(src, v).read();
  }

  private List<Block> read() {
    List<Block> out = new ArrayList<>();
    int k = 0;
    k = blanks(out, k);
    if (k < lines && !isTable(k) && label(k) == null && content(k).length() <= 80 && content(k).indexOf('。') < 0) {
      int end = k;
      while (end < lines && !isBlank(end) && end - k < 6 && (end == k || label(end) == null)
          && content(end).indexOf('。') < 0 && content(end).length() <= 80) {
        end++;
      }
      out.add(new Block.Title(k, Math.max(end, k + 1)));
      k = Math.max(end, k + 1);
    }
    boolean inNote = false;
    String firstEntry = null;
    boolean inContents = false;
    while (k < lines) {
      if (isBlank(k)) {
        k = blanks(out, k);
        inNote = false;
        continue;
      }
      String c = content(k);
      if (inNote && !endsNotes(k)) {
        out.add(new Block.Note(k, k + 1));
        k++;
        continue;
      }
      inNote = false;
      if (isCellLine(k) && cellTableAhead(k)) {
        int end = cellTableEnd(k);
        out.add(new Block.TableBlock(k, end, readCellTable(k, end)));
        markCaption(out);
        k = end;
        continue;
      }
      Table.Layout layout = rowLayout(k);
      if (layout != null && continuesRows(k + 1, layout)) {
        int end = k + 1;
        while (end < lines && (rowLayout(end) == layout
            || (isGroupLine(end) && end + 1 < lines && rowLayout(end + 1) == layout))) {
          end++;
        }
        out.add(new Block.TableBlock(k, end, readRowTable(k, end, layout)));
        markCaption(out);
        k = end;
        continue;
      }
      if (isNoteLead(c)) {
        out.add(new Block.Note(k, k + 1));
        inNote = true;
        k++;
        continue;
      }
      if (!isCellLine(k) && isNameHeader(c)) {
        int end = plainTableEnd(k);
        if (end > k) {
          out.add(new Block.TableBlock(k, end, readPlainTable(k, end)));
          markCaption(out);
          k = end;
          continue;
        }
      }
      if (inContents) {
        String entry = contentsEntry(c);
        boolean headingLike = label(k) != null || isContents(c);
        if (!headingLike || (firstEntry != null && entry.equals(firstEntry) && !isContents(c))) {
          inContents = false;
        } else {
          if (firstEntry == null) {
            firstEntry = entry;
          }
          out.add(new Block.Contents(k, k + 1));
          k++;
          continue;
        }
      }
      if (isContents(c)) {
        inContents |= v.contentsHeadings.contains(c.replace(" ", ""));
        out.add(new Block.Contents(k, k + 1));
        k++;
        continue;
      }
      if (isCaption(c)) {
        out.add(new Block.Caption(k, k + 1));
        k++;
        continue;
      }
      HeadingLabel label = label(k);
      if (label != null) {
        out.add(new Block.Heading(k, k + 1, label));
      } else {
        out.add(new Block.Paragraph(k, k + 1));
      }
      k++;
    }
    return out;
  }

  /** A heading of an outer scheme (一、, 第一部分, 附件) ends the notes under a table; 1. and ① do not. */
  private boolean endsNotes(int k) {
    HeadingLabel l = label(k);
    if (l == null) {
      return false;
    }
    return switch (l.numbering()) {
      case CHINESE, PART, VOLUME, CHAPTER, SECTION, OTHER, PAREN_CHINESE -> true;
      default -> false;
    };
  }

  private int blanks(List<Block> out, int k) {
    int end = k;
    while (end < lines && isBlank(end)) {
      end++;
    }
    if (end > k) {
      out.add(new Block.Blank(k, end));
    }
    return end;
  }

  /** A short text line just before a table (blank lines between allowed) is its caption. */
  private void markCaption(List<Block> out) {
    int i = out.size() - 2;
    while (i >= 0 && out.get(i) instanceof Block.Blank) {
      i--;
    }
    if (i >= 0 && out.get(i) instanceof Block.Paragraph) {
      String c = content(out.get(i).startLine());
      if (c.length() <= 60 && c.indexOf('。') < 0) {
        out.set(i, new Block.Caption(out.get(i).startLine(), out.get(i).endLine()));
      }
    }
  }

  HeadingLabel label(int k) {
    int s = contentStart(k);
    int e = src.lineEnd(k);
    HeadingLabel l = HeadingLabel.read(t, s, e, v, false);
    if (l == null) {
      return null;
    }
    if (l.end() >= e && l.numbering() != org.devplan.model.Chapter.Numbering.OTHER) {
      return null; // a bare label is not a heading
    }
    return l;
  }

  private boolean isContents(String c) {
    if (v.contentsHeadings.contains(c.replace(" ", ""))) {
      return true;
    }
    int i = c.length();
    while (i > 0 && Character.isDigit(c.charAt(i - 1))) {
      i--;
    }
    if (i == c.length() || i == 0) {
      return false;
    }
    int j = i;
    if (j > 1 && c.charAt(j - 1) == '(' && i < c.length() && c.charAt(i) == ')' && i == c.length() - 1
        && c.charAt(j - 2) == ' ') {
      return true; // 1.协同共建… (23)
    }
    while (j > 0 && (c.charAt(j - 1) == ' ' || c.charAt(j - 1) == '(' || c.charAt(j - 1) == ')')) {
      j--;
    }
    int dots = 0;
    while (j > 0 && (c.charAt(j - 1) == '…' || c.charAt(j - 1) == '.' || c.charAt(j - 1) == '·')) {
      j--;
      dots++;
    }
    return dots >= 2 || (dots == 1 && c.charAt(j) == '…');
  }

  /** A contents line without its dot leaders and page number, and without spaces. */
  private static String contentsEntry(String c) {
    int i = c.length();
    while (i > 0 && (Character.isDigit(c.charAt(i - 1)) || c.charAt(i - 1) == ' ' || c.charAt(i - 1) == '('
        || c.charAt(i - 1) == ')' || c.charAt(i - 1) == '…' || c.charAt(i - 1) == '.' || c.charAt(i - 1) == '·')) {
      i--;
    }
    return c.substring(0, i).replace(" ", "");
  }

  /** 注： or 注: opening the notes under a table. */
  private boolean isNoteLead(String c) {
    String lead = v.noteLeads.matchAt(c, 0, c.length());
    return lead != null && c.length() > lead.length()
        && (c.charAt(lead.length()) == '：' || c.charAt(lead.length()) == ':');
  }

  /** 表1　… or 专栏2：…: a caption word, a number, a space or a colon. */
  private boolean isCaption(String c) {
    String lead = v.captionLeads.matchAt(c, 0, c.length());
    if (lead == null || c.length() <= lead.length() || !Character.isDigit(c.charAt(lead.length()))) {
      return false;
    }
    int i = lead.length();
    while (i < c.length() && Character.isDigit(c.charAt(i))) {
      i++;
    }
    return i < c.length() && (c.charAt(i) == ' ' || c.charAt(i) == ':' || c.charAt(i) == '：');
  }

  // ---- lines

  boolean isBlank(int k) {
    for (int i = src.lineStart(k); i < src.lineEnd(k); i++) {
      char c = t.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  int contentStart(int k) {
    int i = src.lineStart(k);
    int e = src.lineEnd(k);
    while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  int contentEnd(int k) {
    int s = src.lineStart(k);
    int e = src.lineEnd(k);
    while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\t')) {
      e--;
    }
    return Math.max(e, contentStart(k));
  }

  String content(int k) {
    int s = contentStart(k);
    int e = contentEnd(k);
    return s < e ? t.substring(s, e) : "";
  }

  private boolean isTable(int k) {
    Table.Layout layout = rowLayout(k);
    return (isCellLine(k) && cellTableAhead(k)) || (layout != null && continuesRows(k + 1, layout));
  }

  // ---- one cell per line

  private boolean isCellLine(int k) {
    return src.lineEnd(k) > src.lineStart(k) && t.charAt(src.lineStart(k)) == '\t' && !hasInnerTab(k);
  }

  private boolean hasInnerTab(int k) {
    int s = contentStart(k);
    int e = contentEnd(k);
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  private boolean cellTableAhead(int k) {
    int cells = 0;
    for (int j = k; j < lines && j < k + 16; j++) {
      if (isCellLine(j)) {
        cells++;
      } else if (!isBlank(j)) {
        break;
      }
    }
    return cells >= 3;
  }

  private boolean isContinuation(int k) {
    String c = content(k);
    return !c.isEmpty() && c.length() <= 12 && c.indexOf('。') < 0 && label(k) == null
        && (k + 1 >= lines || isBlank(k + 1) || isCellLine(k + 1));
  }

  private int cellTableEnd(int k) {
    int last = k;
    for (int j = k; j < lines; j++) {
      if (isCellLine(j)) {
        last = j;
      } else if (isBlank(j)) {
        continue;
      } else if (isContinuation(j) && isCellLine(previousNonBlank(j))) {
        last = j;
      } else {
        break;
      }
    }
    return last + 1;
  }

  private int previousNonBlank(int j) {
    int i = j - 1;
    while (i > 0 && isBlank(i) && !isCellLine(i)) {
      i--;
    }
    return i;
  }

  private Table readCellTable(int from, int to) {
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> current = new ArrayList<>();
    int rowLine = from;
    for (int k = from; k < to; k++) {
      if (isCellLine(k)) {
        if (current.isEmpty()) {
          rowLine = k;
        }
        current.add(cell(contentStart(k), contentEnd(k)));
      } else if (isBlank(k)) {
        if (!current.isEmpty()) {
          rows.add(new Table.Row(List.copyOf(current), rowLine));
          current.clear();
        }
      } else {
        List<Table.Cell> target = !current.isEmpty() ? current
            : rows.isEmpty() ? current : new ArrayList<>(rows.get(rows.size() - 1).cells());
        Table.Cell more = cell(contentStart(k), contentEnd(k));
        if (target.isEmpty()) {
          target.add(more);
        } else {
          Table.Cell last = target.get(target.size() - 1);
          target.set(target.size() - 1, new Table.Cell(last.text() + more.text(), last.start(), more.end(),
              last.original() + more.original()));
        }
        if (target != current) {
          Table.Row previous = rows.remove(rows.size() - 1);
          rows.add(new Table.Row(List.copyOf(target), previous.line()));
        }
      }
    }
    if (!current.isEmpty()) {
      rows.add(new Table.Row(List.copyOf(current), rowLine));
    }
    return new Table(Table.Layout.CELL_PER_LINE, rows);
  }

  private Table.Cell cell(int s, int e) {
    if (e < s) {
      e = s;
    }
    while (s < e && (t.charAt(s) == ' ' || t.charAt(s) == '\t')) {
      s++;
    }
    while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\t')) {
      e--;
    }
    return new Table.Cell(t.substring(s, e), s, e, src.originalSlice(s, e).strip());
  }

  // ---- one cell per line without TABs (HTML copied as text): 指标名称 / 单位 / 2024年目标 / … then the cells

  private boolean isNameHeader(String c) {
    return v.headerRole(c, "name-header") != null;
  }

  private boolean isHeaderCell(String c) {
    if (c.indexOf('。') >= 0) {
      return false;
    }
    if (v.headerRole(c, "cell-header") != null) {
      return true;
    }
    return c.length() <= 12 && c.length() >= 5 && Character.isDigit(c.charAt(0)) && Character.isDigit(c.charAt(3))
        && v.yearSuffixes.matchAt(c, 4, c.length()) != null;
  }


  private int plainTableEnd(int k) {
    int j = k;
    int headers = 0;
    while (j < lines && (isBlank(j) || isHeaderCell(content(j)))) {
      if (!isBlank(j)) {
        headers++;
      }
      j++;
    }
    if (headers < 3) {
      return k;
    }
    int last = -1;
    int cells = 0;
    while (j < lines) {
      if (isBlank(j)) {
        j++;
        continue;
      }
      String c = content(j);
      if (c.length() > 40 || c.indexOf('。') >= 0 || v.noteLeads.matchAt(c, 0, c.length()) != null || isTable(j)) {
        break;
      }
      if (HeadingLabel.read(c, 0, c.length(), v, false) != null && followedByProse(j)) {
        break; // a heading after the table (三、2026年重点工作), not a group row: prose follows, not cells
      }
      last = j;
      cells++;
      j++;
    }
    return cells >= headers ? last + 1 : k;
  }

  /** True if the next non-blank line after {@code j} is prose (a sentence or a long line), or there is none. */
  private boolean followedByProse(int j) {
    int n = j + 1;
    while (n < lines && isBlank(n)) {
      n++;
    }
    if (n >= lines) {
      return true;
    }
    String c = content(n);
    return c.length() > 40 || c.indexOf('。') >= 0;
  }

  private Table readPlainTable(int from, int to) {
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> header = new ArrayList<>();
    int k = from;
    while (k < to && (isBlank(k) || isHeaderCell(content(k)))) {
      if (!isBlank(k)) {
        header.add(cell(contentStart(k), contentEnd(k)));
      }
      k++;
    }
    rows.add(new Table.Row(List.copyOf(header), from));
    int width = header.size();
    List<Table.Cell> current = new ArrayList<>();
    int rowLine = k;
    for (; k < to; k++) {
      if (isBlank(k)) {
        continue;
      }
      Table.Cell c = cell(contentStart(k), contentEnd(k));
      boolean group = HeadingLabel.chinese(c.text(), 0, c.text().length(), v) != null
          && HeadingLabel.read(c.text(), 0, c.text().length(), v, false) != null;
      boolean startsRow = group || current.size() >= width || (current.size() >= 2 && isNameLike(c.text()));
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
    return new Table(Table.Layout.CELL_PER_LINE, rows);
  }

  /** A cell that names an indicator rather than stating a figure or words for one. */
  private boolean isNameLike(String c) {
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

  // ---- one row per line

  Table.Layout rowLayout(int k) {
    int s = contentStart(k);
    int e = contentEnd(k);
    if (s >= e) {
      return null;
    }
    if (t.charAt(s) == '|') {
      int pipes = 0;
      for (int i = s; i < e; i++) {
        if (t.charAt(i) == '|') {
          pipes++;
        }
      }
      return pipes >= 3 ? Table.Layout.PIPES : null;
    }
    int tabs = 0;
    for (int i = s; i < src.lineEnd(k); i++) {
      if (t.charAt(i) == '\t') {
        tabs++;
      }
    }
    if (tabs >= 2) {
      return Table.Layout.TABS;
    }
    int runs = 0;
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == ' ' && i + 1 < e && t.charAt(i + 1) == ' ' && (i == s || t.charAt(i - 1) != ' ')) {
        runs++;
      }
    }
    return runs >= 2 && t.substring(s, e).indexOf('。') < 0 ? Table.Layout.SPACES : null;
  }

  /** True if line {@code k} is a row of {@code layout}, or a bare group row followed by one. */
  private boolean continuesRows(int k, Table.Layout layout) {
    return k < lines && (rowLayout(k) == layout || (isGroupLine(k) && k + 1 < lines && rowLayout(k + 1) == layout));
  }

  /** A bare group row inside a row table (一、经济发展 on a line of its own). */
  private boolean isGroupLine(int k) {
    String c = content(k);
    int[] n = HeadingLabel.chinese(c, 0, c.length(), v);
    return n != null && n[1] < c.length() && c.charAt(n[1]) == '、' && c.length() <= 20 && c.indexOf('。') < 0;
  }

  private Table readRowTable(int from, int to, Table.Layout layout) {
    List<Table.Row> rows = new ArrayList<>();
    int width = -1;
    for (int k = from; k < to; k++) {
      List<Table.Cell> cells = new ArrayList<>();
      int s = contentStart(k);
      int e = src.lineEnd(k);
      if (rowLayout(k) != layout) {
        cells.add(cell(s, contentEnd(k)));
        rows.add(new Table.Row(List.copyOf(cells), k));
        continue;
      }
      if (layout == Table.Layout.PIPES) {
        int ce = contentEnd(k);
        int i = s + 1;
        int cellStart = i;
        for (; i <= ce; i++) {
          if (i == ce || t.charAt(i) == '|') {
            if (i < ce || cellStart < ce) {
              cells.add(cell(cellStart, Math.min(i, ce)));
            }
            cellStart = i + 1;
          }
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty() && t.charAt(ce - 1) == '|') {
          cells.remove(cells.size() - 1);
        }
        if (cells.stream().allMatch(c -> !c.text().isEmpty() && c.text().chars().allMatch(
            ch -> ch == '-' || ch == ':' || ch == ' '))) {
          continue; // | --- | separator
        }
      } else if (layout == Table.Layout.TABS) {
        int cellStart = src.lineStart(k);
        for (int i = cellStart; i <= e; i++) {
          if (i == e || t.charAt(i) == '\t') {
            cells.add(cell(cellStart, i));
            cellStart = i + 1;
          }
        }
        while (cells.size() > 1 && cells.get(0).text().isEmpty() && cells.get(0).end() == src.lineStart(k)
            && width < 0) {
          cells.remove(0);
        }
      } else {
        int ce = contentEnd(k);
        int cellStart = s;
        for (int i = s; i <= ce; i++) {
          if (i == ce || (t.charAt(i) == ' ' && i + 1 < ce && t.charAt(i + 1) == ' ')) {
            if (i > cellStart) {
              cells.add(cell(cellStart, i));
            }
            while (i < ce && t.charAt(i) == ' ') {
              i++;
            }
            cellStart = i;
            i--;
            if (cellStart >= ce) {
              break;
            }
          }
        }
        if (width > 0 && cells.size() < width && s > src.lineStart(k)) {
          List<Table.Cell> padded = new ArrayList<>();
          for (int p = cells.size(); p < width; p++) {
            padded.add(new Table.Cell("", src.lineStart(k), src.lineStart(k), ""));
          }
          padded.addAll(cells);
          cells = padded;
        }
      }
      if (width < 0) {
        width = cells.size();
      }
      rows.add(new Table.Row(List.copyOf(cells), k));
    }
    return new Table(layout, rows);
  }
}
