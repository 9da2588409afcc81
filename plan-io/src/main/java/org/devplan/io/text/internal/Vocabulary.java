package org.devplan.io.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Lexicon;
import org.devplan.model.Unit;
import org.devplan.model.Words;

/**
 * The importer's view of a {@link Lexicon}: the word lists and tables its scanners ask, built once per lexicon.
 * The importer keeps no words of its own. Immutable once built.
 */
public final class Vocabulary {
  private static final Vocabulary DEFAULT = new Vocabulary(Lexicon.standard());

  final Lexicon lexicon;
  final Words units;
  final Words qualifierPrefixes;
  final Words qualifierSuffixes;
  final Words notQualifiers;
  final Words levelVerbs;
  final Words subjectTrim;
  final Words hedges;
  final Words qualitative;
  final Words listHeads;
  final Words comparablePrices;
  final Words actionVerbs;
  final Words genericSubjects;
  final Map<String, Integer> changeVerbSigns = new HashMap<>();
  final Words changeVerbs;
  final Map<String, Chapter.Numbering> headingSchemes = new LinkedHashMap<>();
  final Words annexLabels;
  final Map<String, String> aliasGroups = new HashMap<>();
  final List<String> normalisePrefixes = new ArrayList<>();
  final List<String> normaliseSuffixes = new ArrayList<>();
  final List<String> normaliseInfixes = new ArrayList<>();
  final Map<String, Indicator.Measure> measureSuffixes = new LinkedHashMap<>();
  final List<String> actualChapterWords = new ArrayList<>();
  /** Readings of a table's comparison signs that its notes may give: sign, defining word, qualifier. */
  final List<String[]> noteSigns = new ArrayList<>();
  final List<String> targetChapterWords = new ArrayList<>();
  final Words magnitudes;
  final Words wholeRatios;
  final Words ordinalPrefixes;
  final Words yearSuffixes;
  final Words moreThan;
  final Words fromMarkers;
  final Words possessives;
  final Words planYearWords;
  final Words timeWords;
  final Words periodWords;
  final Words untilWords;
  final Words listItemMarkers;
  final Words comparisons;
  final Words countNouns;
  final Words notCountBefore;
  final Words conjunctions;
  final Words modifierEnds;
  final Words eachMarkers;
  final Words notEach;
  final Words enumerationSuffixes;
  final Words afterNumeralRatios;
  final Words distributive;
  final Words etcMarkers;
  final Words pairAnd;
  final Words indicatorHeads;
  final Words grammarVerbs;
  final Words completion;
  final Words completionObjects;
  final Words yearLeads;
  final Words afterYear;
  final Words periodVerbs;
  final Words planOrdinalLeads;
  final Words planOrdinalEnds;
  final Words remaining;
  final Words yearBefore;
  final Words notFigureAfter;
  final Words thresholds;
  final Words countedItems;
  final Words planItems;
  final Words totals;
  final Words ratioEnds;
  final Words annualAverage;
  final Words cumulative;
  final Words yearReferences;
  final Words yearReferencesAfter;
  final Words comparedYear;
  final Words estimates;
  final Words preliminaries;
  final Words shareOf;
  final Words rangeSeparators;
  final Words changeLeads;
  final Words listSeparators;
  final Words noteLeads;
  final Words contentsHeadings;
  final Words captionLeads;
  final Words comparableBasis;
  final Words growthNameEnds;
  /** The unit of a table row whose unit cell is empty or holds a figure. */
  final Unit tableUnit;

