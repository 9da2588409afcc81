package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devplan.model.Chapter;
import org.devplan.model.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The outline stage: blocks to the chapter tree (standalone headings, and inline headings 一是…, 1.… at sentence
 * starts), each chapter told actual or target by its title, with the narrative text to read figures from and the
 * tables in their chapters.
 */
final class OutlineReader {
  /**
   * The outline of a document.
   *
   * @param roots the top chapters, numbered by path
   * @param segments the narrative text, in order, each in its chapter
   * @param tables the tables, in order, each in its chapter with its notes
   * @param headings where the heading texts are, in order of reading
   * @param captionBlocks the indexes of the blocks that are captions though read as headings or paragraphs
   */
  record Outline(List<Section> roots, List<Segment> segments, List<TableAt> tables, List<Range> headings,
      Set<Integer> captionBlocks) {}

  /**
   * Narrative text of a chapter to read figures from.
   *
   * @param section the chapter, null before the first heading
   * @param words whether words-only targets are read too (not in a heading's title)
   */
  record Segment(int from, int to, @Nullable Section section, boolean words) {}

  /**
   * A table in its chapter, with the notes under it and the year its caption names (0 if none).
   *
   * @param section the chapter, null before the first heading
   */
  record TableAt(Table table, @Nullable Section section, List<String> notes, int captionYear) {}

  /** Normalised indexes of a heading's text. */
  record Range(int start, int end) {}

  /** The lengths a title without a number may have, in characters. */
  private static final int UNNUMBERED_TITLE_MIN = 6;
  private static final int UNNUMBERED_TITLE_MAX = 40;

  private final SourceText src;
  private final String t;
  private final Vocabulary v;
  private final Lines lines;
  private final List<Block> blocks;
  private final int planYear;
  private final int baseYear;
  private final List<Section> roots = new ArrayList<>();
  private final List<Section> stack = new ArrayList<>();
  private final List<Range> headings = new ArrayList<>();
  private final Set<Integer> captionBlocks = new HashSet<>();
  private final List<Segment> segments = new ArrayList<>();
  private final List<TableAt> tables = new ArrayList<>();
  private boolean contentSinceHeading = true;

  private OutlineReader(SourceText src, Vocabulary v, List<Block> blocks, int planYear, int baseYear) {
    this.src = src;
    this.t = src.text();
    this.v = v;
    this.lines = new Lines(src, v);
    this.blocks = blocks;
    this.planYear = planYear;
    this.baseYear = baseYear;
  }

  /** The outline of {@code blocks}, a chapter's figures being of {@code planYear} or {@code baseYear}. */
  static Outline read(SourceText src, Vocabulary v, List<Block> blocks, int planYear, int baseYear) {
    return new OutlineReader(src, v, blocks, planYear, baseYear).read();
  }

