package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BoundProperties {
  static final List<String> UNITS = List.of("亿元", "万元", "万亿元", "万美元", "%", "个百分点", "万人", "个", "家", "项",
      "天", "吨", "万千瓦", "公里", "平方公里", "微克/立方米", "万个", "件/万人", "元/人");

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.integers().between(0, 4).flatMap(scale -> Arbitraries.bigDecimals()
        .between(new BigDecimal("-99999999"), new BigDecimal("99999999")).ofScale(scale));
  }

  static Arbitrary<Optional<Unit>> units() {
    return Arbitraries.of(UNITS).map(Unit::of).optional(0.6);
  }

  @Group
  class FormatThenParse {
    @Property(tries = 300)
    void singleBoundsReadBackEqual(@ForAll("singles") Bound b) {
      assertThat(Bound.parse(b.text())).isEqualTo(b);
    }

    @Property(tries = 200)
    void rangesReadBackEqual(@ForAll("ranges") Bound b) {
      assertThat(Bound.parse(b.text())).isEqualTo(b);
    }

    @Provide
    Arbitrary<Bound> singles() {
      Arbitrary<Bound.Kind> kinds = Arbitraries.of(Bound.Kind.values()).filter(Bound.Kind::isSingle);
      return Combinators.combine(kinds, decimals(), units()).as(Bound.Single::of);
    }

    @Provide
    Arbitrary<Bound> ranges() {
      return Combinators.combine(decimals(), decimals(), units()).as((a, b, u) -> {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        String symbol = u.map(Unit::symbol).orElse("");
        return new Bound.Range(low, high, u, low.toPlainString() + symbol + "至" + high.toPlainString() + symbol);
      });
    }
  }

  @Group
  class ParseThenFormat {
    /** Wording composed from the grammar's vocabulary: parsing keeps it, and reads the figure it was built from. */
    @Property(tries = 300)
    void wordingIsKeptAndFigureIsRead(@ForAll("verbs") String verb, @ForAll("leads") String lead,
        @ForAll("numbers") BigDecimal number, @ForAll("units") String unit, @ForAll("suffixes") String suffix,
        @ForAll boolean fullWidth) {
      String digits = number.toPlainString();
      String written = fullWidth ? toFullWidth(digits) : digits;
      String text = verb + lead + written + unit + suffix;
      Bound b = Bound.parse(text);
      assertThat(b.text()).isEqualTo(text);
      assertThat(Bound.parse(b.text())).isEqualTo(b);
      BigDecimal expected = verb.equals("下降") ? number.negate() : number;
      assertThat(b.number()).contains(expected);
      assertThat(b.unit().map(Unit::symbol)).isEqualTo(unit.isEmpty() ? Optional.empty() : Optional.of(unit));
      Bound.Kind kind = switch (suffix) {
        case "以上" -> Bound.Kind.AT_LEAST;
        case "以内" -> Bound.Kind.AT_MOST;
        case "左右" -> Bound.Kind.ABOUT;
        default -> lead.equals("控制在") ? Bound.Kind.AT_MOST : Bound.Kind.EXACT;
      };
      assertThat(b.kind()).isEqualTo(kind);
    }

    @Provide
    Arbitrary<String> verbs() {
      return Arbitraries.of("", "增长", "下降", "提高");
    }

    @Provide
    Arbitrary<String> leads() {
      return Arbitraries.of("", "控制在", "保持在", "达到");
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
      return Arbitraries.integers().between(0, 3).flatMap(scale -> Arbitraries.bigDecimals()
          .between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(scale));
    }

    @Provide
    Arbitrary<String> units() {
      return Arbitraries.oneOf(Arbitraries.of(UNITS), Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> suffixes() {
      return Arbitraries.of("", "以上", "以内", "左右");
    }
  }

  @Group
  class Robustness {
    /** Any text either reads as a bound or fails with the documented exception, never anything else. */
    @Property(tries = 300)
    void anyTextParsesOrFailsCleanly(@ForAll("texts") String text) {
      try {
        Bound b = Bound.parse(text);
        assertThat(Bound.parse(b.text())).isEqualTo(b);
      } catch (PlanFormatException e) {
        assertThat(e.column()).isBetween(1, text.codePointCount(0, text.length()) + 1);
      }
    }

    /** Words without digits are never rejected: they read as a figure in Chinese numerals, or as words. */
    @Property(tries = 300)
    void textWithoutDigitsIsNeverRejected(@ForAll("words") String words) {
      assertThat(Bound.parse(words).text()).isEqualTo(words);
    }

    @Provide
    Arbitrary<String> texts() {
      Arbitrary<String> fragments = Arbitraries.of("5", "12.6", "-", "%", "至", "以上", "左右", "亿元", "万", "余", "约",
          "超过", "下降", "〔", "〕", "—", "，", " ", "一", "十", "百", "x", "０", "．", ",", ">", "<");
      return Arbitraries.oneOf(fragments.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)),
          Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> words() {
      return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12);
    }
  }

  static String toFullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    ascii.codePoints().forEach(cp -> b.appendCodePoint(cp >= '!' && cp <= '~' ? cp + 0xFEE0 : cp));
    return b.toString();
  }
}
