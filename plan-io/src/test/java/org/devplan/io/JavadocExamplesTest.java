package org.devplan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvCodec;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TaskRow;
import org.devplan.io.csv.TidyCsvWriter;
import org.devplan.io.csv.TidyRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.json.JsonLayout;
import org.devplan.io.json.JsonOptions;
import org.devplan.io.json.PlanJson;
import org.devplan.io.json.PlanJsonIterator;
import org.devplan.io.json.PlanJsonWriter;
import org.devplan.io.text.PlanText;
import org.devplan.io.text.UnreadNumber;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code <pre>} examples of plan-io's codec classes, run as written (paths relative to the project root are
 * taken from the module's parent; files the examples write go to a temporary folder) and asserting what their
 * comments show.
 */
class JavadocExamplesTest {
  private static final Path SEED = Path.of("../seeds/zibo-2026-plan.txt");
  private static final Path ANJI = Path.of("src/test/resources/corpus/anji-2026-plan.txt");
  private static final Plan PLAN = PlanText.parser().parseFile(SEED);

  @Nested
  class Codecs {
    @Test
    void textParser() {
      TextParser<Plan> parser = PlanText.parser();
      Plan a = parser.parseFile(SEED);
      Plan b = parser.parseChars("某市2026年国民经济和社会发展计划\n一、主要目标\n新增城镇就业6.2万人。");
      assertThat(a).isEqualTo(PLAN);
      assertThat(b.region().name()).isEqualTo("某市");
    }

