package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockReaderTest {
  private final Vocabulary v = Vocabulary.standard();

  private List<Block> blocks(String text) {
    return BlockReader.read(SourceText.of(text), v);
  }

  private static List<String> kinds(List<Block> blocks) {
    return blocks.stream().map(b -> b.getClass().getSimpleName()).toList();
  }

  @Test
  void coversEveryLineWithTitleHeadingsParagraphsAndBlanks() {
    List<Block> b = blocks("某市2026年计划\n\n一、执行情况\n　　(一)经济运行。全市增长5%。\n\n目录\n第一章 基础……1\n");
    assertThat(kinds(b)).containsExactly("Title", "Blank", "Heading", "Heading",
        "Blank", "Contents", "Contents", "Blank");
    for (int i = 1; i < b.size(); i++) {
      assertThat(b.get(i).startLine()).isEqualTo(b.get(i - 1).endLine());
    }
  }

  @Test
  void readsContentsWithoutPageNumbersUntilTheBodyRepeatsTheFirstEntry() {
    List<Block> b = blocks("某市规划纲要\n\n目录\n第一章 发展基础\n\n第二章 主要目标\n\n第一章 发展基础\n\n正文。\n");
    assertThat(kinds(b)).containsExactly("Title", "Blank", "Contents", "Contents",
        "Blank", "Contents", "Blank", "Heading", "Blank",
        "Paragraph", "Blank");
  }

  @Test
  void readsTabSeparatedRowsWithGroupRowsAndNotes() {
    List<Block> b = blocks("某市2026年计划\n\n表1　主要指标\n指标名称\t单位\t属性\t2026年目标\n一、经济发展\t\t\t\n"
        + "地区生产总值增长\t%\t预期性\t6%-6.5%\n注：1. 按可比价格计算。\n2. 预计数。\n\n正文。\n");
    assertThat(kinds(b)).containsExactly("Title", "Blank", "Caption", "TableBlock",
        "Note", "Note", "Blank", "Paragraph", "Blank");
    Table t = ((Block.TableBlock) b.get(3)).table();
    assertThat(t.layout()).isInstanceOf(TabRows.class);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(2).cells()).extracting(Table.Cell::text)
        .containsExactly("地区生产总值增长", "%", "预期性", "6%-6.5%");
  }

  @Test
  void notesEndAtTheNextOuterHeading() {
    List<Block> b = blocks("某市2026年计划\n\n指标名称\t单位\t2026年目标\n地区生产总值增长\t%\t6左右\n"
        + "注：\n1. 按可比价格计算。\n①预计数。\n三、重点任务\n");
    assertThat(kinds(b)).containsExactly("Title", "Blank", "TableBlock", "Note",
        "Note", "Note", "Heading", "Blank");
  }

  @Test
  void readsPipeRowsAndSkipsTheSeparatorRow() {
    Table t = blocks("某市2026年计划\n\n| 指标 | 单位 | 2026年目标 |\n| --- | --- | --- |\n| 城乡居民收入比 |  | <1.55 |\n")
        .stream().filter(Block.TableBlock.class::isInstance).map(Block.TableBlock.class::cast).findFirst()
        .orElseThrow().table();
    assertThat(t.layout()).isInstanceOf(PipeRows.class);
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).cells()).extracting(Table.Cell::text).containsExactly("城乡居民收入比", "", "<1.55");
  }

  @Test
  void readsSpaceAlignedRowsAndPadsMergedCategoryCells() {
    Table t = blocks("某市规划\n\n类别      指标          2025年    属性\n经济发展  1.增长（%）  6.2*      预期性\n"
        + "          2.城镇化率（%）  65.2     预期性\n").stream().filter(Block.TableBlock.class::isInstance)
        .map(Block.TableBlock.class::cast).findFirst().orElseThrow().table();
    assertThat(t.layout()).isInstanceOf(SpaceRows.class);
    assertThat(t.rows().get(2).cells()).extracting(Table.Cell::text).containsExactly("", "2.城镇化率(%)", "65.2", "预期性");
    assertThat(t.rows().get(2).cells().get(1).original()).isEqualTo("2.城镇化率（%）");
  }

  @Test
  void readsOneCellPerLineWithABrokenCell() {
    String text = "某市2026年计划\n\n主要目标\n\n\t指标名称\n\t单位\n\t2026年预期\n\n\t居民人均可支配收入\n\t元\n\t与经济\n\n增长同步\n\n\n";
    List<Block> b = blocks(text);
    Block.TableBlock table = b.stream().filter(Block.TableBlock.class::isInstance).map(Block.TableBlock.class::cast)
        .findFirst().orElseThrow();
    assertThat(table.table().layout()).isInstanceOf(TabCellLines.class);
    assertThat(table.table().rows()).hasSize(2);
    assertThat(table.table().rows().get(1).cells()).extracting(Table.Cell::text)
        .containsExactly("居民人均可支配收入", "元", "与经济增长同步");
    assertThat(b.get(b.size() - 1)).isInstanceOf(Block.Blank.class);
    assertThat(b.get(2)).isEqualTo(new Block.Caption(2, 3));
  }

  @Test
  void aBlockCutByTheFrameKeepsItsKindAndWhatItCarries() {
    HeadingLabel label = new HeadingLabel(org.devplan.model.Chapter.Numbering.CHINESE, 1, 10, 12);
    Table table = new Table(new TabRows(), List.of());
    assertThat(List.of(new Block.Heading(3, 5, label).from(4), new Block.TableBlock(3, 9, table).from(6),
        new Block.Note(0, 2).from(1), new Block.Paragraph(2, 3).from(2)))
        .containsExactly(new Block.Heading(4, 5, label), new Block.TableBlock(6, 9, table), new Block.Note(1, 2),
            new Block.Paragraph(2, 3));
  }

  @Test
  void readsNoteLeadsCaptionLeadsAndContentsHeadingsFromTheLexicon() {
    String text = "某市2026年计划\n\n纲目\n第一章 基础……1\n\n专题1：主要指标\n指标名称\t单位\t2026年目标\n"
        + "地区生产总值增长\t%\t6左右\n说明：按可比价格计算。\n\n专题2：重大项目\n正文。\n";
    Vocabulary extended = Vocabulary.of(org.devplan.model.Lexicon.standard().toBuilder()
        .add(org.devplan.model.Lexicon.Table.MARKERS, "说明", "note-lead")
        .add(org.devplan.model.Lexicon.Table.MARKERS, "专题", "caption-lead")
        .add(org.devplan.model.Lexicon.Table.MARKERS, "纲目", "contents").build());
    assertThat(kinds(blocks(text))).containsExactly("Title", "Blank", "Paragraph", "Contents", "Blank", "Caption",
        "TableBlock", "Paragraph", "Blank", "Paragraph", "Paragraph", "Blank");
    assertThat(kinds(BlockReader.read(SourceText.of(text), extended))).containsExactly("Title", "Blank", "Contents",
        "Contents", "Blank", "Caption", "TableBlock", "Note", "Blank", "Caption", "Paragraph", "Blank");
  }
}
