package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Span;
import org.devplan.model.Task;
import org.devplan.model.Unit;

/**
 * Stages 7 and 8: the whole pipeline from decoded text to a {@link Plan}. Reads the title (region, plan year,
 * base year, kind), builds the chapter tree (standalone and inline headings), reads tables and narrative
 * statements in their chapter's context (actual or target), links statements to indicators conservatively
 * (equal names after normalisation, or names listed together in the alias table), and partitions the text
 * into spans.
 */
public final class Importer {
  /**
   * What the caller knows about the document.
   *
   * @param document the name used in positions and provenance
   * @param region the region, if the caller sets it
   * @param planYear the plan year, if the caller sets it
   * @param baseYear the base year, if the caller sets it
   * @param sha256 the SHA-256 of the bytes, when read from bytes
   */
  public record Settings(String document, Optional<String> region, OptionalInt planYear, OptionalInt baseYear,
      Optional<String> sha256) {}

  private final Vocabulary v = Vocabulary.standard();
  private final Settings settings;
  private final SourceText src;
  private final String t;
  private List<Block> blocks;

  private Importer(SourceText src, Settings settings) {
    this.settings = settings;
    this.src = src;
    this.t = src.text();
  }

  /**
   * Imports decoded text, normalised by {@link SourceText#of}.
   *
   * @throws PlanFormatException if the plan year cannot be told from the title and is not set
   */
  public static Plan importText(SourceText src, Settings settings) {
    return new Importer(src, settings).run();
  }

  /** A chapter under construction. */
  private static final class Node {
    HeadingLabel label;
    String labelText;
    String title;
    boolean inline;
    Node parent;
    final List<Node> children = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    Observation.Kind kind;
    int start;
    String path;
    final List<String> observationIds = new ArrayList<>();
  }

  /** Narrative text of a chapter to read figures from; {@code words}: also words-only targets. */
  private record Segment(int from, int to, Node node, boolean words) {}

  /** A table in its chapter, with the notes under it and the year its caption names (0 if none). */
  private record TableAt(Table table, Node node, List<String> notes, int captionYear) {}

  /** An indicator under construction. */
  private static final class Draft {
    String name;
    Unit unit;
    Optional<String> group = Optional.empty();
    Indicator.Nature nature = Indicator.Nature.UNSPECIFIED;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
    final List<Observation.Builder> observations = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    boolean annex;
    boolean basisStated;
  }

  // --------------------------------------------------------------------------------------------- run