  private Outline read() {
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block instanceof Block.Heading heading) {
        heading(b, heading);
      } else if (block instanceof Block.Paragraph && isUnnumberedTitle(b)) {
        unnumberedHeading(block.startLine());
      } else if (block instanceof Block.Paragraph) {
        int k = block.startLine();
        opening(lines.contentStart(k), lines.contentEnd(k));
        paragraph(lines.contentStart(k), lines.contentEnd(k));
        contentSinceHeading = true;
      } else if (block instanceof Block.TableBlock table) {
        tables.add(new TableAt(table.table(), current(), new ArrayList<>(), captionYear(b)));
        sentenceCells(table.table());
        contentSinceHeading = true;
      } else if (block instanceof Block.Note && !tables.isEmpty()) {
        int k = block.startLine();
        tables.get(tables.size() - 1).notes().add(src.originalSlice(lines.contentStart(k), lines.contentEnd(k)).strip());
      }
    }
    roots.forEach(OutlineReader::settled);
    number(roots, "", KeptPath.ROOT);
    return new Outline(roots, segments, tables, headings, captionBlocks);
  }

  /** A table cell that holds a sentence (a task list's 地区生产总值增长6%左右。) is narrative text of its chapter. */
  private void sentenceCells(Table table) {
    for (Table.Row row : table.rows()) {
      for (Table.Cell cell : row.cells()) {
        if (cell.text().indexOf('。') >= 0) {
          segments.add(new Segment(cell.start(), cell.end(), current(), true));
        }
      }
    }
  }

  private @Nullable Section current() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1);
  }

  private void heading(int b, Block.Heading block) {
    int k = block.startLine();
    HeadingLabel l = block.label();
    int lineEnd = lines.contentEnd(k);
    int ts = skipTitleStart(l.end(), lineEnd);
    int stop = indexOf('。', ts, lineEnd);
    int te = stop < 0 ? lineEnd : stop;
    if (l.numbering() == Chapter.Numbering.OTHER && annexLabel(b, l, ts >= te)) {
      return;
    }
    Section n = open(l, ts, te, stop >= 0 && stop + 1 < lineEnd);
    segments.add(new Segment(ts, te, n, false));
    int headEnd = stop < 0 ? lineEnd : stop + 1;
    headings.add(new Range(l.start(), headEnd));
    contentSinceHeading = false;
    if (headEnd < lineEnd) {
      paragraph(headEnd, lineEnd);
      contentSinceHeading = true;
    }
  }

  /**
   * True if paragraph block {@code b} is a title without a number that parts the text: a line of its own, short,
   * without a stop or a comma, whose words tell a chapter's kind (…发展成就和2025年工作回顾, …主要目标和2026年重点工作),
   * with running text after it.
   */
  private boolean isUnnumberedTitle(int b) {
    int k = blocks.get(b).startLine();
    int from = lines.contentStart(k);
    int to = lines.contentEnd(k);
    if (to - from < UNNUMBERED_TITLE_MIN || to - from > UNNUMBERED_TITLE_MAX || captionBlocks.contains(b)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (v.titleStops.matchAt(t, i, i + 1) != null) {
        return false;
      }
    }
    String line = t.substring(from, to);
    if (v.conjunctions.matchEndingAt(t, to, to - 1) != null || FrameReader.dateAloneYear(line) > 0
        || FrameReader.isDocumentTitle(line)) {
      return false; // 关于印发某市2024年国民经济和 (a title broken over lines), 2024年3月19日 (a signature's date),
                    // 某市2023年国民经济和社会发展计划 (the plan's own title under its notice)
    }
    int next = nextNonBlank(b);
    return next >= 0 && blocks.get(next) instanceof Block.Paragraph && !isUnnumberedTitle(next)
        && classify(src.originalSlice(from, to)) != null;
  }

  /** Opens the chapter whose title is line {@code k}, without a label. */
  private void unnumberedHeading(int k) {
    int from = lines.contentStart(k);
    int to = lines.contentEnd(k);
    Section n = open(new HeadingLabel(Chapter.Numbering.UNNUMBERED, 0, from, from), from, to, false);
    segments.add(new Segment(from, to, n, false));
    headings.add(new Range(from, to));
    contentSinceHeading = false;
  }

  /**
   * An annex label (附件, 附表): a caption right above its table, a repeated label, or a bare label whose title is
   * the next line. Returns true if it is read so.
   */
  private boolean annexLabel(int b, HeadingLabel l, boolean bare) {
    int next = nextNonBlank(b);
    if (!bare && next >= 0 && blocks.get(next) instanceof Block.TableBlock) {
      captionBlocks.add(b); // 附表　2025年…主要指标 right above its table: the table's caption
      return true;
    }
    if (!bare) {
      return false;
    }
    Section prev = lastHeading(roots);
    if (prev != null && prev.label.numbering() == Chapter.Numbering.OTHER && !contentSinceHeading
        && prev.labelText.equals(src.originalSlice(l.start(), l.end()))) {
      captionBlocks.add(b);
      return true;
    }
    if (next >= 0 && (blocks.get(next) instanceof Block.Caption || blocks.get(next) instanceof Block.Paragraph)) {
      int nk = blocks.get(next).startLine();
      Section n = open(l, lines.contentStart(nk), lines.contentEnd(nk), false);
      n.start = l.start();
      captionBlocks.add(next);
      headings.add(new Range(l.start(), src.lineEnd(blocks.get(b).startLine())));
      contentSinceHeading = false;
      return true;
    }
    return false;
  }

  private Section open(HeadingLabel l, int ts, int te, boolean inline) {
    int depth = stack.size();
    for (int i = 0; i < stack.size() && l.numbering() != Chapter.Numbering.OTHER; i++) {
      if (stack.get(i).label.numbering() == l.numbering()) {
        depth = i;
        break;
      }
    }
    if (l.numbering() == Chapter.Numbering.OTHER) {
      depth = 0;
    }
    while (stack.size() > depth) {
      stack.remove(stack.size() - 1);
    }
    Section n = new Section(l, src.originalSlice(l.start(), l.end()).strip(),
        ts < te ? Importer.clean(src.originalSlice(ts, te)) : "");
    n.inline = inline;
    n.start = l.start();
    n.parent = current();
    n.kind = n.parent != null ? settled(n.parent) : classify(n.title);
    (n.parent == null ? roots : n.parent.children).add(n);
    n.head = src.writtenSlice(l.start(), te < ts ? l.end() : te);
    stack.add(n);
    return n;
  }

  /**
   * The kind of a chapter whose title did not tell it, now that it is needed: the plan's, a target. A title that
   * says nothing (一年接着一年干，…取得新进展) leaves it open for the chapter's first sentence to tell.
   */
  private static Observation.Kind settled(Section s) {
    if (s.kind == null) {
      s.kind = Observation.Kind.TARGET;
    }
    return s.kind;
  }

  /**
   * Settles an open chapter's kind by its first sentence, read before anything else of the chapter: one that names
   * the base year and not the plan year (2025年是“十四五”收官之年) opens a report on the past year.
   */
  private void opening(int from, int to) {
    Section c = current();
    if (c == null || c.kind != null) {
      return;
    }
    int stop = indexOf('。', from, to);
    String first = fold(t.substring(from, stop < 0 ? to : stop));
    c.kind = v.namesYear(first, baseYear) && !v.namesYear(first, planYear) ? Observation.Kind.ACTUAL
        : Observation.Kind.TARGET;
  }

  private Observation.@Nullable Kind classify(String title) {
    for (String w : v.actualChapterWords) {
      if (title.contains(w)) {
        return Observation.Kind.ACTUAL;
      }
    }
    for (String w : v.targetChapterWords) {
      if (title.contains(w)) {
        return Observation.Kind.TARGET;
      }
    }
    String folded = fold(title);
    if (v.namesYear(folded, planYear)) {
      return Observation.Kind.TARGET;
    }
    if (v.namesYear(folded, baseYear)) {
      return Observation.Kind.ACTUAL;
    }
    return null;
  }

  /**
   * Reads a paragraph's text, opening inline headings (一是…, 1.…) at sentence starts. A prose enumeration (一是…二是…)
   * inside the paragraph divides a heading only in a paragraph that belongs to one: it opens with a label, or it is
   * the first paragraph under a heading. Further on in a chapter (各位代表！…五年来…。一是…二是…) it is prose.
   */
  private void paragraph(int from, int to) {
    boolean owned = !contentSinceHeading;
    int segStart = from;
    int p = from;
    while (p < to) {
      HeadingLabel l = inlineLabel(p, from, to);
      if (l != null && p > from && l.numbering() == Chapter.Numbering.ENUMERATED && !owned) {
        l = null;
      }
      if (l != null) {
        owned = true;
        addSegment(segStart, p);
        int headEnd = inlineHeading(l, to);
        segStart = headEnd;
        p = afterSpaces(headEnd, to); // a joined text's 。 一是…: the next sentence starts after the space
        continue;
      }
      p = nextSentence(p, to);
    }
    addSegment(segStart, to);
  }

  /** Where the sentence after the one at {@code p} starts (after 。 or ；), or {@code to}. */
  private int nextSentence(int p, int to) {
    int stop = indexOf('。', p, to);
    int semi = indexOf('；', p, stop < 0 ? to : stop);
    if (semi >= 0) {
      stop = semi;
    }
    if (stop < 0) {
      return to;
    }
    return afterSpaces(stop + 1, to);
  }

  /** Where the spaces from {@code p} end, at most {@code to}. */
  private int afterSpaces(int p, int to) {
    int i = p;
    while (i < to && t.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Opens the inline heading {@code l}; returns where its title ends. */
  private int inlineHeading(HeadingLabel l, int to) {
    int stop = titleStop(l, to);
    int te = stop < 0 ? to : stop;
    Section n = open(l, l.end(), te, true);
    segments.add(new Segment(l.end(), te, n, false));
    int headEnd = stop < 0 ? to : stop + 1;
    headings.add(new Range(l.start(), headEnd));
    return headEnd;
  }

  /**
   * The inline heading label at sentence start {@code p} of the paragraph {@code from}–{@code to}, or null: next in
   * its scheme, after 。 (一是 also after ；), with a short first sentence as its title. A numbered list item (1.,
   * （1）, ①) may have a longer first sentence when the item before it or after it stands in the same paragraph
   * (今年要办好十件民生实事。（1）…；…。（2）…。); a prose enumeration whose first sentence runs on (一是坚守…，…，…。) is
   * not a heading.
   */
  private @Nullable HeadingLabel inlineLabel(int p, int from, int to) {
    HeadingLabel l = label(p, from, to);
    if (l == null) {
      return null;
    }
    int stop = titleStop(l, to);
    if (stop < 0 || stop == l.end()) {
      return null;
    }
    Section previous = null;
    for (int i = stack.size() - 1; i >= 0 && previous == null; i--) {
      if (stack.get(i).label.numbering() == l.numbering()) {
        previous = stack.get(i);
      }
    }
    if (l.ordinal() != (previous == null ? 1 : previous.label.ordinal() + 1)) {
      return null;
    }
    // a circled item (①…。②…。) is a list item whose whole first sentence is its title, so it may be longer
    int limit = l.numbering() == Chapter.Numbering.CIRCLED ? 80 : 40;
    if (stop - l.end() <= limit) {
      return l;
    }
    boolean listItem = l.numbering() != Chapter.Numbering.ENUMERATED
        && ((previous != null && previous.start >= from) || nextItemFollows(l, stop, from, to));
    return listItem ? l : null;
  }

  /** A label that may open an inline heading at {@code p}: not 第…部分, not 附件, not after ； unless 一是. */
  private @Nullable HeadingLabel label(int p, int from, int to) {
    HeadingLabel l = HeadingLabel.read(t, p, to, v, true);
    if (l == null || l.numbering() == Chapter.Numbering.OTHER || l.numbering() == Chapter.Numbering.PART
        || l.numbering() == Chapter.Numbering.VOLUME || l.numbering() == Chapter.Numbering.CHAPTER
        || l.numbering() == Chapter.Numbering.SECTION || l.end() >= to) {
      return null;
    }
    boolean afterSemicolon = p > from && (t.charAt(p - 1) == '；' || t.charAt(p - 1) == ';');
    return afterSemicolon && l.numbering() != Chapter.Numbering.ENUMERATED ? null : l;
  }

  /** Where the title of inline label {@code l} ends: its first 。 (一是: or ；), or -1. */
  private int titleStop(HeadingLabel l, int to) {
    int stop = indexOf('。', l.end(), to);
    if (l.numbering() == Chapter.Numbering.ENUMERATED) {
      int semi = indexOf('；', l.end(), stop < 0 ? to : stop);
      stop = semi >= 0 ? semi : stop;
    }
    return stop;
  }

  /** Whether the next label of {@code l}'s scheme at a later sentence start of the paragraph follows it in order. */
  private boolean nextItemFollows(HeadingLabel l, int stop, int from, int to) {
    for (int q = nextSentence(stop, to); q < to; q = nextSentence(q, to)) {
      HeadingLabel next = label(q, from, to);
      if (next != null && next.numbering() == l.numbering()) {
        return next.ordinal() == l.ordinal() + 1;
      }
    }
    return false;
  }

  private void addSegment(int from, int to) {
    if (to <= from) {
      return;
    }
    Section n = current();
    String written = src.writtenSlice(from, to);
    String text = written.strip(); // a paragraph as written, in its own script
    if (text.isEmpty()) {
      return;
    }
    if (n != null) {
      n.paragraphs.add(text);
      n.paragraphStarts.add(src.originalIndex(from) + leadingSpace(written, 0, written.length()));
    }
    segments.add(new Segment(from, to, n, true));
  }

  /**
   * The chars of white space (as {@link String#strip} sees it) that {@code s} has from {@code from}, before
   * {@code to}.
   */
  static int leadingSpace(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i - from;
  }

  private static @Nullable Section lastHeading(List<Section> roots) {
    if (roots.isEmpty()) {
      return null;
    }
    Section n = roots.get(roots.size() - 1);
    while (!n.children.isEmpty()) {
      n = n.children.get(n.children.size() - 1);
    }
    return n;
  }

  private static void number(List<Section> sections, String prefix, @Nullable KeptPath kept) {
    for (int i = 0; i < sections.size(); i++) {
      Section n = sections.get(i);
      KeptPath k = kept == null ? null : kept.child(i + 1);
      n.path = k != null ? k.path : prefix.isEmpty() ? Integer.toString(i + 1) : prefix + "." + (i + 1);
      number(n.children, n.path, k);
    }
  }

  /**
   * The chapter paths {@code 1} to {@code 16.16.16}, made once and shared by every imported plan as the observation
   * ids are (a racy cache: a path and its node are immutable once made, and a lost race only makes one twice);
   * deeper paths and later ordinals are made for each plan.
   */
  private static final class KeptPath {
    static final int DEPTH = 3;
    static final int ORDINALS = 16;
    static final KeptPath ROOT = new KeptPath("", 0);

    final String path;
    private final int depth;
    private final KeptPath @Nullable [] children;

    private KeptPath(String path, int depth) {
      this.path = path;
      this.depth = depth;
      children = depth < DEPTH ? new KeptPath[ORDINALS] : null;
    }

    /** The path of the {@code ordinal}th child, or null if it is not kept. */
    @Nullable KeptPath child(int ordinal) {
      KeptPath[] c = children;
      if (c == null || ordinal > ORDINALS) {
        return null;
      }
      KeptPath k = c[ordinal - 1];
      if (k == null) {
        k = new KeptPath(path.isEmpty() ? Integer.toString(ordinal) : path + "." + ordinal, depth + 1);
        c[ordinal - 1] = k;
      }
      return k;
    }
  }

  /** The year named by the caption just before table block {@code b} (表1　2024年主要指标…), or 0. */
  private int captionYear(int b) {
    int i = b - 1;
    while (i >= 0 && blocks.get(i) instanceof Block.Blank) {
      i--;
    }
    if (i < 0 || !(blocks.get(i) instanceof Block.Caption || blocks.get(i) instanceof Block.Paragraph
        || blocks.get(i) instanceof Block.Heading)) {
      return 0;
    }
    String line = lines.content(blocks.get(i).startLine());
    for (int j = 0; j + 5 <= line.length(); j++) {
      if (isDigits(line, j) && v.yearSuffixAfter(line, j) && (j == 0 || !Character.isDigit(line.charAt(j - 1)))) {
        return Integer.parseInt(line.substring(j, j + 4));
      }
    }
    return 0;
  }

  private int nextNonBlank(int b) {
    for (int i = b + 1; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Block.Blank)) {
        return i;
      }
    }
    return -1;
  }

  private int skipTitleStart(int i, int end) {
    while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '：' || t.charAt(i) == ':' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigits(String s, int i) {
    for (int k = i; k < i + 4; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 4 >= s.length() || !Character.isDigit(s.charAt(i + 4));
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 0xFF10 && c <= 0xFF19 ? (char) (c - 0xFEE0) : c);
    }
    return b.toString();
  }
}
