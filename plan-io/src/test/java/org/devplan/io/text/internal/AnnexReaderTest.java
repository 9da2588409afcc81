package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.junit.jupiter.api.Test;

class AnnexReaderTest {
  private static List<Draft> drafts(String text) {
    SourceText src = SourceText.of(text);
    return new AnnexReader(src, Vocabulary.standard(), "t.txt", 2026, 2025)
        .read(OutlineReaderTest.outline(src).tables());
  }

  @Test
  void draftsARowWithItsNoteAndTheBasisTheNoteStates() {
    List<Draft> drafts = drafts(OutlineReaderTest.TEXT);
    Draft d = drafts.get(0);
    Observation o = d.observations.get(0).id("x").build();
    assertThat(List.of(drafts.size(), d.name, d.unit.symbol(), d.notes, d.basisStated, d.annex, o.kind(),
        o.level().map(Bound::text), o.chapter(), d.sections.get(0).path)).containsExactly(1, "地区生产总值增长", "%",
        List.of("注：按可比价格计算。"), false, true, Observation.Kind.TARGET, java.util.Optional.of("6左右"),
        java.util.Optional.of("2"), "2");
  }

  @Test
  void readsASignedCellAsTheNotesDefineItsSign() {
    List<Draft> drafts = drafts("某市2026年计划\n\n一、主要目标\n\n指标名称\t单位\t2026年目标\n城乡居民收入比\t\t<2\n"
        + "城镇调查失业率\t%\t<5.5\n注：“<”表示“以内”；城镇调查失业率按可比口径计算。\n");
    assertThat(drafts.stream().map(d -> d.name + " " + d.observations.get(0).id("x").build().level().orElseThrow()
        + " " + d.basisStated).toList()).containsExactly("城乡居民收入比 " + Bound.parse("2以内") + " false",
        "城镇调查失业率 " + Bound.parse("5.5以内") + " false");
  }
}