  private Plan run() {
    blocks = BlockReader.read(src, v);
    FrameReader.Frame frame = FrameReader.read(src, blocks, settings);
    blocks = frame.framed(blocks);
    String title = frame.title();
    int planYear = frame.planYear();
    int baseYear = frame.baseYear();
    Plan.Kind kind = frame.kind();
    boolean outline = kind == Plan.Kind.FIVE_YEAR_OUTLINE;
    Observation.Kind defaultKind = Observation.Kind.TARGET;

    List<Node> roots = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    List<int[]> headingRanges = new ArrayList<>();
    Set<Integer> captionBlocks = new HashSet<>();
    List<Segment> segments = new ArrayList<>();
    List<TableAt> tables = new ArrayList<>();
    boolean contentSinceHeading = true;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      Node current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
      switch (block.kind()) {
        case HEADING -> {
          int k = block.startLine();
          HeadingLabel l = block.label();
          int lineEnd = contentEnd(k);
          int ts = skipTitleStart(l.end(), lineEnd);
          int stop = indexOf('。', ts, lineEnd);
          int te = stop < 0 ? lineEnd : stop;
          boolean bare = ts >= te;
          if (l.numbering() == Chapter.Numbering.OTHER && !bare && nextNonBlank(b) >= 0
              && blocks.get(nextNonBlank(b)).kind() == Block.Kind.TABLE) {
            captionBlocks.add(b); // 附表　2025年…主要指标 right above its table: the table's caption
            continue;
          }
          if (l.numbering() == Chapter.Numbering.OTHER && bare) {
            Node prev = lastHeading(roots);
            if (prev != null && prev.label.numbering() == Chapter.Numbering.OTHER && !contentSinceHeading
                && prev.labelText.equals(src.originalSlice(l.start(), l.end()))) {
              captionBlocks.add(b);
              continue;
            }
            int next = nextNonBlank(b);
            if (next >= 0 && (blocks.get(next).kind() == Block.Kind.CAPTION
                || blocks.get(next).kind() == Block.Kind.PARAGRAPH)) {
              int nk = blocks.get(next).startLine();
              Node n = open(stack, roots, l, contentStart(nk), contentEnd(nk), false, defaultKind, planYear, baseYear);
              n.start = l.start();
              captionBlocks.add(next);
              headingRanges.add(new int[] {l.start(), src.lineEnd(k)});
              contentSinceHeading = false;
              continue;
            }
          }
          Node n = open(stack, roots, l, ts, te, stop >= 0 && stop + 1 < lineEnd, defaultKind, planYear, baseYear);
          segments.add(new Segment(ts, te, n, false));
          int headEnd = stop < 0 ? lineEnd : stop + 1;
          headingRanges.add(new int[] {l.start(), headEnd});
          contentSinceHeading = false;
          if (headEnd < lineEnd) {
            paragraph(headEnd, lineEnd, stack, roots, headingRanges, segments, defaultKind, planYear, baseYear);
            contentSinceHeading = true;
          }
        }
        case PARAGRAPH -> {
          int k = block.startLine();
          paragraph(contentStart(k), contentEnd(k), stack, roots, headingRanges, segments, defaultKind, planYear,
              baseYear);
          contentSinceHeading = true;
        }
        case TABLE -> {
          tables.add(new TableAt(block.table(), current, new ArrayList<>(), captionYear(b)));
          contentSinceHeading = true;
        }
        case NOTE -> {
          if (!tables.isEmpty()) {
            List<String> notes = tables.get(tables.size() - 1).notes();
            int k = block.startLine();
            notes.add(src.originalSlice(contentStart(k), contentEnd(k)).strip());
          }
        }
        default -> { }
      }
    }
    number(roots, "");

    // tables
    List<Draft> drafts = new ArrayList<>();
    Map<String, Draft> byName = new HashMap<>();
    Map<String, Draft> byAlias = new HashMap<>();
    TableReader tableReader = new TableReader(v, planYear, baseYear, outline);
    for (TableAt tb : tables) {
      Table table = tb.table();
      Node node = tb.node();
      List<String> notes = tb.notes();
      List<Draft> ofTable = new ArrayList<>();
      Map<Bound.Kind, String> signs = signReadings(notes);
      for (TableReader.Entry e : tableReader.read(table, tb.captionYear())) {
        Draft d = new Draft();
        d.name = e.name();
        d.unit = e.unit();
        d.group = e.group();
        d.nature = e.nature();
        d.annex = true;
        for (TableReader.Figure f : e.figures()) {
          Observation.Builder o = new Observation.Builder().kind(f.kind()).period(f.period())
              .level(f.level().map(x -> reread(x, signs))).growth(f.growth().map(x -> reread(x, signs)))
              .isChange(f.level().filter(this::isChangeWording).isPresent())
              .hedge(f.hedge()).status(f.status())
              .provenance(Provenance.table(settings.document(), src.position(f.start()), f.row(), f.cell()));
          if (node != null) {
            o.chapter(node.path);
          }
          d.observations.add(o);
          d.nodes.add(node);
        }
        drafts.add(d);
        ofTable.add(d);
        register(d, byName, byAlias);
      }
      for (String note : notes) {
        List<Draft> named = ofTable.stream().filter(d -> note.contains(d.name)
            || note.contains(stripGrowth(d.name))).toList();
        boolean comparable = note.contains("可比价");
        for (Draft d : named.isEmpty() ? ofTable : named) {
          d.notes.add(note);
          if (comparable && !named.isEmpty()) {
            d.basisStated = true;
          }
        }
      }
    }

