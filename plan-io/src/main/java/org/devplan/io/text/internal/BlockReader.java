package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stages 3 and 4: lines to blocks (title, headings, paragraphs, captions, tables in their layouts, notes,
 * contents lines, blank runs). Works line by line with hand-written tests; every line ends up in exactly one
 * block. Tables are recognised by the {@link TableLayout#RANKED} layouts.
 */
public final class BlockReader {
  private final Lines lines;
  private final Vocabulary v;
  private final int count;
  private boolean inContents;
  private @Nullable String firstEntry;

  private BlockReader(SourceText src, Vocabulary v) {
    this.lines = new Lines(src, v);
    this.v = v;
    this.count = src.lineCount();
  }

  /** The blocks of {@code src}, in order, covering every line. */
  public static List<Block> read(SourceText src, Vocabulary v) {
    return new BlockReader(src, v).read();
  }

  private List<Block> read() {
    List<Block> out = new ArrayList<>();
    int k = title(out, blanks(out, 0));
    boolean inNote = false;
    while (k < count) {
      if (isBlank(k)) {
        k = blanks(out, k);
        inNote = false;
        continue;
      }
      if (inNote && !endsNotes(k)) {
        out.add(new Block.Note(k, k + 1));
        k++;
        continue;
      }
      inNote = false;
      Optional<TableLayout.Found> table = TableLayout.first(lines, k);
      if (table.isPresent()) {
        out.add(new Block.TableBlock(k, table.get().endLine(), table.get().table()));
        markCaption(out);
        k = table.get().endLine();
        continue;
      }
      String c = content(k);
      HeadingLabel label = label(k);
      if (isNoteLead(c)) {
        out.add(new Block.Note(k, k + 1));
        inNote = true;
      } else if (isContentsLine(k, c)) {
        out.add(new Block.Contents(k, k + 1));
      } else if (isCaption(c)) {
        out.add(new Block.Caption(k, k + 1));
      } else if (label != null) {
        out.add(new Block.Heading(k, k + 1, label));
      } else {
        out.add(new Block.Paragraph(k, k + 1));
      }
      k++;
    }
    return out;
  }

  /** The title block at line {@code k}: up to six short lines that are no sentence, no table and no heading. */
  private int title(List<Block> out, int k) {
    if (k >= count || isTable(k) || label(k) != null || content(k).length() > 80 || content(k).indexOf('。') >= 0) {
      return k;
    }
    int end = k;
    while (end < count && !isBlank(end) && end - k < 6 && (end == k || label(end) == null)
        && content(end).indexOf('。') < 0 && content(end).length() <= 80) {
      end++;
    }
    out.add(new Block.Title(k, Math.max(end, k + 1)));
    return Math.max(end, k + 1);
  }

  /**
   * True if line {@code k} is a line of a table of contents: 目录, or a line with dot leaders and a page number,
   * or, after 目录, a heading-like line until the entries repeat (the text's own first heading).
   */
  private boolean isContentsLine(int k, String c) {
    if (inContents) {
      String entry = contentsEntry(c);
      boolean headingLike = label(k) != null || isContents(c);
      if (!headingLike || (firstEntry != null && entry.equals(firstEntry) && !isContents(c))) {
        inContents = false;
      } else {
        if (firstEntry == null) {
          firstEntry = entry;
        }
        return true;
      }
    }
    if (isContents(c)) {
      inContents |= v.contentsHeadings.contains(c.replace(" ", ""));
      return true;
    }
    return false;
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
    while (end < count && isBlank(end)) {
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

  private HeadingLabel label(int k) {
    return lines.label(k);
  }

  private boolean isBlank(int k) {
    return lines.isBlank(k);
  }

  private String content(int k) {
    return lines.content(k);
  }

  private boolean isTable(int k) {
    return TableLayout.first(lines, k).isPresent();
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
}
