package org.devplan.examples.cli;

import org.devplan.io.text.PlanText;
import picocli.CommandLine.Option;

/** Settings for a plan text whose title does not say its region or years. */
final class TextOptions {
  @Option(names = "--region", paramLabel = "NAME", description = "The region, when the title does not name it.")
  String region;

  @Option(names = "--plan-year", paramLabel = "YEAR", description = "The plan year, when the title lacks it.")
  Integer planYear;

  @Option(names = "--base-year", paramLabel = "YEAR", description = "The base year (default: plan year − 1).")
  Integer baseYear;

  PlanText.Options options() {
    PlanText.Options o = PlanText.Options.defaults();
    if (region != null) {
      o = o.withRegion(region);
    }
    if (planYear != null) {
      o = o.withPlanYear(planYear);
    }
    if (baseYear != null) {
      o = o.withBaseYear(baseYear);
    }
    return o;
  }
}
