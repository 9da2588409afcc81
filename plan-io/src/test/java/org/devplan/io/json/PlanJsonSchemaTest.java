package org.devplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devplan.io.SeedSlice;
import org.junit.jupiter.api.Test;

class PlanJsonSchemaTest {
  static final Schema SCHEMA = load();
  private static final String SEED = PlanJson.codec(JsonOptions.DEFAULT.withPretty(false)).formatToString(SeedSlice.plan());

  static Schema load() {
    try (InputStream in = PlanJson.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static String replace(String from, String to) {
    assertThat(SEED).contains(from);
    return SEED.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  @Test
  void schemaIsInTheJarAndDeclaresDraft202012() throws IOException {
    try (InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
  }

  @Test
  void acceptsTheSeedSlice() {
    assertThat(validate(SEED)).isEmpty();
  }

  @Test
  void rejectsMissingRequiredField() {
    List<Error> errors = validate(replace("\"code\":\"fdi\",", ""));
    assertThat(errors).anyMatch(e -> e.getKeyword().equals("required") && e.getProperty().equals("code")
        && e.getInstanceLocation().toString().equals("/indicators/1"));
  }

  @Test
  void rejectsWrongEnumerationValue() {
    List<Error> errors = validate(replace("\"aggregation\":\"year\"", "\"aggregation\":\"yearly\""));
    assertThat(errors).anyMatch(e -> e.getKeyword().equals("enum")
        && e.getInstanceLocation().toString().equals("/indicators/0/observations/0/period/aggregation"));
  }

  @Test
  void rejectsUnknownProperty() {
    List<Error> errors = validate(replace("\"nature\":\"binding\"", "\"nature\":\"binding\",\"weight\":1"));
    assertThat(errors).anyMatch(e -> e.getKeyword().equals("additionalProperties") && e.getProperty().equals("weight"));
  }

  @Test
  void rejectsBoundWithoutItsFigure() {
    List<Error> errors = validate(replace(",\"value\":419.73", ""));
    assertThat(errors).anyMatch(e -> e.getKeyword().equals("required") && e.getProperty().equals("value"));
  }

  @Test
  void rejectsWrongFormatMarker() {
    assertThat(validate(replace("devplan/1", "devplan/2"))).isNotEmpty();
  }

  @Test
  void acceptsTheCheckedInSeed() throws IOException {
    java.nio.file.Path seed = java.nio.file.Path.of("../seeds/zibo-2026-plan.json");
    assertThat(SCHEMA.validate(java.nio.file.Files.readString(seed), InputFormat.JSON)).isEmpty();
  }

  @Test
  void chapterPathsAreCheckedLikeTheModelChecksThem() {
    for (String path : List.of("1.0", "1..2", "1.", "01", "1.a")) {
      assertThat(validate(replace("\"path\":\"2.1\"", "\"path\":\"" + path + "\""))).as(path).isNotEmpty();
    }
    String deep = "1" + ".1".repeat(2_000);
    assertThat(validate(replace("\"chapter\":\"2.1\"", "\"chapter\":\"" + deep + "\""))).isEmpty();
  }

  @Test
  void idsAndCodesRefuseAsciiPunctuation() {
    assertThat(validate(replace("\"code\":\"fdi\"", "\"code\":\"f/di\""))).isNotEmpty();
    assertThat(validate(replace("\"code\":\"fdi\"", "\"code\":\"外资_1.a-b\""))).isEmpty();
  }

  /** Python's re, ECMA 262 (ajv) and java.util.regex agree on the schema's patterns: no \\p classes. */
  @Test
  void patternsStayInTheInteroperableSubset() throws IOException {
    String text;
    try (InputStream in = PlanJson.schema().openStream()) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("\"pattern\": \"([^\"]*)\"").matcher(text);
    List<String> patterns = new java.util.ArrayList<>();
    while (m.find()) {
      patterns.add(m.group(1));
    }
    assertThat(patterns).hasSize(11).noneMatch(p -> p.contains("\\\\p") || p.contains(")*") || p.contains(")+"));
  }
}