  private Vocabulary(Lexicon lexicon) {
    this.lexicon = lexicon;
    units = lexicon.words(Lexicon.Table.UNITS, "narrative", "yes");
    levelVerbs = lexicon.words(Lexicon.Table.LEVEL_VERBS);
    // a verb prefix (达到, 为) is read as the statement's verb: it names how the level is stated
    qualifierPrefixes = lexicon.words(Lexicon.Table.QUALIFIERS, "position", "prefix")
        .without(lexicon.words(Lexicon.Table.QUALIFIERS, "strength", "verb"));
    qualifierSuffixes = lexicon.words(Lexicon.Table.QUALIFIERS, "position", "suffix");
    notQualifiers = lexicon.words(Lexicon.Table.NOT_QUALIFIERS);
    subjectTrim = lexicon.words(Lexicon.Table.SUBJECT_TRIM);
    hedges = lexicon.words(Lexicon.Table.HEDGES);
    qualitative = lexicon.words(Lexicon.Table.QUALITATIVE);
    listHeads = lexicon.words(Lexicon.Table.LIST_HEADS);
    comparablePrices = lexicon.words(Lexicon.Table.COMPARABLE_PRICES);
    actionVerbs = lexicon.words(Lexicon.Table.ACTION_VERBS);
    genericSubjects = lexicon.words(Lexicon.Table.GENERIC_SUBJECTS);
    magnitudes = lexicon.words(Lexicon.Table.MAGNITUDES);
    wholeRatios = lexicon.words(Lexicon.Table.RATIO_WORDS, "type", "whole");
    ordinalPrefixes = lexicon.words(Lexicon.Table.MARKERS, "role", "ordinal-prefix");
    yearSuffixes = lexicon.words(Lexicon.Table.MARKERS, "role", "year-suffix");
    moreThan = lexicon.words(Lexicon.Table.MARKERS, "role", "more-than");
    fromMarkers = lexicon.words(Lexicon.Table.MARKERS, "role", "from");
    possessives = lexicon.words(Lexicon.Table.MARKERS, "role", "possessive");
    planYearWords = lexicon.words(Lexicon.Table.TIME_WORDS, "refers", "plan");
    timeWords = lexicon.words(Lexicon.Table.TIME_WORDS);
    periodWords = lexicon.words(Lexicon.Table.MARKERS, "role", "period-word");
    untilWords = lexicon.words(Lexicon.Table.MARKERS, "role", "until");
    listItemMarkers = lexicon.words(Lexicon.Table.MARKERS, "role", "list-item");
    comparisons = lexicon.words(Lexicon.Table.MARKERS, "role", "comparison");
    countNouns = lexicon.words(Lexicon.Table.MARKERS, "role", "count-noun");
    notCountBefore = lexicon.words(Lexicon.Table.MARKERS, "role", "not-a-count-after");
    conjunctions = lexicon.words(Lexicon.Table.MARKERS, "role", "conjunction");
    modifierEnds = lexicon.words(Lexicon.Table.MARKERS, "role", "modifier-end");
    eachMarkers = lexicon.words(Lexicon.Table.MARKERS, "role", "each");
    notEach = lexicon.words(Lexicon.Table.MARKERS, "role", "not-each");
    enumerationSuffixes = lexicon.words(Lexicon.Table.MARKERS, "role", "enumeration-suffix");
    afterNumeralRatios = lexicon.words(Lexicon.Table.RATIO_WORDS, "type", "after-numeral");
    distributive = lexicon.words(Lexicon.Table.MARKERS, "role", "distributive");
    etcMarkers = lexicon.words(Lexicon.Table.MARKERS, "role", "etc");
    pairAnd = lexicon.words(Lexicon.Table.MARKERS, "role", "pair-and");
    indicatorHeads = lexicon.words(Lexicon.Table.MARKERS, "role", "indicator-head");
    grammarVerbs = lexicon.words(Lexicon.Table.MARKERS, "role", "grammar-verb");
    completion = lexicon.words(Lexicon.Table.MARKERS, "role", "completion");
    completionObjects = lexicon.words(Lexicon.Table.MARKERS, "role", "completion-object");
    yearLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "year-lead");
    afterYear = lexicon.words(Lexicon.Table.MARKERS, "role", "after-year");
    periodVerbs = lexicon.words(Lexicon.Table.MARKERS, "role", "period-verb");
    planOrdinalLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "plan-ordinal-lead");
    planOrdinalEnds = lexicon.words(Lexicon.Table.MARKERS, "role", "plan-ordinal-end");
    remaining = lexicon.words(Lexicon.Table.MARKERS, "role", "remaining");
    yearBefore = lexicon.words(Lexicon.Table.MARKERS, "role", "year-before");
    notFigureAfter = lexicon.words(Lexicon.Table.MARKERS, "role", "not-a-figure-after");
    thresholds = lexicon.words(Lexicon.Table.MARKERS, "role", "threshold");
    countedItems = lexicon.words(Lexicon.Table.MARKERS, "role", "counted-item");
    planItems = lexicon.words(Lexicon.Table.MARKERS, "role", "plan-item");
    totals = lexicon.words(Lexicon.Table.MARKERS, "role", "total");
    ratioEnds = lexicon.words(Lexicon.Table.MARKERS, "role", "ratio-end");
    annualAverage = lexicon.words(Lexicon.Table.MARKERS, "role", "annual-average");
    cumulative = lexicon.words(Lexicon.Table.MARKERS, "role", "cumulative");
    yearReferences = lexicon.words(Lexicon.Table.MARKERS, "role", "year-reference");
    yearReferencesAfter = lexicon.words(Lexicon.Table.MARKERS, "role", "year-reference-after");
    comparedYear = lexicon.words(Lexicon.Table.MARKERS, "role", "compared-year");
    estimates = lexicon.words(Lexicon.Table.MARKERS, "role", "estimate");
    preliminaries = lexicon.words(Lexicon.Table.MARKERS, "role", "preliminary");
    shareOf = lexicon.words(Lexicon.Table.MARKERS, "role", "share-of");
    rangeSeparators = lexicon.words(Lexicon.Table.MARKERS, "role", "range-separator");
    changeLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "change-lead");
    listSeparators = lexicon.words(Lexicon.Table.MARKERS, "role", "list-separator");
    noteLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "note-lead");
    contentsHeadings = lexicon.words(Lexicon.Table.MARKERS, "role", "contents");
    captionLeads = lexicon.words(Lexicon.Table.MARKERS, "role", "caption-lead");
    comparableBasis = lexicon.words(Lexicon.Table.MARKERS, "role", "comparable-basis");
    growthNameEnds = lexicon.words(Lexicon.Table.MARKERS, "role", "growth-name-end");
    tableUnit = Unit.of(lexicon.words(Lexicon.Table.MARKERS, "role", "table-unit").asList().get(0));
    changeVerbs = lexicon.words(Lexicon.Table.CHANGE_VERBS);
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.CHANGE_VERBS)) {
      changeVerbSigns.put(e.word(), e.get("sign").equals("-") ? -1 : 1);
    }
    List<String> annex = new ArrayList<>();
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.HEADINGS)) {
      Chapter.Numbering n = Chapter.Numbering.valueOf(e.get("numbering"));
      if (n == Chapter.Numbering.OTHER) {
        annex.add(e.word());
      } else {
        headingSchemes.put(e.word(), n);
      }
    }
    annexLabels = lexicon.words(Lexicon.Table.HEADINGS, "numbering", Chapter.Numbering.OTHER.name());
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
  }

  /**
   * The role of the first {@link Lexicon.Table#TABLE_HEADERS} entry of {@code use} that {@code cell} matches, or
   * null.
   */
  String headerRole(String cell, String use) {
    for (Lexicon.Entry e : lexicon.entries(Lexicon.Table.TABLE_HEADERS)) {
      if (e.get("use").equals(use) && matches(cell, e)) {
        return e.get("role");
      }
    }
    return null;
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
  Lexicon.Entry columnKind(String header, String kind, boolean undatedOnly) {
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
    return lexicon.entry(Lexicon.Table.NUMERALS, String.valueOf(c)).filter(e -> e.get("type").equals("digit"))
        .map(e -> Integer.parseInt(e.get("value"))).orElse(-1);
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
    int i = a < b && s.charAt(a) == '“' ? a + 1 : a;
    if (i + 3 > b || planOrdinal(s, i) == 0) {
      return -1;
    }
    i += 3;
    if (i < b && s.charAt(i) == '”') {
      i++;
    }
    String word = periodWords.matchAt(s, i, wordLimit);
    return word == null ? -1 : i + word.length();
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
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c) && c != '“' && c != '”' && c != '"') {
        b.append(c == '（' ? '(' : c == '）' ? ')' : c);
      }
    }
    String s = b.toString();
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
