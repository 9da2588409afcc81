package org.devplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.devplan.io.SeedSlice;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class PlanJsonTest {
  private static final Plan SEED = SeedSlice.plan();

  /** The seed slice as compact JSON with {@code from} replaced by {@code to} (which must occur). */
  private static String seedWith(String from, String to) {
    String json = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SEED);
    assertThat(json).contains(from);
    return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Nested
  class RoundTrip {
    @Test
    void seedSliceComesBackEqual() {
      String json = PlanJson.codec().formatToString(SEED);
      assertThat(PlanJson.codec().parseChars(json)).isEqualTo(SEED);
    }

    @Test
    void writesFormatMarkerAndExactDecimals() {
      String json = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SEED);
      assertThat(json).startsWith("{\"format\":\"devplan/1\",\"id\":\"zibo-2026\"");
      assertThat(json).contains("{\"kind\":\"exact\",\"text\":\"419.73\",\"value\":419.73}");
      assertThat(json).contains("{\"kind\":\"at_least\",\"text\":\"2以上\",\"value\":2}");
      assertThat(json).contains("{\"kind\":\"exact\",\"text\":\"-45.8\",\"value\":-45.8}");
      assertThat(json).contains("{\"kind\":\"greater_than\",\"text\":\">20.5\",\"value\":20.5}");
      assertThat(json).contains("{\"kind\":\"qualitative\",\"text\":\"与经济\\n增长同步\"}");
      assertThat(json).contains("{\"kind\":\"absent\",\"text\":\"—\",\"reason\":\"not_printed\"}");
    }

    @Test
    void keepsTrailingZerosAndLargeFigures() {
      Indicator i = new Indicator.Builder().code("gdp").name("地区生产总值").unit(Unit.of("亿元"))
          .addObservation(Observation.target("g", 2026, Bound.parse("5.60"), Bound.parse("4.5%至5.50%")))
          .addObservation(Observation.actual("h", 2025, Bound.parse("123456789012345678901234567890.000"),
              Bound.absent()))
          .build();
      Plan p = SEED.withIndicators(com.google.common.collect.Iterables.concat(SEED.indicators(), List.of(i)));
      String json = PlanJson.codec().formatToString(p);
      assertThat(json).contains("\"value\" : 5.60").contains("\"high\" : 5.50")
          .contains("\"value\" : 123456789012345678901234567890.000");
      Plan back = PlanJson.codec().parseChars(json);
      assertThat(back).isEqualTo(p);
      assertThat(back.observation("g").flatMap(Observation::level).flatMap(Bound::number))
          .contains(new BigDecimal("5.60"));
    }

    @Test
    void pathStreamsAndWriters(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("zibo.json");
      PlanJson.codec().formatFile(SEED, file);
      assertThat(PlanJson.codec().parseFile(file)).isEqualTo(SEED);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PlanJson.codec().formatStream(SEED, bytes);
      assertThat(PlanJson.codec(JsonOptions.DEFAULT.withSourceName("bytes")).parseStream(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(SEED);
      StringWriter w = new StringWriter();
      PlanJson.codec().formatWriter(SEED, w);
      assertThat(PlanJson.codec(JsonOptions.DEFAULT.withSourceName("chars")).parseChars(w.toString())).isEqualTo(SEED);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(w.toString());
    }

    @Test
    void skipsByteOrderMark() {
      byte[] json = ("\uFEFF" + PlanJson.codec().formatToString(SEED)).getBytes(StandardCharsets.UTF_8);
      assertThat(PlanJson.codec(JsonOptions.DEFAULT.withSourceName("bom.json")).parseStream(new ByteArrayInputStream(json))).isEqualTo(SEED);
    }
  }

  @Nested
  class Module {
    @Test
    void ownMapperReadsAndWritesPlansAndParts() {
      JsonMapper mapper = JsonMapper.builder().addModule(new PlanJacksonModule()).build();
      String json = mapper.writeValueAsString(SEED);
      assertThat(json).isEqualTo(PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SEED));
      assertThat(mapper.readValue(json, Plan.class)).isEqualTo(SEED);
      Indicator fdi = SEED.indicatorByCode("fdi").orElseThrow();
      assertThat(mapper.readValue(mapper.writeValueAsString(fdi), Indicator.class)).isEqualTo(fdi);
      Bound b = mapper.readValue("{\"kind\":\"at_least\",\"text\":\"2以上\",\"value\":2}", Bound.class);
      assertThat(b).isEqualTo(Bound.parse("2以上"));
      assertThat(mapper.writeValueAsString(Bound.parse("5.5%左右")))
          .isEqualTo("{\"kind\":\"about\",\"text\":\"5.5%左右\",\"value\":5.5,\"unit\":\"%\"}");
      assertThat(mapper.readValue("\"万美元\"", Unit.class)).isEqualTo(Unit.of("万美元"));
    }

    @Test
    void isFoundByServiceLoader() {
      JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
      assertThat(mapper.readValue(mapper.writeValueAsString(SEED), Plan.class)).isEqualTo(SEED);
    }

    @Test
    void strictModuleRejectsCustomUnits() {
      JsonMapper mapper = JsonMapper.builder().addModule(new PlanJacksonModule(true)).build();
      assertThatThrownBy(() -> mapper.readValue("\"蒸吨\"", Unit.class))
          .isInstanceOf(PlanFormatException.class).hasMessageContaining("unknown unit \"蒸吨\"");
    }
  }

  @Nested
  class Streaming {
    @Test
    void arrayAndLinesRoundTrip(@TempDir Path dir) {
      List<Plan> plans = List.of(SEED, SEED.withId("zibo-2026-b"), SEED.withId("zibo-2026-c").withPlanYear(2027));
      for (JsonLayout layout : JsonLayout.values()) {
        Path file = dir.resolve("corpus-" + layout);
        try (PlanJsonWriter w = PlanJson.codec().formatAllFile(file, layout)) {
          plans.forEach(w::write);
          assertThat(w.count()).isEqualTo(3);
        }
        try (PlanJsonIterator it = PlanJson.codec().parseAllFile(file)) {
          assertThat(it.stream().collect(Collectors.toList())).isEqualTo(plans);
        }
      }
    }

    @Test
    void jsonLinesHasOnePlanPerLine() {
      StringWriter out = new StringWriter();
      try (PlanJsonWriter w = PlanJson.codec().formatAllWriter(out, JsonLayout.LINES)) {
        w.write(SEED).write(SEED.withId("b"));
      }
      List<String> lines = out.toString().lines().collect(Collectors.toList());
      assertThat(lines).hasSize(2);
      assertThat(PlanJson.codec().parseChars(lines.get(1)).id()).isEqualTo("b");
    }

    @Test
    void readsOnePlanAtATimeAndFailsOnlyAtTheBadOne() {
      String good = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SEED);
      String corpus = "[" + good + ",\n" + good.replace("\"planYear\":2026", "\"planYear\":\"2026\"") + "]";
      List<Plan> seen = new ArrayList<>();
      try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("corpus.json")).parseAllReader(new StringReader(corpus))) {
        seen.add(it.next());
        assertThatThrownBy(it::next).isInstanceOf(PlanFormatException.class)
            .hasMessageStartingWith("corpus.json:2:")
            .hasMessageContaining("expected an integer for \"planYear\", found the string \"2026\"");
      }
      assertThat(seen).containsExactly(SEED);
    }

    @Test
    void emptyArrayAndEmptyFile() {
      try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("e")).parseAllReader(new StringReader(" [ ] "))) {
        assertThat(it.hasNext()).isFalse();
      }
      try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("e")).parseAllReader(new StringReader(""))) {
        assertThat(it.hasNext()).isFalse();
      }
    }

    @Test
    void unclosedArrayIsAnError() {
      String good = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SEED);
      try (PlanJsonIterator it = PlanJson.codec(JsonOptions.DEFAULT.withSourceName("t.json")).parseAllReader(new StringReader("[" + good))) {
        assertThat(it.next()).isEqualTo(SEED);
        assertThatThrownBy(it::hasNext).isInstanceOf(PlanFormatException.class).hasMessageStartingWith("t.json:1:");
      }
    }
  }
}
