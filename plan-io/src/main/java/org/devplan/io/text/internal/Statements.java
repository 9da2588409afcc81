package org.devplan.io.text.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;

/**
 * A figure and its subject to a {@link Statement}: the model's grammar reads the wording (with the sign a verb of
 * decline gives it, 压减5%), {@link Dating} dates it, {@link Comparatives} finds its reference.
 */
final class Statements extends OnText {
  private final Dating dating;
  private final Comparatives comparatives;
  /**
   * The bound each wording read so far reads as, empty for one the grammar refuses: a plan writes the same wording
   * many times (6%左右, 5%以上), and a list's figure is made into a statement once per name it is given.
   */
  private final Map<String, Optional<Bound>> parsed = new HashMap<>();

  Statements(ScanText x, Vocabulary v, Dating dating, Comparatives comparatives) {
    super(x, v);
    this.dating = dating;
    this.comparatives = comparatives;
  }

  /** The statement of {@code f} about {@code name}, or null if its wording reads as no numeric figure. */
  @Nullable Statement make(Figure f, String name, FigureReader.Context ctx, int sentenceStart, @Nullable String hedge) {
    Bound bound = bound(f);
    if (bound == null) {
      return null;
    }
    boolean growth = f.growth && bound.unit().map(u -> u.isPercentLike()).orElse(true);
    int[] yearInfo = f.from ? dating.fromYear(f.verbStart, ctx) : dating.yearFor(f.verbStart, ctx);
    int year = yearInfo[0];
    Period period = period(f, yearInfo, ctx, sentenceStart);
    Observation.Kind kind = year <= ctx.baseYear() ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    String verb = f.changeVerb != null ? f.changeVerb : f.levelVerb;
    return new Statement(clip(name), growth ? Optional.empty() : Optional.of(bound),
        growth ? Optional.of(bound) : Optional.empty(), !growth && f.change, Optional.ofNullable(verb),
        Optional.ofNullable(hedge), comparatives.reference(name), period, kind, dating.status(kind, f.verbStart),
        f.wStart, f.wEnd);
  }

  /** The bound the figure's wording reads as, with a verb of decline's sign; null if it is no numeric figure. */
  private @Nullable Bound bound(Figure f) {
    Bound bound = parse(f.wording);
    if (bound == null || !bound.isNumeric() || (f.unitless && !f.ratio && !f.growth)) {
      return null;
    }
    if (f.changeVerb != null && !f.grammarVerb && v.changeVerbSigns.getOrDefault(f.changeVerb, 1) < 0
        && bound instanceof Bound.Single single && single.value().signum() > 0) {
      // 压减5%: the verb carries the sign; a list member (分别压减11%、19%) is given the verb written once
      int afterVerb = f.verbStart + f.changeVerb.length();
      boolean eachBetween = afterVerb < f.wStart && v.eachMarkers.matchAt(x.t, afterVerb, f.wStart) != null;
      String withVerb = f.verbStart < f.wStart && !eachBetween ? x.slice(f.verbStart, f.wEnd)
          : f.changeVerb + f.wording; // 下降均超10%: the verb and the figure around 均
      return parse(withVerb);
    }
    return bound;
  }

  /** The bound {@code wording} reads as, read once per wording; null if the grammar refuses it. */
  private @Nullable Bound parse(String wording) {
    Optional<Bound> known = parsed.get(wording);
    if (known == null) {
      try {
        known = Optional.of(Bound.parse(wording, v.lexicon));
      } catch (PlanFormatException | IllegalArgumentException notAFigure) {
        known = Optional.empty();
      }
      parsed.put(wording, known);
    }
    return known.orElse(null);
  }

  /** The figure's period: its year, or the years up to it for an annual average or a sum (年均, 累计). */
  private Period period(Figure f, int[] yearInfo, FigureReader.Context ctx, int sentenceStart) {
    int year = yearInfo[0];
    int pre = Math.max(sentenceStart, Math.min(f.preStart, f.verbStart - 6));
    Period.Aggregation agg = dating.aggregation(Math.min(pre, f.verbStart), f.verbStart);
    int first = ctx.planYear() - 4; // an outline's five years; a year inside them counts from their first
    int start = yearInfo[1] > 0 ? yearInfo[1] : (ctx.outline() ? (year > first ? first : year - 4) : year);
    if (agg == Period.Aggregation.ANNUAL_AVERAGE && start >= year
        && v.annualAverage.matchEndingAt(x.t, f.verbStart, pre) != null) {
      // 年均 before the verb over no years named: the five-year plan the year belongs to (年均增长5%左右 in a 2026
      // plan), or the five years up to a past year in the middle of one; 年均 inside a name (细颗粒物年均浓度) is no
      // average of the figure
      int planStart = Dating.fiveYearStart(year);
      if (year <= ctx.baseYear() && planStart + 4 > ctx.baseYear()) {
        return Period.of(year - 4, year, agg); // a review's 年均 ends with its year: the five years up to it
      }
      return Period.of(planStart, planStart + 4, agg);
    }
    int span = agg == Period.Aggregation.YEAR && f.growth ? spanOfYears(Math.min(pre, f.verbStart), f.verbStart) : 0;
    if (span > 1) {
      return Period.of(year - span + 1, year, Period.Aggregation.CUMULATIVE); // 5年增长18.7%: over the five years
    }
    return agg == Period.Aggregation.YEAR || start >= year ? Period.year(year) : Period.of(start, year, agg);
  }

  /** The years of a span written right before the verb at {@code verb} (5年增长: 5), or 0. */
  private int spanOfYears(int from, int verb) {
    int s = yearSpanStart(verb, from);
    return s < 0 ? 0 : Integer.parseInt(t.substring(s, verb - 1));
  }

  static String clip(String name) {
    return name.length() <= 40 ? name : name.substring(name.length() - 40);
  }
}
