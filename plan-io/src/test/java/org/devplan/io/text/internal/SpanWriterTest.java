package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.devplan.model.Position;
import org.devplan.model.Span;
import org.junit.jupiter.api.Test;

class SpanWriterTest {
  /** The spans of {@code text}, read through its blocks and outline, with the given sharing and known parts. */
  private static List<Span> spans(String text, Sharing share, Map<Integer, List<String>> headingParts,
      Map<Integer, String> paragraphs) {
    SourceText src = SourceText.of(text);
    List<Block> blocks = BlockReader.read(src, Vocabulary.standard());
    OutlineReader.Outline outline = OutlineReaderTest.outline(src);
    return SpanWriter.spans(src, blocks, outline.headings(), outline.captionBlocks(), share, headingParts,
        paragraphs);
  }

  private static List<Span> spans(String text) {
    return spans(text, new Sharing(0), Map.of(), Map.of());
  }

  @Test
  void coversTheTextWithSpansOfTheirBlocksKinds() {
    List<Span> spans = spans(OutlineReaderTest.TEXT);
    assertThat(spans.stream().map(s -> (s.kind() + " " + s.text()).strip()).toList()).containsExactly(
        "TITLE 某市2026年计划", "BLANK", "HEADING 一、2025年工作回顾", "BLANK", "PARAGRAPH 全市增长5%。",
        "HEADING 一是稳增长。", "PARAGRAPH 投资增长6%。", "HEADING 二是促消费。", "BLANK", "HEADING 二、2026年主要目标",
        "BLANK", "CAPTION 表1　2026年主要指标", "TABLE_CELL 指标名称\t单位\t2026年目标", "TABLE_CELL 地区生产总值增长\t%\t6左右",
        "NOTE 注：按可比价格计算。");
    assertThat(String.join("", spans.stream().map(Span::text).toList())).isEqualTo(OutlineReaderTest.TEXT);
  }

  @Test
  void aParagraphBeforeBlankLinesEndsWithItsTextAndTheBlankSpanTakesItsLineBreak() {
    String text = "某市2026年计划\n\n一、2025年工作回顾\n\n全市增长5%。  \r\n\r\n投资增长6%。\n二、2026年主要目标\n";
    List<Span> spans = spans(text);
    assertThat(spans).containsExactly(Span.of(Span.Kind.TITLE, Position.of(1, 1), "某市2026年计划\n"),
        Span.of(Span.Kind.BLANK, Position.of(2, 1), "\n"),
        Span.of(Span.Kind.HEADING, Position.of(3, 1), "一、2025年工作回顾\n"),
        Span.of(Span.Kind.BLANK, Position.of(4, 1), "\n"),
        Span.of(Span.Kind.PARAGRAPH, Position.of(5, 1), "全市增长5%。"),
        Span.of(Span.Kind.BLANK, Position.of(5, 8), "  \r\n\r\n"),
        Span.of(Span.Kind.PARAGRAPH, Position.of(7, 1), "投资增长6%。\n"),
        Span.of(Span.Kind.HEADING, Position.of(8, 1), "二、2026年主要目标\n"));
  }

  @Test
  void aHeadingWrittenAsItsLabelAndTitleAndACellAroundAKnownStringGiveTheSameTexts() {
    Sharing share = new Sharing(0);
    share.string("地区生产总值增长\t%\t6左右");
    int review = OutlineReaderTest.TEXT.indexOf("一、2025年");
    List<Span> spans = spans(OutlineReaderTest.TEXT, share, Map.of(review, List.of("一、", "2025年工作回顾"),
        OutlineReaderTest.TEXT.indexOf("二、"), List.of("三、", "x")), Map.of());
    assertThat(spans).isEqualTo(spans(OutlineReaderTest.TEXT));
    assertThat(String.join("", spans.stream().map(Span::text).toList())).isEqualTo(OutlineReaderTest.TEXT);
  }

  @Test
  void aParagraphsSpanHoldsTheChaptersParagraphAfterItsIndent() {
    String text = "某市2026年计划\n一、2025年工作回顾\n全市增长5%。\n\n\t投资增长6%。\n";
    String growth = new String("全市增长5%。");
    List<Span> spans = spans(text, new Sharing(0), Map.of(), Map.of(text.indexOf("全市"), growth,
        text.indexOf("投资"), "投资增长6%。", text.indexOf("某市"), "另一段"));
    assertThat(spans).isEqualTo(spans(text));
    assertThat(spans.stream().filter(s -> s.text() == growth)).hasSize(1);
  }
}
