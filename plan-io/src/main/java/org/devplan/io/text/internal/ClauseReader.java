package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * Stage 6: a clause's figures to statements. The figures separated only by 、 form groups ({@link ListSpread}); the
 * list rules ({@link DistributedList}, {@link EachList}) name a group's figures, else {@link Naming} names each; then
 * {@link Statements} makes each statement and {@link GrowthPairing} joins a growth to its level. One per reader.
 */
final class ClauseReader {
  private final FigureScanner scanner;
  private final ListSpread spread;
  private final DistributedList distributedList;
  private final EachList eachList;
  private final Naming naming;
  private final FromTo fromTo;
  private final Subjects subjects;
  private final Statements statements;
  private final GrowthPairing pairing;
  private final WordsOnly wordsOnly;

  ClauseReader(ScanText x, Vocabulary v, Dating dating) {
    Subjects subjects = new Subjects(x, v);
    Comparatives comparatives = new Comparatives(v);
    this.scanner = new FigureScanner(x, v, subjects);
    this.spread = new ListSpread(x, v);
    this.statements = new Statements(x, v, dating, comparatives);
    this.pairing = new GrowthPairing(x, statements);
    this.distributedList = new DistributedList(x, v, subjects, comparatives, pairing);
    this.eachList = new EachList(x, v, subjects);
    this.fromTo = new FromTo(x, v);
    this.naming = new Naming(x, v, subjects, fromTo);
    this.subjects = subjects;
    this.wordsOnly = new WordsOnly(x, v, subjects, dating);
  }

  /** The state of one clause while its groups are read. */
  private static final class Run {
    final int ce;
    final Sentence sentence;
    final @Nullable String hedge;
    final List<Figure> figs;
    @Nullable List<String> names;
    int prevEnd;
    @Nullable Figure previous;

    Run(int cs, int ce, Sentence sentence, @Nullable String hedge, List<Figure> figs, @Nullable List<String> names) {
      this.ce = ce;
      this.sentence = sentence;
      this.hedge = hedge;
      this.figs = figs;
      this.names = names;
      this.prevEnd = cs;
    }
  }

  /**
   * Reads the clause {@code cs}–{@code ce} into {@code sentence}'s statements (a words-only target only if
   * {@code words}); returns the list of names its figures were given, or {@code lastNames}.
   */
  @Nullable List<String> read(int cs, int ce, Sentence sentence, @Nullable String hedge, @Nullable List<String> lastNames,
      boolean words) {
    List<Figure> figs = scanner.scan(new Clause(cs, ce, sentence.start()));
    if (figs.isEmpty()) {
      if (words) {
        wordsOnly.read(cs, ce, sentence, hedge);
      }
      return lastNames;
    }
    Run run = new Run(cs, ce, sentence, hedge, figs, lastNames);
    for (List<Figure> g : groups(figs)) {
      group(run, g);
    }
    return run.names;
  }

  /**
   * The figures in groups: a list's figures are separated only by 、 (or 和 before the last); a level and a growth
   * with its own verb are a statement of one subject, not a list (突破1.6万家、增长45%以上).
   */
  private List<List<Figure>> groups(List<Figure> figs) {
    List<List<Figure>> groups = new ArrayList<>();
    List<Figure> current = new ArrayList<>();
    for (Figure f : figs) {
      Figure last = current.isEmpty() ? null : current.get(current.size() - 1);
      if (last != null && (!spread.onlyListSeparator(last.wEnd, f.verbStart) || levelAndGrowth(last, f))) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(f);
    }
    groups.add(current);
    return groups;
  }

  /**
   * True if the list {@code g} follows a list of as many figures given to the subjects {@code run.names}, with only a
   * verb between (分别从3.5万元、1.5万元增长到4.2万元、1.9万元).
   */
  private boolean endsOfTheListBefore(Run run, List<Figure> g, int preStart, int preEnd) {
    if (g.size() < 2 || run.names == null || run.names.size() != g.size() || run.previous == null
        || !run.previous.from) {
      return false;
    }
    return subjects.namesNothing(preStart, preEnd);
  }

  private static boolean levelAndGrowth(Figure a, Figure b) {
    return a.growth != b.growth && (b.changeVerb != null || b.levelVerb != null || b.prefix != null);
  }