    @Test
    void textFormatter(@TempDir Path dir) throws Exception {
      TextFormatter<Plan> json = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false));
      String text = json.formatToString(PLAN);
      json.formatFile(PLAN, dir.resolve("zibo-2026.json"));
      assertThat(text).startsWith("{\"format\":\"devplan/1\",\"id\":\"zibo-2026-plan\",");
      assertThat(Files.readString(dir.resolve("zibo-2026.json"), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void packageInfo(@TempDir Path dir) {
      PlanJson.codec().formatFile(PLAN, dir.resolve("zibo-2026.json"));
      PlanCsv.tidy().formatFile(TidyTable.of(PLAN), dir.resolve("zibo-2026.csv"));
      assertThat(PlanJson.codec().parseFile(dir.resolve("zibo-2026.json"))).isEqualTo(PLAN);
      assertThat(PlanCsv.tidy().parseFile(dir.resolve("zibo-2026.csv"))).isEqualTo(TidyTable.of(PLAN));
    }
  }

  @Nested
  class Text {
    @Test
    void planText() {
      assertThat(PLAN.planYear()).isEqualTo(2026);
      assertThat(PLAN.indicatorByName("一般公共预算收入").orElseThrow()
          .observations(Observation.Kind.TARGET, 2026).stream()
          .map(o -> o.level().map(Bound::text).orElse("—") + " | " + o.growth().map(Bound::text).orElse("—"))
          .toList()).containsExactly("428.12 | 2以上", "— | 增长2%以上");
      PlanText.Result r = PlanText.parser().reporting().parseFile(SEED);
      assertThat(r.encoding()).contains(StandardCharsets.UTF_8);
      Plan other = PlanText.parser(PlanText.Options.defaults().withRegion("芜湖市").withPlanYear(2026))
          .parseChars("一、主要目标\n新增城镇就业6.2万人。");
      assertThat(other.region().name()).isEqualTo("芜湖市");
    }

    @Test
    void parserWithOptions() {
      PlanText.Parser parser = PlanText.parser(PlanText.Options.defaults().withPlanYear(2026));
      Plan b = parser.parseChars("一、主要目标\n地区生产总值增长5%左右。");
      assertThat(b.planYear()).isEqualTo(2026);
    }

    @Test
    void parser() {
      assertThat(PlanText.parser().parseFile(SEED).title()).isEqualTo("淄博市2026年国民经济和社会发展计划");
    }

    @Test
    void reporting() {
      PlanText.Result r = PlanText.parser().reporting().parseFile(SEED);
      assertThat(r.encoding()).contains(StandardCharsets.UTF_8);
      assertThat(r.notRead()).hasSize(8);
      assertThat(r.plan()).isEqualTo(PLAN);
    }

    @Test
    void result() {
      PlanText.Result r = PlanText.parser().reporting().parseFile(ANJI);
      assertThat(r.encoding().map(Charset::name)).contains("GB18030");
      assertThat(r.plan().spans()).hasSize(118);
      assertThat(r.notRead().stream().map(UnreadNumber::text).toList()).containsExactly("8.6", "６.２", "８.５", "1");
    }
  }

  @Nested
  class Json {
    @Test
    void planJson(@TempDir Path dir) {
      PlanJson.Codec json = PlanJson.codec();
      String text = json.formatToString(PLAN);
      assertThat(json.parseChars(text)).isEqualTo(PLAN);
      json.formatFile(PLAN, dir.resolve("zibo-2026.json"));
      assertThat(json.parseFile(dir.resolve("zibo-2026.json"))).isEqualTo(PLAN);
      Path corpus = dir.resolve("corpus.jsonl");
      try (PlanJsonWriter w = json.formatAllFile(corpus, JsonLayout.LINES)) {
        w.write(PLAN).write(PLAN.withId("zibo-2026-copy"));
      }
      try (PlanJsonIterator plans = json.parseAllFile(corpus)) {
        assertThat(plans.stream().map(Plan::id).toList()).containsExactly("zibo-2026-plan", "zibo-2026-copy");
      }
    }

    @Test
    void mapper() throws Exception {
      Bound b = PlanJson.mapper().readValue("{\"kind\":\"at_least\",\"text\":\"2以上\",\"value\":2}", Bound.class);
      assertThat(b).isEqualTo(Bound.parse("2以上"));
    }

    @Test
    void strictCodecRefusesACustomUnit() {
      Indicator boilers = new Indicator.Builder().code("boilers").name("燃煤锅炉").unit(Unit.of("蒸吨")).build();
      Plan more = PLAN.withIndicators(Stream.concat(PLAN.indicators().stream(), Stream.of(boilers)).toList());
      String json = PlanJson.codec().formatToString(more);
      assertThat(PlanJson.codec().parseChars(json)).isEqualTo(more);
      assertThatThrownBy(() -> PlanJson.codec(JsonOptions.STRICT).parseChars(json))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("<json>:").hasMessageContaining("unknown unit \"蒸吨\"");
    }

    @Test
    void jsonOptions() {
      String compact = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(PLAN);
      assertThat(compact).doesNotContain("\n").isEqualTo(PlanJson.mapper().writeValueAsString(PLAN));
      ByteArrayInputStream in = new ByteArrayInputStream("{\"format\":".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> PlanJson.codec(JsonOptions.DEFAULT.withSourceName("<stdin>")).parseStream(in))
          .isInstanceOf(PlanFormatException.class).hasMessageStartingWith("<stdin>:1:");
    }

    @Test
    void streamsOfPlansLeaveTheCallersStreamsOpen() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PlanJsonWriter w = PlanJson.codec().formatAllStream(out, JsonLayout.LINES)) {
        w.write(PLAN);
      }
      String compact = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(PLAN);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(compact + "\n");
      try (PlanJsonIterator plans = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("<stdin>"))
          .parseAllStream(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(plans.stream().map(Plan::id).toList()).containsExactly("zibo-2026-plan");
      }
    }

