package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {
  @Test
  void readsEachSegmentInItsChaptersContext() {
    SourceText src = SourceText.of("某市2026年计划\n\n一、2025年工作回顾\n\n投资增长6%。\n\n二、2026年主要目标\n\n"
        + "地区生产总值增长5%左右。\n");
    assertThat(NarrativeReader.read(src, Vocabulary.standard(), "t.txt", OutlineReaderTest.outline(src).segments(),
        2026, 2025, false).stream().map(r -> {
          Observation o = r.observation().id("x").build();
          return r.name() + " " + o.kind() + " " + o.period() + " " + o.growth().map(Bound::text).orElse("-") + " "
              + r.section().path + " " + o.provenance().orElseThrow().start().line();
        }).toList()).containsExactly("投资 ACTUAL " + Period.year(2025) + " 增长6% 1 5",
            "地区生产总值 TARGET " + Period.year(2026) + " 增长5%左右 2 9");
  }
}