  private void group(Run run, List<Figure> g) {
    if (g.size() > 1) {
      spread.spread(g);
    }
    Figure head = g.get(0);
    int preStart = run.prevEnd;
    for (Figure f : g) {
      f.preStart = preStart;
    }
    int preEnd = head.verbStart;
    int dist = distributedList.marker(preStart, head.wStart);
    if (dist >= preEnd) {
      preEnd = dist; // 分别 written as the verb (分别突破850家、155家): the subjects end before it
    }
    int each = eachList.marker(preStart, Math.max(preEnd, head.wStart));
    ListNames listed = ListNames.NONE;
    if (dist >= 0) {
      String inherited = naming.inherited(run.sentence.statements(), run.previous);
      listed = distributedList.names(g, preStart, dist, preEnd, inherited, run.names, run.sentence);
    } else if (distributedList.pairsWithList(g, preStart, preEnd, run.sentence)) {
      listed = ListNames.CONSUMED;
    } else if (each >= 0 && g.size() == 1) {
      listed = eachList.names(preStart, each);
    } else if (endsOfTheListBefore(run, g, preStart, preEnd)) {
      listed = ListNames.distributed(run.names); // 分别从A、B增长到C、D: C and D are the same subjects' ends
    } else if (g.size() == 1) {
      listed = eachList.unmarked(preStart, preEnd, head);
    }
    if (listed.consumed()) {
      run.previous = g.get(g.size() - 1);
      run.prevEnd = run.previous.wEnd;
      return;
    }
    assign(run, g, listed);
    if (dist >= 0 && listed.distributed() != null && fromTo.marker(preStart, head.verbStart) >= 0) {
      for (Figure f : g) {
        f.from = true; // 分别从2020年的A、B: the start levels of a from–to statement over the list
      }
    }
    boolean eachAlone = each >= 0 && g.size() == 1 && listed.distributed() == null && listed.subject() == null;
    for (Figure f : g) {
      emit(run, f, eachAlone);
    }
    run.prevEnd = g.get(g.size() - 1).wEnd;
  }

  /** Gives the group's figures their names, from the list rule's answer or by {@link Naming}. */
  private void assign(Run run, List<Figure> g, ListNames listed) {
    List<String> distributed = listed.distributed();
    List<Statement> sentence = run.sentence.statements();
    if (distributed != null && g.size() == 1 && distributed.size() > 1) {
      Figure f = g.get(0);
      f.name = distributed.get(0);
      for (int k = 1; k < distributed.size(); k++) {
        f.extra.add(statements.make(f, distributed.get(k), run.sentence.ctx(), run.sentence.start(), run.hedge));
      }
    } else if (distributed != null) {
      for (int k = 0; k < g.size(); k++) {
        g.get(k).name = distributed.get(k);
      }
      run.names = distributed;
    } else {
      for (int k = 0; k < g.size(); k++) {
        Figure f = g.get(k);
        if (listed.subject() != null) {
          f.name = listed.subject();
        } else if (k == 0) {
          naming.name(f, run.previous, run.prevEnd, run.figs, run.ce, sentence);
        } else {
          f.name = g.get(0).name;
        }
      }
    }
  }

  /** Makes the figure's statement and adds it, or joins its growth to the level before it. */
  private void emit(Run run, Figure f, boolean eachAlone) {
    List<Statement> sentence = run.sentence.statements();
    Figure previous = run.previous;
    run.previous = f;
    if (f.name == null || f.name.isBlank()) {
      return;
    }
    f.name = naming.qualified(f.name, sentence, previous);
    if (naming.countsPlanParts(f)) {
      return;
    }
    f.stmt = statements.make(f, f.name, run.sentence.ctx(), run.sentence.start(), run.hedge);
    if (f.stmt == null) {
      return;
    }
    String planOf = naming.isPlanFigure(f) ? naming.inherited(sentence, previous) : null;
    if (planOf != null && f.stmt.level().flatMap(Bound::unit).filter(u -> !u.isPercentLike()).isPresent()) {
      f.name = planOf; // 635亿元，完成年计划710亿元的89.4%: the year's plan figure for the sentence's subject
      f.stmt = f.stmt.withName(Statements.clip(planOf)).asTarget();
    }
    boolean ownSubject = f.name != null && !f.name.equals(naming.inherited(sentence, null));
    if (f.growth && f.stmt.growth().isPresent() && !ownSubject
        && f.stmt.period().aggregation() == Period.Aggregation.YEAR && pairing.pair(f.stmt, sentence, eachAlone)) {
      return;
    }
    if (!ownSubject && f.extra.isEmpty() && pairing.pairLevel(f.stmt, sentence)) {
      return;
    }
    sentence.add(f.stmt);
    sentence.addAll(f.extra);
  }
}
