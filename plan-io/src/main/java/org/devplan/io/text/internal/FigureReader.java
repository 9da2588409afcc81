package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Lexicon;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Words;

/**
 * Stages 5 and 6: narrative text to statements. A paragraph is cut into sentences (。；！？) and clauses (，：),
 * and each clause is scanned for figures by a small token grammar: subject, verb, number, magnitude (万/亿/万亿),
 * 余, unit, qualifier, and list markers (分别, 均, 、). Each figure's wording is cut out of the text and read
 * by {@link Bound#parse}, so the bound keeps the wording. Hand-written scanners only: linear in the text.
 */
public final class FigureReader {
  /**
   * What the surrounding chapter says about the figures in it.
   *
   * @param planYear the plan year
   * @param baseYear the base year
   * @param kind actual (a report-on-last-year chapter) or target
   * @param outline true for a five-year outline (periods default to the plan's five years)
   */
  public record Context(int planYear, int baseYear, Observation.Kind kind, boolean outline) {
    int defaultYear() {
      return kind == Observation.Kind.ACTUAL ? baseYear : planYear;
    }
  }

  private final SourceText src;
  private final String t;
  private final Vocabulary v;

  private static final int MAX_SENTENCE = 2000;

  private final byte[] quoteDepth;
  private boolean words = true;
  private final List<int[]> mentions = new ArrayList<>();
  /** The future period or year mention a paragraph's earlier sentence made, carried to the next ones, or null. */
  private int[] carried;
  private int estimateAt;
  private int planYear;
  private int preliminaryAt;

