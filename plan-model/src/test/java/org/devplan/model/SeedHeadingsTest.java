package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every heading of the seed (from its answer key, as path, label, scheme, ordinal, title) fits the chapter tree. */
class SeedHeadingsTest {
  record Heading(String path, String label, Chapter.Numbering numbering, int ordinal, String title) {}

  private static List<Heading> headings() throws IOException {
    try (InputStream in = SeedHeadingsTest.class.getResourceAsStream("seed-headings.tsv")) {
      List<Heading> result = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t", -1);
        result.add(new Heading(f[0], f[1], Chapter.Numbering.valueOf(f[2]), Integer.parseInt(f[3]), f[4]));
      }
      return result;
    }
  }

  private static Chapter build(Heading h, Map<String, List<Heading>> byParent) {
    Chapter.Builder b = new Chapter.Builder().path(h.path()).label(h.label()).numbering(h.numbering())
        .ordinal(h.ordinal()).title(h.title()).inline(h.numbering() != Chapter.Numbering.CHINESE);
    for (Heading child : byParent.getOrDefault(h.path(), List.of())) {
      b.addChild(build(child, byParent));
    }
    return b.build();
  }

  @Test
  void seedHeadingTreeIsRepresentedWithoutLoss() throws IOException {
    List<Heading> headings = headings();
    Map<String, List<Heading>> byParent = new LinkedHashMap<>();
    for (Heading h : headings) {
      int dot = h.path().lastIndexOf('.');
      byParent.computeIfAbsent(dot < 0 ? "" : h.path().substring(0, dot), k -> new ArrayList<>()).add(h);
    }
    Plan.Builder plan = new Plan.Builder().id("zibo-2026").title("淄博市2026年国民经济和社会发展计划")
        .kind(Plan.Kind.ANNUAL_PLAN).region(Region.of("淄博市")).planYear(2026)
        .source(Source.of("淄博市2026年国民经济和社会发展计划"));
    for (Heading top : byParent.get("")) {
      plan.addChapter(build(top, byParent));
    }
    Plan p = plan.build();

    assertThat(p.allChapters()).hasSize(86);
    assertThat(p.chapters()).extracting(Chapter::label).containsExactly("一、", "二、", "三、", "附件");
    for (Heading h : headings) {
      Chapter c = p.chapter(h.path()).orElseThrow();
      assertThat(c.label()).isEqualTo(h.label());
      assertThat(c.title()).isEqualTo(h.title());
      assertThat(c.numbering()).isEqualTo(h.numbering());
      assertThat(c.ordinal()).isEqualTo(h.ordinal());
    }
    assertThat(p.allChapters().map(Chapter::path)).containsExactlyElementsOf(
        headings.stream().map(Heading::path).toList());
    Chapter energy = p.chapter("3.10.2").orElseThrow();
    assertThat(energy.title()).isEqualTo("加快新型能源体系建设");
    assertThat(energy.depth()).isEqualTo(3);
    assertThat(p.chapter("3.5").orElseThrow().children()).isEmpty(); // 三（五）has no sub-items
  }
}
