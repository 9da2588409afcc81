package org.devplan.calc;

import java.util.Optional;
import org.devplan.calc.internal.Classifications;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;

/**
 * The price basis of an indicator's growth (nominal or comparable prices), with the evidence and the reason:
 * stated on the indicator ({@link Indicator#growthBasis()}), or inferred from its name by a curated vocabulary
 * (names ending in 地区生产总值, 生产总值, 增加值 or GDP grow at comparable prices), or unknown. Immutable.
 *
 * <pre>{@code
 * PriceBasis b = PriceBasis.of(gdp);   // gdp named 地区生产总值, basis not stated
 * b.basis();       // COMPARABLE_PRICES
 * b.evidence();    // INFERRED
 * b.reason();      // "name 地区生产总值 ends with 地区生产总值: grows at comparable prices (curated vocabulary)"
 * }</pre>
 *
 * @param basis nominal, comparable prices or unknown
 * @param evidence {@link Evidence#STATED}, {@link Evidence#INFERRED} or {@link Evidence#NONE}
 * @param reason how the basis was decided
 * @since 0.1
 */
public record PriceBasis(Indicator.GrowthBasis basis, Evidence evidence, String reason) {

  /** The growth basis of {@code indicator}: as stated, else inferred from its name, else unknown. */
  public static PriceBasis of(Indicator indicator) {
    Inferred<Indicator.GrowthBasis> given = indicator.growthBasis();
    if (given.value() != Indicator.GrowthBasis.UNKNOWN) {
      return new PriceBasis(given.value(), given.evidence(),
          "indicator " + indicator.code() + " states growth basis " + given.value());
    }
    Optional<String> ending = Classifications.name(indicator.name()).comparablePriceEnding();
    for (String alias : indicator.aliases()) {
      if (ending.isPresent()) {
        break;
      }
      ending = Classifications.name(alias).comparablePriceEnding();
    }
    return ending.map(e -> new PriceBasis(Indicator.GrowthBasis.COMPARABLE_PRICES, Evidence.INFERRED,
            "name " + indicator.name() + " ends with " + e + ": grows at comparable prices (curated vocabulary)"))
        .orElseGet(() -> new PriceBasis(Indicator.GrowthBasis.UNKNOWN, Evidence.NONE,
            "indicator " + indicator.code() + " states no growth basis and its name is not in the vocabulary"));
  }

  /** True if growth is at comparable prices, so a nominal level cannot simply be grown by it. */
  public boolean isComparablePrices() {
    return basis == Indicator.GrowthBasis.COMPARABLE_PRICES;
  }
}
