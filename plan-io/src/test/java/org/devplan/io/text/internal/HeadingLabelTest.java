package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.devplan.model.Chapter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingLabelTest {
  private final Vocabulary v = Vocabulary.standard();

  @ParameterizedTest
  @CsvSource({
      "第三部分 2024年计划执行情况, PART, 3, 5",
      "第十二章 加快建设, CHAPTER, 12, 5",
      "第一节 发展成就, SECTION, 1, 4",
      "十三、重点任务, CHINESE, 13, 3",
      "(二)创新动能, PAREN_CHINESE, 2, 3",
      "一是固定资产投资, ENUMERATED, 1, 2",
      "3.有效投资, ARABIC, 3, 2",
      "12、加大投入, ARABIC, 12, 3",
      "(1)强化支撑, PAREN_ARABIC, 1, 3",
      "②带*的数据, CIRCLED, 2, 1",
      "附件：主要目标, OTHER, 0, 2",
      "附表1, OTHER, 0, 3"})
  void readsLabels(String text, Chapter.Numbering numbering, int ordinal, int end) {
    HeadingLabel l = HeadingLabel.read(text, 0, text.length(), v, true);
    assertThat(l).isEqualTo(new HeadingLabel(numbering, ordinal, 0, end));
  }

  @ParameterizedTest
  @CsvSource({"2.5万人", "2025年", "十四五规划", "第一，稳住外贸", "一刻钟便民生活圈", "1.", "唯一"})
  void rejectsWhatIsNotALabel(String text) {
    assertThat(HeadingLabel.read(text, 0, text.length(), v, true)).isNull();
  }
}
