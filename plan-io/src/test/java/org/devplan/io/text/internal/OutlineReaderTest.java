package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineReaderTest {
  static final String TEXT = "某市2026年计划\n\n一、2025年工作回顾\n\n全市增长5%。一是稳增长。投资增长6%。二是促消费。\n\n"
      + "二、2026年主要目标\n\n表1　2026年主要指标\n指标名称\t单位\t2026年目标\n地区生产总值增长\t%\t6左右\n"
      + "注：按可比价格计算。\n";

  static OutlineReader.Outline outline(SourceText src) {
    return OutlineReader.read(src, Vocabulary.standard(), BlockReader.read(src, Vocabulary.standard()), 2026, 2025);
  }

  private static void tree(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.path + " " + s.labelText + " " + s.title + " " + s.kind + (s.inline ? " inline" : ""));
      tree(s.children, out);
    }
  }

  @Test
  void opensInlineHeadingsUnderTheirChapterAndTellsActualFromTarget() {
    List<String> tree = new ArrayList<>();
    tree(outline(SourceText.of(TEXT)).roots(), tree);
    assertThat(tree).containsExactly("1 一、 2025年工作回顾 ACTUAL", "1.1 一是 稳增长 ACTUAL inline",
        "1.2 二是 促消费 ACTUAL inline", "2 二、 2026年主要目标 TARGET");
  }

  @Test
  void cutsTheNarrativeIntoSegmentsOfTheirChapter() {
    SourceText src = SourceText.of(TEXT);
    assertThat(outline(src).segments().stream().map(s -> src.text().substring(s.from(), s.to()) + " "
        + (s.section() == null ? "-" : s.section().path) + (s.words() ? " words" : "")).toList())
        .containsExactly("2025年工作回顾 1", "全市增长5%。 1 words", "稳增长 1.1", "投资增长6%。 1.1 words", "促消费 1.2",
            "2026年主要目标 2");
  }

  @Test
  void putsATableInItsChapterWithItsNotesAndTheYearItsCaptionNames() {
    OutlineReader.TableAt table = outline(SourceText.of(TEXT)).tables().get(0);
    assertThat(List.of(table.section().path, table.notes(), table.captionYear(), table.table().rows().size()))
        .containsExactly("2", List.of("注：按可比价格计算。"), 2026, 2);
  }
}
