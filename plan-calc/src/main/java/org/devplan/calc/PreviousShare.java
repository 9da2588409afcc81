package org.devplan.calc;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A part's share of the whole in the year <i>before</i> the growth it is used with: the only share
 * {@link Calculator#contributionFromGrowth} accepts, so that the current year's share cannot be passed by mistake
 * (贡献率 = previous share × part growth ÷ whole growth; with the current share the answer is wrong). Immutable.
 *
 * <pre>{@code
 * PreviousShare s = PreviousShare.of(2024, Rate.percent("50.0"));    // 服务业 share of GDP in 2024
 * CalcContext.defaults().calc().contributionFromGrowth(s, Rate.percent("6.8"), Rate.percent("5.6"), 2025)
 *     .value();   // 60.7
 * }</pre>
 *
 * @param year the year the share refers to
 * @param share the share, in %
 * @since 0.1
 */
public record PreviousShare(int year, Rate share) {
  /**
   * @throws IllegalArgumentException if the share is not in %
   */
  public PreviousShare {
    checkArgument(share.isPercent(), "previous share of %s: %s is not in %%", year, share);
  }

  /** The share {@code share} of year {@code year}, to be used with growth of year {@code year + 1}. */
  public static PreviousShare of(int year, Rate share) {
    return new PreviousShare(year, share);
  }

  /** The share as a plain number of percent. */
  public BigDecimal percent() {
    return share.amount();
  }
}
