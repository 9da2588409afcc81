package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.devplan.model.Position;
import org.devplan.model.Span;
import org.junit.jupiter.api.Test;

class SpanWriterTest {
  @Test
  void coversTheTextWithSpansOfTheirBlocksKinds() {
    SourceText src = SourceText.of(OutlineReaderTest.TEXT);
    List<Block> blocks = BlockReader.read(src, Vocabulary.standard());
    OutlineReader.Outline outline = OutlineReaderTest.outline(src);
    List<Span> spans = SpanWriter.spans(src, blocks, outline.headings(), outline.captionBlocks(), new Sharing(0),
        Map.of());
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
    SourceText src = SourceText.of(text);
    List<Block> blocks = BlockReader.read(src, Vocabulary.standard());
    OutlineReader.Outline outline = OutlineReaderTest.outline(src);
    List<Span> spans = SpanWriter.spans(src, blocks, outline.headings(), outline.captionBlocks(), new Sharing(0),
        Map.of());
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
    SourceText src = SourceText.of(OutlineReaderTest.TEXT);
    List<Block> blocks = BlockReader.read(src, Vocabulary.standard());
    OutlineReader.Outline outline = OutlineReaderTest.outline(src);
    Sharing share = new Sharing(0);
    share.string("地区生产总值增长\t%\t6左右");
    int review = OutlineReaderTest.TEXT.indexOf("一、2025年");
    List<Span> spans = SpanWriter.spans(src, blocks, outline.headings(), outline.captionBlocks(), share,
        Map.of(review, List.of("一、", "2025年工作回顾"), OutlineReaderTest.TEXT.indexOf("二、"), List.of("三、", "x")));
    assertThat(spans).isEqualTo(SpanWriter.spans(src, blocks, outline.headings(), outline.captionBlocks(),
        new Sharing(0), Map.of()));
    assertThat(String.join("", spans.stream().map(Span::text).toList())).isEqualTo(OutlineReaderTest.TEXT);
  }
}
