package org.devplan.io.text.internal;

import org.jspecify.annotations.Nullable;

/**
 * The lines of a {@link SourceText} as the block reader and the table layouts look at them: blank or not, their
 * content without the spaces and TABs around it, the heading label they start with, cells cut from them.
 * Not thread-safe (each line's content is cut once, at its first use); one per import.
 */
final class Lines {
  private final SourceText src;
  private final String t;
  private final Vocabulary v;
  /** The pipes of each line, and its TABs after its leading spaces and TABs: every table layout asks for them. */
  private final int[] pipes;
  private final int[] tabs;
  /** Each line's content, cut at its first use: the block reader and the table layouts ask for it at every line. */
  private final @Nullable String[] contents;

  Lines(SourceText src, Vocabulary v) {
    this.src = src;
    this.t = src.text();
    this.v = v;
    int n = src.lineCount();
    pipes = new int[n];
    tabs = new int[n];
    contents = new String[n];
    for (int k = 0; k < n; k++) {
      boolean leading = true;
      for (int i = src.lineStart(k), e = src.lineEnd(k); i < e; i++) {
        char c = t.charAt(i);
        leading &= c == ' ' || c == '\t';
        pipes[k] += c == '|' ? 1 : 0;
        tabs[k] += c == '\t' && !leading ? 1 : 0;
      }
    }
  }

  String text() {
    return t;
  }

  Vocabulary vocabulary() {
    return v;
  }

  int count() {
    return src.lineCount();
  }

  int start(int k) {
    return src.lineStart(k);
  }

  int end(int k) {
    return src.lineEnd(k);
  }

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
    String c = contents[k];
    if (c == null) {
      int s = contentStart(k);
      int e = contentEnd(k);
      c = s < e ? t.substring(s, e) : "";
      contents[k] = c;
    }
    return c;
  }

  /** The pipes in line {@code k}. */
  int pipes(int k) {
    return pipes[k];
  }

  /** The TABs of line {@code k} after its leading spaces and TABs. */
  int tabs(int k) {
    return tabs[k];
  }

  /** The heading label line {@code k} starts with, or null; a bare label (一、 alone) is no heading. */
  @Nullable HeadingLabel label(int k) {
    int s = contentStart(k);
    int e = src.lineEnd(k);
    HeadingLabel l = HeadingLabel.read(t, s, e, v, false);
    if (l == null) {
      return null;
    }
    if (l.end() >= e && l.numbering() != org.devplan.model.Chapter.Numbering.OTHER) {
      return null;
    }
    return l;
  }

  /** True if line {@code k} is one cell: it starts with a TAB and has no other TAB in it. */
  boolean isTabCell(int k) {
    if (src.lineEnd(k) <= src.lineStart(k) || t.charAt(src.lineStart(k)) != '\t') {
      return false;
    }
    for (int i = contentStart(k); i < contentEnd(k); i++) {
      if (t.charAt(i) == '\t') {
        return false;
      }
    }
    return true;
  }

  /** A bare group row inside a table (一、经济发展 on a line of its own). */
  boolean isGroupLine(int k) {
    String c = content(k);
    int[] n = HeadingLabel.chinese(c, 0, c.length(), v);
    return n != null && n[1] < c.length() && c.charAt(n[1]) == '、' && c.length() <= 20 && c.indexOf('。') < 0;
  }

  /** The cell between normalised indexes {@code s} and {@code e}, without the spaces and TABs around it. */
  Table.Cell cell(int s, int e) {
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

  /** The content of line {@code k} as one cell. */
  Table.Cell cell(int k) {
    return cell(contentStart(k), contentEnd(k));
  }
}