    // narrative
    FigureReader reader = new FigureReader(src, v);
    for (Segment seg : segments) {
      int from = seg.from();
      int to = seg.to();
      Node node = seg.node();
      Observation.Kind ctxKind = node == null ? defaultKind : node.kind;
      FigureReader.Context ctx = new FigureReader.Context(planYear, baseYear, ctxKind, outline);
      for (Statement s : reader.read(from, to, ctx, seg.words())) {
        Draft d = link(s.name(), drafts, byName, byAlias, s);
        Observation.Builder o = new Observation.Builder().kind(s.kind()).period(s.period()).level(s.level())
            .growth(s.growth()).isChange(s.change()).verb(s.verb()).hedge(s.hedge()).reference(s.reference())
            .status(s.kind() == Observation.Kind.ACTUAL ? s.status() : Optional.empty())
            .provenance(new Provenance.Builder().document(settings.document()).origin(Provenance.Origin.NARRATIVE)
                .start(src.position(s.start())).end(src.position(s.end())).build());
        if (node != null) {
          o.chapter(node.path);
        }
        d.observations.add(o);
        d.nodes.add(node);
      }
    }

    drafts = splitByDimension(drafts);

    // indicators
    List<Indicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    int id = 0;
    for (Draft d : drafts) {
      if (d.observations.isEmpty()) {
        continue;
      }
      String code = unique(slug(d.name), codes, nextSuffix);
      Indicator.Builder ib = new Indicator.Builder().code(code).name(d.name)
          .unit(d.unit != null ? d.unit : Unit.UNSPECIFIED).group(d.group)
          .nature(d.nature).addAllNotes(d.notes);
      d.aliases.remove(d.name);
      ib.addAllAliases(d.aliases);
      if (d.basisStated) {
        ib.growthBasis(Indicator.GrowthBasis.COMPARABLE_PRICES).growthBasisEvidence(Evidence.STATED);
      } else if (v.isComparablePrice(stripGrowth(d.name))) {
        ib.growthBasis(Indicator.GrowthBasis.COMPARABLE_PRICES).growthBasisEvidence(Evidence.INFERRED);
      }
      Unit unit = d.unit != null ? d.unit : Unit.UNSPECIFIED;
      v.measure(d.name, unit).ifPresent(m -> ib.measure(m).measureEvidence(Evidence.INFERRED));
      for (int i = 0; i < d.observations.size(); i++) {
        String oid = "o" + (++id);
        ib.addObservation(d.observations.get(i).id(oid).build());
        Node n = d.nodes.get(i);
        if (n != null) {
          n.observationIds.add(oid);
        }
      }
      indicators.add(ib.build());
    }

