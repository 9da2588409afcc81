package org.devplan.io.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The matching rules of {@code shared/tools/score-import.py}, in Java: headings from the outline (depth, label,
 * title after NFKC and white-space folding), and table and narrative observations matched by year, kind, every
 * number, name overlap (containment or character-bigram Jaccard &ge; 0.3), one row per entry except repeats;
 * qualifier agreement over the found entries.
 */
final class ImportScore {
  private ImportScore() {}

  /** One score line. */
  record Line(int expected, int extracted, int matched, double precision, double recall, double qualifier) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "recall %.3f precision %.3f qualifier %.3f (%d/%d expected, %d extracted)",
          recall, precision, qualifier, matched, expected, extracted);
    }
  }

  static Map<String, Line> score(JsonNode key, List<Map<String, String>> rows, List<Map<String, String>> outline) {
    Map<String, Line> out = new LinkedHashMap<>();
    out.put("table", score(key, rows, "table"));
    out.put("narrative", score(key, rows, "narrative"));
    out.put("headings", headings(key, outline));
    return out;
  }

  // ---- observations

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    return n == null || n.isNull() ? null : n.asString();
  }

  private static BigDecimal dec(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String normal(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private static Set<String> rowNumbers(Map<String, String> r) {
    Set<String> nums = new HashSet<>();
    for (String k : List.of("level", "level_low", "level_high", "growth_pct", "growth_low", "growth_high")) {
      BigDecimal d = dec(r.get(k));
      if (d != null) {
        nums.add(normal(d));
      }
    }
    return nums;
  }

  private static Set<String> expNumbers(Map<String, JsonNode> e) {
    Set<String> nums = new HashSet<>();
    for (String k : List.of("value", "growthPercent", "rangeLow", "rangeHigh")) {
      JsonNode n = e.get(k);
      if (n != null && !n.isNull()) {
        BigDecimal d = dec(n.asString());
        if (d != null) {
          nums.add(normal(d));
        }
      }
    }
    return nums;
  }

  private static List<Map<String, JsonNode>> variants(JsonNode e) {
    List<Map<String, JsonNode>> out = new ArrayList<>();
    Map<String, JsonNode> base = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> p : e.properties()) {
      base.put(p.getKey(), p.getValue());
    }
    out.add(base);
    JsonNode alt = e.get("alsoAccept");
    if (alt != null && alt.isObject()) {
      Map<String, JsonNode> v = new LinkedHashMap<>(base);
      for (Map.Entry<String, JsonNode> p : alt.properties()) {
        v.put(p.getKey(), p.getValue());
      }
      v.remove("alsoAccept");
      out.add(v);
    }
    return out;
  }

  private static String str(Map<String, JsonNode> e, String k) {
    JsonNode n = e.get(k);
    return n == null || n.isNull() ? null : n.asString();
  }

  private static String cell(Map<String, String> r, String k) {
    String s = r.get(k);
    return s == null ? "" : s.strip();
  }

  private static boolean matches(JsonNode e, Map<String, String> r) {
    return variants(e).stream().anyMatch(v -> matches1(v, r));
  }

  private static boolean matches1(Map<String, JsonNode> e, Map<String, String> r) {
    String year = str(e, "year");
    if (!(year == null ? "None" : year).equals(cell(r, "year"))) {
      return false;
    }
    String kind = str(e, "kind");
    if (!(kind == null ? "" : kind).toLowerCase(Locale.ROOT).equals(cell(r, "kind").toLowerCase(Locale.ROOT))) {
      return false;
    }
    Set<String> en = expNumbers(e);
    if (!en.isEmpty()) {
      if (!rowNumbers(r).containsAll(en)) {
        return false;
      }
    } else {
      String text = str(e, "text");
      text = text == null ? "" : text.strip();
      String got = (r.getOrDefault("level_text", "")) + " " + (r.getOrDefault("growth_text", ""));
      if (text.isEmpty() || !got.replace("\n", "").contains(text.replace("\n", ""))) {
        return false;
      }
    }
    return nameOk(str(e, "name"), r.get("indicator_name"));
  }

  static boolean nameOk(String a, String b) {
    a = a == null ? "" : a.strip();
    b = b == null ? "" : b.strip();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.contains(b) || b.contains(a)) {
      return true;
    }
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> any = new HashSet<>(x);
    any.addAll(y);
    return (double) both.size() / any.size() >= 0.3;
  }

  private static Set<String> bigrams(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(cp -> !isSpace(cp)).forEach(b::appendCodePoint);
    int[] cps = b.toString().codePoints().toArray();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    if (out.isEmpty()) {
      out.add(b.toString());
    }
    return out;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean qualifierOk(Map<String, JsonNode> e, Map<String, String> r) {
    String q = str(e, "qualifier");
    String want = (q == null ? "ABSENT" : q).toLowerCase(Locale.ROOT);
    String lb = cell(r, "level_bound").toLowerCase(Locale.ROOT);
    String gb = cell(r, "growth_bound").toLowerCase(Locale.ROOT);
    if (want.equals("qualitative") || want.equals("absent")) {
      return want.equals(lb) || want.equals(gb);
    }
    boolean value = str(e, "value") != null;
    boolean growth = str(e, "growthPercent") != null;
    boolean rangeOfGrowth = "growthPercent".equals(str(e, "rangeOf"));
    if (value && !growth && !rangeOfGrowth) {
      return lb.equals(want);
    }
    if ((growth && !value) || rangeOfGrowth) {
      return gb.equals(want);
    }
    return want.equals(lb) || want.equals(gb);
  }

  private static Line score(JsonNode key, List<Map<String, String>> rows, String source) {
    List<JsonNode> every = new ArrayList<>();
    for (JsonNode e : key.get("indicators")) {
      if (source.equals(text(e, "source") == null ? "" : text(e, "source"))) {
        every.add(e);
      }
    }
    List<Map<String, String>> got = rows.stream()
        .filter(r -> cell(r, "source").split(":")[0].strip().equals(source)).toList();
    List<JsonNode> required = every.stream().filter(e -> e.get("optional") == null || !e.get("optional").asBoolean())
        .toList();
    Set<Integer> used = new HashSet<>();
    int hit = 0;
    int qual = 0;
    for (JsonNode e : required) {
      String note = text(e, "note");
      boolean repeat = note != null && note.contains("repeat");
      for (int i = 0; i < got.size(); i++) {
        if ((repeat || !used.contains(i)) && matches(e, got.get(i))) {
          used.add(i);
          hit++;
          Map<String, String> r = got.get(i);
          if (variants(e).stream().anyMatch(v -> qualifierOk(v, r))) {
            qual++;
          }
          break;
        }
      }
    }
    long good = got.stream().filter(r -> every.stream().anyMatch(e -> matches(e, r))).count();
    double p = got.isEmpty() ? 0.0 : (double) good / got.size();
    double rc = required.isEmpty() ? 1.0 : (double) hit / required.size();
    return new Line(required.size(), got.size(), hit, p, rc, hit == 0 ? 0.0 : (double) qual / hit);
  }

  /** The rows that match no entry of the key (false positives), for diagnosis. */
  static List<Map<String, String>> unmatched(JsonNode key, List<Map<String, String>> rows) {
    List<JsonNode> all = new ArrayList<>();
    key.get("indicators").forEach(all::add);
    return rows.stream().filter(r -> all.stream().noneMatch(e -> matches(e, r)
        && cell(r, "source").startsWith(text(e, "source") == null ? "" : text(e, "source")))).toList();
  }

  /** The required entries no row matches, for diagnosis. */
  static List<JsonNode> missed(JsonNode key, List<Map<String, String>> rows) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : key.get("indicators")) {
      if (e.get("optional") != null && e.get("optional").asBoolean()) {
        continue;
      }
      String source = text(e, "source");
      if (rows.stream().noneMatch(r -> cell(r, "source").startsWith(source) && matches(e, r))) {
        out.add(e);
      }
    }
    return out;
  }

  // ---- headings

  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder();
    t.codePoints().filter(cp -> !isSpace(cp)).forEach(b::appendCodePoint);
    String r = b.toString();
    int end = r.length();
    while (end > 0 && (r.charAt(end - 1) == '。' || r.charAt(end - 1) == '.')) {
      end--;
    }
    return r.substring(0, end);
  }

  private static void keyHeadings(JsonNode nodes, int depth, Map<String, Integer> out) {
    if (nodes == null) {
      return;
    }
    for (JsonNode n : nodes) {
      String title = text(n, "titleNormalized") != null ? text(n, "titleNormalized") : text(n, "title");
      out.merge(depth + "|" + norm(text(n, "numbering")) + "|" + norm(title), 1, Integer::sum);
      keyHeadings(n.get("children"), depth + 1, out);
    }
  }

  private static void optionalTitles(JsonNode nodes, Set<String> out) {
    if (nodes == null) {
      return;
    }
    for (JsonNode n : nodes) {
      JsonNode dash = n.get("dashItems");
      if (dash != null) {
        for (JsonNode item : dash) {
          out.add(norm(text(item, "title")));
        }
      }
      optionalTitles(n.get("children"), out);
    }
  }

  static Line headings(JsonNode key, List<Map<String, String>> outline) {
    Map<String, Integer> exp = new HashMap<>();
    keyHeadings(key.get("headings"), 1, exp);
    Set<String> skip = new HashSet<>();
    optionalTitles(key.get("headings"), skip);
    List<Map<String, String>> rows = outline.stream().filter(r -> !skip.contains(norm(r.get("title")))).toList();
    int nExp = exp.values().stream().mapToInt(Integer::intValue).sum();
    if (rows.isEmpty()) {
      return new Line(nExp, 0, 0, 0.0, 0.0, 0.0);
    }
    int top = rows.stream().mapToInt(r -> Integer.parseInt(r.get("depth"))).min().orElse(1);
    Map<String, Integer> got = new HashMap<>();
    for (Map<String, String> r : rows) {
      got.merge((Integer.parseInt(r.get("depth")) - top + 1) + "|" + norm(r.get("label")) + "|" + norm(r.get("title")),
          1, Integer::sum);
    }
    int hit = 0;
    for (Map.Entry<String, Integer> e : exp.entrySet()) {
      hit += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
    }
    int nGot = rows.size();
    return new Line(nExp, nGot, hit, nGot == 0 ? 0.0 : (double) hit / nGot, nExp == 0 ? 1.0 : (double) hit / nExp,
        0.0);
  }

  /** The expected headings not found, for diagnosis. */
  static List<String> missedHeadings(JsonNode key, List<Map<String, String>> outline) {
    Map<String, Integer> exp = new HashMap<>();
    keyHeadings(key.get("headings"), 1, exp);
    int top = outline.stream().mapToInt(r -> Integer.parseInt(r.get("depth"))).min().orElse(1);
    Set<String> got = new HashSet<>();
    for (Map<String, String> r : outline) {
      got.add((Integer.parseInt(r.get("depth")) - top + 1) + "|" + norm(r.get("label")) + "|" + norm(r.get("title")));
    }
    List<String> out = new ArrayList<>();
    exp.keySet().stream().filter(k -> !got.contains(k)).sorted().forEach(out::add);
    return out;
  }
}
