package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Provenance;

/**
 * The statements stage: the figures of each narrative segment, read by {@link FigureReader} in its chapter's
 * context (actual or target), as observations waiting to be linked to their indicators.
 */
final class NarrativeReader {
  private NarrativeReader() {}

  /**
   * The readings of {@code segments} of {@code document}, a plan of {@code planYear} reporting on {@code baseYear}
   * whose figures outside every chapter are of kind {@code unsectioned}.
   */
  static List<Linker.Reading> read(SourceText src, Vocabulary v, String document, List<OutlineReader.Segment> segments,
      int planYear, int baseYear, boolean outline, Observation.Kind unsectioned) {
    FigureReader reader = new FigureReader(src, v);
    List<Linker.Reading> out = new ArrayList<>();
    Section top = null; // the top chapter of the segment before and the period its heading names, read once
    int[] topPeriod = {0, 0};
    for (OutlineReader.Segment seg : segments) {
      Section section = seg.section();
      Observation.Kind kind = section == null ? unsectioned : section.kind == null ? Observation.Kind.TARGET : section.kind;
      if (!outline && section != null && top(section) != top) {
        top = top(section);
        topPeriod = Dating.headingPeriod(top.title, baseYear, v);
      }
      int[] period = outline || section == null ? new int[] {0, 0} : topPeriod;
      FigureReader.Context ctx = new FigureReader.Context(planYear, baseYear, kind, outline, period[0], period[1],
          section != null);
      for (Statement s : reader.read(seg.from(), seg.to(), ctx, seg.words())) {
        Observation.Builder o = new Observation.Builder().kind(s.kind()).period(s.period()).level(s.level())
            .growth(s.growth()).isChange(s.change()).verb(s.verb()).hedge(s.hedge()).reference(s.reference())
            .status(s.kind() == Observation.Kind.ACTUAL ? s.status() : Optional.empty())
            .provenance(new Provenance.Builder().document(document).origin(Provenance.Origin.NARRATIVE)
                .start(src.position(s.start())).end(src.position(s.end())).build());
        out.add(new Linker.Reading(s.name(), s.level().flatMap(Bound::unit), s.change(), o, section));
      }
    }
    return out;
  }

  /** The top chapter {@code section} is in. */
  private static Section top(Section section) {
    Section s = section;
    while (s.parent != null) {
      s = s.parent;
    }
    return s;
  }
}