    List<Chapter> chapters = new ArrayList<>();
    for (Node n : roots) {
      chapters.add(chapter(n));
    }
    String region = frame.region();
    Source.Builder source = new Source.Builder().documentTitle(frame.documentTitle());
    settings.sha256().ifPresent(source::sha256);
    return new Plan.Builder().id(planId(region, planYear)).title(title).kind(kind).region(Region.of(region))
        .regionEvidence(frame.regionEvidence()).planYear(planYear).planYearEvidence(frame.planYearEvidence())
        .baseYear(baseYear).baseYearEvidence(frame.baseYearEvidence()).source(source.build()).addAllChapters(chapters)
        .addAllIndicators(indicators).addAllSpans(spans(headingRanges, captionBlocks)).build();
  }

  // --------------------------------------------------------------------------------------------- headings

  private Node open(List<Node> stack, List<Node> roots, HeadingLabel l, int ts, int te, boolean inline,
      Observation.Kind defaultKind, int planYear, int baseYear) {
    int depth;
    if (l.numbering() == Chapter.Numbering.OTHER) {
      depth = 0;
    } else {
      depth = stack.size();
      for (int i = 0; i < stack.size(); i++) {
        if (stack.get(i).label.numbering() == l.numbering()) {
          depth = i;
          break;
        }
      }
    }
    while (stack.size() > depth) {
      stack.remove(stack.size() - 1);
    }
    Node n = new Node();
    n.label = l;
    n.labelText = src.originalSlice(l.start(), l.end()).strip();
    n.title = ts < te ? clean(src.originalSlice(ts, te)) : "";
    n.inline = inline;
    n.start = l.start();
    n.parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    n.kind = n.parent != null ? n.parent.kind : classify(n.title, planYear, baseYear);
    if (n.kind == null) {
      n.kind = defaultKind;
    }
    if (n.parent == null) {
      roots.add(n);
    } else {
      n.parent.children.add(n);
    }
    n.text.append(src.originalSlice(l.start(), te < ts ? l.end() : te));
    stack.add(n);
    return n;
  }

  static String clean(String title) {
    StringBuilder b = new StringBuilder();
    title.codePoints().filter(cp -> cp != '\u3000' && cp != '\u200B' && cp != '\uFEFF').forEach(b::appendCodePoint);
    String s = b.toString().strip();
    while (s.endsWith("。")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private Observation.Kind classify(String title, int planYear, int baseYear) {
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
    if (folded.contains(planYear + "年")) {
      return Observation.Kind.TARGET;
    }
    if (folded.contains(baseYear + "年")) {
      return Observation.Kind.ACTUAL;
    }
    return null;
  }

  /** Reads a paragraph's text, opening inline headings (一是…, 1.…) at sentence starts. */
  private void paragraph(int from, int to, List<Node> stack, List<Node> roots, List<int[]> headingRanges,
      List<Segment> segments, Observation.Kind defaultKind, int planYear, int baseYear) {
    int segStart = from;
    int p = from;
    while (p < to) {
      HeadingLabel l = inlineLabel(p, to, stack);
      boolean afterSemicolon = p > from && (t.charAt(p - 1) == '；' || t.charAt(p - 1) == ';');
      if (l != null && afterSemicolon && l.numbering() != Chapter.Numbering.ENUMERATED) {
        l = null;
      }
      if (l != null) {
        addSegment(segStart, p, stack, segments);
        int stop = indexOf('。', l.end(), to);
        if (l.numbering() == Chapter.Numbering.ENUMERATED) {
          int semi = indexOf('；', l.end(), stop < 0 ? to : stop);
          stop = semi >= 0 ? semi : stop;
        }
        int te = stop < 0 ? to : stop;
        Node n = open(stack, roots, l, l.end(), te, true, defaultKind, planYear, baseYear);
        segments.add(new Segment(l.end(), te, n, false));
        int headEnd = stop < 0 ? to : stop + 1;
        headingRanges.add(new int[] {l.start(), headEnd});
        segStart = headEnd;
        p = headEnd;
        continue;
      }
      int stop = indexOf('。', p, to);
      int semi = indexOf('；', p, stop < 0 ? to : stop);
      if (semi >= 0) {
        stop = semi;
      }
      if (stop < 0) {
        break;
      }
      p = stop + 1;
      while (p < to && t.charAt(p) == ' ') {
        p++;
      }
    }
    addSegment(segStart, to, stack, segments);
  }

  private HeadingLabel inlineLabel(int p, int to, List<Node> stack) {
    HeadingLabel l = HeadingLabel.read(t, p, to, v, true);
    if (l == null || l.numbering() == Chapter.Numbering.OTHER || l.numbering() == Chapter.Numbering.PART
        || l.numbering() == Chapter.Numbering.VOLUME || l.numbering() == Chapter.Numbering.CHAPTER
        || l.numbering() == Chapter.Numbering.SECTION || l.end() >= to) {
      return null;
    }
    // a circled item (①…。②…。) is a list item whose whole first sentence is its title, so it may be longer
    int limit = l.end() + (l.numbering() == Chapter.Numbering.CIRCLED ? 81 : 41);
    int stop = indexOf('。', l.end(), Math.min(to, limit));
    if (l.numbering() == Chapter.Numbering.ENUMERATED) {
      int semi = indexOf('；', l.end(), stop < 0 ? Math.min(to, limit) : stop);
      stop = semi >= 0 ? semi : stop;
    }
    if (stop < 0 || stop == l.end()) {
      return null;
    }
    for (int i = stack.size() - 1; i >= 0; i--) {
      Node n = stack.get(i);
      if (n.label.numbering() == l.numbering()) {
        return l.ordinal() == n.label.ordinal() + 1 ? l : null;
      }
    }
    return l.ordinal() == 1 ? l : null;
  }

  private void addSegment(int from, int to, List<Node> stack, List<Segment> segments) {
    if (to <= from) {
      return;
    }
    Node n = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    String text = src.originalSlice(from, to).strip();
    if (text.isEmpty()) {
      return;
    }
    if (n != null) {
      n.paragraphs.add(text);
      n.text.append(text);
    }
    segments.add(new Segment(from, to, n, true));
  }

  private static Node lastHeading(List<Node> roots) {
    if (roots.isEmpty()) {
      return null;
    }
    Node n = roots.get(roots.size() - 1);
    while (!n.children.isEmpty()) {
      n = n.children.get(n.children.size() - 1);
    }
    return n;
  }

  private static void number(List<Node> nodes, String prefix) {
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      n.path = prefix.isEmpty() ? Integer.toString(i + 1) : prefix + "." + (i + 1);
      number(n.children, n.path);
    }
  }

  private Chapter chapter(Node n) {
    Chapter.Builder b = new Chapter.Builder().label(n.labelText).numbering(n.label.numbering())
        .ordinal(n.label.ordinal()).title(n.title).path(n.path).inline(n.inline).addAllParagraphs(n.paragraphs)
        .provenance(Provenance.narrative(settings.document(), src.position(n.start)));
    for (Node c : n.children) {
      b.addChildren(chapter(c));
    }
    if (n.children.isEmpty() && n.kind == Observation.Kind.TARGET && !n.title.isBlank()) {
      b.addTasks(new Task.Builder().id(n.path).label(n.labelText).title(n.title).text(n.text.toString())
          .addAllObservationIds(n.observationIds)
          .provenance(Provenance.narrative(settings.document(), src.position(n.start))).build());
    }
    return b.build();
  }

  // --------------------------------------------------------------------------------------------- linking

  private void register(Draft d, Map<String, Draft> byName, Map<String, Draft> byAlias) {
    String key = v.normaliseName(d.name);
    byName.putIfAbsent(key, d);
    String group = v.aliasGroups.get(key);
    if (group != null) {
      byAlias.putIfAbsent(group, d);
    }
  }

  private Draft link(String name, List<Draft> drafts, Map<String, Draft> byName, Map<String, Draft> byAlias,
      Statement s) {
    String key = v.normaliseName(name);
    Draft d = byName.get(key);
    if (d == null) {
      String group = v.aliasGroups.get(key);
      if (group != null) {
        d = byAlias.get(group);
      }
    }
    if (d == null) {
      d = new Draft();
      d.name = name;
      d.unit = s.level().flatMap(Bound::unit).orElse(null);
      drafts.add(d);
      register(d, byName, byAlias);
    }
    if (d.unit == null) {
      d.unit = s.level().flatMap(Bound::unit).orElse(null);
    }
    if (!d.name.equals(name)) {
      d.aliases.add(name);
    }
    return d;
  }

  /**
   * One indicator per dimension: figures of one subject written in units that do not convert into each other
   * (交易8151宗11.8亿元, 12台69万千瓦机组, 14个项目完成投资81亿元) become indicators of their own. The annex's
   * figures, or else the first figures not counted in items (个, 家, 台…), keep the name; the others get the name
   * followed by their unit in brackets.
   */
  private static List<Draft> splitByDimension(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<List<Integer>> classes = new ArrayList<>();
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < d.observations.size(); i++) {
        Observation o = d.observations.get(i).id("x").build();
        Optional<Unit> u = o.level().flatMap(Bound::unit);
        if (u.isEmpty() || o.isChange() || u.get().equals(Unit.UNSPECIFIED)) {
          continue;
        }
        int c = 0;
        while (c < units.size() && !u.get().isConvertibleTo(units.get(c))) {
          c++;
        }
        if (c == units.size()) {
          units.add(u.get());
          classes.add(new ArrayList<>());
        }
        classes.get(c).add(i);
      }
      if (classes.size() < 2) {
        out.add(d);
        continue;
      }
      int keep = -1;
      if (d.annex && d.unit != null) {
        for (int c = 0; c < units.size() && keep < 0; c++) {
          keep = units.get(c).isConvertibleTo(d.unit) ? c : -1;
        }
      }
      for (int c = 0; c < units.size() && keep < 0; c++) {
        keep = units.get(c).dimension() != org.devplan.model.Dimension.COUNT ? c : -1;
      }
      keep = Math.max(keep, 0);
      List<Draft> parts = new ArrayList<>();
      for (int c = 0; c < units.size(); c++) {
        Draft p = c == keep ? d : new Draft();
        if (c != keep) {
          p.name = d.name + "（" + units.get(c).symbol() + "）";
          p.group = d.group;
          for (String a : d.aliases) {
            p.aliases.add(a + "（" + units.get(c).symbol() + "）");
          }
        }
        parts.add(p);
      }
      List<Observation.Builder> observations = new ArrayList<>(d.observations);
      List<Node> nodes = new ArrayList<>(d.nodes);
      d.observations.clear();
      d.nodes.clear();
      if (!d.annex) {
        d.unit = units.get(keep);
      }
      int[] owner = new int[observations.size()];
      java.util.Arrays.fill(owner, keep);
      for (int c = 0; c < units.size(); c++) {
        if (c != keep) {
          parts.get(c).unit = units.get(c);
        }
        for (int i : classes.get(c)) {
          owner[i] = c;
        }
      }
      for (int i = 0; i < owner.length; i++) {
        parts.get(owner[i]).observations.add(observations.get(i));
        parts.get(owner[i]).nodes.add(nodes.get(i));
      }
      out.addAll(parts);
    }
    return out;
  }

  /** How the table's notes read its signs: 注：“<”表示“以内” makes {@code <5} an at-most bound. */
  private Map<Bound.Kind, String> signReadings(List<String> notes) {
    Map<Bound.Kind, String> out = new HashMap<>();
    for (String note : notes) {
      String n = note.replace('＜', '<').replace('＞', '>');
      for (String[] r : v.noteSigns) {
        int at = n.indexOf(r[0]);
        if (at >= 0 && n.indexOf(r[1], at) >= 0 && n.indexOf(r[1], at) - at <= 8) {
          out.put(r[0].equals("<") ? Bound.Kind.LESS_THAN : Bound.Kind.GREATER_THAN, r[1]);
        }
      }
    }
    return out;
  }

  /** A table cell that states a change of the level (提高0.5个百分点), not the level itself. */
  private boolean isChangeWording(Bound b) {
    String text = b.text().strip();
    return b.isNumeric() && v.changeVerbs.matchAt(text, 0, text.length()) != null;
  }

  /**
   * A signed cell (<5) read as the table's notes define its sign (“<”表示“以内”): its wording becomes the notes' own
   * (5以内), so that the bound and its wording agree wherever the plan is read again; the cell as written stays in the
   * plan's spans and provenance.
   */
  private Bound reread(Bound b, Map<Bound.Kind, String> signs) {
    if (b instanceof Bound.Single s && signs.containsKey(s.kind())) {
      String text = s.text().strip();
      boolean signed = text.startsWith("<") || text.startsWith(">") || text.startsWith("＜") || text.startsWith("＞");
      if (signed) {
        String word = signs.get(s.kind());
        String rest = text.substring(1).strip();
        boolean prefix = v.qualifierPrefixes.contains(word);
        try {
          return Bound.parse(prefix ? word + rest : rest + word, v.lexicon);
        } catch (PlanFormatException notAReading) {
          return b;
        }
      }
    }
    return b;
  }

  private static String stripGrowth(String name) {
    return name.endsWith("增长") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
  }

  // --------------------------------------------------------------------------------------------- ids

  private String planId(String region, int planYear) {
    String base = settings.document();
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    base = base.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String id = slug(base);
    return id.equals("indicator") || base.startsWith("<") ? slug(region + "-" + planYear) : id;
  }

  static String slug(String name) {
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_') {
        if (cp >= 0xFF10 && cp <= 0xFF5A) {
          cp -= 0xFEE0;
        }
        b.appendCodePoint(cp);
        dash = false;
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    String s = b.toString();
    while (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "indicator" : s;
  }

  private static String unique(String code, Set<String> codes, Map<String, Integer> next) {
    String c = code;
    int n = next.getOrDefault(code, 2);
    while (!codes.add(c)) {
      c = code + "-" + n++;
    }
    next.put(code, n);
    return c;
  }

  // --------------------------------------------------------------------------------------------- spans

  private List<Span> spans(List<int[]> headingRanges, Set<Integer> captionBlocks) {
    List<int[]> marks = new ArrayList<>(); // {original offset, kind ordinal}
    int h = 0;
    headingRanges.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      Span.Kind kind = switch (b.kind()) {
        case TITLE -> Span.Kind.TITLE;
        case HEADING -> Span.Kind.HEADING;
        case CAPTION -> Span.Kind.CAPTION;
        case TABLE -> Span.Kind.TABLE_CELL;
        case NOTE -> Span.Kind.NOTE;
        case BLANK -> Span.Kind.BLANK;
        default -> Span.Kind.PARAGRAPH;
      };
      if (captionBlocks.contains(bi)) {
        kind = Span.Kind.CAPTION;
      }
      if (b.kind() == Block.Kind.TABLE) {
        for (int k = b.startLine(); k < b.endLine(); k++) {
          marks.add(new int[] {src.originalLineStart(k), kind.ordinal()});
        }
        continue;
      }
      int from = src.lineStart(b.startLine());
      int to = b.endLine() < src.lineCount() ? src.lineStart(b.endLine()) : t.length();
      marks.add(new int[] {src.originalLineStart(b.startLine()), kind.ordinal()});
      Span.Kind after = kind == Span.Kind.HEADING ? Span.Kind.PARAGRAPH : kind;
      while (h < headingRanges.size() && headingRanges.get(h)[0] < to) {
        int[] r = headingRanges.get(h++);
        if (r[0] < from || kind == Span.Kind.CAPTION) {
          continue;
        }
        marks.add(new int[] {src.originalIndex(r[0]), Span.Kind.HEADING.ordinal()});
        if (r[1] < src.lineEnd(b.startLine())) {
          marks.add(new int[] {src.originalIndex(r[1]), after.ordinal()});
        }
      }
    }
    String o = src.original();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int start = marks.get(i)[0];
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : o.length();
      if (end > start) {
        Span.Kind kind = Span.Kind.values()[marks.get(i)[1]];
        spans.add(Span.of(kind, src.originalPosition(start), o.substring(start, end)));
      }
    }
    return spans;
  }

  // --------------------------------------------------------------------------------------------- text helpers

  private int contentStart(int k) {
    int i = src.lineStart(k);
    int e = src.lineEnd(k);
    while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private int contentEnd(int k) {
    int s = src.lineStart(k);
    int e = src.lineEnd(k);
    while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\t')) {
      e--;
    }
    return Math.max(e, contentStart(k));
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

  /** The year named by the caption just before table block {@code b} (表1　2024年主要指标…), or 0. */
  private int captionYear(int b) {
    int i = b - 1;
    while (i >= 0 && blocks.get(i).kind() == Block.Kind.BLANK) {
      i--;
    }
    if (i < 0 || (blocks.get(i).kind() != Block.Kind.CAPTION && blocks.get(i).kind() != Block.Kind.PARAGRAPH
        && blocks.get(i).kind() != Block.Kind.HEADING)) {
      return 0;
    }
    int k = blocks.get(i).startLine();
    String line = t.substring(contentStart(k), contentEnd(k));
    for (int j = 0; j + 5 <= line.length(); j++) {
      if (isDigits(line, j) && line.charAt(j + 4) == '年' && (j == 0 || !Character.isDigit(line.charAt(j - 1)))) {
        return Integer.parseInt(line.substring(j, j + 4));
      }
    }
    return 0;
  }

  private int nextNonBlank(int b) {
    for (int i = b + 1; i < blocks.size(); i++) {
      if (blocks.get(i).kind() != Block.Kind.BLANK) {
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
