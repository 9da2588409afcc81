package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.devplan.io.csv.TidyRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Plan;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Region;
import org.devplan.model.Source;
import org.devplan.model.Unit;

/**
 * A synthetic corpus: {@value #PLANS} plans × {@value #INDICATORS} indicators × {@value #OBSERVATIONS}
 * observations, each with a level and a growth: 1,000,000 indicator values, with every kind of bound; every
 * other indicator denotes a concept.
 */
final class BenchCorpus {
  static final int PLANS = 100;
  static final int INDICATORS = 1000;
  static final int OBSERVATIONS = 5;
  static final int ROWS = PLANS * INDICATORS * OBSERVATIONS;

  private static final String[] UNITS = {"亿元", "%", "万人", "元", "个", "万美元"};

  final List<Plan> plans;

  BenchCorpus() {
    Random r = new Random(20260101);
    plans = new ArrayList<>(PLANS);
    for (int p = 0; p < PLANS; p++) {
      plans.add(plan(r, p));
    }
  }

  /** The corpus as one tidy table. */
  TidyTable table() {
    List<TidyRow> rows = new ArrayList<>(ROWS);
    plans.forEach(plan -> rows.addAll(TidyTable.of(plan).rows()));
    return new TidyTable(com.google.common.collect.ImmutableList.copyOf(rows));
  }

  static Reader reader(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  private static Plan plan(Random r, int p) {
    Plan.Builder b = new Plan.Builder().id("bench-" + p).title("合成计划" + p).kind(Plan.Kind.ANNUAL_PLAN)
        .region(Region.of("合成市" + p)).planYear(2026).source(Source.of("合成计划" + p));
    for (int i = 0; i < INDICATORS; i++) {
      String code = "i" + i;
      Indicator.Builder ind = new Indicator.Builder().code(code).name("合成指标" + i)
          .unit(Unit.of(UNITS[i % UNITS.length])).group("分组" + (i % 8))
          .concept(i % 2 == 0 ? Optional.of(Inferred.stated("gdp")) : Optional.empty());
      for (int k = 0; k < OBSERVATIONS; k++) {
        boolean target = k == OBSERVATIONS - 1;
        ind.addObservation(new Observation.Builder().id(code + "-" + k)
            .kind(target ? Observation.Kind.TARGET : Observation.Kind.ACTUAL)
            .period(Period.year(2022 + k)).level(bound(r, false)).growth(bound(r, true))
            .provenance(Provenance.table("bench.txt", Position.of(1 + i, 2 + k), 1 + i, 3 + k))
            .build());
      }
      b.addIndicator(ind.build());
    }
    return b.build();
  }

  private static Bound bound(Random r, boolean growth) {
    String n = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3)).toPlainString();
    String u = growth ? "%" : "";
    String text = switch (r.nextInt(10)) {
      case 0 -> n + u + "以上";
      case 1 -> n + u + "左右";
      case 2 -> n + u + "至" + new BigDecimal(n).add(BigDecimal.TEN).toPlainString() + u;
      case 3 -> "止跌回稳";
      case 4 -> "—";
      case 5 -> ">" + n;
      default -> n;
    };
    return Bound.parse(text);
  }
}
