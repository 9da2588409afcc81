package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Quantity;
import org.devplan.model.Unit;

class CalcProperties {
  private static final Calculator CALC = CalcContext.defaults().calc();

  private static final Unit YI = Unit.YI_YUAN;
  private static final Unit WAN = Unit.of("万元");

  @Provide
  Arbitrary<BigDecimal> levels() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999999.99")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-60"), new BigDecimal("300")).ofScale(2);
  }

  @Group
  class GrowthProperties {
    @Property(tries = 300)
    void growOfPreviousGivesBackTheValue(@ForAll("levels") BigDecimal x, @ForAll("rates") BigDecimal g) {
      Rate rate = Rate.percent(g);
      CalcResult previous = CALC.previous(Quantity.of(x, YI), rate);
      CalcResult back = CALC.grow(Quantity.of(previous.unrounded(), YI), rate);
      // exact up to the 34-digit quotient: agrees with x to 30 significant digits, and reports x at x's decimals.
      assertThat(back.unrounded().round(new MathContext(30))).isEqualByComparingTo(x.round(new MathContext(30)));
      assertThat(back.unrounded().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(x);
    }

    @Property(tries = 300)
    void cagrOverOneYearIsYearOnYear(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal b) {
      CalcResult cagr = CALC.cagr(Quantity.of(a, YI), Quantity.of(b, YI), 1);
      CalcResult yoy = CALC.growthPercent(Quantity.of(a, YI), Quantity.of(b, YI));
      assertThat(cagr.value()).isEqualTo(yoy.value());
      // Both are exact to the context's 34 digits, by different paths: they agree far inside 10^-28 of the larger of
      // 1 and the rate (rounding both to 30 digits would split them whenever a rounding boundary falls between).
      BigDecimal tolerance = yoy.unrounded().abs().max(BigDecimal.ONE).movePointLeft(28);
      assertThat(cagr.unrounded().subtract(yoy.unrounded()).abs()).isLessThanOrEqualTo(tolerance);
    }

    @Example
    void cagrOverOneYearIsYearOnYearWhereThirtyDigitRoundingOnceSplitThem() {
      cagrOverOneYearIsYearOnYear(new BigDecimal("27924.81"), new BigDecimal("0.35"));
    }

    @Property(tries = 200)
    void compoundRateRecoversTheEnd(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal b,
        @ForAll @IntRange(min = 2, max = 15) int years) {
      CalcResult r = CALC.cagr(Quantity.of(a, YI), Quantity.of(b, YI), years);
      BigDecimal factor = BigDecimal.ONE.add(r.unrounded().movePointLeft(2));
      BigDecimal end = a.multiply(factor.pow(years, MathContext.DECIMAL128));
      assertThat(end.round(new MathContext(25))).isEqualByComparingTo(b.round(new MathContext(25)));
    }
  }

  @Group
  class ShareProperties {
    @Property(tries = 300)
    void sharesOfAPartitionSumToHundred(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.BigRange(
        min = "0.01", max = "99999.99") BigDecimal> parts) {
      Map<String, Quantity> m = new LinkedHashMap<>();
      for (int i = 0; i < parts.size(); i++) {
        m.put("p" + i, Quantity.of(parts.get(i).setScale(2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01")),
            YI));
      }
      Map<String, CalcResult> shares = CALC.partition(m);
      BigDecimal exact = shares.values().stream().map(CalcResult::unrounded).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      BigDecimal reported = shares.values().stream().map(CalcResult::value).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      assertThat(exact.subtract(BigDecimal.valueOf(100)).abs()).isLessThan(new BigDecimal("1E-28"));
      // each reported share is off by at most half a unit of its last decimal (two decimals here).
      BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(parts.size()));
      assertThat(reported.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(bound);
    }
  }

  @Group
  class GapProperties {
    @Property(tries = 300)
    void gapIsAntisymmetricForExactBounds(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal t) {
      Gap at = CALC.gap(Quantity.of(a, YI), Bound.exact(t));
      Gap ta = CALC.gap(Quantity.of(t, YI), Bound.exact(a));
      assertThat(at.difference().orElseThrow()).isEqualByComparingTo(ta.difference().orElseThrow().negate());
      assertThat(at.status()).isEqualTo(ta.status());
    }

    @Property(tries = 300)
    void unitConversionChangesNoVerdict(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal t,
        @ForAll("kinds") Bound.Kind kind, @ForAll Indicator.Direction direction) {
      Bound target = switch (kind) {
        case AT_LEAST -> Bound.atLeast(t);
        case AT_MOST -> Bound.atMost(t);
        case ABOUT -> Bound.about(t);
        case GREATER_THAN -> Bound.greaterThan(t);
        case LESS_THAN -> Bound.lessThan(t);
        case RANGE -> Bound.range(t, t.multiply(new BigDecimal("1.1")));
        default -> Bound.exact(t);
      };
      CalcContext ctx = CalcContext.defaults();
      Gap inYi = ctx.calc().directedGap(Quantity.of(a, YI), target, YI, direction);
      Gap inWan = ctx.calc().directedGap(Quantity.of(YI.convert(a, WAN), WAN), target, YI, direction);
      assertThat(inWan.status()).isEqualTo(inYi.status());
      assertThat(inWan.difference().orElseThrow()).isEqualByComparingTo(inYi.difference().orElseThrow());
    }

    @Property(tries = 300)
    void aQualifierOnADeclineMirrorsTheRise(@ForAll("levels") BigDecimal a, @ForAll("levels") BigDecimal v,
        @ForAll("oneSided") Bound.Kind kind) {
      // 下降v%以上 (AT_LEAST −v) is met by −a exactly when 增长v%以上 (AT_LEAST v) is met by a, and so on.
      Bound rise = bound(kind, v);
      Bound decline = bound(kind, v.negate());
      Gap up = CALC.gap(Quantity.of(a, Unit.PERCENT), rise);
      Gap down = CALC.gap(Quantity.of(a.negate(), Unit.PERCENT), decline);
      assertThat(down.status()).isEqualTo(up.status());
      assertThat(down.difference().orElseThrow()).isEqualByComparingTo(up.difference().orElseThrow().negate());
    }

    private Bound bound(Bound.Kind kind, BigDecimal v) {
      return switch (kind) {
        case AT_LEAST -> Bound.atLeast(v);
        case AT_MOST -> Bound.atMost(v);
        case GREATER_THAN -> Bound.greaterThan(v);
        default -> Bound.lessThan(v);
      };
    }

    @Provide
    Arbitrary<Bound.Kind> oneSided() {
      return Arbitraries.of(Bound.Kind.AT_LEAST, Bound.Kind.AT_MOST, Bound.Kind.GREATER_THAN, Bound.Kind.LESS_THAN);
    }

    @Provide
    Arbitrary<Bound.Kind> kinds() {
      return Arbitraries.of(Bound.Kind.EXACT, Bound.Kind.AT_LEAST, Bound.Kind.AT_MOST, Bound.Kind.ABOUT,
          Bound.Kind.GREATER_THAN, Bound.Kind.LESS_THAN, Bound.Kind.RANGE);
    }
  }
}
