package org.devplan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.model.Bound;

class IoBoundsProperties {
  @Property(tries = 300)
  void fastPathGivesWhatTheGrammarGives(@ForAll("decimals") BigDecimal value) {
    String text = value.toPlainString();
    assertThat(IoBounds.isPlainDecimal(text)).isTrue();
    IoBounds cache = new IoBounds();
    assertThat(cache.parse(text)).isEqualTo(Bound.parse(text));
    assertThat(cache.parse(text)).isEqualTo(Bound.parse(text));
  }

  /** As {@code equals(toPlainString())}, for the plain string and for its near misses. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void isPlainStringAsThePlainString(@ForAll("anyScale") BigDecimal value, @ForAll("edits") String edit) {
    String plain = value.toPlainString();
    String cell = switch (edit) {
      case "same" -> plain;
      case "leading zero" -> plain.startsWith("-") ? "-0" + plain.substring(1) : "0" + plain;
      case "minus" -> "-" + plain;
      case "plus" -> "+" + plain;
      case "trailing zero" -> plain.contains(".") ? plain + "0" : plain + ".0";
      case "trailing point" -> plain + ".";
      default -> plain.replaceFirst("^(-?)0\\.", "$1.");
    };
    assertThat(IoBounds.isPlainString(cell, value)).as(cell).isEqualTo(cell.equals(plain));
  }

  @Provide
  Arbitrary<BigDecimal> anyScale() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1e14"), new BigDecimal("1e14")).ofScale(4)
        .flatMap(d -> Arbitraries.integers().between(-3, 8).map(s -> d.movePointLeft(s).stripTrailingZeros()
            .setScale(Math.max(-2, d.movePointLeft(s).stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY)))
        .edgeCases(e -> e.add(BigDecimal.ZERO).add(new BigDecimal("0.00")).add(new BigDecimal("-0.5")));
  }

  @Provide
  Arbitrary<String> edits() {
    return Arbitraries.of("same", "same", "leading zero", "minus", "plus", "trailing zero", "trailing point",
        "no zero before the point");
  }

  @Property(tries = 300)
  void qualifiedDecimalsGiveWhatTheGrammarGives(@ForAll("decimals") BigDecimal value,
      @ForAll("qualifiers") String qualifier) {
    String text = value.toPlainString() + qualifier;
    assertThat(IoBounds.fastPath(text)).isNotNull().isEqualTo(Bound.parse(text));
  }

  @Provide
  Arbitrary<String> qualifiers() {
    return Arbitraries.of("", "%", "以上", "%以上", "及以上", "%及以上", "以下", "以内", "%以内", "之内", "左右", "%左右");
  }

  @Property(tries = 300)
  void rangesGiveWhatTheGrammarGives(@ForAll("decimals") BigDecimal low, @ForAll("decimals") BigDecimal high,
      @ForAll("separators") String separator, @ForAll boolean lowPercent, @ForAll boolean highPercent) {
    String text = low.toPlainString() + (lowPercent ? "%" : "") + separator + high.toPlainString()
        + (highPercent ? "%" : "");
    Throwable expected = catchThrowable(() -> Bound.parse(text));
    Bound fast = IoBounds.fastPath(text);
    if (fast != null) {
      assertThat(expected).as(text).isNull();
      assertThat(fast).as(text).isEqualTo(Bound.parse(text));
    }
    if (low.compareTo(high) <= 0 && low.signum() >= 0 && high.signum() >= 0 && (highPercent || !lowPercent)) {
      assertThat(fast).as("%s takes the fast path", text).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("至", "到", "—", "–", "-", "～", "~");
  }

  @Property(tries = 300)
  void comparisonsGiveWhatTheGrammarGives(@ForAll("decimals") BigDecimal value, @ForAll boolean greater,
      @ForAll boolean percent) {
    String text = (greater ? ">" : "<") + value.toPlainString() + (percent ? "%" : "");
    assertThat(IoBounds.fastPath(text)).isNotNull().isEqualTo(Bound.parse(text));
  }

  @Property(tries = 300)
  void anyTextGivesWhatTheGrammarGives(@ForAll("texts") String text) {
    Throwable expected = catchThrowable(() -> Bound.parse(text));
    Throwable actual = catchThrowable(() -> new IoBounds().parse(text));
    if (expected == null) {
      assertThat(actual).isNull();
      assertThat(new IoBounds().parse(text)).isEqualTo(Bound.parse(text));
    } else {
      assertThat(actual).isNotNull().hasMessage(expected.getMessage());
    }
  }

  @Example
  void edgeCases() {
    for (String t : new String[] {"007", "-0", "-0.00", "1.", ".5", "+5", "1e5", "--1", "-", "5.60", "1,000",
        "5.以上", "5%%", "—", "5%至5", "5至5", "6至5", "5--1", "-3至-1", "5—-1", ">", "<%", ">5以上", ">-1", "5至", "5% 以上", "5以上以上", "5%左右x", "-5.5%左右", "5.5％左右", "5左右%"}) {
      Throwable expected = catchThrowable(() -> Bound.parse(t));
      if (expected == null) {
        assertThat(new IoBounds().parse(t)).as(t).isEqualTo(Bound.parse(t));
      } else {
        assertThat(catchThrowable(() -> new IoBounds().parse(t))).as(t).hasMessage(expected.getMessage());
      }
    }
    assertThat(IoBounds.isPlainDecimal("1.")).isFalse();
    assertThat(IoBounds.isPlainDecimal("+5")).isFalse();
    assertThat(IoBounds.isPlainDecimal("1".repeat(101))).isFalse();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
        .between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(scale));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789.-+%以上左右至到—–～~<>e ,").ofMinLength(1).ofMaxLength(12);
  }
}
