package org.devplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuantityProperties {
  /** Families of units that convert into each other. */
  static final List<List<String>> FAMILIES = List.of(List.of("元", "万元", "亿元", "万亿元"),
      List.of("美元", "万美元", "亿美元"), List.of("人", "万人"), List.of("个", "万个"), List.of("千瓦", "万千瓦", "兆瓦"),
      List.of("平方米", "公顷", "平方公里"), List.of("%", "‰", "倍"), List.of("吨", "万吨", "千克"));

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000"), new BigDecimal("1000000000")).ofScale(scale));
  }

  @Provide
  Arbitrary<List<Unit>> pairs() {
    return Arbitraries.of(FAMILIES).flatMap(f -> Arbitraries.of(f).map(Unit::of).list().ofSize(2));
  }

  @Property(tries = 300)
  void printedQuantityReadsBackEqual(@ForAll("amounts") BigDecimal amount, @ForAll("pairs") List<Unit> units) {
    Quantity q = Quantity.of(amount, units.get(0));
    assertThat(Quantity.parse(q.toString())).isEqualTo(q);
  }

  @Property(tries = 300)
  void conversionThereAndBackIsExact(@ForAll("amounts") BigDecimal amount, @ForAll("pairs") List<Unit> units) {
    Quantity q = Quantity.of(amount, units.get(0));
    Quantity there = q.to(units.get(1));
    Quantity back = there.to(units.get(0));
    assertThat(back.amount()).isEqualByComparingTo(amount);
    assertThat(there.compareTo(q)).isZero();
  }
}
