package org.devplan.io.text.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Dimension;
import org.devplan.model.Indicator;
import org.devplan.model.Lexicon;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Span;
import org.devplan.model.Unit;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * Stage 9, after the plan is built: every number of the text and what became of it. A number is a run of Arabic
 * digits (full-width or not, read by the model's one numeral reader), a circled number (①), or a run of Chinese
 * numerals where it forms a quantity (a unit or magnitude follows: 三个, 六成, 千亿元) or where the words around it
 * say what it is (第十四届, 一是, 十四五). Each number is either inside the wording of an observation (a narrative
 * figure's provenance from start to end, or a table figure's cell) and {@link #READ}, or classified as not a figure
 * by the words around it ({@link Lexicon.Table#NUMBER_CONTEXTS}: a year, a date, a ranking, a session, a name, a
 * threshold inside a subject …) or by where it stands (the title and the page around it, a table's column header
 * year or row number), or {@link #NOT_READ}: a number devplan did not read, which is where recall is lost.
 * Immutable and thread-safe; a run is one pass over the text.
 */
public final class NumberAudit {
  /** The reason of a number inside an observation's wording. */
  public static final String READ = "read";
  /** The reason of a number that is in no observation and not classified. */
  public static final String NOT_READ = "not read";
  /** Digits next to Latin letters or an underscore (5G, PM2.5, PM_2.5, G60, 3A级). */
  static final String NAME = "name";
  /** A number of the title, the subtitle or the copied page around them. */
  static final String TITLE = "title";
  /** A year in a table cell that no figure was read from: a column header (2025年完成). */
  static final String COLUMN_HEADER = "column header";
  /** A bare number in the first cell of a table row (序号). */
  static final String ROW_NUMBER = "row number";
  /** A circled number at the start of a line (①大力提振消费). */
  static final String HEADING_LABEL = "heading label";
  /** A circled number inside a line (注：①〔〕内为5年累计数). */
  static final String FOOTNOTE = "footnote";
  /** A count of the items of the 、 list right before it (金凤、嘉陵江、明月湖3个实验室). */
  static final String LIST_COUNT = "list count";
  /** A year written without its 年 in the name of an event (2025港澳山东周). */
  static final String YEAR = "year";

  private static final NumberAudit STANDARD = new NumberAudit(Lexicon.standard());
  private static final String PLACE = "…";
  private static final int ENCLOSING_REACH = 24;

  /**
   * One number of the text.
   *
   * @param start normalised index of its first character
   * @param end normalised index after its last character
   * @param position where it starts in the decoded text
   * @param text the number as written
   * @param reason {@link #READ}, {@link #NOT_READ} or what it is instead of a figure
   * @param observation the id of the observation whose wording holds it, for a number read
   */
  public record Finding(int start, int end, Position position, String text, String reason,
      Optional<String> observation) {}

  /** A pattern of the lexicon: the words before and after the number, what it says and when. */
  private record Context(String before, String after, String reason, String condition) {
    int length() {
      return before.length() + after.length();
    }
  }

  private final Lexicon lexicon;
  private final List<Context> adjacent = new ArrayList<>();
  private final List<Context> thresholds = new ArrayList<>();
  private final List<Context> enclosing = new ArrayList<>();
  private final Map<String, String> withinReasons = new HashMap<>();
  private final Words within;
  private final Words magnitudes;
  private final Words moreThan;
  private final Words gradeSuffixes;
  private final Words modifierEnds;
  private final Words units;
  private final Words narrativeUnits;
  private final Words ratios;
  private final Words rangeSeparators;

  private NumberAudit(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.NUMBER_CONTEXTS)) {
      String w = e.word();
      String condition = e.get("condition");
      int at = w.indexOf(PLACE);
      if (condition.equals("within")) {
        withinReasons.put(w, e.get("reason"));
        continue;
      }
      if (at < 0) {
        throw new IllegalArgumentException("lexicon table NUMBER_CONTEXTS: \"" + w + "\" has no " + PLACE
            + " where the number stands");
      }
      Context c = new Context(w.substring(0, at), w.substring(at + PLACE.length()), e.get("reason"), condition);
      switch (condition) {
        case "any", "year" -> adjacent.add(c);
        case "before-name" -> thresholds.add(c);
        case "enclosing" -> enclosing.add(c);
        default -> throw new IllegalArgumentException("lexicon table NUMBER_CONTEXTS: condition of \"" + w
            + "\" must be any, year, within, before-name or enclosing, found " + condition);
      }
    }
    within = lexicon.words(Lexicon.Table.NUMBER_CONTEXTS, "condition", "within");
    magnitudes = lexicon.words(Lexicon.Table.MAGNITUDES);
    moreThan = lexicon.words(Lexicon.Table.MARKERS, "role", "more-than");
    gradeSuffixes = lexicon.words(Lexicon.Table.MARKERS, "role", "grade-suffix");
    modifierEnds = lexicon.words(Lexicon.Table.MARKERS, "role", "modifier-end");
    units = lexicon.words(Lexicon.Table.UNITS);
    narrativeUnits = lexicon.words(Lexicon.Table.UNITS, "narrative", "yes");
    ratios = lexicon.words(Lexicon.Table.RATIO_WORDS, "type", "after-numeral");
    rangeSeparators = lexicon.words(Lexicon.Table.MARKERS, "role", "range-separator");
  }

  /** The audit of the standard lexicon. */
  public static NumberAudit standard() {
    return STANDARD;
  }

  /** An observation's wording: its extent in the normalised text, its id and the numbers its bounds are written with. */
  private record Wording(int from, int to, String id, String indicator, List<BigDecimal> values, int next) {}

  /**
   * Every number of {@code decoded}, the text {@code plan} was imported from, in text order. A number is read when
   * it is inside an observation's wording: from the provenance's start to its end (for a table figure, to the end
   * of its cell), or, for a figure whose bound is written beyond that end (a growth after its level, 5088.9亿元，同比
   * 增长5.6%; a table's growth cell after the level cell), the first number of that value after the start and
   * before the next observation's start.
   */
  public List<Finding> audit(String decoded, Plan plan) {
    return audit(SourceText.of(decoded), plan);
  }

  /** As {@link #audit(String, Plan)}, over the text already normalised for the import. */
  public List<Finding> audit(SourceText src, Plan plan) {
    String decoded = src.original();
    String t = src.text();
    Within withinAt = withinAt(t);
    List<int[]> numbers = new ArrayList<>();
    for (int i = 0; i < t.length(); ) {
      int end = numberEnd(t, i);
      if (end > i && counts(t, i, end, withinAt)) {
        numbers.add(new int[] {i, end});
      }
      i = Math.max(end, i + 1);
    }
    String[] readBy = new String[numbers.size()];
    List<Wording> wordings = wordings(src, plan);
    List<List<BigDecimal>> missing = new ArrayList<>();
    for (Wording w : wordings) {
      List<BigDecimal> left = new ArrayList<>(w.values());
      for (int n = firstAtOrAfter(numbers, w.from()); n < numbers.size() && numbers.get(n)[1] <= w.to(); n++) {
        if (readBy[n] == null) {
          readBy[n] = w.id();
          value(t, numbers.get(n)).ifPresent(v -> left.removeIf(m -> m.compareTo(v) == 0));
        }
      }
      missing.add(left);
    }
    for (int k = 0; k < wordings.size(); k++) {
      Wording w = wordings.get(k);
      List<BigDecimal> left = missing.get(k);
      for (int n = firstAtOrAfter(numbers, w.from()); !left.isEmpty() && n < numbers.size()
          && numbers.get(n)[0] < w.next(); n++) {
        Optional<BigDecimal> v = value(t, numbers.get(n));
        if (readBy[n] == null && v.isPresent() && left.removeIf(m -> m.compareTo(v.get()) == 0)) {
          readBy[n] = w.id();
        }
      }
    }
    List<Span> spans = plan.spans();
    int[] spanStarts = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      spanStarts[k] = index(src, spans.get(k).start());
    }
    List<Finding> findings = new ArrayList<>();
    for (int n = 0; n < numbers.size(); n++) {
      int s = numbers.get(n)[0];
      int e = numbers.get(n)[1];
      int k = lastAtOrBefore(spanStarts, s);
      Span.Kind kind = k < 0 ? Span.Kind.PARAGRAPH : spans.get(k).kind();
      String reason = readBy[n] != null ? READ : reason(t, s, e, kind, withinAt, numbers, n);
      findings.add(new Finding(s, e, src.position(s), decoded.substring(src.originalIndex(s), src.originalEnd(e)),
          reason, Optional.ofNullable(readBy[n])));
    }
    return findings;
  }

  /**
   * The wordings of the plan's observations, by start; {@code next} is the start of the following one of another
   * indicator (a level's growth may be written after the same indicator's next figure: 增加54.54亿元、增幅达32.91%).
   */
  private List<Wording> wordings(SourceText src, Plan plan) {
    String t = src.text();
    List<Wording> list = new ArrayList<>();
    for (Indicator ind : plan.indicators()) {
      for (Observation o : ind.observations()) {
        if (o.provenance().isEmpty()) {
          continue;
        }
        Provenance p = o.provenance().get();
        int from = index(src, p.start());
        int to = p.origin() == Provenance.Origin.TABLE || p.end().isEmpty() ? cellEnd(t, from)
            : index(src, p.end().get());
        List<BigDecimal> values = new ArrayList<>();
        for (Optional<Bound> b : List.of(o.level(), o.growth())) {
          b.ifPresent(bound -> values.addAll(values(bound.text())));
        }
        list.add(new Wording(from, to, o.id(), ind.code(), values, t.length()));
      }
    }
    list.sort(Comparator.comparingInt(Wording::from));
    List<Wording> linked = new ArrayList<>(list.size());
    for (int k = 0; k < list.size(); k++) {
      Wording w = list.get(k);
      int next = t.length();
      for (int j = k + 1; j < list.size(); j++) {
        if (list.get(j).from() > w.from() && !list.get(j).indicator().equals(w.indicator())) {
          next = list.get(j).from();
          break;
        }
      }
      linked.add(new Wording(w.from(), w.to(), w.id(), w.indicator(), w.values(), next));
    }
    return linked;
  }

  /** The values of the numbers a bound is written with (同比增长5.6% → 5.6; 4.5%—5% → 4.5, 5). */
  private List<BigDecimal> values(String wording) {
    List<BigDecimal> values = new ArrayList<>();
    Within withinAt = withinAt(wording);
    for (int i = 0; i < wording.length(); ) {
      int end = numberEnd(wording, i);
      if (end > i && counts(wording, i, end, withinAt)) {
        value(wording, new int[] {i, end}).ifPresent(values::add);
      }
      i = Math.max(end, i + 1);
    }
    return values;
  }

  /** The value of a number, if the numeral reader reads it whole. */
  private Optional<BigDecimal> value(String t, int[] number) {
    try {
      return lexicon.numeral(t, number[0]).filter(n -> n.end() == number[1]).map(Lexicon.Numeral::value);
    } catch (PlanFormatException malformed) {
      return Optional.empty();
    }
  }

  /** True if the number at {@code [s, e)} is one: always, but for Chinese numerals that form no quantity (一体化). */
  private boolean counts(String t, int s, int e, Within withinAt) {
    return !lexicon.isChineseNumeral(t.codePointAt(s)) || quantity(t, e) || adjacent(t, s, e) != null
        || withinAt.at(s) != null;
  }

  /**
   * What the number {@code n}, at {@code [s, e)} of the normalised text, is in a span of {@code kind}, if it is no
   * figure; else {@link #NOT_READ}. {@code withinAt.at(i)} is the reason of a {@code within} word of the lexicon
   * covering index {@code i}, if any.
   */
  String reason(String t, int s, int e, Span.Kind kind, Within withinAt, List<int[]> numbers, int n) {
    if (isCircled(t.charAt(s))) {
      return s == 0 || t.charAt(s - 1) == '\n' ? HEADING_LABEL : FOOTNOTE;
    }
    if (!lexicon.isChineseNumeral(t.codePointAt(s)) && (isLatin(t, s - 1) || isLatin(t, e))) {
      return NAME;
    }
    Context best = adjacent(t, s, e);
    boolean year = isYear(t, s, e);
    if (kind == Span.Kind.TABLE_CELL && year && (best == null || best.condition().equals("year"))) {
      return COLUMN_HEADER;
    }
    String reason = best != null ? best.reason() : withinAt.at(s) != null ? withinAt.at(s) : threshold(t, s, e);
    if (reason == null && year && e < t.length() && isHan(t, e) && afterUnit(t, e) == e) {
      reason = YEAR; // 2025港澳山东周: a year in the name of an event
    }
    String separator = n + 1 < numbers.size() ? rangeSeparators.matchAt(t, e, numbers.get(n + 1)[0]) : null;
    if (reason == null && separator != null && e + separator.length() == numbers.get(n + 1)[0]) {
      String next = reason(t, numbers.get(n + 1)[0], numbers.get(n + 1)[1], kind, withinAt, numbers, n + 1);
      reason = next.equals(NOT_READ) ? null : next; // 1—3岁婴幼儿: the range's start is what its end is
    }
    if (reason == null && ScanText.countsList(t, s, e, modifierEnds) && countUnitAt(t, e)) {
      reason = LIST_COUNT;
    }
    if (reason == null) {
      reason = enclosed(t, s, e);
    }
    if (reason == null && kind == Span.Kind.TITLE) {
      reason = TITLE;
    }
    if (reason == null && kind == Span.Kind.TABLE_CELL && rowNumber(t, s, e)) {
      reason = ROW_NUMBER;
    }
    return reason == null ? NOT_READ : reason;
  }

  /** True if a unit that counts (个, 家, 条) follows at {@code e}. */
  private boolean countUnitAt(String t, int e) {
    String unit = narrativeUnits.matchAt(t, e, t.length());
    return unit != null && Unit.of(unit, lexicon).dimension() == Dimension.COUNT;
  }

  /** The longest adjacent pattern of the lexicon around the number, the first of equally long ones, or null. */
  private @Nullable Context adjacent(String t, int s, int e) {
    Context best = null;
    for (Context c : adjacent) {
      if ((best == null || c.length() > best.length()) && around(t, s, e, c)
          && (!c.condition().equals("year") || isYear(t, s, e))) {
        best = c;
      }
    }
    return best;
  }

  /** The end of the number starting at {@code i}, or {@code i} where none starts there. */
  private int numberEnd(String t, int i) {
    char c = t.charAt(i);
    if (isDigit(c) && (i == 0 || !isDigit(t.charAt(i - 1)))) {
      try {
        return lexicon.numeral(t, i).map(Lexicon.Numeral::end).orElse(i);
      } catch (PlanFormatException malformed) { // 1,23: the digits, without the separator
        int j = i;
        while (j < t.length() && isDigit(t.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    if (isCircled(c)) {
      return i + 1;
    }
    int j = i;
    while (j < t.length() && lexicon.isChineseNumeral(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * True if the pattern's words are before the number and after it, or after its magnitude (千亿级), or, for a grade
   * (markers role grade-suffix), after its unit (30万吨级).
   */
  private boolean around(String t, int s, int e, Context c) {
    if (s < c.before().length() || !t.startsWith(c.before(), s - c.before().length())) {
      return false;
    }
    String magnitude = c.after().isEmpty() ? null : magnitudes.matchAt(t, e, t.length());
    return t.startsWith(c.after(), e) || (magnitude != null && t.startsWith(c.after(), e + magnitude.length()))
        || (gradeSuffixes.contains(c.after()) && t.startsWith(c.after(), afterUnit(t, e)));
  }

  /** True if the number is a year: four digits (or numerals, 二〇二六) from 1900 to 2199. */
  private boolean isYear(String t, int s, int e) {
    if (e - s != 4) {
      return false;
    }
    Optional<BigDecimal> v = lexicon.numeral(t, s).filter(n -> n.end() == e).map(Lexicon.Numeral::value);
    return v.isPresent() && v.get().compareTo(BigDecimal.valueOf(1900)) >= 0
        && v.get().compareTo(BigDecimal.valueOf(2199)) <= 0;
  }

  /** The index after the unit of a figure whose number ends at {@code e}: magnitude, 余/多 and unit skipped. */
  private int afterUnit(String t, int e) {
    int k = e;
    for (Words w : List.of(magnitudes, moreThan, units)) {
      String m = w.matchAt(t, k, t.length());
      if (m != null) {
        k += m.length();
      }
    }
    return k;
  }

  /**
   * The reason of a threshold pattern: words before the number, and words right after it or after its unit, with a
   * name after them (10亿元以上项目, 3岁以下儿童, 过百亿元企业), or null.
   */
  private @Nullable String threshold(String t, int s, int e) {
    int unitEnd = afterUnit(t, e);
    for (Context c : thresholds) {
      if (s < c.before().length() || !t.startsWith(c.before(), s - c.before().length())) {
        continue;
      }
      for (int k : new int[] {e, unitEnd}) {
        int n = k + c.after().length();
        if (t.startsWith(c.after(), k) && n < t.length() && isHan(t, n)) {
          return c.reason();
        }
      }
    }
    return null;
  }

  private static boolean isHan(String t, int i) {
    return Character.UnicodeScript.of(t.codePointAt(i)) == Character.UnicodeScript.HAN;
  }

  /** True if a magnitude, a unit of running text or a ratio word (成) follows Chinese numerals ending at e. */
  private boolean quantity(String t, int e) {
    int k = e;
    String more = moreThan.matchAt(t, k, t.length());
    if (more != null) {
      k += more.length();
    }
    return magnitudes.matchAt(t, k, t.length()) != null || narrativeUnits.matchAt(t, k, t.length()) != null
        || ratios.matchAt(t, k, t.length()) != null;
  }

  /** The reason of an enclosing pattern (“…”) whose opening and closing parts are on the number's line, or null. */
  private @Nullable String enclosed(String t, int s, int e) {
    for (Context c : enclosing) {
      if (reaches(t, s, -1, c.before(), c.after()) && reaches(t, e, 1, c.after(), c.before())) {
        return c.reason();
      }
    }
    return null;
  }

  /**
   * True if {@code part} starts within reach of {@code at}, going {@code direction} (-1 back, 1 on) on the line,
   * before {@code other} does.
   */
  private static boolean reaches(String t, int at, int direction, String part, String other) {
    for (int d = 0; d < ENCLOSING_REACH; d++) {
      int j = direction < 0 ? at - 1 - d : at + d;
      if (j < 0 || j >= t.length() || t.charAt(j) == '\n') {
        return false;
      }
      if (t.startsWith(part, j)) {
        return true;
      }
      if (t.startsWith(other, j)) {
        return false;
      }
    }
    return false;
  }

  /** True if the number is alone in the first cell of a table row (a 序号 column). */
  private static boolean rowNumber(String t, int s, int e) {
    int j = s - 1;
    while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '|')) {
      j--;
    }
    int k = e;
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    return (j < 0 || t.charAt(j) == '\n') && (k == t.length() || t.charAt(k) == '\n' || t.charAt(k) == '\t'
        || t.charAt(k) == '|' || k - e >= 2);
  }

  /** The end of the table cell starting at {@code from}: a TAB, a pipe, two spaces or the line end. */
  private static int cellEnd(String t, int from) {
    int k = from;
    while (k < t.length() && t.charAt(k) != '\n' && t.charAt(k) != '\t' && t.charAt(k) != '|'
        && !(t.charAt(k) == ' ' && k + 1 < t.length() && t.charAt(k + 1) == ' ')) {
      k++;
    }
    return k;
  }

  /** For each index of {@code t}, the reason of the {@code within} word of the lexicon covering it, or null. */
  private Within withinAt(String t) {
    Within at = new Within();
    for (int i = 0; i < t.length(); i++) {
      String w = within.matchAt(t, i, t.length());
      if (w != null) {
        at.add(i, i + w.length(), withinReasons.get(w));
      }
    }
    return at;
  }

  /**
   * The {@code within} words found in a text, by start: a later word covers what an earlier one covered where
   * they overlap. Sparse (three entries a word, not one a char), so that a large text costs what its words cost.
   */
  private static final class Within {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private @Nullable String[] reasons = new String[16];
    private int size;
    private int longest;

    void add(int start, int end, @Nullable String reason) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        reasons = Arrays.copyOf(reasons, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      reasons[size++] = reason;
      longest = Math.max(longest, end - start);
    }

    /** The reason of the last word covering index {@code i}, or null. */
    @Nullable String at(int i) {
      int k = Arrays.binarySearch(starts, 0, size, i);
      k = k >= 0 ? k : -k - 2;
      for (; k >= 0 && starts[k] > i - longest; k--) {
        if (ends[k] > i) {
          return reasons[k];
        }
      }
      return null;
    }
  }

  /** The first of the numbers (by start) that starts at or after {@code from}, or their count. */
  private static int firstAtOrAfter(List<int[]> numbers, int from) {
    int lo = 0;
    int hi = numbers.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (numbers.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last index of the sorted {@code values} whose value is at most {@code v}, or -1. */
  private static int lastAtOrBefore(int[] values, int v) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** The normalised index of a position in the decoded text. */
  private static int index(SourceText src, Position p) {
    int original = src.originalOffset(p);
    int lo = 0;
    int hi = src.text().length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (src.originalIndex(mid) < original) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isCircled(char c) {
    return c >= '\u2460' && c <= '\u2473';
  }

  private static boolean isLatin(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }
}
