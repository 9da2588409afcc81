package org.devplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devplan.io.SeedSlice;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input fails with a PlanFormatException saying what and where; nothing hangs. */
@Timeout(20)
class PlanJsonBadInputTest {
  private static final Plan SEED = SeedSlice.plan();
  private static final String PRETTY = PlanJson.codec().formatToString(SEED);

  private static String replace(String json, String from, String to) {
    assertThat(json).contains(from);
    return json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  /** The 1-based line and column of the first occurrence of {@code needle}. */
  private static int[] where(String json, String needle) {
    return where(json, json.indexOf(needle));
  }

  /** The 1-based line and column of index {@code at}. */
  private static int[] where(String json, int at) {
    String before = json.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = at - before.lastIndexOf('\n');
    return new int[] {line, column};
  }

  private static PlanFormatException fails(String json) {
    try {
      PlanJson.codec().parseChars(json);
    } catch (PlanFormatException e) {
      assertThat(e.source()).isEqualTo("<json>");
      return e;
    }
    throw new AssertionError("accepted bad input");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    String bad = replace(PRETTY, "\"title\" : \"淄博市", "\"title\" \"淄博市");
    PlanFormatException e = fails(bad);
    int[] at = where(bad, "\"title\" \"淄博市");
    assertThat(e.line()).isEqualTo(at[0]);
    assertThat(e.column()).isEqualTo(at[1] + 8);
    assertThat(e.reason()).contains("Unexpected character");
  }

  @Test
  void unknownPropertyIsNamedAtItsPosition() {
    String bad = replace(PRETTY, "\"planYear\" : 2026", "\"planYaer\" : 2026");
    PlanFormatException e = fails(bad);
    int[] at = where(bad, "\"planYaer\"");
    assertThat(e.line()).isEqualTo(at[0]);
    assertThat(e.column()).isEqualTo(at[1]);
    assertThat(e.getMessage()).isEqualTo("<json>:" + at[0] + ":" + at[1] + ": unknown property \"planYaer\" in plan");
  }

  @Test
  void wrongType() {
    String bad = replace(PRETTY, "\"ordinal\" : 1", "\"ordinal\" : \"一\"");
    assertThat(fails(bad).reason()).isEqualTo("expected an integer for \"ordinal\", found the string \"一\"");
    assertThat(fails(replace(PRETTY, "\"isChange\" : false", "\"isChange\" : null")).reason())
        .isEqualTo("expected true or false for \"isChange\", found null");
    assertThat(fails(replace(PRETTY, "\"value\" : 419.73", "\"value\" : \"419.73\"")).reason())
        .isEqualTo("expected a number for \"value\", found the string \"419.73\"");
  }

  @Test
  void missingRequiredProperty() {
    String bad = replace(PRETTY, "\"code\" : \"fdi\",", "");
    PlanFormatException e = fails(bad);
    assertThat(e.reason()).isEqualTo("indicator: missing required property \"code\"");
    assertThat(e.line()).isGreaterThan(1);
    assertThat(fails(replace(PRETTY, "\"format\" : \"devplan/1\",", "")).reason())
        .isEqualTo("plan: missing required property \"format\"");
  }

  /** A member the reader keeps in a local until the object ends is missed there, at the object's closing brace. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "period | ,\\s*\"aggregation\" : \"year\"",
      "bound  | ,\\s*\"text\" : \"[^\"]*\"(?=,\\s*\"value\")",
      "bound  | \"kind\" : \"exact\",\\s*"})
  void missingMemberOfAnObjectReadIntoLocals(String object, String member) {
    Matcher m = Pattern.compile(member).matcher(PRETTY);
    assertThat(m.find()).isTrue();
    String bad = PRETTY.substring(0, m.start()) + PRETTY.substring(m.end());
    int[] brace = where(bad, bad.indexOf('}', m.start()));
    String name = member.replaceAll(".*?\"(\\w+)\".*", "$1");
    assertThat(fails(bad).getMessage()).isEqualTo("<json>:" + brace[0] + ":" + brace[1] + ": " + object
        + ": missing required property \"" + name + "\"");
  }

  @Test
  void wrongEnumerationValueAndFormat() {
    assertThat(fails(replace(PRETTY, "\"kind\" : \"annual_plan\"", "\"kind\" : \"ANNUAL_PLAN\"")).reason())
        .startsWith("\"kind\" is \"ANNUAL_PLAN\", expected one of annual_plan, plan_execution_report");
    assertThat(fails(replace(PRETTY, "devplan/1", "devplan/2")).reason())
        .isEqualTo("unsupported format \"devplan/2\", expected \"devplan/1\"");
  }

  @Test
  void duplicatePropertyAndTrailingContent() {
    assertThat(fails(replace(PRETTY, "\"planYear\" : 2026", "\"planYear\" : 2026, \"planYear\" : 2027")).reason())
        .isEqualTo("duplicate property \"planYear\"");
    assertThat(fails(PRETTY + " {}").reason()).isEqualTo("unexpected content after the plan");
    assertThat(fails("").reason()).isEqualTo("expected a plan, found an empty document");
  }

  @Test
  void boundWhoseFiguresDisagreeWithItsWordingIsRejected() {
    PlanFormatException e = fails(replace(PRETTY, "\"value\" : 419.73", "\"value\" : 419.70"));
    assertThat(e.reason()).isEqualTo("bound text \"419.73\" reads as exact value 419.73 unit (none), but the "
        + "document states exact value 419.70 unit (none)");
    assertThat(fails(replace(PRETTY, "\"kind\" : \"at_least\"", "\"kind\" : \"about\"")).reason())
        .contains("\"2以上\" reads as at_least value 2");
    assertThat(fails(replace(PRETTY, "\"text\" : \"2以上\"", "\"text\" : \"2以上x\"")).reason())
        .startsWith("bound text \"2以上x\": unexpected 'x'");
  }

  @Test
  void modelRuleViolationIsABadInput() {
    String bad = replace(PRETTY, "\"id\" : \"fdi-2025\"", "\"id\" : \"revenue-2025\"");
    assertThat(fails(bad).reason()).isEqualTo("plan zibo-2026: observation id revenue-2025 occurs twice (indicator fdi)");
  }

  @Test
  void unknownUnitInStrictRead() {
    String custom = replace(PRETTY, "\"unit\" : \"万美元\"", "\"unit\" : \"万蒸吨美元\"");
    assertThat(PlanJson.codec().parseChars(custom).indicatorByCode("fdi").orElseThrow().unit().isCustom()).isTrue();
    assertThatThrownBy(() -> PlanJson.codec(JsonOptions.STRICT).parseChars(custom))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("unknown unit \"万蒸吨美元\" (strict read: custom units are not allowed)");
    assertThat(fails(replace(PRETTY, "\"unit\" : \"万美元\"", "\"unit\" : \"5元\"")).reason())
        .isEqualTo("unit \"5元\": symbol must not contain a digit");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 17, 100, 1000})
  void truncatedFile(int cut) {
    String bad = PRETTY.substring(0, PRETTY.length() - cut);
    PlanFormatException e = fails(bad);
    assertThat(e.line()).isGreaterThan(0);
    assertThat(e.reason()).containsIgnoringCase("end-of-input");
  }

  @Test
  void absurdNestingDepthIsBounded() {
    String deep = "{\"format\":\"devplan/1\",\"chapters\":" + "[{\"children\":".repeat(100_000);
    PlanFormatException e = fails(deep);
    assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(1, 35 + 13 * 99,
        org.devplan.io.internal.IoLimits.tooDeep());
  }

  @Test
  void multiMegabyteStringIsRejected() {
    String title = "计".repeat(3_000_000);
    PlanFormatException e = fails(replace(PRETTY, "\"title\" : \"淄博市2026年国民经济和社会发展计划\"",
        "\"title\" : \"" + title + "\""));
    int[] at = where(PRETTY, "\"淄博市2026年国民经济和社会发展计划\"");
    assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(at[0], at[1],
        "a text longer than the limit of 1000000 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "-1E+999999999", "0.5e-2147483648"})
  void hugeExponentIsRejected(String number) {
    PlanFormatException e = fails(replace(PRETTY, "\"value\" : 419.73", "\"value\" : " + number));
    assertThat(e.reason()).containsAnyOf("exceeds the limit of 1000", "scale and precision must not exceed 1000");
  }

  @Test
  void overlongNumberIsRejected() {
    PlanFormatException e = fails(replace(PRETTY, "\"value\" : 419.73", "\"value\" : " + "9".repeat(50_000)));
    int[] at = where(PRETTY, "\"value\" : 419.73");
    assertThat(List.of(e.line(), e.column(), e.reason())).containsExactly(at[0], at[1] + "\"value\" : ".length(),
        "a number longer than the limit of 2100 characters");
  }

  @Test
  void invalidUtf8IsABadInput() {
    byte[] bytes = PRETTY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length);
    int at = PRETTY.indexOf("淄博");
    bad[PRETTY.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length] = (byte) 0xFF;
    assertThatThrownBy(() -> PlanJson.codec(JsonOptions.DEFAULT.withSourceName("latin.json")).parseStream(new ByteArrayInputStream(bad)))
        .isInstanceOf(PlanFormatException.class).hasMessageContaining("latin.json")
        .hasMessage("latin.json:" + where(PRETTY, "淄博")[0] + ":" + where(PRETTY, "淄博")[1]
            + ": the input is not valid UTF-8 (byte 0xFF)");
  }
}