    @Test
    void arrayLayout(@TempDir Path dir) {
      Plan plan2025 = PLAN.withId("zibo-2025-plan");
      try (PlanJsonWriter w = PlanJson.codec().formatAllFile(dir.resolve("corpus.json"), JsonLayout.ARRAY)) {
        w.write(plan2025);
        w.write(PLAN);
      }
      try (PlanJsonIterator plans = PlanJson.codec().parseAllFile(dir.resolve("corpus.json"))) {
        assertThat(plans.next()).isEqualTo(plan2025);
        assertThat(plans.next()).isEqualTo(PLAN);
        assertThat(plans.hasNext()).isFalse();
      }
    }
  }

  @Nested
  class Csv {
    @Test
    void planCsv(@TempDir Path dir) {
      PlanCsv.tidy().formatFile(TidyTable.of(PLAN), dir.resolve("zibo-2026.csv"));
      TidyTable table = PlanCsv.tidy().parseFile(dir.resolve("zibo-2026.csv"));
      assertThat(table).isEqualTo(TidyTable.of(PLAN));
      PlanCsv.annex(CsvOptions.EXCEL).formatFile(AnnexTable.of(PLAN), dir.resolve("annex.csv"));
      assertThat(PlanCsv.annex(CsvOptions.EXCEL).parseFile(dir.resolve("annex.csv"))).isEqualTo(AnnexTable.of(PLAN));
    }

    @Test
    void tidy() {
      String csv = PlanCsv.tidy().formatToString(TidyTable.of(PLAN));
      assertThat(PlanCsv.tidy().parseChars(csv)).isEqualTo(TidyTable.of(PLAN));
    }

    @Test
    void unread() {
      PlanText.Result r = PlanText.parser().reporting().parseFile(SEED);
      assertThat(PlanCsv.unread().formatToString(r.notRead()).lines().limit(2).toList())
          .containsExactly("line,column,text,reason", "9,171,百,not read");
    }

    @Test
    void csvCodec() {
      CsvCodec<List<TaskRow>> tasks = PlanCsv.tasks(CsvOptions.DEFAULT);
      String csv = tasks.formatToString(TaskRow.of(PLAN));
      assertThat(tasks.parseChars(csv)).isEqualTo(TaskRow.of(PLAN));
    }

    @Test
    void tidyCodecWritesPlanByPlan(@TempDir Path dir) {
      Plan plan2025 = PLAN.withId("zibo-2025-plan");
      try (TidyCsvWriter w = PlanCsv.tidy().formatAllFile(dir.resolve("all-plans.csv"))) {
        w.write(plan2025);
        w.write(PLAN);
      }
      TidyTable all = PlanCsv.tidy().parseFile(dir.resolve("all-plans.csv"));
      assertThat(all.rows().stream().map(TidyRow::planId).distinct().toList())
          .containsExactly("zibo-2025-plan", "zibo-2026-plan");
      assertThat(all.rows()).hasSize(2 * TidyTable.of(PLAN).rows().size());
    }

    @Test
    void csvOptions(@TempDir Path dir) {
      PlanCsv.tidy(CsvOptions.EXCEL).formatFile(TidyTable.of(PLAN), dir.resolve("zibo.csv"));
      assertThat(PlanCsv.tidy(CsvOptions.EXCEL).parseFile(dir.resolve("zibo.csv"))).isEqualTo(TidyTable.of(PLAN));
    }

    @Test
    void annexTable(@TempDir Path dir) {
      AnnexTable annex = AnnexTable.of(PLAN);
      PlanCsv.annex(CsvOptions.EXCEL).formatFile(annex, dir.resolve("annex.csv"));
      List<Indicator> filledIn = PlanCsv.annex(CsvOptions.EXCEL).parseFile(dir.resolve("annex.csv")).indicators();
      assertThat(filledIn).isEqualTo(annex.indicators());
    }

    @Test
    void tidyTableAndRow(@TempDir Path dir) {
      TidyTable table = TidyTable.of(PLAN);
      assertThat((long) table.rows().size()).isEqualTo(PLAN.allObservations().count());
      Path path = dir.resolve("zibo.csv");
      PlanCsv.tidy().formatFile(table, path);
      assertThat(PlanCsv.tidy().parseFile(path).indicators()).isEqualTo(table.indicators());
      String csv = PlanCsv.tidy().formatToString(table);
      TidyRow r = PlanCsv.tidy().parseChars(csv).rows().stream()
          .filter(row -> row.indicatorName().equals("一般公共预算收入")).findFirst().orElseThrow();
      assertThat(r.observation().level().map(Bound::text)).contains("419.73");
    }
  }
}
