package org.devplan.io.text.internal;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Lexicon;
import org.devplan.model.Unit;
import org.devplan.model.Words;
import org.jspecify.annotations.Nullable;

/**
 * The importer's view of a {@link Lexicon}: the word lists and tables its scanners ask, built once per lexicon.
 * The importer keeps no words of its own. Immutable once built.
 */
public final class Vocabulary extends LexiconView {
  private static final Vocabulary DEFAULT = new Vocabulary(Lexicon.standard());

  final Words units = words(Lexicon.Table.UNITS, "narrative", "yes");
  // a verb prefix (达到, 为) is read as the statement's verb: it names how the level is stated
  final Words exceeding = words(Lexicon.Table.QUALIFIERS, "kind", "GREATER_THAN");
  final Words qualifierPrefixes = words(Lexicon.Table.QUALIFIERS, "position", "prefix")
      .without(words(Lexicon.Table.QUALIFIERS, "strength", "verb"));
  final Words qualifierSuffixes = words(Lexicon.Table.QUALIFIERS, "position", "suffix");
  final Words notQualifiers = words(Lexicon.Table.NOT_QUALIFIERS);
  final Words levelVerbs = words(Lexicon.Table.LEVEL_VERBS);
  final Words subjectTrim = words(Lexicon.Table.SUBJECT_TRIM);
  final Words hedges = words(Lexicon.Table.HEDGES);
  final Words qualitative = words(Lexicon.Table.QUALITATIVE);
  final Words qualitativeResults = words(Lexicon.Table.QUALITATIVE, "reads", "any");
  final Words qualitativeListed = words(Lexicon.Table.QUALITATIVE, "reads", "listed");
  final Words mainTargets = words(Lexicon.Table.MAIN_TARGETS);
  final Words listHeads = words(Lexicon.Table.LIST_HEADS);
  final Words comparablePrices = words(Lexicon.Table.COMPARABLE_PRICES);
  final Words actionVerbs = words(Lexicon.Table.ACTION_VERBS);
  final Words genericSubjects = words(Lexicon.Table.GENERIC_SUBJECTS);
  final Map<String, Integer> changeVerbSigns = new HashMap<>();
  final Words changeVerbs = words(Lexicon.Table.CHANGE_VERBS);
  final Map<String, Chapter.Numbering> headingSchemes = new LinkedHashMap<>();
  final Words annexLabels = words(Lexicon.Table.HEADINGS, "numbering", Chapter.Numbering.OTHER.name());
  final Map<String, String> aliasGroups = new HashMap<>();
  /** 城乡 → [城镇, 农村]: a word naming two subjects, and each. */
  final Map<String, List<String>> pairedWords = new HashMap<>();
  final List<String> normalisePrefixes = new ArrayList<>();
  final List<String> normaliseSuffixes = new ArrayList<>();
  final List<String> normaliseInfixes = new ArrayList<>();
  final Map<String, Indicator.Measure> measureSuffixes = new LinkedHashMap<>();
  final Words countedNouns = words(Lexicon.Table.COUNTED_NOUNS);
  final List<String> actualChapterWords = new ArrayList<>();
  /** Readings of a table's comparison signs that its notes may give: sign, defining word, qualifier. */
  final List<String[]> noteSigns = new ArrayList<>();
  final List<String> targetChapterWords = new ArrayList<>();
  final Words magnitudes = words(Lexicon.Table.MAGNITUDES);
  final Words wholeRatios = words(Lexicon.Table.RATIO_WORDS, "type", "whole");
  final Words ordinalPrefixes = marker("ordinal-prefix");
  final Words rankPrefixes = marker("rank-prefix");
  final Words notRankPrefixes = marker("not-a-rank-prefix");
  final Words durationPrefixes = marker("duration-prefix");
  final Words gradeSuffixes = marker("grade-suffix");
  final Words yearSuffixes = marker("year-suffix");
  final Words moreThan = marker("more-than");
  final Words fromMarkers = marker("from");
  final Words possessives = marker("possessive");
  final Words planYearWords = words(Lexicon.Table.TIME_WORDS, "refers", "plan");
  final Words pastPeriodWords = words(Lexicon.Table.TIME_WORDS, "refers", "past-period");
  final Words nextPeriodWords = words(Lexicon.Table.TIME_WORDS, "refers", "next-period");
  final Words timeWords = words(Lexicon.Table.TIME_WORDS);
  final Words periodWords = marker("period-word");
  final Words periodAims = marker("period-aim");
  final Words verbAdverbs = marker("verb-adverb");
  final Words untilWords = marker("until");
  final Words listItemMarkers = marker("list-item");
  final Words comparisons = marker("comparison");
  final Words countNouns = marker("count-noun");
  final Words notCountBefore = marker("not-a-count-after");
  final Words conjunctions = marker("conjunction");
  final Words modifierEnds = marker("modifier-end");
  final Words eachMarkers = marker("each");
  final Words notEach = marker("not-each");
  final Words enumerationSuffixes = marker("enumeration-suffix");
  final Words afterNumeralRatios = words(Lexicon.Table.RATIO_WORDS, "type", "after-numeral");
  final Words distributive = marker("distributive");
  final Words etcMarkers = marker("etc");
  final Words pairAnd = marker("pair-and");
  final Words indicatorHeads = marker("indicator-head");
  final Words grammarVerbs = marker("grammar-verb");
  final Words completion = marker("completion");
  final Words completionObjects = marker("completion-object");
  final Words yearLeads = marker("year-lead");
  final Words afterYear = marker("after-year");
  final Words yearTopics = marker("year-topic");
  final Words periodVerbs = marker("period-verb");
  final Words planOrdinalLeads = marker("plan-ordinal-lead");
  final Words planOrdinalEnds = marker("plan-ordinal-end");
  final Words remaining = marker("remaining");
  final Words yearBefore = marker("year-before");
  final Words notFigureAfter = marker("not-a-figure-after");
  final Words thresholds = marker("threshold");
  final Words thresholdPrefixes = marker("threshold-prefix");
  final Words countedThresholdPrefixes = marker("counted-threshold-prefix");
  final Words countedItems = marker("counted-item");
  final Words planItems = marker("plan-item");
  final Words totals = marker("total");
  final Words planParts = marker("plan-part");
  final Words breakdowns = marker("breakdown");
  final Words ratioEnds = marker("ratio-end");
  final Words annualAverage = marker("annual-average");
  final Words cumulative = marker("cumulative");
  final Words titleStops = marker("title-stop");
  final Words yearReferences = marker("year-reference");
  final Words yearReferencesAfter = marker("year-reference-after");
  final Words comparedYear = marker("compared-year");
  final Words comparedPeriod = marker("compared-period");
  final Words estimates = marker("estimate");
  final Words preliminaries = marker("preliminary");
  final Words shareOf = marker("share-of");
  final Words rangeSeparators = marker("range-separator");
  final Words changeLeads = marker("change-lead");
  final Words listSeparators = marker("list-separator");
  final Words listAnd = marker("list-and");
  final Words noteLeads = marker("note-lead");
  final Words contentsHeadings = marker("contents");
  final Words captionLeads = marker("caption-lead");
  final Words comparableBasis = marker("comparable-basis");
  final Words growthNameEnds = marker("growth-name-end");
  /** The unit of a table row whose unit cell is empty or holds a figure. */
  final Unit tableUnit = Unit.of(marker("table-unit").asList().get(0));
  /** The value of each Chinese digit (一 → 1, 两 → 2), read once from the lexicon's numerals. */
  private final Map<Character, Integer> digitValues = new HashMap<>();
  /** The numeral units of 100 and more (百, 千): before a unit after a qualifier, a count of one implied (超千场). */
  final Set<Character> hundredsUnits = new HashSet<>();
  /** The entries of {@link Lexicon.Table#TABLE_HEADERS} by use, each use's in file order, their columns read once. */
  private final Map<String, List<Header>> headersByUse = new HashMap<>();
  /** The tokenizer of this vocabulary's words, made once: it holds no state of a text. */
  final Tokenizer tokenizer;
  /**
   * The characters a year, period, 预计 or 初步核算 mention can start with ({@link Dating}): digits and the first
   * characters of the dating words, made once instead of at each import. Not changed once built.
   */
  final BitSet mentionStarts;

