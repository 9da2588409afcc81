package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Observation;

/**
 * Stages 5 and 6: narrative text to statements. A paragraph is cut into sentences (。；！？) and clauses (，：); each
 * clause is cut into tokens by the lexicon ({@link Tokenizer}), its figures are read by the figure rules
 * ({@link FigureScanner}: {@link DigitsFigure}, {@link ShareInWords}, {@link ImpliedOne}, {@link CountInWords}) and
 * turned into statements by the statement rules ({@link ClauseReader}: lists with 分别, 均 and 等, level with growth,
 * from–to, comparatives, words-only targets), with {@link Subjects}, {@link Naming} and {@link Dating}. Each figure's
 * wording is cut out of the text and read by {@link Bound#parse}, so the bound keeps the wording. Linear in the text.
 */
public final class FigureReader {
  private static final int MAX_SENTENCE = 2000;

  /**
   * What the surrounding chapter says about the figures in it.
   *
   * @param planYear the plan year
   * @param baseYear the base year
   * @param kind actual (a report-on-last-year chapter) or target
   * @param outline true for a five-year outline (periods default to the plan's five years)
   * @param periodStart the first year of the five-year period the chapter's heading names (“十五五”时期主要目标), or 0
   * @param periodEnd that period's last year, or 0
   * @param inChapter false for text outside every chapter, where a year that opens a paragraph (2023年，全省…) dates
   *     the paragraphs after it that name no time, as a review chapter's heading would
   */
  public record Context(int planYear, int baseYear, Observation.Kind kind, boolean outline, int periodStart,
      int periodEnd, boolean inChapter) {
    /** A context inside a chapter whose heading names no five-year period. */
    public Context(int planYear, int baseYear, Observation.Kind kind, boolean outline) {
      this(planYear, baseYear, kind, outline, 0, 0, true);
    }

    /** The chapter's year: the end of a future period its heading names, else the base or plan year by kind. */
    int defaultYear() {
      if (periodEnd > baseYear) {
        return periodEnd;
      }
      return kind == Observation.Kind.ACTUAL ? baseYear : planYear;
    }
  }

  private final ScanText x;
  private final String t;
  private final Vocabulary v;
  private final Dating dating;
  private final ClauseReader clauses;

  /** A reader over {@code src}. */
  public FigureReader(SourceText src, Vocabulary v) {
    this.x = new ScanText(src);
    this.t = x.t;
    this.v = v;
    this.dating = new Dating(x, v);
    this.clauses = new ClauseReader(x, v, dating);
  }

  /** Reads the statements of the text between {@code from} and {@code to}. */
  public List<Statement> read(int from, int to, Context ctx) {
    return read(from, to, ctx, true);
  }

  /**
   * Reads the statements of the text between {@code from} and {@code to}; words-only targets (止跌回稳) only if
   * {@code words} (a heading's phrase names an aim, not a target).
   */
  public List<Statement> read(int from, int to, Context ctx, boolean words) {
    if (v.listItemMarkers.matchAt(t, x.skipSpace(from, to), to) == null) {
      dating.newParagraph(from, ctx.inChapter()); // a —— list item goes on with the period its lead-in paragraph named
    }
    List<Statement> out = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || ScanText.isSentenceEnd(t.charAt(i)) || i - s >= MAX_SENTENCE) {
        if (i > s) {
          sentence(s, i, ctx, out, words);
        }
        s = i == to || ScanText.isSentenceEnd(t.charAt(i)) ? i + 1 : i;
      }
    }
    return out;
  }

  private void sentence(int s, int e, Context ctx, List<Statement> out, boolean words) {
    dating.sentence(s, e, ctx.planYear(), ctx.baseYear());
    Sentence sentence = new Sentence(s, ctx, new ArrayList<>());
    List<Statement> statements = sentence.statements();
    String sentenceHedge = null;
    List<String> lastNames = null;
    int cs = s;
    for (int i = s; i <= e; i++) {
      if (i == e || x.isClauseEnd(i)) {
        if (i > cs) {
          int start = x.skipSpace(cs, i);
          String hedgeClause = v.hedges.matchAt(t, start, i);
          if (hedgeClause != null && start + hedgeClause.length() == x.trimEnd(start, i)) {
            if (!statements.isEmpty()) {
              int last = statements.size() - 1;
              statements.set(last, statements.get(last).withHedge(x.slice(start, start + hedgeClause.length())));
            }
          } else {
            if (hedgeClause != null && (cs == s || sentenceHedge == null)) {
              sentenceHedge = x.slice(start, start + hedgeClause.length());
            }
            lastNames = clauses.read(start, i, sentence, sentenceHedge, lastNames, words);
          }
        }
        cs = i + 1;
      }
    }
    out.addAll(statements);
  }
}
