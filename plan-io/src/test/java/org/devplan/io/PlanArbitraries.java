package org.devplan.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Evidence;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Span;
import org.devplan.model.Task;
import org.devplan.model.Unit;

/**
 * jqwik generators of whole valid plans: chapter trees with tasks that refer to observation ids, indicators with
 * registry, derived and custom units, several observations per year, every {@link Bound.Kind} (each bound built by
 * {@link Bound#parse} from a wording, so it is consistent), and Unicode text with CSV and JSON special characters.
 *
 * <p>Every part is built with {@link Builders#withBuilder} and {@link Combinators#combine} from arbitraries of its
 * own, so a failing property shrinks to a small plan: no chapter, one indicator with one observation, short text.
 * What refers across parts (a task to an observation id, an observation to a chapter path, an observation's year to
 * the plan year) is generated as a choice and resolved when the plan is put together ({@link #assemble}).
 */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** The year observations are generated for, shifted to the plan year when the plan is put together. */
  private static final int BASELINE = 2000;

  /** Whole valid plans. */
  public static Arbitrary<Plan> plans() {
    return Combinators.combine(headers(), chapters("", 1, 3), indicators().list().ofMinSize(1).ofMaxSize(5),
        spans()).as(PlanArbitraries::assemble).withoutEdgeCases();
  }

  /** Bounds of every kind, for a level (with or without a unit in the wording). */
  public static Arbitrary<Bound> levels() {
    return Arbitraries.of(Bound.Kind.values()).flatMap(k -> bounds(k, Arbitraries.of(LEVEL_UNITS)));
  }

  private static final String[] TEXT_PIECES = {"淄博", "市", "国民经济", "和", "社会发展", "计划", "增长", "工业",
      "“四强”产业", "，", "。", "、", "（一）", "—", " ", "a", "Z", "7", ",", "\"", "'", "\n", "=SUM(A1)", "+1", "-x",
      "@cmd", "😀", "𠀀", "é", "ß", "%", "#", ";", "\t", "\\", "/"};
  private static final String[] SAFE_PIECES = {"淄博", "市", "国民经济", "社会发展", "工业", "产业", "增加值", "收入",
      "投资", "消费", "绿色", "低碳", "数字经济", "A", "VOCs", "PM2.5"};
  private static final String[] QUALITATIVE = {"止跌回稳", "与经济增长同步", "与经济\n增长同步", "完成省下达目标", "固稳提质",
      "稳定增长", "保持合理水平", "持续改善"};
  private static final String[] ABSENT = {"—", "——", "-", "不适用", "待定", "另行确定"};
  private static final String[] LEVEL_UNITS = {"", "", "", "亿元", "万人", "%", "个", "万美元", "蒸吨", "元/人", "万辆"};
  private static final String[] INDICATOR_UNITS = {"亿元", "万元", "%", "万人", "人", "个", "万美元", "元", "天",
      "吨标准煤", "微克/立方米", "蒸吨", "万辆", "元/人", "家", "个百分点"};
  private static final String[] VERBS = {"增长", "下降", "降低", "提高", "控制在", "达到"};
  private static final String[] HEDGES = {"力争", "争取", "在实际工作中努力争取更好结果"};

  /** A plan without chapters, indicators or spans: its id, title, kind, region, years, evidence and source. */
  private static Arbitrary<Plan> headers() {
    Arbitrary<String> ids = Combinators.combine(Arbitraries.integers().between(0, 999),
        Arbitraries.integers().between(0, 8).optional(), Arbitraries.of(false, true))
        .as((n, v, zibo) -> "plan-" + n + v.map(x -> ".v" + x).orElse("") + (zibo ? "_淄博" : ""));
    Arbitrary<Optional<List<Evidence>>> evidence = Combinators.combine(Arbitraries.of(Evidence.values()),
        known(), known()).as(List::of).optional();
    return Combinators.combine(ids, text(1, 6), Arbitraries.of(Plan.Kind.values()), regions(),
        Arbitraries.integers().between(2000, 2059), Arbitraries.integers().between(0, 5).optional(), evidence,
        sources()).as((id, title, kind, region, year, back, ev, source) -> {
          Plan.Builder b = new Plan.Builder().id(id).title(title).kind(kind).region(region).planYear(year)
              .source(source);
          back.ifPresent(n -> b.baseYear(year - n));
          ev.ifPresent(e -> b.regionEvidence(e.get(0)).planYearEvidence(e.get(1)).baseYearEvidence(e.get(2)));
          return b.build();
        });
  }

  /**
   * The plan: {@code header} with the chapters, the indicators (codes and observation ids numbered, observation
   * years moved to the plan year, chapter choices made among the paths), tasks numbered and pointing at
   * observation ids, and the spans.
   */
  private static Plan assemble(Plan header, List<Chapter> chapters, List<Indicator> drafts, List<Span> spans) {
    List<String> paths = new ArrayList<>();
    chapters.forEach(c -> c.selfAndDescendants().forEach(d -> paths.add(d.path())));
    int shift = header.planYear() - BASELINE;
    List<Indicator> indicators = new ArrayList<>();
    List<String> observationIds = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Indicator draft = drafts.get(i);
      String code = draft.code() + "-" + i;
      List<Observation> observations = new ArrayList<>();
      for (Observation o : draft.observations()) {
        Period p = o.period();
        observations.add(o.withId(code + "-" + o.id()).withPeriod(Period.of(p.start() + shift, p.end() + shift,
            p.aggregation())).withChapter(choice(o.chapter(), paths)));
      }
      observations.forEach(o -> observationIds.add(o.id()));
      indicators.add(draft.withCode(code).withObservations(observations));
    }
    int[] taskNo = {0};
    List<Chapter> resolved = chapters.stream().map(c -> resolve(c, observationIds, taskNo)).toList();
    return new Plan.Builder().from(header).chapters(resolved).indicators(indicators).spans(spans).build();
  }

  /** {@code c} with its tasks numbered in document order and their observation choices made among {@code ids}. */
  private static Chapter resolve(Chapter c, List<String> ids, int[] taskNo) {
    List<Task> tasks = c.tasks().stream().map(t -> t.withId("t" + (++taskNo[0]))
        .withObservationIds(t.observationIds().stream().map(ref -> choice(Optional.of(ref), ids).orElseThrow())
            .toList())).toList();
    return c.withTasks(tasks).withChildren(c.children().stream().map(k -> resolve(k, ids, taskNo)).toList());
  }

  /** The element {@code #n} of a choice written {@code #n} picks (modulo the size); none if there is none. */
  private static Optional<String> choice(Optional<String> pick, List<String> among) {
    return pick.filter(x -> !among.isEmpty())
        .map(x -> among.get(Integer.parseInt(x.substring(1)) % among.size()));
  }

  private static Arbitrary<String> choices() {
    return Arbitraries.integers().between(0, 99).map(n -> "#" + n);
  }

  /** Up to {@code max} chapters at {@code depth}, paths {@code prefix1}, {@code prefix2} …, with their subtrees. */
  private static Arbitrary<List<Chapter>> chapters(String prefix, int depth, int max) {
    return Arbitraries.integers().between(0, max).flatMap(n -> n == 0 ? Arbitraries.just(List.<Chapter>of())
        : Combinators.combine(IntStream.rangeClosed(1, n).mapToObj(i -> chapter(prefix + i, depth)).toList())
            .as(List::copyOf));
  }

  private static Arbitrary<Chapter> chapter(String path, int depth) {
    int ordinal = Integer.parseInt(path.substring(path.lastIndexOf('.') + 1));
    return Builders.withBuilder(() -> new Chapter.Builder().path(path))
        .use(Arbitraries.of("一、", "（三）", "一是", "1.", "第一章", "附件")).in(Chapter.Builder::label)
        .use(Arbitraries.of(Chapter.Numbering.values())).in(Chapter.Builder::numbering)
        .use(Arbitraries.frequency(Tuple.of(2, ordinal), Tuple.of(1, 0))).in(Chapter.Builder::ordinal)
        .use(text(1, 4)).in(Chapter.Builder::title)
        .use(Arbitraries.of(false, true)).in(Chapter.Builder::inline)
        .use(text(0, 6).list().ofMaxSize(2)).in(Chapter.Builder::addAllParagraphs)
        .use(provenances()).withProbability(0.5).in(Chapter.Builder::provenance)
        .use(tasks().list().ofMaxSize(2)).in(Chapter.Builder::addAllTasks)
        .use(depth < 3 ? chapters(path + ".", depth + 1, 2) : Arbitraries.just(List.<Chapter>of()))
        .in(Chapter.Builder::children)
        .build(Chapter.Builder::build);
  }

  /** Tasks with the id {@code t} and observation choices {@code #n}, numbered and resolved by {@link #assemble}. */
  private static Arbitrary<Task> tasks() {
    return Builders.withBuilder(() -> new Task.Builder().id("t"))
        .use(text(1, 3)).in(Task.Builder::title)
        .use(text(0, 8)).in(Task.Builder::text)
        .use(Arbitraries.of("一是", "二是", "（五）", "1.")).withProbability(0.5).in(Task.Builder::label)
        .use(choices().list().ofMaxSize(2)).in(Task.Builder::addAllObservationIds)
        .use(provenances()).withProbability(0.3).in(Task.Builder::provenance)
        .build(Task.Builder::build);
  }

  private static Arbitrary<List<Span>> spans() {
    return Combinators.combine(Arbitraries.of(Span.Kind.values()), text(1, 5)).as(Tuple::of).list().ofMaxSize(3)
        .map(l -> IntStream.range(0, l.size())
            .mapToObj(i -> Span.of(l.get(i).get1(), Position.of(i + 1, 1), l.get(i).get2())).toList());
  }

  private static Arbitrary<Region> regions() {
    return Builders.withBuilder(Region.Builder::new)
        .use(Combinators.combine(Arbitraries.of("淄博市", "山东省", "桓台县", "全国"), text(0, 1))
            .as((a, b) -> a + b.strip())).in(Region.Builder::name)
        .use(Arbitraries.integers().between(0, 999_999).map(n -> String.format(Locale.ROOT, "%06d", n))).withProbability(0.5)
        .in(Region.Builder::code)
        .use(Arbitraries.of(Region.Level.values())).withProbability(0.5).in(Region.Builder::level)
        .build(Region.Builder::build);
  }

  private static Arbitrary<Source> sources() {
    return Builders.withBuilder(Source.Builder::new)
        .use(text(1, 5)).in(Source.Builder::documentTitle)
        .use(Combinators.combine(Arbitraries.integers().between(2000, 2059), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28)).as(LocalDate::of)).withProbability(0.5).in(Source.Builder::date)
        .use(text(1, 3)).withProbability(0.5).in(Source.Builder::publisher)
        .use(Arbitraries.integers().between(0, 99_999).map(n -> "https://www.zibo.gov.cn/art/" + n
            + ".html?a=1&b=二")).withProbability(0.5).in(Source.Builder::url)
        .use(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)).withProbability(0.5).in(Source.Builder::sha256)
        .build(Source.Builder::build);
  }

  /** Indicators whose code is a prefix and whose observations are numbered {@code o0 …}, see {@link #assemble}. */
  private static Arbitrary<Indicator> indicators() {
    return Builders.withBuilder(Indicator.Builder::new)
        .use(Arbitraries.of("ind", "gdp", "收入", "x.y")).in(Indicator.Builder::code)
        .use(text(1, 4)).in(Indicator.Builder::name)
        .use(Arbitraries.of(INDICATOR_UNITS).map(Unit::of)).in(Indicator.Builder::unit)
        .use(text(1, 3).set().ofMaxSize(2)).in(Indicator.Builder::addAllAliases)
        .use(Combinators.combine(Arbitraries.of("地区生产总值", "外经外贸", "财政金融", "绿色低碳", "就业和人民生活"),
            text(0, 2)).as((g, more) -> g + more)).withProbability(0.5).in(Indicator.Builder::group)
        .use(inferred(Indicator.Nature.values(), Indicator.Nature.UNSPECIFIED)).withProbability(0.5).in(Indicator.Builder::nature)
        .use(inferred(Indicator.Direction.values(), Indicator.Direction.UNKNOWN)).withProbability(0.5)
        .in(Indicator.Builder::direction)
        .use(inferred(Indicator.GrowthBasis.values(), Indicator.GrowthBasis.UNKNOWN)).withProbability(0.5)
        .in(Indicator.Builder::growthBasis)
        .use(inferred(Indicator.Measure.values(), Indicator.Measure.UNSPECIFIED)).withProbability(0.5).in(Indicator.Builder::measure)
        .use(Combinators.combine(Arbitraries.of("gdp", "retail-sales", "my-concept-2"), known())
            .as(Inferred::of)).withProbability(0.5).in(Indicator.Builder::concept)
        .use(text(1, 5).list().ofMaxSize(1)).in(Indicator.Builder::addAllNotes)
        .use(observations().list().ofMinSize(1).ofMaxSize(4)
            .map(l -> IntStream.range(0, l.size()).mapToObj(k -> l.get(k).withId("o" + k)).toList()))
        .in(Indicator.Builder::addAllObservations)
        .build(Indicator.Builder::build);
  }

  /** A value of {@code values} with evidence {@code NONE} when it is {@code unknown}, else stated or inferred. */
  private static <E extends Enum<E>> Arbitrary<Inferred<E>> inferred(E[] values, E unknown) {
    return Combinators.combine(Arbitraries.of(values), known())
        .as((v, e) -> Inferred.of(v, v == unknown ? Evidence.NONE : e));
  }

  private static Arbitrary<Evidence> known() {
    return Arbitraries.of(Evidence.STATED, Evidence.INFERRED);
  }

  /**
   * Observations dated {@link #BASELINE} or up to two years before (several often share a year), their chapter a
   * choice {@code #n}; the id {@code o} is numbered by {@link #indicators()}.
   */
  private static Arbitrary<Observation> observations() {
    Arbitrary<Period> periods = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 4), Arbitraries.frequency(Tuple.of(3, Period.Aggregation.YEAR),
            Tuple.of(1, Period.Aggregation.ANNUAL_AVERAGE), Tuple.of(1, Period.Aggregation.CUMULATIVE)))
        .as((back, span, aggregation) -> aggregation == Period.Aggregation.YEAR ? Period.year(BASELINE - back)
            : Period.of(BASELINE - back - (aggregation == Period.Aggregation.ANNUAL_AVERAGE ? 4 : span),
                BASELINE - back, aggregation));
    Arbitrary<Bound> levels = Arbitraries.of(Bound.Kind.values()).flatMap(k -> bounds(k, Arbitraries.of(LEVEL_UNITS)));
    Arbitrary<Bound> growths = Arbitraries.of(Bound.Kind.values())
        .flatMap(k -> bounds(k, Arbitraries.of("", "", "%", "个百分点")));
    // a level, a growth, or both: never neither
    Arbitrary<Tuple.Tuple2<Optional<Bound>, Optional<Bound>>> figures = Arbitraries.integers().between(0, 2)
        .flatMap(shape -> Combinators.combine(levels, growths).as((l, g) -> Tuple.of(
            shape != 1 ? Optional.of(l) : Optional.<Bound>empty(), shape != 0 ? Optional.of(g) : Optional.<Bound>empty())));
    return Combinators.combine(Arbitraries.of(Observation.Kind.values()), periods, figures,
        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)), Arbitraries.of(VERBS).optional(),
        Arbitraries.of(HEDGES).optional(0.3), Arbitraries.of("全国", "全省").optional(0.25),
        Combinators.combine(Arbitraries.of(Observation.Status.values()).optional(), choices().optional(),
            provenances().optional()).as(Tuple::of))
        .as((kind, period, f, change, verb, hedge, reference, more) -> new Observation.Builder().id("o").kind(kind)
            .period(period).level(f.get1()).growth(f.get2()).isChange(change).verb(verb).hedge(hedge)
            .reference(reference).status(kind == Observation.Kind.ACTUAL ? more.get1() : Optional.empty())
            .chapter(more.get2()).provenance(more.get3()).build());
  }

  private static Arbitrary<Provenance> provenances() {
    return Combinators.combine(Arbitraries.of("seeds/zibo-2026-plan.txt", "计划.txt"),
        Arbitraries.of(Provenance.Origin.values()), Arbitraries.integers().between(1, 300),
        Arbitraries.integers().between(1, 120),
        Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 10))
            .as(Tuple::of).optional(),
        Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 6))
            .as(Tuple::of).optional())
        .as((document, origin, line, column, end, cell) -> {
          Provenance.Builder b = new Provenance.Builder().document(document).origin(origin)
              .start(Position.of(line, column));
          end.ifPresent(e -> b.end(Position.of(line + e.get1(), column + e.get2())));
          cell.ifPresent(c -> b.row(c.get1()).cell(c.get2()));
          return b.build();
        });
  }

  /** Bounds of {@code kind} from a wording, the figures in a unit of {@code units}. */
  private static Arbitrary<Bound> bounds(Bound.Kind kind, Arbitrary<String> units) {
    return Combinators.combine(Arbitraries.integers().between(0, 2), numbers(true), numbers(false), numbers(false),
        units, Arbitraries.of(QUALITATIVE), Arbitraries.of(ABSENT)).as((w, n, m, d, unit, words, absent) -> {
          String text = switch (kind) {
            case EXACT -> List.of(n + unit, "达到" + n + unit, "为" + n + unit).get(w);
            case AT_LEAST -> List.of(n + unit + "以上", "不低于" + n + unit, "下降" + m + unit + "以上").get(w);
            case AT_MOST -> List.of(n + unit + "以内", "控制在" + n + unit + "以内", "不超过" + n + unit).get(w);
            case ABOUT -> List.of(n + unit + "左右", "约" + n + unit, "控制在" + n + unit + "左右").get(w);
            case GREATER_THAN -> List.of(">" + n + unit, "超过" + n + unit, "突破" + n + unit).get(w);
            case LESS_THAN -> List.of("<" + n + unit, "不到" + n + unit, "低于" + n + unit).get(w);
            case RANGE -> {
              String c = new BigDecimal(m).add(new BigDecimal(d)).toPlainString();
              yield List.of(m + unit + "至" + c + unit, m + "～" + c + unit, m + "-" + c + unit).get(w);
            }
            case QUALITATIVE -> words;
            case ABSENT -> absent;
          };
          Bound b = Bound.parse(text);
          if (b.kind() != kind) {
            throw new AssertionError("generator: \"" + text + "\" reads as " + b.kind() + ", not " + kind);
          }
          return b;
        });
  }

  /** Decimals written with 0 to 3 fraction digits, trailing zeros kept ({@code 5.60}); some negative if asked. */
  private static Arbitrary<String> numbers(boolean signed) {
    return Combinators.combine(Arbitraries.longs().between(0, 9_999_999), Arbitraries.integers().between(0, 3),
        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(signed ? 1 : 0, true)))
        .as((unscaled, scale, negative) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          return (negative ? v.negate() : v).toPlainString();
        });
  }

  /** Unicode text of {@code min} to {@code max} pieces, never blank when {@code min > 0}. */
  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(SAFE_PIECES)), Tuple.of(1, Arbitraries.of(TEXT_PIECES)))
        .list().ofMinSize(min).ofMaxSize(max).map(l -> {
          String s = String.join("", l);
          return min > 0 && s.isBlank() ? s + SAFE_PIECES[0] : s;
        });
  }
}