  private Vocabulary(Lexicon lexicon) {
    super(lexicon);
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.CHANGE_VERBS)) {
      changeVerbSigns.put(e.word(), e.get("sign").equals("-") ? -1 : 1);
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.HEADINGS)) {
      Chapter.Numbering n = Chapter.Numbering.valueOf(e.get("numbering"));
      if (n != Chapter.Numbering.OTHER) {
        headingSchemes.put(e.word(), n); // OTHER marks the annex labels, read as annexLabels
      }
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.MEASURES)) {
      measureSuffixes.put(e.word(), Indicator.Measure.valueOf(e.get("measure")));
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.NOTE_SIGNS)) {
      noteSigns.add(new String[] {e.get("sign"), e.word(), e.get("kind")});
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.CHAPTER_CONTEXT)) {
      (e.get("kind").equals("actual") ? actualChapterWords : targetChapterWords).add(e.word());
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.LINK_NORMALISE)) {
      switch (e.get("position")) {
        case "prefix" -> normalisePrefixes.add(e.word());
        case "suffix" -> normaliseSuffixes.add(e.word());
        case "infix" -> {
          normalisePrefixes.add(e.word());
          normaliseInfixes.add(e.word());
        }
        default -> throw new IllegalArgumentException("lexicon table LINK_NORMALISE: position of \"" + e.word()
            + "\" must be prefix, suffix or infix, found " + e.get("position"));
      }
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.ALIASES)) {
      aliasGroups.put(normaliseName(e.word()), e.get("group"));
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.PAIRED_WORDS)) {
      pairedWords.put(e.word(), List.copyOf(Splitter.on('|').splitToList(e.get("parts"))));
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.NUMERALS)) {
      if (e.word().length() == 1 && e.get("type").equals("unit") && Integer.parseInt(e.get("value")) >= 100) {
        hundredsUnits.add(e.word().charAt(0));
      }
      if (e.word().length() == 1 && e.get("type").equals("digit")) {
        digitValues.put(e.word().charAt(0), Integer.parseInt(e.get("value")));
      } else if (e.word().length() == 1) {
        digitValues.remove(e.word().charAt(0)); // the last entry of a word is the one the lexicon answers with
      }
    }
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.TABLE_HEADERS)) {
      headersByUse.computeIfAbsent(e.get("use"), u -> new ArrayList<>()).add(Header.of(e));
    }
    mentionStarts = ScanText.firstChars(List.of(planOrdinalLeads, remaining, pastPeriodWords, nextPeriodWords,
        estimates, preliminaries));
    mentionStarts.set('0', '9' + 1);
    this.tokenizer = new Tokenizer(this); // last: it reads the word tables above
  }

  /**
   * The role of the first {@link Lexicon.Table#TABLE_HEADERS} entry of {@code use} that {@code cell} matches, or
   * null.
   */
  @Nullable String headerRole(String cell, String use) {
    for (Header h : headersByUse.getOrDefault(use, List.of())) {
      if (h.matches(cell)) {
        return h.role();
      }
    }
    return null;
  }

  /**
   * A {@link Lexicon.Table#TABLE_HEADERS} entry with its role, its {@code max} as a number and its {@code match} as
   * one of {@link #EXACT} to {@link #CONTAINS}, read once instead of at every line a table layout looks at; an entry
   * whose {@code max} or {@code match} cannot be read ({@link #UNREAD}) is matched as written, failing as it did.
   */
  private record Header(Lexicon.Entry entry, String word, String role, int max, int match) {
    static final int UNREAD = -1;
    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int SUFFIX = 2;
    static final int CONTAINS = 3;

    static Header of(Lexicon.Entry e) {
      int match = switch (e.get("match")) {
        case "exact" -> EXACT;
        case "prefix" -> PREFIX;
        case "suffix" -> SUFFIX;
        case "contains" -> CONTAINS;
        default -> UNREAD;
      };
      int max = 0;
      try {
        max = Integer.parseInt(e.get("max"));
      } catch (NumberFormatException unread) {
        match = UNREAD;
      }
      return new Header(e, e.word(), e.get("role"), max, match);
    }

    boolean matches(String cell) {
      if (match == UNREAD) {
        return Vocabulary.matches(cell, entry);
      }
      if (max > 0 && cell.length() > max) {
        return false;
      }
      return switch (match) {
        case EXACT -> cell.equals(word);
        case PREFIX -> cell.startsWith(word);
        case SUFFIX -> cell.endsWith(word);
        default -> cell.contains(word);
      };
    }
  }

  private static boolean matches(String cell, Lexicon.Entry e) {
    int max = Integer.parseInt(e.get("max"));
    if (max > 0 && cell.length() > max) {
      return false;
    }
    String w = e.word();
    return switch (e.get("match")) {
      case "exact" -> cell.equals(w);
      case "prefix" -> cell.startsWith(w);
      case "suffix" -> cell.endsWith(w);
      case "contains" -> cell.contains(w);
      default -> throw new IllegalArgumentException("lexicon table TABLE_HEADERS: match of \"" + w
          + "\" must be exact, prefix, suffix or contains, found " + e.get("match"));
    };
  }

  /**
   * The first {@link Lexicon.Table#COLUMN_KINDS} entry of {@code kind} whose word {@code header} contains, among
   * the undated ones only if {@code undatedOnly}, or null.
   */
  Lexicon.@Nullable Entry columnKind(String header, @Nullable String kind, boolean undatedOnly) {
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.COLUMN_KINDS)) {
      if ((kind == null || e.get("kind").equals(kind)) && (!undatedOnly || e.get("undated").equals("yes"))
          && header.contains(e.word())) {
        return e;
      }
    }
    return null;
  }

  /** True if {@code header} contains a word of a {@link Lexicon.Table#COLUMN_KINDS} entry marked estimate. */
  boolean isEstimateColumn(String header) {
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.COLUMN_KINDS)) {
      if (e.get("estimate").equals("yes") && header.contains(e.word())) {
        return true;
      }
    }
    return false;
  }

  /** The value of {@code c} as a Chinese digit (一 → 1, 两 → 2), or -1 if it is none. */
  int digitValue(char c) {
    Integer value = digitValues.get(c);
    return value == null ? -1 : value;
  }

  /**
   * The N of 后两年 / 后三年 (the plan period's remaining years, as a mid-term review says) at {@code a} of {@code s},
   * or 0.
   */
  int remainingYears(CharSequence s, int a, int b) {
    if (a + 3 > b || remaining.matchAt(s, a, a + 1) == null || yearSuffixes.matchAt(s, a + 2, a + 3) == null) {
      return 0;
    }
    int n = digitValue(s.charAt(a + 1));
    return n >= 1 && n <= 4 ? n : 0;
  }

  /** The ordinal of the five-year plan named at {@code a} of {@code s} (十五五 → 15), or 0. */
  int planOrdinal(CharSequence s, int a) {
    if (a + 3 > s.length() || planOrdinalLeads.matchAt(s, a, a + 1) == null
        || planOrdinalEnds.matchAt(s, a + 2, a + 3) == null) {
      return 0;
    }
    int n = digitValue(s.charAt(a + 1));
    return n >= 1 ? 10 + n : 0;
  }

  /**
   * The end of a five-year plan's time named at {@code a} of {@code s} (“十四五”时期, 十五五期间), its name before
   * {@code b} and its period word before {@code wordLimit}; or -1.
   */
  int planPeriodEnd(CharSequence s, int a, int b, int wordLimit) {
    int i = planNameEnd(s, a, b);
    String word = i < 0 ? null : periodWords.matchAt(s, i, wordLimit);
    return word == null ? -1 : i + word.length();
  }

  /** The end of a five-year plan's name at {@code a} of {@code s} before {@code b} (“十四五”, 十五五), or -1. */
  int planNameEnd(CharSequence s, int a, int b) {
    int i = a < b && s.charAt(a) == '“' ? a + 1 : a;
    if (i + 3 > b || planOrdinal(s, i) == 0) {
      return -1;
    }
    i += 3;
    return i < b && s.charAt(i) == '”' ? i + 1 : i;
  }

  /** True if a year suffix (年) follows the four digits at {@code at} of {@code s}. */
  boolean yearSuffixAfter(String s, int at) {
    return yearSuffixes.matchAt(s, at + 4, s.length()) != null;
  }

  /** True if {@code s} names {@code year} followed by a year suffix (2026年). */
  boolean namesYear(String s, int year) {
    String digits = Integer.toString(year);
    for (int at = s.indexOf(digits); at >= 0; at = s.indexOf(digits, at + 1)) {
      if (yearSuffixes.matchAt(s, at + digits.length(), s.length()) != null) {
        return true;
      }
    }
    return false;
  }

  /** A table row's name without the growth ending that makes it a growth (地区生产总值增长 → 地区生产总值). */
  String withoutGrowthEnd(String name) {
    String end = growthNameEnds.matchEndingAt(name, name.length(), 1);
    return end != null ? name.substring(0, name.length() - end.length()) : name;
  }

  /** The vocabulary of the standard lexicon. */
  public static Vocabulary standard() {
    return DEFAULT;
  }

  /** The vocabulary of {@code lexicon}. */
  public static Vocabulary of(Lexicon lexicon) {
    return lexicon == Lexicon.standard() ? DEFAULT : new Vocabulary(lexicon);
  }

  /** The name as linking compares it: without quotes, spaces and the listed prefixes and suffixes. */
  String normaliseName(String name) {
    int first = 0; // most names have no char to drop or replace: they are kept as they are, with no copy
    while (first < name.length() && !isDroppedOrReplaced(name.charAt(first))) {
      first++;
    }
    String s = name;
    if (first < name.length()) {
      StringBuilder b = new StringBuilder(name.length()).append(name, 0, first);
      for (int i = first; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '（' || c == '）') {
          b.append(c == '（' ? '(' : ')');
        } else if (!isDroppedOrReplaced(c)) {
          b.append(c);
        }
      }
      s = b.toString();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String p : normalisePrefixes) {
        if (s.startsWith(p) && s.length() > p.length()) {
          s = s.substring(p.length());
          changed = true;
        }
      }
    }
    for (String p : normaliseInfixes) {
      int at = s.indexOf(p);
      if (at > 0) {
        s = s.substring(0, at) + s.substring(at + p.length());
      }
    }
    for (String suffix : normaliseSuffixes) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    return s;
  }

  /** True if {@link #normaliseName} drops {@code c} (a space, a quote) or replaces it (a full-width bracket). */
  private static boolean isDroppedOrReplaced(char c) {
    return Character.isWhitespace(c) || c == '“' || c == '”' || c == '"' || c == '（' || c == '）';
  }

  /**
   * True if a plan part ends {@code s} at {@code end} (预期性指标, 提出指标: the subject of a count of the plan's own
   * parts), not as what a count before it counts (6个方面16条经验: the 16 counts 经验).
   */
  boolean endsWithPlanPart(String s, int end, int start) {
    String part = planParts.matchEndingAt(s, end, start);
    int at = part == null ? -1 : end - part.length() - 1;
    return part != null && !(at >= start && countNouns.matchAt(s, at, at + 1) != null);
  }

  /** What the level of an indicator so named, in {@code unit}, measures, if its name says. */
  java.util.Optional<Indicator.Measure> measure(String name, Unit unit) {
    for (var e : measureSuffixes.entrySet()) {
      if (name.endsWith(e.getKey()) && unit.equals(Unit.PERCENT)) {
        return java.util.Optional.of(e.getValue());
      }
    }
    return java.util.Optional.empty();
  }

  /** True if the growth of an indicator so named is measured at comparable prices. */
  boolean isComparablePrice(String name) {
    for (String w : comparablePrices.asList()) {
      if (name.equals(w) || name.endsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
