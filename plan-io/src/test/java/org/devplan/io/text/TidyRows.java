package org.devplan.io.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;

/**
 * Test-scope stand-in for the public tidy and outline CSV writers: turns a plan into the rows score-import.py
 * reads (one per observation; one per chapter), as maps from column name to value, and writes them as CSV.
 * To be replaced by {@code PlanCsv} once it exists.
 */
final class TidyRows {
  static final List<String> TIDY_COLUMNS = List.of("indicator_code", "indicator_name", "unit", "kind", "year",
      "period", "level", "level_bound", "level_low", "level_high", "level_text", "growth_pct", "growth_bound",
      "growth_low", "growth_high", "growth_text", "hedge", "chapter", "source", "observation_id");
  static final List<String> OUTLINE_COLUMNS = List.of("chapter_path", "depth", "label", "title", "line");

  private TidyRows() {}

  static List<Map<String, String>> tidy(Plan plan) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      for (Observation o : i.observations()) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("indicator_code", i.code());
        r.put("indicator_name", i.name());
        r.put("unit", i.unitOf(o).symbol());
        r.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        r.put("year", Integer.toString(o.year()));
        r.put("period", o.period().toString());
        bound(r, "level", o.level().orElse(null));
        bound(r, "growth", o.growth().orElse(null));
        r.put("growth_pct", r.remove("growth"));
        r.put("hedge", o.hedge().orElse(""));
        r.put("chapter", o.chapter().orElse(""));
        r.put("source", o.provenance().map(Object::toString).orElse(""));
        r.put("observation_id", o.id());
        rows.add(r);
      }
    }
    return rows;
  }

  private static void bound(Map<String, String> r, String prefix, Bound b) {
    String value = "";
    String low = "";
    String high = "";
    if (b instanceof Bound.Single s) {
      value = s.value().toPlainString();
    } else if (b instanceof Bound.Range range) {
      low = range.low().toPlainString();
      high = range.high().toPlainString();
    }
    r.put(prefix, value);
    r.put(prefix + "_bound", b == null ? "" : b.kind().name().toLowerCase(Locale.ROOT));
    r.put(prefix + "_low", low);
    r.put(prefix + "_high", high);
    r.put(prefix + "_text", b == null ? "" : b.text());
  }

  static List<Map<String, String>> outline(Plan plan) {
    List<Map<String, String>> rows = new ArrayList<>();
    plan.allChapters().forEach(c -> rows.add(outlineRow(c)));
    return rows;
  }

  private static Map<String, String> outlineRow(Chapter c) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("chapter_path", c.path());
    r.put("depth", Integer.toString(c.depth()));
    r.put("label", c.label());
    r.put("title", c.title());
    r.put("line", c.provenance().map(p -> Integer.toString(p.start().line())).orElse(""));
    return r;
  }

  static void write(Path file, List<String> columns, List<Map<String, String>> rows) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(String.join(",", columns));
        w.write('\n');
        for (Map<String, String> r : rows) {
          List<String> cells = new ArrayList<>();
          for (String c : columns) {
            cells.add(quote(r.getOrDefault(c, "")));
          }
          w.write(String.join(",", cells));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
