package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devplan.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The spans stage: the original text cut into spans that cover it without gap or overlap, each of the kind of its
 * block (a heading's text a heading even where it starts a paragraph line, a table one span a line), so that the
 * text can be written back exactly as it came. A paragraph followed by blank lines ends where its text ends: its
 * line break and trailing white space open the blank span, so the span's text is the chapter's paragraph. A
 * heading's span is kept as its chapter's label and title and the rest of its text, a table cell's as its white
 * space and a string the import holds already (an indicator's name), so that the plan holds no copy of them.
 */
final class SpanWriter {
  /**
   * A place in the original text where a span of {@code kind} starts, with the strings its text starts with (a
   * heading's label and title), if known.
   */
  private record Mark(int at, Span.Kind kind, @Nullable List<String> head) {
    Mark(int at, Span.Kind kind) {
      this(at, kind, null);
    }
  }

  private final SourceText src;
  private final Sharing share;
  private final Map<Integer, List<String>> headingParts;
  private final Map<Integer, String> paragraphs;
  private final List<Mark> marks = new ArrayList<>();

  private SpanWriter(SourceText src, Sharing share, Map<Integer, List<String>> headingParts,
      Map<Integer, String> paragraphs) {
    this.src = src;
    this.share = share;
    this.headingParts = headingParts;
    this.paragraphs = paragraphs;
  }

  /**
   * The spans of {@code src}, whose lines {@code blocks} cover, with the heading texts at {@code headings}; the
   * blocks at indexes {@code captionBlocks} are captions whatever their kind. Texts and starts equal to ones
   * {@code share} has seen (a blank line, a paragraph's text) are its instances; a heading whose start is a key of
   * {@code headingParts} is kept as those strings and the rest of its text when it starts with them; a paragraph's
   * span that holds one of {@code paragraphs} (by where it starts in the original text) after its white space is
   * kept as that space, that string and the rest.
   */
  static List<Span> spans(SourceText src, List<Block> blocks, List<OutlineReader.Range> headings,
      Set<Integer> captionBlocks, Sharing share, Map<Integer, List<String>> headingParts,
      Map<Integer, String> paragraphs) {
    SpanWriter w = new SpanWriter(src, share, headingParts, paragraphs);
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
      marks.add(new Mark(src.originalIndex(r.start()), Span.Kind.HEADING, headingParts.get(r.start())));
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
        Mark m = marks.get(i);
        List<String> paragraph = m.kind() == Span.Kind.PARAGRAPH ? paragraph(o, start, end) : null;
        spans.add(Span.ofParts(m.kind(), src.originalPosition(start),
            paragraph != null ? paragraph : parts(o.substring(start, end), m)));
      }
    }
    return spans;
  }

  /**
   * The parts of the span {@code start}–{@code end} of {@code o} when a chapter's paragraph follows its white space:
   * that space, the paragraph's instance and the rest, so that the span's text is neither cut nor compared with
   * the strings the import keeps; null if none does.
   */
  private @Nullable List<String> paragraph(String o, int start, int end) {
    int at = start + OutlineReader.leadingSpace(o, start, end);
    String p = paragraphs.get(at);
    if (p == null || at + p.length() > end || !o.startsWith(p, at)) {
      return null;
    }
    return nonEmpty(o.substring(start, at), p, o.substring(at + p.length(), end));
  }

  /**
   * The parts to keep {@code text} of mark {@code m} as: the heading's label and title and the rest, a table cell's
   * white space around a string the import holds, else the import's instance of the text.
   */
  private List<String> parts(String text, Mark m) {
    List<String> head = m.head();
    if (head != null && text.startsWith(head.get(0)) && text.startsWith(head.get(1), head.get(0).length())) {
      return nonEmpty(head.get(0), head.get(1), text.substring(head.get(0).length() + head.get(1).length()));
    }
    if (m.kind() == Span.Kind.TABLE_CELL) {
      int from = 0;
      int to = text.length();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      String known = from < to ? share.known(text.substring(from, to)) : null;
      if (known != null) {
        return nonEmpty(text.substring(0, from), known, text.substring(to));
      }
    }
    return List.of(share.string(text));
  }

  /** The non-empty ones of {@code parts}, each the import's instance. */
  private List<String> nonEmpty(String... parts) {
    List<String> kept = new ArrayList<>(parts.length);
    for (String part : parts) {
      if (!part.isEmpty()) {
        kept.add(share.string(part));
      }
    }
    return kept;
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
