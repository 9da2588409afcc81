package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
  private static Lines lines(String text) {
    return new Lines(SourceText.of(text), Vocabulary.standard());
  }

  /** The rows' cell texts and the line after the table, or empty. */
  private static Optional<Read> read(TableLayout layout, String text, int line) {
    return layout.recognise(lines(text), line).map(f -> new Read(f.table().rows().stream()
        .map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList(), f.endLine()));
  }

  record Read(List<List<String>> rows, int endLine) {}

  @Nested
  class TabCellLinesLayout {
    @Test
    void readsRowsBetweenBlankLinesAndJoinsABrokenCell() {
      String text = "\t指标名称\n\t单位\n\t2026年预期\n\n\t居民人均可支配收入\n\t元\n\t与经济\n\n增长同步\n\n正文。\n";
      assertThat(read(new TabCellLines(), text, 0)).contains(new Read(List.of(List.of("指标名称", "单位", "2026年预期"),
          List.of("居民人均可支配收入", "元", "与经济增长同步")), 9));
    }

    @Test
    void wantsThreeCellsAhead() {
      assertThat(read(new TabCellLines(), "\t指标\n\t单位\n正文。\n", 0)).isEmpty();
    }
  }

  @Nested
  class PipeRowsLayout {
    @Test
    void skipsTheSeparatorRowAndTheTrailingPipe() {
      String text = "| 指标 | 单位 | 2026年目标 |\n| --- | --- | --- |\n| 城乡居民收入比 |  | <1.55 |\n正文。\n";
      assertThat(read(new PipeRows(), text, 0)).contains(new Read(List.of(List.of("指标", "单位", "2026年目标"),
          List.of("城乡居民收入比", "", "<1.55")), 3));
    }

    @Test
    void wantsTwoRows() {
      assertThat(read(new PipeRows(), "| 指标 | 单位 | 2026年目标 |\n正文。\n", 0)).isEmpty();
    }
  }

  @Nested
  class TabRowsLayout {
    @Test
    void keepsABareGroupRowBetweenRows() {
      String text = "指标名称\t单位\t2026年目标\n一、经济发展\n地区生产总值增长\t%\t6左右\n";
      assertThat(read(new TabRows(), text, 0)).contains(new Read(List.of(List.of("指标名称", "单位", "2026年目标"),
          List.of("一、经济发展"), List.of("地区生产总值增长", "%", "6左右")), 3));
    }

    @Test
    void leavesAPipeRowToThePipes() {
      assertThat(read(new TabRows(), "|指标\t单位\t目标|\n|增长\t%\t6|\n", 0)).isEmpty();
    }
  }

  @Nested
  class SpaceRowsLayout {
    @Test
    void padsTheMergedCategoryCellOfAnIndentedRow() {
      String text = "类别      指标          2025年    属性\n经济发展  1.增长（%）  6.2*      预期性\n"
          + "          2.城镇化率（%）  65.2     预期性\n";
      assertThat(read(new SpaceRows(), text, 0)).contains(new Read(List.of(List.of("类别", "指标", "2025年", "属性"),
          List.of("经济发展", "1.增长(%)", "6.2*", "预期性"), List.of("", "2.城镇化率(%)", "65.2", "预期性")), 3));
    }

    @Test
    void leavesASentenceAlone() {
      assertThat(read(new SpaceRows(), "全市  增长  5%。\n全市  增长  6%。\n", 0)).isEmpty();
    }
  }

  @Nested
  class HeaderCellLinesLayout {
    @Test
    void cutsRowsAtTheHeaderWidthAndAtGroupRows() {
      String text = "指标名称\n\n单位\n\n2026年目标\n\n一、经济发展\n\n地区生产总值增长\n\n%\n\n6左右\n\n"
          + "一般公共预算收入\n\n亿元\n\n428\n\n三、2026年重点工作\n\n全面推进改革，持续扩大开放。\n";
      assertThat(read(new HeaderCellLines(), text, 0)).contains(new Read(List.of(
          List.of("指标名称", "单位", "2026年目标"), List.of("一、经济发展"), List.of("地区生产总值增长", "%", "6左右"),
          List.of("一般公共预算收入", "亿元", "428")), 19));
    }

    @Test
    void wantsANameHeader() {
      assertThat(read(new HeaderCellLines(), "单位\n\n2026年目标\n\n地区生产总值增长\n\n%\n\n6左右\n", 0)).isEmpty();
    }
  }

  @Test
  void theFirstLayoutThatRecognisesTheLineReadsIt() {
    Lines lines = lines("| 指标\t| 单位\t| 目标 |\n| 增长\t| %\t| 6 |\n");
    assertThat(TableLayout.first(lines, 0).map(f -> f.table().layout())).containsInstanceOf(PipeRows.class);
  }
}
