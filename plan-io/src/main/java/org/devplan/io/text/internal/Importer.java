package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.devplan.model.Chapter;
import org.devplan.model.Concepts;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Task;
import org.devplan.model.Unit;

/**
 * The whole pipeline from decoded text to a {@link Plan}, as stages with narrow records between them: blocks
 * ({@link BlockReader}: lines to {@link Block}s, tables by {@link TableLayout}), frame ({@link FrameReader}: title,
 * subtitle, region, years, kind), outline ({@link OutlineReader}: the chapter tree, narrative segments and tables
 * in their chapters), tables ({@link AnnexReader}: table rows to draft indicators), statements
 * ({@link NarrativeReader} over {@link FigureReader}), linking ({@link Linker}: observations to indicators) and
 * spans ({@link SpanWriter}); this class gives the ids and builds the plan.
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

  private static final Concepts CONCEPTS = Concepts.standard();
  private static final int KEPT_IDS = 2048;
  private static final String[] IDS = new String[KEPT_IDS];

  private final Vocabulary v = Vocabulary.standard();
  private final Settings settings;
  private final SourceText src;
  private final Sharing share;
  /** The label and title of each heading written as just them, by the heading's start: its span's first parts. */
  private final Map<Integer, List<String>> headingParts = new HashMap<>();
  /** The chapters' paragraphs, each the instance the plan keeps, by where they start in the original text. */
  private final Map<Integer, String> paragraphsAt = new HashMap<>();

  private Importer(SourceText src, Settings settings) {
    this.settings = settings;
    this.src = src;
    this.share = new Sharing(src.text().length());
  }

  /**
   * Imports decoded text, normalised by {@link SourceText#of}.
   *
   * @throws PlanFormatException if the plan year cannot be told from the title and is not set
   */
  public static Plan importText(SourceText src, Settings settings) {
    return new Importer(src, settings).run();
  }

  // --------------------------------------------------------------------------------------------- run

  private Plan run() {
    List<Block> read = BlockReader.read(src, v);
    FrameReader.Frame frame = FrameReader.read(src, read, settings);
    List<Block> blocks = frame.framed(read);
    int planYear = frame.planYear();
    int baseYear = frame.baseYear();
    boolean outline = frame.kind() == Plan.Kind.FIVE_YEAR_OUTLINE;
    OutlineReader.Outline chapters = OutlineReader.read(src, v, blocks, planYear, baseYear);
    List<Draft> annex = new AnnexReader(src, v, settings.document(), planYear, baseYear)
        .read(chapters.tables());
    List<Linker.Reading> readings = NarrativeReader.read(src, v, settings.document(), chapters.segments(), planYear,
        baseYear, outline, frame.unsectioned());
    List<Draft> drafts = Linker.link(v, annex, readings);
    List<Indicator> indicators = indicators(drafts);
    Source.Builder source = new Source.Builder().documentTitle(frame.documentTitle());
    settings.sha256().ifPresent(source::sha256);
    return new Plan.Builder().id(planId(frame.region(), planYear)).title(frame.title()).kind(frame.kind())
        .region(Region.of(frame.region())).regionEvidence(frame.regionEvidence()).planYear(planYear)
        .planYearEvidence(frame.planYearEvidence()).baseYear(baseYear).baseYearEvidence(frame.baseYearEvidence())
        .source(source.build()).addAllChapters(chapters.roots().stream().map(this::chapter).toList())
        .addAllIndicators(indicators)
        .addAllSpans(SpanWriter.spans(src, blocks, chapters.headings(), chapters.captionBlocks(), share,
            headingParts, paragraphsAt))
        .build();
  }

  /** The indicators of {@code drafts} that have observations, with unique codes and ids in order. */
  private List<Indicator> indicators(List<Draft> drafts) {
    List<Indicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    int id = 0;
    for (Draft d : drafts) {
      if (d.observations.isEmpty()) {
        continue;
      }
      Unit unit = d.unit != null ? d.unit : Unit.UNSPECIFIED;
      List<Observation> observations = new ArrayList<>(d.observations.size());
      for (int i = 0; i < d.observations.size(); i++) {
        id++;
        String oid = observationId(id);
        observations.add(share.observation(d.observations.get(i).id(oid).build()));
        Section n = d.sections.get(i);
        if (n != null) {
          n.observationIds.add(oid);
        }
      }
      int near = observations.get(0).provenance().map(p -> src.originalOffset(p.start())).orElse(0);
      String name = share.string(src.written(d.name, near));
      Indicator.Builder ib = new Indicator.Builder().name(name)
          .code(share.string(unique(slug(d.name), codes, nextSuffix))).unit(share.unit(unit)).group(d.group)
          .addAllNotes(d.notes);
      CONCEPTS.match(d.name, unit).ifPresent(c -> ib.concept(Inferred.inferred(c.code()))); // by the name as read
      if (d.nature != Indicator.Nature.UNSPECIFIED) {
        ib.nature(Inferred.stated(d.nature)); // an unspecified nature stays the default: a stated one is rebuilt
      }
      d.aliases.remove(d.name);
      d.aliases.forEach(a -> ib.addAlias(src.written(a, near)));
      if (d.basisStated) {
        ib.growthBasis(Inferred.stated(Indicator.GrowthBasis.COMPARABLE_PRICES));
      } else if (v.isComparablePrice(v.withoutGrowthEnd(d.name))) {
        ib.growthBasis(Inferred.inferred(Indicator.GrowthBasis.COMPARABLE_PRICES));
      }
      v.measure(d.name, unit).ifPresent(m -> ib.measure(Inferred.inferred(m)));
      indicators.add(ib.addAllObservations(observations).build());
    }
    return indicators;
  }

  private Chapter chapter(Section n) {
    Provenance at = share.provenance(Provenance.narrative(settings.document(), src.position(n.start)));
    String label = share.string(n.labelText);
    String title = share.string(src.written(n.title, src.originalIndex(n.start)));
    boolean labelAndTitle = isLabelAndTitle(n.head, label, title);
    if (labelAndTitle) {
      headingParts.put(n.start, List.of(label, title));
    }
    List<String> paragraphs = new ArrayList<>(n.paragraphs.size());
    for (int i = 0; i < n.paragraphs.size(); i++) {
      String p = share.string(n.paragraphs.get(i));
      paragraphs.add(p);
      paragraphsAt.put(n.paragraphStarts.get(i), p);
    }
    Chapter.Builder b = new Chapter.Builder().label(label).numbering(n.label.numbering())
        .ordinal(n.label.ordinal()).title(title).path(n.path).inline(n.inline).addAllParagraphs(paragraphs)
        .provenance(at);
    for (Section c : n.children) {
      b.addChildren(chapter(c));
    }
    if (n.children.isEmpty() && n.kind == Observation.Kind.TARGET && !n.title.isBlank()) {
      b.addTasks(new Task.Builder().id(n.path).label(label).title(title)
          .textParts(taskText(n, labelAndTitle, label, title, paragraphs))
          .addAllObservationIds(n.observationIds).provenance(at).build());
    }
    return b.build();
  }

  /**
   * A task's text as parts the plan holds anyway: its label and title when its heading is just them, else the
   * heading, then its chapter's paragraphs (so the plan holds no copy of them).
   */
  private static List<String> taskText(Section n, boolean labelAndTitle, String label, String title,
      List<String> paragraphs) {
    List<String> parts = new ArrayList<>(paragraphs.size() + 2);
    if (labelAndTitle) {
      parts.add(label);
      parts.add(title);
    } else {
      parts.add(n.head);
    }
    parts.addAll(paragraphs);
    return parts;
  }

  /** True if a heading as written ({@code head}) is its label followed by its title. */
  private static boolean isLabelAndTitle(String head, String label, String title) {
    return head.length() == label.length() + title.length() && head.startsWith(label)
        && head.startsWith(title, label.length());
  }

  /**
   * {@code title} without ideographic spaces, zero-width spaces and byte-order marks, stripped, without the 。 it
   * ends with. The marks are chars of the Basic Multilingual Plane, so a char loop drops them as a code point loop
   * would; a title without one is not copied.
   */
  static String clean(String title) {
    StringBuilder b = null;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == '\u3000' || c == '\u200B' || c == '\uFEFF') {
        if (b == null) {
          b = new StringBuilder(title.length()).append(title, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    String s = (b == null ? title : b.toString()).strip();
    while (s.endsWith("。")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
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
    if (isOwnSlug(name)) {
      return name; // most indicator names: no copy made code point by code point
    }
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

  /**
   * True if {@code name} is its own {@link #slug}: not empty, and each char a letter or digit (no full-width one,
   * none outside the Basic Multilingual Plane: a surrogate is neither), {@code .} or {@code _}.
   */
  private static boolean isOwnSlug(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_') || (c >= 0xFF10 && c <= 0xFF5A)) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  /**
   * The id {@code o}<i>n</i> of a plan's <i>n</i>th observation. Every import numbers its observations from o1, so
   * the first {@value #KEPT_IDS} ids are made once and shared by all plans (a racy cache: a String is immutable).
   */
  static String observationId(int n) {
    if (n > KEPT_IDS) {
      return "o" + n;
    }
    String id = IDS[n - 1];
    if (id == null) {
      id = "o" + n;
      IDS[n - 1] = id;
    }
    return id;
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
}
