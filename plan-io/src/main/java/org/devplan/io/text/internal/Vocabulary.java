package org.devplan.io.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devplan.model.Chapter;

/**
 * The importer's vocabulary, read from the data files under {@code org/devplan/io/text/}: units, qualifiers,
 * verbs, hedges, qualitative phrases, heading schemes, subject-trimming words, the alias table and the
 * comparable-price list. One entry a line; {@code #} starts a comment. Immutable once loaded.
 */
public final class Vocabulary {
  private static final String BASE = "/org/devplan/io/text/";
  private static final Vocabulary DEFAULT = new Vocabulary();

  final WordList units = list("units.txt");
  final WordList qualifierPrefixes = list("qualifier-prefixes.txt");
  final WordList qualifierSuffixes = list("qualifier-suffixes.txt");
  final WordList notQualifiers = list("not-qualifiers.txt");
  final WordList levelVerbs = list("level-verbs.txt");
  final WordList subjectTrim = list("subject-trim.txt");
  final WordList hedges = list("hedges.txt");
  final WordList qualitative = list("qualitative.txt");
  final WordList listHeads = list("list-heads.txt");
  final WordList comparablePrices = list("comparable-prices.txt");
  final WordList actionVerbs = list("action-verbs.txt");
  final WordList genericSubjects = list("generic-subjects.txt");
  final Map<String, Integer> changeVerbSigns = new HashMap<>();
  final WordList changeVerbs;
  final Map<String, Chapter.Numbering> headingSchemes = new LinkedHashMap<>();
  final WordList annexLabels;
  final Map<String, Integer> aliasGroups = new HashMap<>();
  final List<String> normalisePrefixes = new ArrayList<>();
  final List<String> normaliseSuffixes = new ArrayList<>();
  final Map<String, org.devplan.model.Indicator.Measure> measureSuffixes = new LinkedHashMap<>();
  final List<String> actualChapterWords = new ArrayList<>();
  /** Readings of a table's comparison signs that its notes may give: sign, defining word, qualifier. */
  final List<String[]> noteSigns = new ArrayList<>();
  final List<String> targetChapterWords = new ArrayList<>();
  final WordList magnitudes = new WordList(List.of("万亿", "亿", "万", "萬億", "億", "萬"));

  private Vocabulary() {
    for (String line : lines("change-verbs.txt")) {
      String[] p = line.split(" ");
      changeVerbSigns.put(p[0], p.length > 1 && p[1].equals("-") ? -1 : 1);
    }
    changeVerbs = new WordList(changeVerbSigns.keySet());
    List<String> annex = new ArrayList<>();
    for (String line : lines("headings.txt")) {
      if (line.startsWith("@")) {
        annex.add(line.substring(1));
      } else {
        String[] p = line.split(" ");
        headingSchemes.put(p[0], Chapter.Numbering.valueOf(p[1]));
      }
    }
    annexLabels = new WordList(annex);
    for (String line : lines("measures.txt")) {
      String[] p = line.split(" ");
      measureSuffixes.put(p[1], org.devplan.model.Indicator.Measure.valueOf(p[0]));
    }
    for (String line : lines("note-signs.txt")) {
      noteSigns.add(line.split(" "));
    }
    for (String line : lines("chapter-context.txt")) {
      String[] p = line.split(" ");
      (p[0].equals("actual") ? actualChapterWords : targetChapterWords).add(p[1]);
    }
    for (String line : lines("link-normalise.txt")) {
      String[] p = line.split(" ");
      (p[0].equals("prefix") ? normalisePrefixes : normaliseSuffixes).add(p[1]);
    }
    int group = 0;
    for (String line : lines("aliases.txt")) {
      group++;
      for (String name : line.split("=")) {
        aliasGroups.put(normaliseName(name.strip()), group);
      }
    }
  }

  /** The vocabulary shipped with devplan. */
  public static Vocabulary standard() {
    return DEFAULT;
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
    for (String p : normalisePrefixes) {
      int at = s.indexOf(p);
      if (at > 0 && p.equals("本外币")) {
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
  java.util.Optional<org.devplan.model.Indicator.Measure> measure(String name, org.devplan.model.Unit unit) {
    for (var e : measureSuffixes.entrySet()) {
      if (name.endsWith(e.getKey()) && unit.equals(org.devplan.model.Unit.PERCENT)) {
        return java.util.Optional.of(e.getValue());
      }
    }
    return java.util.Optional.empty();
  }

  /** True if the growth of an indicator so named is measured at comparable prices. */
  boolean isComparablePrice(String name) {
    for (String w : comparablePrices.words()) {
      if (name.equals(w) || name.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static WordList list(String file) {
    return new WordList(lines(file));
  }

  private static List<String> lines(String file) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary file " + BASE + file + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
