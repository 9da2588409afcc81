package org.devplan.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
 */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** Whole valid plans. */
  public static Arbitrary<Plan> plans() {
    return Arbitraries.randomValue(PlanArbitraries::plan);
  }

  /** Bounds of every kind, for a level (with or without a unit in the wording). */
  public static Arbitrary<Bound> levels() {
    return Arbitraries.randomValue(r -> level(r, Bound.Kind.values()[r.nextInt(Bound.Kind.values().length)]));
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

  static Plan plan(Random r) {
    int planYear = 2000 + r.nextInt(60);
    String id = "plan-" + r.nextInt(1000) + (r.nextBoolean() ? ".v" + r.nextInt(9) : "") + (r.nextBoolean() ? "_淄博"
        : "");
    Plan.Builder b = new Plan.Builder()
        .id(id)
        .title(text(r, 1, 6))
        .kind(Plan.Kind.values()[r.nextInt(Plan.Kind.values().length)])
        .region(region(r))
        .planYear(planYear)
        .source(source(r));
    if (r.nextBoolean()) {
      b.baseYear(planYear - r.nextInt(6));
    }
    if (r.nextBoolean()) {
      b.regionEvidence(Evidence.values()[r.nextInt(Evidence.values().length)])
          .planYearEvidence(evidence(r, false)).baseYearEvidence(evidence(r, false));
    }
    List<Chapter.Builder> tops = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    int nTop = r.nextInt(4);
    List<Chapter.Builder> all = new ArrayList<>();
    for (int i = 1; i <= nTop; i++) {
      tops.add(chapterShape(r, Integer.toString(i), 1, paths, all));
    }
    List<Indicator> indicators = new ArrayList<>();
    List<String> observationIds = new ArrayList<>();
    int nIndicators = 1 + r.nextInt(5);
    for (int i = 0; i < nIndicators; i++) {
      Indicator ind = indicator(r, i, planYear, paths);
      indicators.add(ind);
      ind.observations().forEach(o -> observationIds.add(o.id()));
    }
    int taskNo = 0;
    for (Chapter.Builder c : all) {
      int nTasks = r.nextInt(3);
      for (int k = 0; k < nTasks; k++) {
        Task.Builder t = new Task.Builder().id("t" + (++taskNo)).title(text(r, 1, 3)).text(text(r, 0, 8));
        if (r.nextBoolean()) {
          t.label(pick(r, "一是", "二是", "（五）", "1."));
        }
        for (int m = r.nextInt(3); m > 0; m--) {
          t.addObservationId(observationIds.get(r.nextInt(observationIds.size())));
        }
        if (r.nextInt(3) == 0) {
          t.provenance(provenance(r));
        }
        c.addTask(t.build());
      }
    }
    // build bottom-up: children were registered before being built
    b.chapters(buildAll(tops));
    b.indicators(indicators);
    int nSpans = r.nextInt(4);
    for (int i = 0; i < nSpans; i++) {
      String t = text(r, 1, 5);
      b.addSpan(Span.of(Span.Kind.values()[r.nextInt(Span.Kind.values().length)], Position.of(i + 1, 1),
          t.isEmpty() ? "x" : t));
    }
    return b.build();
  }

  /** Chapter builders whose children are kept aside until {@link #buildAll}. */
  private static final java.util.IdentityHashMap<Chapter.Builder, List<Chapter.Builder>> CHILDREN =
      new java.util.IdentityHashMap<>();

  private static synchronized Chapter.Builder chapterShape(Random r, String path, int depth, List<String> paths,
      List<Chapter.Builder> all) {
    Chapter.Numbering numbering = Chapter.Numbering.values()[r.nextInt(Chapter.Numbering.values().length)];
    int ordinal = Integer.parseInt(path.substring(path.lastIndexOf('.') + 1));
    Chapter.Builder c = new Chapter.Builder().path(path).label(pick(r, "一、", "（三）", "一是", "1.", "第一章", "附件"))
        .numbering(numbering).ordinal(r.nextInt(3) == 0 ? 0 : ordinal).title(text(r, 1, 4)).inline(r.nextBoolean());
    for (int i = r.nextInt(3); i > 0; i--) {
      c.addParagraph(text(r, 0, 6));
    }
    if (r.nextBoolean()) {
      c.provenance(provenance(r));
    }
    paths.add(path);
    all.add(c);
    List<Chapter.Builder> kids = new ArrayList<>();
    if (depth < 3) {
      int n = r.nextInt(3);
      for (int i = 1; i <= n; i++) {
        kids.add(chapterShape(r, path + "." + i, depth + 1, paths, all));
      }
    }
    CHILDREN.put(c, kids);
    return c;
  }

  private static synchronized List<Chapter> buildAll(List<Chapter.Builder> builders) {
    List<Chapter> out = new ArrayList<>();
    for (Chapter.Builder c : builders) {
      c.children(buildAll(CHILDREN.remove(c)));
      out.add(c.build());
    }
    return out;
  }

  private static Region region(Random r) {
    Region.Builder b = new Region.Builder().name(pick(r, "淄博市", "山东省", "桓台县", "全国") + text(r, 0, 1).strip());
    if (r.nextBoolean()) {
      b.code(String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000)));
    }
    if (r.nextBoolean()) {
      b.level(Region.Level.values()[r.nextInt(Region.Level.values().length)]);
    }
    return b.build();
  }

  private static Source source(Random r) {
    Source.Builder b = new Source.Builder().documentTitle(text(r, 1, 5));
    if (r.nextBoolean()) {
      b.date(LocalDate.of(2000 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
    if (r.nextBoolean()) {
      b.publisher(text(r, 1, 3));
    }
    if (r.nextBoolean()) {
      b.url("https://www.zibo.gov.cn/art/" + r.nextInt(100000) + ".html?a=1&b=二");
    }
    if (r.nextBoolean()) {
      StringBuilder h = new StringBuilder();
      for (int i = 0; i < 64; i++) {
        h.append("0123456789abcdef".charAt(r.nextInt(16)));
      }
      b.sha256(h.toString());
    }
    return b.build();
  }

  private static Indicator indicator(Random r, int index, int planYear, List<String> paths) {
    String code = pick(r, "ind", "gdp", "收入", "x.y") + "-" + index;
    Indicator.Builder b = new Indicator.Builder().code(code).name(text(r, 1, 4))
        .unit(Unit.of(INDICATOR_UNITS[r.nextInt(INDICATOR_UNITS.length)]));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addAlias(text(r, 1, 3));
    }
    if (r.nextBoolean()) {
      b.group(pick(r, "地区生产总值", "外经外贸", "财政金融", "绿色低碳", "就业和人民生活") + (r.nextBoolean() ? "" : text(r, 0, 2)));
    }
    if (r.nextBoolean()) {
      Indicator.Nature n = Indicator.Nature.values()[r.nextInt(3)];
      b.nature(Inferred.of(n, evidence(r, n == Indicator.Nature.UNSPECIFIED)));
    }
    if (r.nextBoolean()) {
      Indicator.Direction d = Indicator.Direction.values()[r.nextInt(4)];
      b.direction(Inferred.of(d, evidence(r, d == Indicator.Direction.UNKNOWN)));
    }
    if (r.nextBoolean()) {
      Indicator.GrowthBasis g = Indicator.GrowthBasis.values()[r.nextInt(3)];
      b.growthBasis(Inferred.of(g, evidence(r, g == Indicator.GrowthBasis.UNKNOWN)));
    }
    if (r.nextBoolean()) {
      Indicator.Measure m = Indicator.Measure.values()[r.nextInt(5)];
      b.measure(Inferred.of(m, evidence(r, m == Indicator.Measure.UNSPECIFIED)));
    }
    if (r.nextBoolean()) {
      b.concept(Inferred.of(pick(r, "gdp", "retail-sales", "my-concept-2"), evidence(r, false)));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addNote(text(r, 1, 5));
    }
    int nObs = 1 + r.nextInt(4);
    int year = planYear - r.nextInt(2);
    for (int k = 0; k < nObs; k++) {
      if (r.nextInt(3) == 0) {
        year = planYear - r.nextInt(3); // several observations often share a year
      }
      b.addObservation(observation(r, code + "-o" + k, year, paths));
    }
    return b.build();
  }

  private static Evidence evidence(Random r, boolean unknown) {
    return unknown ? Evidence.NONE : (r.nextBoolean() ? Evidence.STATED : Evidence.INFERRED);
  }

  private static Observation observation(Random r, String id, int year, List<String> paths) {
    Observation.Kind kind = r.nextBoolean() ? Observation.Kind.ACTUAL : Observation.Kind.TARGET;
    Period period = switch (r.nextInt(5)) {
      case 0 -> Period.of(year - 4, year, Period.Aggregation.ANNUAL_AVERAGE);
      case 1 -> Period.of(year - r.nextInt(5), year, Period.Aggregation.CUMULATIVE);
      default -> Period.year(year);
    };
    Observation.Builder b = new Observation.Builder().id(id).kind(kind).period(period);
    int shape = r.nextInt(3);
    if (shape != 1) {
      b.level(level(r, Bound.Kind.values()[r.nextInt(Bound.Kind.values().length)]));
    }
    if (shape != 0) {
      b.growth(growth(r, Bound.Kind.values()[r.nextInt(Bound.Kind.values().length)]));
    }
    b.isChange(r.nextInt(4) == 0);
    if (r.nextBoolean()) {
      b.verb(VERBS[r.nextInt(VERBS.length)]);
    }
    if (r.nextInt(3) == 0) {
      b.hedge(HEDGES[r.nextInt(HEDGES.length)]);
    }
    if (r.nextInt(4) == 0) {
      b.reference(pick(r, "全国", "全省"));
    }
    if (kind == Observation.Kind.ACTUAL && r.nextBoolean()) {
      b.status(Observation.Status.values()[r.nextInt(3)]);
    }
    if (!paths.isEmpty() && r.nextBoolean()) {
      b.chapter(paths.get(r.nextInt(paths.size())));
    }
    if (r.nextBoolean()) {
      b.provenance(provenance(r));
    }
    return b.build();
  }

  private static Provenance provenance(Random r) {
    Position start = Position.of(1 + r.nextInt(300), 1 + r.nextInt(120));
    Provenance.Builder b = new Provenance.Builder().document(pick(r, "seeds/zibo-2026-plan.txt", "计划.txt"))
        .origin(r.nextBoolean() ? Provenance.Origin.TABLE : Provenance.Origin.NARRATIVE).start(start);
    if (r.nextBoolean()) {
      b.end(Position.of(start.line() + r.nextInt(2), start.column() + 1 + r.nextInt(10)));
    }
    if (r.nextBoolean()) {
      b.row(1 + r.nextInt(40)).cell(1 + r.nextInt(6));
    }
    return b.build();
  }

  static Bound level(Random r, Bound.Kind kind) {
    return bound(r, kind, LEVEL_UNITS[r.nextInt(LEVEL_UNITS.length)]);
  }

  static Bound growth(Random r, Bound.Kind kind) {
    return bound(r, kind, pick(r, "", "", "%", "个百分点"));
  }

  /** A bound of {@code kind} from a wording, the figures in {@code unit}. */
  private static Bound bound(Random r, Bound.Kind kind, String unit) {
    String n = number(r, true);
    String text = switch (kind) {
      case EXACT -> pick(r, n + unit, "达到" + n + unit, "为" + n + unit);
      case AT_LEAST -> pick(r, n + unit + "以上", "不低于" + n + unit, "下降" + number(r, false) + unit + "以上");
      case AT_MOST -> pick(r, n + unit + "以内", "控制在" + n + unit + "以内", "不超过" + n + unit);
      case ABOUT -> pick(r, n + unit + "左右", "约" + n + unit, "控制在" + n + unit + "左右");
      case GREATER_THAN -> pick(r, ">" + n + unit, "超过" + n + unit, "突破" + n + unit);
      case LESS_THAN -> pick(r, "<" + n + unit, "不到" + n + unit, "低于" + n + unit);
      case RANGE -> {
        BigDecimal a = new BigDecimal(number(r, false));
        BigDecimal c = a.add(new BigDecimal(number(r, false)));
        yield pick(r, a.toPlainString() + unit + "至" + c.toPlainString() + unit,
            a.toPlainString() + "～" + c.toPlainString() + unit, a.toPlainString() + "-" + c.toPlainString() + unit);
      }
      case QUALITATIVE -> QUALITATIVE[r.nextInt(QUALITATIVE.length)];
      case ABSENT -> ABSENT[r.nextInt(ABSENT.length)];
    };
    Bound b = Bound.parse(text);
    if (b.kind() != kind) {
      throw new AssertionError("generator: \"" + text + "\" reads as " + b.kind() + ", not " + kind);
    }
    return b;
  }

  /** A decimal written with 0 to 3 fraction digits, trailing zeros kept ({@code 5.60}); signed if asked. */
  private static String number(Random r, boolean signed) {
    int scale = r.nextInt(4);
    long unscaled = (long) (r.nextDouble() * Math.pow(10, 2 + r.nextInt(5)));
    BigDecimal v = BigDecimal.valueOf(unscaled, scale);
    if (signed && r.nextInt(4) == 0) {
      v = v.negate();
    }
    return v.toPlainString();
  }

  /** Unicode text of {@code min} to {@code max} pieces, never blank when {@code min > 0}. */
  static String text(Random r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(r.nextInt(3) == 0 ? TEXT_PIECES[r.nextInt(TEXT_PIECES.length)]
          : SAFE_PIECES[r.nextInt(SAFE_PIECES.length)]);
    }
    if (min > 0 && s.toString().isBlank()) {
      s.append(SAFE_PIECES[r.nextInt(SAFE_PIECES.length)]);
    }
    return s.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }
}
