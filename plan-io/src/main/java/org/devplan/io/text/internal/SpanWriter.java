package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.devplan.model.Span;

/**
 * The spans stage: the original text cut into spans that cover it without gap or overlap, each of the kind of its
 * block (a heading's text a heading even where it starts a paragraph line, a table one span a line), so that the
 * text can be written back exactly as it came. A paragraph followed by blank lines ends where its text ends: its
 * line break and trailing white space open the blank span, so the span's text is the chapter's paragraph.
 */
final class SpanWriter {
  /** A place in the original text where a span of {@code kind} starts. */
  private record Mark(int at, Span.Kind kind) {}

  private final SourceText src;
  private final Sharing share;
  private final List<Mark> marks = new ArrayList<>();

  private SpanWriter(SourceText src, Sharing share) {
    this.src = src;
    this.share = share;
  }

  /**
   * The spans of {@code src}, whose lines {@code blocks} cover, with the heading texts at {@code headings}; the
   * blocks at indexes {@code captionBlocks} are captions whatever their kind. Texts and starts equal to ones
   * {@code share} has seen (a blank line, a paragraph's text) are its instances.
   */
  static List<Span> spans(SourceText src, List<Block> blocks, List<OutlineReader.Range> headings,
      Set<Integer> captionBlocks, Sharing share) {
    SpanWriter w = new SpanWriter(src, share);
    List<OutlineReader.Range> sorted = headings.stream().sorted(Comparator.comparingInt(OutlineReader.Range::start))
        .toList();
    int h = 0;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      h = w.mark(b, captionBlocks.contains(bi) ? Span.Kind.CAPTION : kind(b), sorted, h);
    }
    return w.cut();
  }

  /** Marks where block {@code b}'s spans start; returns the index of the first heading after it. */
  private int mark(Block b, Span.Kind kind, List<OutlineReader.Range> headings, int h) {
    if (b instanceof Block.TableBlock) {
      for (int k = b.startLine(); k < b.endLine(); k++) {
        marks.add(new Mark(src.originalLineStart(k), kind));
      }
      return h;
    }
    int from = src.lineStart(b.startLine());
    int to = b.endLine() < src.lineCount() ? src.lineStart(b.endLine()) : src.text().length();
    int at = src.originalLineStart(b.startLine());
    Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
    if (kind == Span.Kind.BLANK && last != null && last.kind() == Span.Kind.PARAGRAPH) {
      at = contentEnd(last.at(), at);
    }
    marks.add(new Mark(at, kind));
    Span.Kind after = kind == Span.Kind.HEADING ? Span.Kind.PARAGRAPH : kind;
    while (h < headings.size() && headings.get(h).start() < to) {
      OutlineReader.Range r = headings.get(h++);
      if (r.start() < from || kind == Span.Kind.CAPTION) {
        continue;
      }
      marks.add(new Mark(src.originalIndex(r.start()), Span.Kind.HEADING));
      if (r.end() < src.lineEnd(b.startLine())) {
        marks.add(new Mark(src.originalIndex(r.end()), after));
      }
    }
    return h;
  }

  /**
   * Where the text between decoded indices {@code from} and {@code to} ends, before its trailing white space (as
   * {@link String#strip} sees it): a paragraph's span ends there, so that it is its chapter's paragraph string.
   */
  private int contentEnd(int from, int to) {
    String o = src.original();
    int i = to;
    while (i > from && Character.isWhitespace(o.codePointBefore(i))) {
      i -= Character.charCount(o.codePointBefore(i));
    }
    return i;
  }

  private List<Span> cut() {
    String o = src.original();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int start = marks.get(i).at();
      int end = i + 1 < marks.size() ? marks.get(i + 1).at() : o.length();
      if (end > start) {
        spans.add(Span.of(marks.get(i).kind(), src.originalPosition(start), share.string(o.substring(start, end))));
      }
    }
    return spans;
  }

  private static Span.Kind kind(Block b) {
    if (b instanceof Block.Title) {
      return Span.Kind.TITLE;
    } else if (b instanceof Block.Heading) {
      return Span.Kind.HEADING;
    } else if (b instanceof Block.Caption) {
      return Span.Kind.CAPTION;
    } else if (b instanceof Block.TableBlock) {
      return Span.Kind.TABLE_CELL;
    } else if (b instanceof Block.Note) {
      return Span.Kind.NOTE;
    } else if (b instanceof Block.Blank) {
      return Span.Kind.BLANK;
    }
    return Span.Kind.PARAGRAPH;
  }
}