  /** A reader over {@code src}. */
  public FigureReader(SourceText src, Vocabulary v) {
    this.src = src;
    this.t = src.text();
    this.v = v;
    this.quoteDepth = new byte[t.length() + 1];
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      quoteDepth[i] = (byte) Math.min(depth, 100);
      char c = t.charAt(i);
      if (c == '“' || c == '《') {
        depth++;
      } else if ((c == '”' || c == '》') && depth > 0) {
        depth--;
      } else if (isSentenceEnd(c)) {
        depth = 0;
      }
    }
    quoteDepth[t.length()] = (byte) Math.min(depth, 100);
  }

  /** One figure found in a clause. */
  private static final class Fig {
    int index;
    int preStart;
    int numStart;
    int wStart;
    int wEnd;
    int verbStart;
    String unit = "";
    boolean growth;
    boolean change;
    String changeVerb;
    String levelVerb;
    boolean grammarVerb;
    boolean unitless;
    boolean ratio;
    boolean hasSuffix;
    String suffix;
    String prefix;
    String wording;
    String name;
    boolean postNamed;
    /** The start level of a from–to statement (从A提升至B): dated before the period it starts. */
    boolean from;
    Statement stmt;
    List<Statement> extra = new ArrayList<>();
  }

  /** A year or period mentioned in a sentence. */
  private record YearMention(int at, int year, boolean local) {}

  /** Reads the statements of the text between {@code from} and {@code to}. */
  public List<Statement> read(int from, int to, Context ctx) {
    return read(from, to, ctx, true);
  }

  /**
   * Reads the statements of the text between {@code from} and {@code to}; words-only targets (止跌回稳) only if
   * {@code words} (a heading's phrase names an aim, not a target).
   */
  public List<Statement> read(int from, int to, Context ctx, boolean words) {
    this.words = words;
    if (v.listItemMarkers.matchAt(t, skipSpace(from, to), to) == null) {
      carried = null; // a —— list item goes on with the period its lead-in paragraph named
    }
    List<Statement> out = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || isSentenceEnd(t.charAt(i)) || i - s >= MAX_SENTENCE) {
        if (i > s) {
          sentence(s, i, ctx, out);
        }
        s = i == to || isSentenceEnd(t.charAt(i)) ? i + 1 : i;
      }
    }
    return out;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
  }

  private boolean isClauseEnd(int i) {
    char c = t.charAt(i);
    if (c == ',') {
      return !(i > 0 && i + 1 < t.length() && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1)));
    }
    return c == '，' || c == '：' || c == ':';
  }

  private void sentence(int s, int e, Context ctx, List<Statement> out) {
    planYear = ctx.planYear();
    prepareSentence(s, e);
    carryFuturePeriod(s, e);
    List<Statement> sentence = new ArrayList<>();
    String sentenceHedge = null;
    List<String> lastNames = null;
    int cs = s;
    for (int i = s; i <= e; i++) {
      if (i == e || isClauseEnd(i)) {
        if (i > cs) {
          int start = skipSpace(cs, i);
          String hedgeClause = v.hedges.matchAt(t, start, i);
          if (hedgeClause != null && start + hedgeClause.length() == trimEnd(start, i)) {
            if (!sentence.isEmpty()) {
              int last = sentence.size() - 1;
              sentence.set(last, sentence.get(last).withHedge(src.originalSlice(start, start + hedgeClause.length())));
            }
          } else {
            if (hedgeClause != null && (cs == s || sentenceHedge == null)) {
              sentenceHedge = src.originalSlice(start, start + hedgeClause.length());
            }
            lastNames = clause(start, i, s, ctx, sentence, sentenceHedge, lastNames);
          }
        }
        cs = i + 1;
      }
    }
    out.addAll(sentence);
  }

  private int skipSpace(int a, int b) {
    while (a < b && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
      a++;
    }
    return a;
  }

  private int trimEnd(int a, int b) {
    while (b > a && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\t')) {
      b--;
    }
    return b;
  }

  // ------------------------------------------------------------------ clause

  private List<String> clause(int cs, int ce, int sentenceStart, Context ctx, List<Statement> sentence,
      String hedge, List<String> lastNames) {
    List<Fig> figs = scan(cs, ce, sentenceStart);
    if (figs.isEmpty()) {
      if (words) {
        qualitative(cs, ce, sentenceStart, ctx, sentence, hedge);
      }
      return lastNames;
    }
    // lists: figures separated only by 、
    List<List<Fig>> groups = new ArrayList<>();
    List<Fig> current = new ArrayList<>();
    for (Fig f : figs) {
      if (!current.isEmpty() && !onlyListSeparator(current.get(current.size() - 1).wEnd, f.verbStart)) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(f);
    }
    groups.add(current);
    int prevEnd = cs;
    Fig previous = null;
    List<String> names = lastNames;
    for (List<Fig> g : groups) {
      if (g.size() > 1) {
        spreadList(g);
      }
      Fig head = g.get(0);
      int preStart = prevEnd;
      for (Fig f : g) {
        f.preStart = preStart;
      }
      int preEnd = head.verbStart;
      int dist = findWord(preStart, head.wStart, v.distributive);
      if (dist >= 0 && dist < preEnd) {
        preEnd = Math.max(preEnd, dist);
      } else if (dist >= preEnd) {
        preEnd = dist; // 分别 written as the verb (分别突破850家、155家): the subjects end before it
      }
      int each = eachMarker(preStart, Math.max(preEnd, head.wStart));
      List<String> distributed = null;
      String subject = null;
      if (dist >= 0) {
        int[] left = clean(preStart, dist);
        int distEnd = dist + v.distributive.matchAt(t, dist, t.length()).length();
        int[] right = distEnd < preEnd ? clean(distEnd, preEnd) : null;
        List<int[]> rightParts = right == null ? List.of() : split(right);
        if (rightParts.size() == g.size() && g.size() > 1) {
          String subj = left != null && left[1] > left[0] ? orig(left) : inherited(sentence, previous);
          distributed = new ArrayList<>();
          String verb = null;
          for (int[] p : rightParts) {
            String part = orig(p);
            if (verb == null) {
              verb = comparison(part);
            } else if (comparison(part) == null) {
              part = verb + part;
            }
            distributed.add((subj == null ? "" : subj) + part);
          }
        } else if (left != null && left[1] > left[0]) {
          List<int[]> parts = split(left);
          if (parts.size() == g.size() && g.size() > 1) {
            distributed = withHeads(parts);
          } else {
            subject = orig(left);
          }
        } else if (pairList(g, sentence, ctx, sentenceStart)) {
          prevEnd = g.get(g.size() - 1).wEnd;
          previous = g.get(g.size() - 1);
          continue;
        } else if (names != null && names.size() == g.size()) {
          distributed = names;
        }
      } else if (each >= 0 && g.size() == 1) {
        int[] left = clean(preStart, each);
        List<String> listed = listBeforeEtc(preStart, each);
        if (listed != null) {
          distributed = listed;
        } else if (left != null && left[1] > left[0]) {
          List<int[]> parts = split(left);
          distributed = parts.size() > 1 ? withHeads(parts) : null;
          subject = parts.size() > 1 ? null : orig(left);
        }
      }
      if (distributed != null && g.size() == 1 && distributed.size() > 1) {
        Fig f = g.get(0);
        f.name = distributed.get(0);
        for (int k = 1; k < distributed.size(); k++) {
          Fig copy = new Fig();
          copy.name = distributed.get(k);
          f.extra.add(make(f, copy.name, ctx, sentenceStart, hedge));
        }
      } else if (distributed != null) {
        for (int k = 0; k < g.size(); k++) {
          g.get(k).name = distributed.get(k);
        }
        names = distributed;
      } else {
        for (int k = 0; k < g.size(); k++) {
          Fig f = g.get(k);
          if (subject != null) {
            f.name = subject;
          } else if (k == 0) {
            nameFor(f, previous, prevEnd, figs, ce, sentence);
          } else {
            f.name = g.get(0).name;
          }
        }
      }
      for (Fig f : g) {
        if (f.name == null || f.name.isBlank()) {
          previous = f;
          continue;
        }
        f.name = qualified(f.name, sentence, previous);
        f.stmt = make(f, f.name, ctx, sentenceStart, hedge);
        if (f.stmt == null) {
          previous = f;
          continue;
        }
        boolean ownSubject = f.name != null && !f.name.equals(inherited(sentence, null));
        if (f.growth && f.stmt.growth().isPresent() && !ownSubject
            && f.stmt.period().aggregation() == Period.Aggregation.YEAR
            && pair(f.stmt, sentence, each >= 0 && g.size() == 1 && distributed == null && subject == null)) {
          previous = f;
          continue;
        }
        sentence.add(f.stmt);
        sentence.addAll(f.extra);
        previous = f;
      }
      prevEnd = g.get(g.size() - 1).wEnd;
    }
    return names;
  }

  /**
   * Attaches a growth to the latest level statement of the sentence that has none; with {@code each} (均增长8%左右
   * after two levels), to every such level statement right before it.
   */
  private boolean pair(Statement growth, List<Statement> sentence, boolean each) {
    boolean paired = false;
    for (int i = sentence.size() - 1; i >= 0; i--) {
      Statement s = sentence.get(i);
      if (s.change()) {
        continue;
      }
      if (s.level().isPresent() && s.growth().isEmpty() && s.level().get().isNumeric()
          && s.period().equals(growth.period()) && s.kind() == growth.kind()) {
        sentence.set(i, s.withGrowth(growth.growth().orElseThrow()));
        paired = true;
        if (each) {
          continue;
        }
      }
      return paired;
    }
    return paired;
  }

  /** A subject-less list of growths (分别增长8.6%、9.2%) paired with the list of levels before it. */
  private boolean pairList(List<Fig> g, List<Statement> sentence, Context ctx, int sentenceStart) {
    if (!g.stream().allMatch(f -> f.growth)) {
      return false;
    }
    List<Integer> levels = new ArrayList<>();
    for (int i = sentence.size() - 1; i >= 0 && levels.size() < g.size(); i--) {
      Statement s = sentence.get(i);
      if (s.change()) {
        continue;
      }
      if (s.level().isEmpty() || s.growth().isPresent() || !s.level().get().isNumeric()) {
        return false;
      }
      levels.add(0, i);
    }
    if (levels.size() != g.size()) {
      return false;
    }
    boolean yearly = true;
    for (int k = 0; k < g.size(); k++) {
      Fig f = g.get(k);
      Statement level = sentence.get(levels.get(k));
      Statement growth = make(f, level.name(), ctx, sentenceStart, null);
      if (growth == null || growth.growth().isEmpty()) {
        return false;
      }
      yearly &= growth.period().aggregation() == Period.Aggregation.YEAR;
    }
    if (!yearly) {
      // 年均分别增长5.4%、6.9% after two levels: growths over a period, named after the levels, kept apart
      for (int k = 0; k < g.size(); k++) {
        sentence.add(make(g.get(k), sentence.get(levels.get(k)).name(), ctx, sentenceStart, null));
      }
      return true;
    }
    for (int k = 0; k < g.size(); k++) {
      Fig f = g.get(k);
      Statement level = sentence.get(levels.get(k));
      Statement growth = make(f, level.name(), ctx, sentenceStart, null);
      sentence.set(levels.get(k), level.withGrowth(growth.growth().orElseThrow()));
    }
    return true;
  }

  /** A generic subject (总数, 占…比重) prefixed with the sentence's earlier subject, without its action verb. */
  private String qualified(String name, List<Statement> sentence, Fig previous) {
    boolean generic = v.genericSubjects.contains(name) || (v.shareOf.startsAny(name) && name.length() > 2);
    if (!generic) {
      return name;
    }
    String before = previous != null && previous.name != null && previous.stmt != null ? previous.name
        : sentence.isEmpty() ? null : sentence.get(sentence.size() - 1).name();
    if (before == null || before.equals(name) || before.endsWith(name)) {
      return name;
    }
    String verb = v.actionVerbs.matchAt(before, 0, before.length());
    if (verb != null && verb.length() < before.length()) {
      before = before.substring(verb.length());
    }
    return before + name;
  }

  private String inherited(List<Statement> sentence, Fig previous) {
    if (previous != null && previous.name != null && !isCompletionRatio(previous.name)) {
      return previous.name;
    }
    for (int i = sentence.size() - 1; i >= 0; i--) {
      if (!isCompletionRatio(sentence.get(i).name())) {
        return sentence.get(i).name();
      }
    }
    return previous != null ? previous.name : null;
  }

  /** 完成五年目标 (of 完成五年目标的71.1%): a ratio of what came before, never the subject of what follows. */
  private boolean isCompletionRatio(String name) {
    return name != null && v.completion.startsAny(name) && v.completionObjects.endsAny(name);
  }

  private String comparison(String part) {
    return v.comparisons.matchAt(part, 0, part.length());
  }

  /**
   * Subjects listed before 等 with a head after it (新材料、新能源、集成电路材料等产业增加值): each listed name with
   * the head; null if the text has no such list.
   */
  private List<String> listBeforeEtc(int a, int b) {
    int etc = -1;
    int etcEnd = -1;
    for (int i = a; i < b; i++) {
      String w = v.etcMarkers.matchAt(t, i, b);
      if (w != null && !inQuotes(a, i)) {
        etc = i;
        etcEnd = i + w.length();
      }
    }
    if (etc < 0) {
      return null;
    }
    int[] list = clean(a, etc);
    int[] head = clean(etcEnd, b);
    if (list == null || head == null || list[1] <= list[0] || head[1] - head[0] < 2) {
      return null;
    }
    List<int[]> parts = split(list);
    if (parts.size() < 2) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int[] p : parts) {
      names.add(orig(p) + orig(head));
    }
    return names;
  }

  /** Names of distributed subjects; the last one's head (产业规模) goes to the others. */
  private List<String> withHeads(List<int[]> parts) {
    List<String> names = new ArrayList<>();
    int[] last = parts.get(parts.size() - 1);
    String head = v.listHeads.matchEndingAt(t, last[1], last[0]);
    int[] first = parts.get(0);
    String verb = v.actionVerbs.matchAt(t, first[0], first[1]);
    for (int[] p : parts) {
      String n = orig(p);
      if (head != null && !n.endsWith(head) && p != last) {
        n = n + head;
      }
      if (verb != null && p != first && v.actionVerbs.matchAt(t, p[0], p[1]) == null) {
        n = verb + n;
      }
      names.add(n);
    }
    return names;
  }

  private List<int[]> split(int[] r) {
    List<int[]> parts = new ArrayList<>();
    int s = r[0];
    int depth = 0;
    for (int i = r[0]; i <= r[1]; i++) {
      if (i < r[1] && (t.charAt(i) == '“' || t.charAt(i) == '(')) {
        depth++;
      } else if (i < r[1] && (t.charAt(i) == '”' || t.charAt(i) == ')')) {
        depth--;
      }
      if (i == r[1] || (t.charAt(i) == '、' && depth <= 0)) {
        if (i > s) {
          parts.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    if (parts.size() == 1) {
      int[] p = parts.get(0);
      int and = findWord(p[0], p[1], v.pairAnd);
      int andEnd = and < 0 ? and : and + v.pairAnd.matchAt(t, and, p[1]).length();
      if (and > p[0] && andEnd < p[1] && endsWithIndicatorHead(p[0], and) && endsWithIndicatorHead(andEnd, p[1])
          && and - p[0] >= 4 && p[1] - andEnd >= 4) {
        return List.of(new int[] {p[0], and}, new int[] {andEnd, p[1]});
      }
    }
    return parts;
  }

  private boolean endsWithIndicatorHead(int a, int b) {
    return v.indicatorHeads.matchEndingAt(t, b, a) != null;
  }

  /** The position of 均 used as "each" (均达到, 均增长), not inside 人均/平均/年均; or -1. */
  private int eachMarker(int a, int b) {
    int found = -1;
    for (int i = a; i < b; i++) {
      if (v.eachMarkers.matchAt(t, i, b) != null && v.notEach.matchEndingAt(t, i + 1, a) == null) {
        found = i;
      }
    }
    if (found >= 0 && found + 1 < b) {
      int after = found + 1;
      if (v.levelVerbs.matchAt(t, after, b) == null && v.changeVerbs.matchAt(t, after, b) == null
          && v.qualifierPrefixes.matchAt(t, after, b) == null) {
        return -1;
      }
    }
    return found;
  }

  /** The position of the last of {@code words} that starts at or after {@code a} and ends by {@code b}, or -1. */
  private int findWord(int a, int b, Words words) {
    int found = -1;
    for (int i = a; i < b; i++) {
      if (words.matchAt(t, i, b) != null) {
        found = i;
      }
    }
    return found;
  }

  private boolean onlyListSeparator(int a, int b) {
    boolean sep = false;
    for (int i = a; i < b; i++) {
      char c = t.charAt(i);
      if (c == '、') {
        sep = true;
      } else if (c != ' ') {
        return false;
      }
    }
    return sep;
  }

  /** Gives list elements the verb, unit and trailing qualifier written once for the whole list. */
  private void spreadList(List<Fig> g) {
    Fig head = g.get(0);
    Fig last = g.get(g.size() - 1);
    for (int k = g.size() - 2; k >= 0; k--) {
      Fig f = g.get(k);
      Fig next = g.get(k + 1);
      if ((f.unitless || (!f.unit.isEmpty() && next.unit.startsWith(f.unit) && !next.unit.equals(f.unit)))
          && !next.unit.isEmpty()) {
        String base = f.wording;
        if (!f.unitless) {
          base = base.substring(0, base.length() - f.unit.length() - (f.hasSuffix ? f.suffix.length() : 0));
        }
        f.wording = base + next.unit;
        f.unit = next.unit;
        f.unitless = false;
        f.growth = next.growth;
        f.change = next.change;
      }
    }
    if (head.prefix != null && !last.hasSuffix) {
      for (Fig f : g) {
        if (f != head && f.prefix == null && f.levelVerb == null && f.changeVerb == null) {
          f.wording = head.prefix + f.wording; // 分别突破850家、155家: the qualifier is written once
          f.prefix = head.prefix;
        }
      }
    }
    if (last.hasSuffix) {
      for (Fig f : g) {
        if (!f.hasSuffix && f != last) {
          f.wording = f.wording + last.suffix;
          f.hasSuffix = true;
          f.suffix = last.suffix;
        }
      }
    }
    if (head.changeVerb != null) {
      for (Fig f : g) {
        if (f != head && f.changeVerb == null && f.levelVerb == null) {
          f.changeVerb = head.changeVerb;
          f.growth = head.growth || (f.unit.equals("%") && head.changeVerb != null);
          f.change = !f.growth;
          if (head.grammarVerb) {
            f.wording = grammarPart(head.changeVerb) + f.wording;
          }
        }
      }
    }
  }

  private String grammarPart(String verb) {
    String w = v.grammarVerbs.matchEndingAt(verb, verb.length(), 0);
    return w == null ? "" : w;
  }

  // ------------------------------------------------------------------ naming

  private void nameFor(Fig f, Fig previous, int prevEnd, List<Fig> figs, int ce, List<Statement> sentence) {
    int fromAt = fromMarker(prevEnd, f.verbStart);
    f.from = fromAt >= 0;
    int[] pre = clean(prevEnd, f.from ? fromAt : f.verbStart);
    int[] post = postRange(f, figs, ce);
    boolean preUsable = pre != null && pre[1] > pre[0];
    if (preUsable && previous != null && previous.postNamed && post != null) {
      f.name = orig(post);
      f.postNamed = true;
      return;
    }
    if (preUsable && previous != null && !previous.postNamed && previous.name != null && pre[1] - pre[0] <= 4
        && post != null && previous.wEnd == prevEnd) {
      f.name = previous.name + orig(post);
      return;
    }
    if (preUsable) {
      boolean action = v.actionVerbs.matchEndingAt(t, pre[1], pre[0]) != null;
      if ((pre[1] - pre[0] <= 4 || action) && post != null && f.levelVerb == null && f.changeVerb == null) {
        f.name = orig(pre) + orig(post);
      } else {
        f.name = orig(pre);
      }
      return;
    }
    if (pre == null || previous == null) {
      int[] chain = post;
      int idx = f.index;
      for (int k = idx + 1; chain == null && k < figs.size() && k <= idx + 8; k++) {
        Fig g = figs.get(k);
        if (!blank(figs.get(k - 1).wEnd, g.verbStart)) {
          break;
        }
        chain = postRange(g, figs, ce);
      }
      if (chain != null) {
        f.name = orig(chain);
        f.postNamed = true;
        return;
      }
    }
    String inherited = inherited(sentence, previous);
    f.name = inherited;
  }

  /**
   * Where the from-marker (从, 由) that closes the subject before a figure starts, skipping a year written with it
   * (从2020年的53.2%), or -1.
   */
  private int fromMarker(int a, int b) {
    int j = b;
    String of = v.possessives.matchEndingAt(t, j, a);
    if (of != null) {
      j -= of.length();
    }
    if (j - 5 >= a && isDigits(j - 5, 4) && v.yearSuffixes.matchAt(t, j - 1, j) != null) {
      j -= 5;
    }
    String from = v.fromMarkers.matchEndingAt(t, j, a);
    return from == null || j - from.length() <= a ? -1 : j - from.length();
  }

  private boolean blank(int a, int b) {
    for (int i = a; i < b; i++) {
      if (t.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private int[] postRange(Fig f, List<Fig> figs, int ce) {
    int idx = f.index;
    int end = idx + 1 < figs.size() ? figs.get(idx + 1).verbStart : ce;
    int a = f.wEnd;
    int b = end;
    for (int i = a; i < b; i++) {
      if (t.charAt(i) == '、' && !inQuotes(a, i)) {
        b = i;
        break;
      }
    }
    int[] r = clean(a, b);
    if (r == null || r[1] <= r[0]) {
      return null;
    }
    if (r[1] - r[0] > 30) {
      r[1] = r[0] + 30;
    }
    return r;
  }

  /**
   * The subject between {@code a} and {@code b} with locating words, hedges, years, verbs and list markers
   * trimmed; an empty range if nothing is left; null if it is only a modifier (…的, …等).
   */
  int[] clean(int a, int b) {
    boolean changed = true;
    while (changed && a < b) {
      changed = false;
      char c = t.charAt(a);
      if (c == ' ' || c == ',' || c == '，' || v.conjunctions.matchAt(t, a, a + 1) != null) {
        a++;
        changed = true;
        continue;
      }
      char z = t.charAt(b - 1);
      if (z == ' ' || z == ',' || z == '，' || v.conjunctions.matchAt(t, b - 1, b) != null) {
        b--;
        changed = true;
        continue;
      }
      String w = v.hedges.matchAt(t, a, b);
      if (w == null) {
        w = v.subjectTrim.matchAt(t, a, b);
      }
      if (w == null) {
        w = v.timeWords.matchAt(t, a, b);
      }
      if (w != null) {
        a += w.length();
        changed = true;
        continue;
      }
      int y = leadingYear(a, b);
      if (y > a) {
        a = y;
        changed = true;
        continue;
      }
      String end = v.levelVerbs.matchEndingAt(t, b, a);
      if (end == null) {
        end = v.changeVerbs.matchEndingAt(t, b, a);
      }
      if (end == null) {
        end = v.qualifierPrefixes.matchEndingAt(t, b, a);
      }
      if (end != null) {
        b -= end.length();
        changed = true;
        continue;
      }
      int ty = trailingYear(a, b);
      if (ty < b) {
        b = ty;
        changed = true;
      }
    }
    if (a >= b) {
      return new int[] {a, a};
    }
    String of = v.possessives.matchEndingAt(t, b, a);
    if (of != null && b - of.length() - a >= 4 && v.completion.matchAt(t, a, b) != null) {
      return new int[] {a, b - of.length()}; // a completion ratio: 完成年度计划的108.3%
    }
    if (v.modifierEnds.matchAt(t, b - 1, b) != null) {
      return null;
    }
    for (int i = b - 1; i > a; i--) {
      String etc = v.etcMarkers.matchAt(t, i, b);
      if (etc != null && !inQuotes(a, i)) {
        if (b - (i + etc.length()) >= 3) {
          a = i + etc.length();
        }
        break;
      }
    }
    if (a < b && (t.charAt(a) == '”' || t.charAt(a) == ')')) {
      a++;
    }
    return a < b ? new int[] {a, b} : new int[] {a, a};
  }

  /** After a leading year mention (2025年, 到2030年, 展望2035年, “十四五”时期), or {@code a}. */
  private int leadingYear(int a, int b) {
    int i = a;
    String lead = v.yearLeads.matchAt(t, i, b);
    if (lead != null) {
      i += lead.length();
    }
    if (i + 10 <= b && isDigits(i, 4) && v.rangeSeparators.matchAt(t, i + 4, i + 5) != null && isDigits(i + 5, 4)
        && v.yearSuffixes.matchAt(t, i + 9, i + 10) != null) {
      i += 5; // 2024—2025年
    }
    if (i + 5 <= b && isDigits(i, 4) && v.yearSuffixes.matchAt(t, i + 4, i + 5) != null) {
      i += 5;
      while (i < b && (v.afterYear.matchAt(t, i, i + 1) != null || t.charAt(i) == ' ')) {
        i++;
      }
      return i;
    }
    int p = periodMention(a, b);
    return p > 0 ? p : a;
  }

  /** The end of a “十X五”时期 / 期间 mention at {@code a}, or -1. */
  private int periodMention(int a, int b) {
    int n = remainingYears(a, b);
    if (n > 0) {
      int i = a + 3;
      String verb = v.periodVerbs.matchAt(t, i, b);
      return verb == null ? i : i + verb.length();
    }
    int i = a;
    if (i < b && t.charAt(i) == '“') {
      i++;
    }
    if (i + 3 <= b && planOrdinal(i) > 0) {
      i += 3;
      if (i < b && t.charAt(i) == '”') {
        i++;
      }
      String word = v.periodWords.matchAt(t, i, t.length());
      if (word != null) {
        return i + word.length();
      }
    }
    return -1;
  }

  /** The N of 后两年 / 后三年 (the plan period's remaining years, as a mid-term review says) at {@code a}, or 0. */
  private int remainingYears(int a, int b) {
    if (a + 3 > b || v.remaining.matchAt(t, a, a + 1) == null || v.yearSuffixes.matchAt(t, a + 2, a + 3) == null) {
      return 0;
    }
    int n = v.digitValue(t.charAt(a + 1));
    return n >= 1 && n <= 4 ? n : 0;
  }

  /** The ordinal of the five-year plan named at {@code a} (十五五 → 15), or 0. */
  private int planOrdinal(int a) {
    if (a + 3 > t.length() || v.planOrdinalLeads.matchAt(t, a, a + 1) == null
        || v.planOrdinalEnds.matchAt(t, a + 2, a + 3) == null) {
      return 0;
    }
    int n = v.digitValue(t.charAt(a + 1));
    return n >= 1 ? 10 + n : 0;
  }

  private int trailingYear(int a, int b) {
    int i = b;
    String of = v.possessives.matchEndingAt(t, i, a);
    if (of != null) {
      i -= of.length();
    }
    if (i - 5 >= a && v.yearSuffixes.matchAt(t, i - 1, i) != null && isDigits(i - 5, 4)) {
      i -= 5;
      String before = v.yearBefore.matchEndingAt(t, i, a);
      if (before != null) {
        i -= before.length();
      }
      return i;
    }
    return b;
  }

  private boolean isDigits(int at, int n) {
    if (at + n > t.length()) {
      return false;
    }
    for (int i = at; i < at + n; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return at + n >= t.length() || !isDigit(t.charAt(at + n));
  }

  private String orig(int[] r) {
    return src.originalSlice(r[0], r[1]).strip();
  }

  // ------------------------------------------------------------------ figures

  private List<Fig> scan(int cs, int ce, int sentenceStart) {
    List<Fig> figs = new ArrayList<>();
    int i = cs;
    while (i < ce) {
      char c = t.charAt(i);
      if (!isDigit(c)) {
        int implied = impliedOne(i, cs, ce, figs);
        i = implied > i ? implied : chineseCount(i, cs, ce, sentenceStart, figs);
        continue;
      }
      int next = figure(i, cs, ce, sentenceStart, figs);
      if (!figs.isEmpty()) {
        figs.get(figs.size() - 1).index = figs.size() - 1;
      }
      i = Math.max(next, i + 1);
    }
    return figs;
  }

  private boolean isOne(char c) {
    return v.lexicon.entry(Lexicon.Table.NUMERALS, String.valueOf(c)).filter(e -> e.get("value").equals("1"))
        .isPresent();
  }

  /** A Chinese numeral of a count in words: a digit, or 十 (not 百 or 千, which name scales: 百家, 千亿级). */
  private boolean isCountNumeral(char c) {
    return v.lexicon.entry(Lexicon.Table.NUMERALS, String.valueOf(c))
        .filter(e -> e.get("type").equals("digit") || e.get("value").equals("10")).isPresent();
  }

  /**
   * A count written in Chinese numerals that closes its clause (新增上市企业两家, 百亿元级项目两个); a numeral
   * inside a name (三个“一号工程”, 十大民生实事, 一是) is not one. Adds it to {@code figs}; returns where to go on.
   */
  private int chineseCount(int i, int cs, int ce, int sentenceStart, List<Fig> figs) {
    if (!isCountNumeral(t.charAt(i)) || (i > cs && isCountNumeral(t.charAt(i - 1)))) {
      return i + 1;
    }
    int share = shareInWords(i, cs, ce, figs);
    if (share > i) {
      return share;
    }
    if (i > cs && v.notCountBefore.matchEndingAt(t, i, cs) != null) {
      return i + 1;
    }
    int j = i;
    while (j < ce && j - i < 3 && isCountNumeral(t.charAt(j))) {
      j++;
    }
    if (j >= ce || v.countNouns.matchAt(t, j, ce) == null || (j - i == 1 && isOne(t.charAt(i)))
        || inQuotes(sentenceStart, i)) {
      return j;
    }
    int end = j + 1;
    if (end != trimEnd(end, ce) && t.charAt(end) != '、') {
      return end; // not at the clause's end: a count inside a name
    }
    Fig f = new Fig();
    f.numStart = i;
    f.wEnd = end;
    f.unit = t.substring(j, end);
    int w = i;
    String level = v.levelVerbs.matchEndingAt(t, w, cs);
    f.levelVerb = level;
    f.wStart = w;
    f.verbStart = level == null ? w : w - level.length();
    f.wording = src.originalSlice(w, end);
    f.index = figs.size();
    figs.add(f);
    return end;
  }

  /**
   * A share or a growth written in words, as the lexicon's ratio words have them: 近六成 (about 60 %), 超过四成,
   * 七成以上, 一半 (50 %), 两位数增长 (a growth of at least 10 %: a ratio word with a bound of its own is a growth and
   * needs a change verb after it). Adds it to {@code figs} and returns its end, or returns {@code i}.
   */
  private int shareInWords(int i, int cs, int ce, List<Fig> figs) {
    String whole = v.wholeRatios.matchAt(t, i, ce);
    int end;
    if (whole != null) {
      end = i + whole.length();
    } else {
      int n = i;
      while (n < ce && v.lexicon.isChineseNumeral(t.charAt(n))) {
        n++;
      }
      String ratio = n > i ? v.afterNumeralRatios.matchAt(t, n, ce) : null;
      if (ratio == null) {
        return i;
      }
      end = n + ratio.length();
    }
    String suffix = v.qualifierSuffixes.matchAt(t, end, ce);
    end += suffix == null ? 0 : suffix.length();
    boolean growth = whole != null && !v.lexicon.entry(Lexicon.Table.RATIO_WORDS, whole).orElseThrow()
        .get("kind").isEmpty();
    int wordingEnd = end;
    if (growth) {
      String verb = v.changeVerbs.matchAt(t, end, ce);
      if (verb == null) {
        return i;
      }
      end += verb.length();
    }
    int w = i;
    String prefix = growth ? null : v.qualifierPrefixes.matchEndingAt(t, w, cs);
    if (prefix != null) {
      w -= prefix.length();
    }
    String wording = src.originalSlice(w, wordingEnd);
    if (!readsAsOneFigure(wording)) {
      return i;
    }
    Fig f = wordFigure(figs, i, end, w, wording, "%", prefix, cs, !growth);
    f.growth = growth;
    return end;
  }

  /**
   * A figure written with its magnitude alone after a qualifier, the count of one implied: 突破万亿元 (more than
   * 1 万亿元), 超千亿元, 超百万人. Adds it to {@code figs} and returns its end, or returns {@code i}.
   */
  private int impliedOne(int i, int cs, int ce, List<Fig> figs) {
    int j = i;
    if (v.lexicon.isChineseNumeral(t.charAt(i)) && v.magnitudes.matchAt(t, i + 1, ce) != null) {
      j = i + 1; // 千亿元, 百万人: a numeral unit before the magnitude
    }
    String mag = v.magnitudes.matchAt(t, j, ce);
    String prefix = v.qualifierPrefixes.matchEndingAt(t, i, cs);
    if (mag == null || prefix == null || (i > cs && v.lexicon.isChineseNumeral(t.charAt(i - 1)))) {
      return i;
    }
    String unit = v.units.matchAt(t, j + mag.length(), ce);
    if (unit == null) {
      return i;
    }
    int end = j + mag.length() + unit.length();
    String suffix = v.qualifierSuffixes.matchAt(t, end, ce);
    end += suffix == null ? 0 : suffix.length();
    int w = i - prefix.length();
    String wording = src.originalSlice(w, end);
    if (!readsAsOneFigure(wording)) {
      return i;
    }
    Fig f = wordFigure(figs, i, end, w, wording, mag + unit, prefix, cs, true);
    f.hasSuffix = suffix != null;
    f.suffix = suffix;
    return end;
  }

  /**
   * Adds a figure written (partly) in words, its wording {@code w}–{@code end} already read by the grammar; a level
   * verb before it is its verb where {@code levelVerb}.
   */
  private Fig wordFigure(List<Fig> figs, int numStart, int end, int w, String wording, String unit, String prefix,
      int cs, boolean levelVerb) {
    Fig f = new Fig();
    f.numStart = numStart;
    f.wEnd = end;
    f.unit = unit;
    f.prefix = prefix;
    String level = levelVerb ? v.levelVerbs.matchEndingAt(t, w, cs) : null;
    f.levelVerb = level;
    f.wStart = w;
    f.verbStart = level == null ? w : w - level.length();
    f.wording = wording;
    f.index = figs.size();
    figs.add(f);
    return f;
  }

  /** True if the model's grammar reads {@code wording} as one figure (not a range, not words). */
  private boolean readsAsOneFigure(String wording) {
    try {
      return Bound.parse(wording, v.lexicon) instanceof Bound.Single;
    } catch (PlanFormatException | IllegalArgumentException notAFigure) {
      return false;
    }
  }

  /** Reads a figure at digit {@code i}; adds it to {@code figs} if it is one; returns where to go on. */
  private int figure(int i, int cs, int ce, int sentenceStart, List<Fig> figs) {
    int numStart = i;
    int j = number(i, ce);
    char prev = numStart > cs ? t.charAt(numStart - 1) : ' ';
    if (prev == '-' && numStart - 1 > cs && !isAlnum(t.charAt(numStart - 2))) {
      numStart--;
      prev = numStart > cs ? t.charAt(numStart - 1) : ' ';
    }
    if (isLatin(prev) || prev == '×' || v.ordinalPrefixes.matchEndingAt(t, numStart, cs) != null || prev == '.' || prev == '/' || prev == '+' || prev == '*'
        || inQuotes(sentenceStart, numStart)) {
      return skipToken(j, ce);
    }
    if (j < ce && (t.charAt(j) == '×' || t.charAt(j) == '+' || t.charAt(j) == '*')) {
      return skipToken(j, ce);
    }
    boolean integer = isInteger(numStart, j);
    if (v.yearSuffixes.matchAt(t, j, ce) != null && integer && j - numStart == 4) {
      return j + 1; // a year
    }
    int q = j;
    String moreWord = v.moreThan.matchAt(t, q, ce);
    if (moreWord != null && v.magnitudes.matchAt(t, q + moreWord.length(), ce) != null) {
      q += moreWord.length(); // 2400多亿元: 多 before the magnitude
    } else {
      moreWord = null;
    }
    String mag = v.magnitudes.matchAt(t, q, ce);
    if (mag != null) {
      q += mag.length();
    }
    if (moreWord == null) {
      moreWord = v.moreThan.matchAt(t, q, ce); // 3.4万余个, 400余场
      if (moreWord != null) {
        q += moreWord.length();
      }
    }
    boolean more = moreWord != null;
    String unit = v.units.matchAt(t, q, ce);
    boolean unitless = unit == null;
    int unitEnd = unit == null ? q : q + unit.length();
    if (unitless && (mag != null || more)) {
      return skipToken(q, ce);
    }
    if (unitless && q < ce && (isLatin(t.charAt(q)) || t.charAt(q) == '.' || v.notFigureAfter.matchAt(t, q, ce) != null)) {
      return skipToken(q, ce);
    }
    if (!unitless && unitEnd < ce && isLatin(t.charAt(unitEnd))) {
      return skipToken(unitEnd, ce);
    }
    if (unit != null && v.yearSuffixes.contains(unit) && integer && ((unitEnd < ce && !isPunct(t.charAt(unitEnd))
        && v.qualifierSuffixes.matchAt(t, unitEnd, ce) == null) || v.levelVerbs.matchEndingAt(t, numStart, cs) == null)) {
      return unitEnd; // 连续5年, 近5年来: a span of time, not a level in years (受教育年限达到12年 is)
    }
    int r = unitEnd;
    boolean range = false;
    String sep = v.rangeSeparators.matchAt(t, r, ce);
    if (sep != null && r + sep.length() < ce && isDigit(t.charAt(r + sep.length()))) {
      int k = number(r + sep.length(), ce);
      String mag2 = v.magnitudes.matchAt(t, k, ce);
      int k2 = mag2 == null ? k : k + mag2.length();
      String unit2 = v.units.matchAt(t, k2, ce);
      if (unit2 != null || !unitless) {
        if (!(k - (r + sep.length()) == 4 && v.yearSuffixes.matchAt(t, k, ce) != null)) {
          range = true;
          r = unit2 == null ? k2 : k2 + unit2.length();
          if (unitless && unit2 != null) {
            unit = (mag2 == null ? "" : mag2) + unit2;
            unitless = false;
          }
        }
      }
    }
    if (unitless && !range && !(j < ce && t.charAt(j) == '、')) {
      if (!ratioSubject(cs, numStart)) {
        return j;
      }
    }
    if (range && r < ce && isCjk(t.charAt(r)) && v.qualifierSuffixes.matchAt(t, r, ce) == null
        && v.conjunctions.matchAt(t, r, r + 1) == null) {
      return r; // a range inside a name: 1—3岁婴幼儿, 10-50万元群体
    }
    String suffix = v.qualifierSuffixes.matchAt(t, r, ce);
    int wEnd = suffix == null ? r : r + suffix.length();
    if (suffix != null && v.thresholds.endsAny(suffix) && wEnd < ce
        && isCjk(t.charAt(wEnd)) && v.conjunctions.matchAt(t, wEnd, wEnd + 1) == null) {
      return wEnd; // a threshold inside a subject: 10亿元以上项目, 3岁以下儿童
    }
    if (numStart > cs && t.charAt(numStart - 1) == '(' && wEnd < ce && t.charAt(wEnd) == ')'
        && v.countedItems.matchEndingAt(t, numStart - 1, cs) != null) {
      return wEnd; // a count of what was just named: 经济发展类目标（13个）
    }
    String total = v.totals.matchEndingAt(t, numStart, cs);
    if (total != null && v.planItems.matchEndingAt(t, numStart - total.length(), cs) != null) {
      return wEnd; // the plan counting its own targets: 主要目标共22个
    }
    Fig f = new Fig();
    f.numStart = numStart;
    f.wEnd = wEnd;
    f.unit = unitless ? "" : (mag == null || range ? "" : mag) + unit;
    if (range && !unitless && mag != null && !f.unit.startsWith(mag)) {
      f.unit = mag + unit;
    }
    f.unitless = unitless;
    f.ratio = unitless && ratioSubject(cs, numStart);
    f.hasSuffix = suffix != null;
    f.suffix = suffix;
    int w = numStart;
    String prefix = v.qualifierPrefixes.matchEndingAt(t, w, cs);
    String word = prefix == null ? null : v.notQualifiers.matchEndingAt(t, w, cs);
    if (word != null && word.length() > prefix.length()) {
      prefix = null; // 节约2427万元
    }
    if (prefix != null) {
      w -= prefix.length();
      f.prefix = prefix;
    }
    int verbStart = w;
    String level = v.levelVerbs.matchEndingAt(t, w, cs);
    String change = v.changeVerbs.matchEndingAt(t, w, cs);
    if (change != null && (level == null || change.length() >= level.length())) {
      f.changeVerb = change;
      String g = grammarPart(change);
      boolean percent = f.unit.equals("%") || f.unit.isEmpty();
      f.growth = percent;
      f.change = !percent;
      verbStart = w - change.length();
      if (!g.isEmpty() && (change.length() == g.length() || v.changeLeads.startsAny(change))) {
        w = verbStart;
        f.grammarVerb = true;
      }
    } else if (level != null) {
      f.levelVerb = level;
      verbStart = w - level.length();
    }
    f.wStart = w;
    f.verbStart = verbStart;
    f.wording = src.originalSlice(w, wEnd);
    figs.add(f);
    return wEnd;
  }

  private boolean ratioSubject(int cs, int numStart) {
    int[] r = clean(Math.max(cs, numStart - 30), numStart);
    return r != null && r[1] > r[0] && v.ratioEnds.matchEndingAt(t, r[1], r[0]) != null;
  }

  private int skipToken(int j, int ce) {
    while (j < ce && (isAlnum(t.charAt(j)) || t.charAt(j) == '.')) {
      j++;
    }
    return j;
  }

  private int number(int i, int ce) {
    int j = i;
    while (j < ce) {
      char c = t.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (c == ',' && j + 3 < ce + 1 && j + 3 <= ce && isDigit3(j + 1, ce)) {
        j++;
      } else if (c == '.' && j + 1 < ce && isDigit(t.charAt(j + 1))) {
        j++;
        while (j < ce && isDigit(t.charAt(j))) {
          j++;
        }
        break;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean isDigit3(int at, int ce) {
    return at + 3 <= ce && isDigit(t.charAt(at)) && isDigit(t.charAt(at + 1)) && isDigit(t.charAt(at + 2))
        && (at + 3 == ce || !isDigit(t.charAt(at + 3)));
  }

  private boolean isInteger(int a, int b) {
    for (int i = a; i < b; i++) {
      if (t.charAt(i) == '.') {
        return false;
      }
    }
    return true;
  }

  /** True if {@code at} is inside quotes or book-title marks opened in its sentence. */
  private boolean inQuotes(int from, int at) {
    return quoteDepth[at] > 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || isLatin(c);
  }

  private static boolean isCjk(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  private static boolean isPunct(char c) {
    return "，。；：、,.;:!?！？)）”\n ".indexOf(c) >= 0;
  }

  // ------------------------------------------------------------------ statements

  private Statement make(Fig f, String name, Context ctx, int sentenceStart, String hedge) {
    Bound bound;
    try {
      bound = Bound.parse(f.wording, v.lexicon);
    } catch (PlanFormatException | IllegalArgumentException notAFigure) {
      return null;
    }
    if (!bound.isNumeric() || (f.unitless && !f.ratio && !f.growth)) {
      return null;
    }
    boolean growth = f.growth && bound.unit().map(u -> u.isPercentLike()).orElse(true);
    if (f.changeVerb != null && !f.grammarVerb && v.changeVerbSigns.getOrDefault(f.changeVerb, 1) < 0
        && bound instanceof Bound.Single single && single.value().signum() > 0) {
      // 压减5%: the verb carries the sign; a list member (分别压减11%、19%) is given the verb written once
      String withVerb = f.verbStart < f.wStart ? src.originalSlice(f.verbStart, f.wEnd) : f.changeVerb + f.wording;
      try {
        bound = Bound.parse(withVerb, v.lexicon);
      } catch (PlanFormatException | IllegalArgumentException notAFigure) {
        return null;
      }
    }
    int[] yearInfo = f.from ? fromYear(f.verbStart, ctx) : yearFor(sentenceStart, f.verbStart, ctx);
    int year = yearInfo[0];
    Period.Aggregation agg = Period.Aggregation.YEAR;
    int pre = Math.max(sentenceStart, Math.min(f.preStart, f.verbStart - 6));
    String before = t.substring(Math.min(pre, f.verbStart), f.verbStart);
    if (v.annualAverage.occursIn(before)) {
      agg = Period.Aggregation.ANNUAL_AVERAGE;
    } else if (v.cumulative.occursIn(before)) {
      agg = Period.Aggregation.CUMULATIVE;
    }
    int first = ctx.planYear() - 4; // an outline's five years; a year inside them counts from their first
    int start = yearInfo[1] > 0 ? yearInfo[1] : (ctx.outline() ? (year > first ? first : year - 4) : year);
    Period period = agg == Period.Aggregation.YEAR || start >= year ? Period.year(year)
        : Period.of(start, year, agg);
    Observation.Kind kind = year <= ctx.baseYear() ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    Optional<Observation.Status> status = Optional.empty();
    if (kind == Observation.Kind.ACTUAL) {
      if (estimateAt < f.verbStart) {
        status = Optional.of(Observation.Status.ESTIMATE);
      } else if (preliminaryAt < f.verbStart) {
        status = Optional.of(Observation.Status.PRELIMINARY);
      }
    }
    String verb = f.changeVerb != null ? f.changeVerb : f.levelVerb;
    Optional<String> reference = Optional.empty();
    String comparison = comparison(name.length() > 1 ? name : "");
    for (String word : v.comparisons.asList()) {
      int at = name.indexOf(word);
      if (at >= 0 && at + word.length() < name.length()) {
        reference = Optional.of(name.substring(at + word.length()));
      }
    }
    if (comparison != null) {
      reference = Optional.of(name.substring(comparison.length()));
    }
    return new Statement(clip(name), growth ? Optional.empty() : Optional.of(bound),
        growth ? Optional.of(bound) : Optional.empty(), !growth && f.change, Optional.ofNullable(verb),
        Optional.ofNullable(hedge), reference, period, kind, status, f.wStart, f.wEnd);
  }

  private static String clip(String name) {
    return name.length() <= 40 ? name : name.substring(name.length() - 40);
  }

  /**
   * The year a figure is dated by: the last year mentioned before it in its sentence (2025年的, 到2030年), a
   * five-year period (“十五五”时期, its end year), else the chapter's. Returns {year, periodStart or 0}.
   */
  private int[] yearFor(int sentenceStart, int at, Context ctx) {
    int year = ctx.defaultYear();
    int start = 0;
    for (int[] m : mentions) {
      if (m[0] >= at) {
        break;
      }
      year = m[1];
      start = m[2];
    }
    return new int[] {year, start};
  }

  /**
   * The year of a from–to statement's start level: the earliest year its sentence names before it (2020年到2025年，…从A,
   * 从2020年的A), else the year before the period the sentence names, else the year before the chapter's.
   */
  private int[] fromYear(int at, Context ctx) {
    int earliest = Integer.MAX_VALUE;
    int periodStart = 0;
    for (int[] m : mentions) {
      if (m[0] >= at) {
        break;
      }
      earliest = Math.min(earliest, m[2] > 0 ? m[2] - 1 : m[1]);
      periodStart = m[2];
    }
    if (earliest != Integer.MAX_VALUE) {
      return new int[] {earliest, 0};
    }
    return new int[] {periodStart > 0 ? periodStart - 1 : ctx.defaultYear() - 1, 0};
  }

  /**
   * A future period or year named by a paragraph's sentence (“十五五”时期…主要目标是：…；…, 到2030年，…；…) dates the
   * sentences after it in the same paragraph, until one names another year or the plan year's time word (今年).
   */
  private void carryFuturePeriod(int s, int e) {
    boolean planYearWord = v.planYearWords.find(t, s, e) >= 0;
    if (mentions.isEmpty() && !planYearWord && carried != null) {
      mentions.add(0, new int[] {s, carried[1], carried[2]});
    } else if (planYearWord) {
      carried = null;
    } else if (!mentions.isEmpty()) {
      int[] last = mentions.get(mentions.size() - 1);
      carried = last[1] > planYear && namesATime(last) ? last : null;
    }
  }

  /**
   * True if a mention dates what follows rather than names a thing: a period followed by a period word (“十五五”时期,
   * not “十五五”规划), or a year after an until-word (到2030年).
   */
  private boolean namesATime(int[] mention) {
    int end = mention[0];
    if (mention[2] > 0 && mention[2] != mention[1]) {
      int j = end;
      while (j < t.length() && isQuoteClose(t.charAt(j))) {
        j++;
      }
      return v.periodWords.matchAt(t, j, t.length()) != null;
    }
    return v.untilWords.matchEndingAt(t, end - 4, Math.max(0, end - 6)) != null;
  }

  private static boolean isQuoteClose(char c) {
    return c == '”' || c == '"' || c == '’' || c == '」';
  }

  /** Collects the sentence's year and period mentions and where 预计 / 初步核算 first occur. */
  private void prepareSentence(int s, int e) {
    mentions.clear();
    estimateAt = Integer.MAX_VALUE;
    preliminaryAt = Integer.MAX_VALUE;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (isDigit(c) && (i == s || !isDigit(t.charAt(i - 1))) && isDigits(i, 4) && i + 4 < e
          && v.yearSuffixes.matchAt(t, i + 4, e) != null && !inQuotes(s, i)) {
        // 距2025年目标: names the target
        boolean reference = v.yearReferences.matchEndingAt(t, i, s) != null
            || v.yearReferencesAfter.matchAt(t, i + 5, t.length()) != null;
        if (v.comparedYear.matchEndingAt(t, i, s) == null && !reference) {
          int y = Integer.parseInt(t.substring(i, i + 4));
          int from = 0;
          if (i - 5 >= s && v.rangeSeparators.matchAt(t, i - 1, i) != null && isDigits(i - 5, 4)) {
            from = Integer.parseInt(t.substring(i - 5, i - 1)); // 2024—2025年: a period
            from = from >= 1950 && from < y ? from : 0;
          }
          if (y >= 1950 && y <= 2100) {
            mentions.add(new int[] {i + 4, y, from});
          }
        }
      } else if (i + 2 < e && planOrdinal(i) > 0) {
        int first = 1966 + 5 * (planOrdinal(i) - 3);
        mentions.add(new int[] {i + 3, first + 4, first});
      } else if (remainingYears(i, e) > 0 && planYear > 0) {
        mentions.add(new int[] {i + 3, planYear, planYear - remainingYears(i, e) + 1});
      } else if (v.estimates.matchAt(t, i, e) != null) {
        estimateAt = Math.min(estimateAt, i);
      } else if (v.preliminaries.matchAt(t, i, t.length()) != null) {
        preliminaryAt = Math.min(preliminaryAt, i);
      }
    }
  }

  // ------------------------------------------------------------------ words only

  private void qualitative(int cs, int ce, int sentenceStart, Context ctx, List<Statement> sentence, String hedge) {
    int q = v.qualitative.find(t, cs, ce);
    if (q < 0) {
      return;
    }
    String phrase = v.qualitative.matchAt(t, q, ce);
    int[] subject = clean(cs, q);
    int end = trimEnd(q, ce);
    String name;
    String text;
    if (subject != null && subject[1] > subject[0]) {
      name = orig(subject);
      text = src.originalSlice(q, end);
    } else if (v.completion.startsAny(phrase) && end - (q + phrase.length()) > 3) {
      int from = skipSpace(cs, ce);
      text = src.originalSlice(from, end);
      int after = q + phrase.length();
      String of = v.possessives.matchAt(t, after, end);
      if (of != null) {
        after += of.length();
      }
      name = src.originalSlice(after, end);
    } else {
      return;
    }
    if (name.isBlank() || text.isBlank()) {
      return;
    }
    int[] yearInfo = yearFor(sentenceStart, q, ctx);
    int year = yearInfo[0];
    Observation.Kind kind = year <= ctx.baseYear() ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    sentence.add(new Statement(clip(name), Optional.of(new Bound.Qualitative(text)), Optional.empty(), false,
        Optional.empty(), Optional.ofNullable(hedge), Optional.empty(), Period.year(year), kind, Optional.empty(),
        q, end));
  }
}
