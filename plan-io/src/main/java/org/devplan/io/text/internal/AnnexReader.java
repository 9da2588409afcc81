package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * The tables stage: each indicator row of the document's tables becomes a draft indicator with the table's
 * observations, the notes under the table that name it (or all of them) and the growth basis a note states; a
 * signed cell ({@code <5}) is read as the notes define its sign.
 */
final class AnnexReader {
  private final SourceText src;
  private final Vocabulary v;
  private final String document;
  private final TableReader tableReader;

  /** A reader of the tables of {@code document}, a plan of {@code planYear} reporting on {@code baseYear}. */
  AnnexReader(SourceText src, Vocabulary v, String document, int planYear, int baseYear) {
    this.src = src;
    this.v = v;
    this.document = document;
    this.tableReader = new TableReader(v, planYear, baseYear);
  }

  /** The drafts of {@code tables}' rows, in order. */
  List<Draft> read(List<OutlineReader.TableAt> tables) {
    List<Draft> drafts = new ArrayList<>();
    for (OutlineReader.TableAt tb : tables) {
      List<Draft> ofTable = new ArrayList<>();
      Map<Bound.Kind, String> signs = signReadings(tb.notes());
      for (TableReader.Entry e : tableReader.read(tb.table(), tb.captionYear())) {
        ofTable.add(draft(e, tb.section(), signs));
      }
      attachNotes(tb.notes(), ofTable);
      drafts.addAll(ofTable);
    }
    return drafts;
  }

  private Draft draft(TableReader.Entry e, @Nullable Section section, Map<Bound.Kind, String> signs) {
    Draft d = new Draft(e.name());
    d.unit = e.unit();
    d.group = e.group();
    d.nature = e.nature();
    d.annex = true;
    for (TableReader.Figure f : e.figures()) {
      Optional<Bound> level = f.level().map(x -> reread(x, signs, f.start()));
      boolean change = f.level().filter(this::isChangeWording).isPresent();
      d.add(new Observation.Builder().kind(f.kind()).period(f.period()).level(level)
          .growth(f.growth().map(x -> reread(x, signs, f.start()))).isChange(change)
          .hedge(f.hedge()).status(f.status())
          .provenance(Provenance.table(document, src.position(f.start()), f.row(), f.cell())),
          level.flatMap(Bound::unit), change, section);
    }
    return d;
  }

  /** A note goes to the rows it names, or to all rows of its table; one that names rows may state their basis. */
  private void attachNotes(List<String> notes, List<Draft> ofTable) {
    for (String note : notes) {
      List<Draft> named = ofTable.stream().filter(d -> note.contains(d.name)
          || note.contains(v.withoutGrowthEnd(d.name))).toList();
      boolean comparable = v.comparableBasis.occursIn(note);
      for (Draft d : named.isEmpty() ? ofTable : named) {
        d.notes.add(note);
        if (comparable && !named.isEmpty()) {
          d.basisStated = true;
        }
      }
    }
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
   * plan's spans and provenance. A cell of words (穩中有升) keeps them as written at {@code start}: only a figure's
   * wording is read, by the grammar of figures.
   */
  private Bound reread(Bound b, Map<Bound.Kind, String> signs, int start) {
    if (b instanceof Bound.Qualitative q) {
      String written = src.written(q.text(), src.originalIndex(start));
      return written.equals(q.text()) ? b : new Bound.Qualitative(written);
    }
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
}
