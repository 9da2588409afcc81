package org.devplan.io;

import java.time.LocalDate;
import org.devplan.model.Bound;
import org.devplan.model.Chapter;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Task;
import org.devplan.model.Unit;

/**
 * A slice of the seed plan (淄博市2026年国民经济和社会发展计划) built in code: five annex rows with the figures
 * as printed (positions from seeds/zibo-2026-plan.txt), one narrative figure and a task that states it.
 */
public final class SeedSlice {
  /** The seed's file name, as provenance document. */
  public static final String DOC = "seeds/zibo-2026-plan.txt";

  private SeedSlice() {}

  private static Provenance table(int line, int row, int cell) {
    return Provenance.table(DOC, Position.of(line, 2), row, cell);
  }

  private static Observation annex(String id, Observation.Kind kind, int year, String level, String growth,
      int line, int row, int cell) {
    Observation.Builder b = new Observation.Builder().id(id).kind(kind).period(Period.year(year))
        .provenance(table(line, row, cell));
    if (level != null) {
      b.level(Bound.parse(level));
    }
    if (growth != null) {
      b.growth(Bound.parse(growth));
    }
    return b.build();
  }

  /** The slice. */
  public static Plan plan() {
    Indicator revenue = new Indicator.Builder().code("general-budget-revenue").name("一般公共预算收入")
        .unit(Unit.of("亿元")).group("财政金融").nature(Inferred.stated(Indicator.Nature.EXPECTED))
        .addObservation(annex("revenue-2025", Observation.Kind.ACTUAL, 2025, "419.73", "2.01", 127, 16, 3))
        .addObservation(annex("revenue-2026", Observation.Kind.TARGET, 2026, "428.12", "2以上", 129, 16, 5))
        .addObservation(new Observation.Builder().id("revenue-2026-narrative").kind(Observation.Kind.TARGET)
            .period(Period.year(2026)).growth(Bound.parse("增长2%以上")).verb("增长").chapter("2.1")
            .provenance(Provenance.narrative(DOC, Position.of(29, 49))).build())
        .build();
    Indicator fdi = new Indicator.Builder().code("fdi").name("实际使用外资").unit(Unit.of("万美元")).group("外经外贸")
        .addObservation(annex("fdi-2025", Observation.Kind.ACTUAL, 2025, "19652", "-45.8", 115, 9, 3))
        .addObservation(annex("fdi-2026", Observation.Kind.TARGET, 2026, "—", "固稳提质", 117, 9, 5))
        .build();
    Indicator unemployment = new Indicator.Builder().code("urban-unemployment").name("城镇调查失业率")
        .unit(Unit.PERCENT).group("就业和人民生活").nature(Inferred.stated(Indicator.Nature.EXPECTED))
        .addObservation(annex("unemployment-2025", Observation.Kind.ACTUAL, 2025, "5.3", "—", 231, 30, 3))
        .addObservation(annex("unemployment-2026", Observation.Kind.TARGET, 2026, "5.5左右", "—", 233, 30, 5))
        .build();
    Indicator co2 = new Indicator.Builder().code("co2-intensity-reduction").name("单位地区生产总值二氧化碳排放降低")
        .unit(Unit.PERCENT).group("绿色低碳").nature(Inferred.stated(Indicator.Nature.BINDING))
        .addObservation(annex("co2-2025", Observation.Kind.ACTUAL, 2025, ">20.5", null, 182, 22, 3))
        .addObservation(annex("co2-2026", Observation.Kind.TARGET, 2026, "完成省下达目标", null, 183, 22, 4))
        .build();
    Indicator income = new Indicator.Builder().code("disposable-income").name("居民人均可支配收入")
        .unit(Unit.of("元")).group("就业和人民生活").nature(Inferred.stated(Indicator.Nature.EXPECTED))
        .addObservation(annex("income-2025", Observation.Kind.ACTUAL, 2025, "52062", "4.9", 239, 31, 3))
        .addObservation(annex("income-2026", Observation.Kind.TARGET, 2026, "—", "与经济\n增长同步", 241, 31, 5))
        .build();
    Chapter targets = new Chapter.Builder().label("（一）").numbering(Chapter.Numbering.PAREN_CHINESE).ordinal(1)
        .path("2.1").title("主要预期目标").inline(true)
        .addParagraph("全市经济社会发展预期目标建议为：地区生产总值增长5%以上，…一般公共预算收入增长2%以上，…")
        .addTask(new Task.Builder().id("2.1").label("（一）").title("主要预期目标")
            .text("全市经济社会发展预期目标建议为：…一般公共预算收入增长2%以上，…")
            .addObservationId("revenue-2026-narrative").build())
        .provenance(Provenance.narrative(DOC, Position.of(29, 1)))
        .build();
    Chapter part2 = new Chapter.Builder().label("二、").numbering(Chapter.Numbering.CHINESE).ordinal(2)
        .path("2").title("2026年经济社会发展的总体要求和主要目标").addChild(targets)
        .provenance(Provenance.narrative(DOC, Position.of(25, 1))).build();
    Chapter part1 = new Chapter.Builder().label("一、").numbering(Chapter.Numbering.CHINESE).ordinal(1)
        .path("1").title("2025年国民经济和社会发展计划执行情况")
        .provenance(Provenance.narrative(DOC, Position.of(5, 1))).build();
    return new Plan.Builder().id("zibo-2026").title("淄博市2026年国民经济和社会发展计划").kind(Plan.Kind.ANNUAL_PLAN)
        .region(new Region.Builder().name("淄博市").code("370300").level(Region.Level.PREFECTURE).build())
        .planYear(2026)
        .source(new Source.Builder().documentTitle("淄博市2026年国民经济和社会发展计划").publisher("淄博市发展和改革委员会")
            .date(LocalDate.of(2026, 2, 1)).build())
        .chapters(java.util.List.of(part1, part2))
        .indicators(java.util.List.of(revenue, fdi, unemployment, co2, income))
        .build();
  }
}
