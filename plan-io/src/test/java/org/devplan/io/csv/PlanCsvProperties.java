package org.devplan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.io.PlanArbitraries;
import org.devplan.model.Plan;

class PlanCsvProperties {
  @Property(tries = 300)
  void tidyRoundTripIsTheIdentity(@ForAll("plans") Plan plan) {
    TidyTable table = TidyTable.of(plan);
    String csv = PlanCsv.tidy().formatToString(TidyTable.of(plan));
    TidyTable back = PlanCsv.tidy().parseChars(csv);
    assertThat(back).isEqualTo(table);
    assertThat(PlanCsv.tidy().formatToString(back)).isEqualTo(csv);
    assertThat(back.indicators()).hasSize(plan.indicators().size());
  }

  @Property(tries = 150)
  void excelOptionsRoundTripToo(@ForAll("plans") Plan plan) {
    TidyTable table = TidyTable.of(plan);
    String csv = PlanCsv.tidy(CsvOptions.EXCEL).formatToString(table);
    assertThat(PlanCsv.tidy(CsvOptions.EXCEL.withSourceName("x")).parseChars(csv)).isEqualTo(table);
  }

  @Property(tries = 200)
  void annexAndOutlineRoundTrip(@ForAll("plans") Plan plan) {
    AnnexTable annex = AnnexTable.of(plan);
    String csv = PlanCsv.annex().formatToString(annex);
    assertThat(PlanCsv.annex(CsvOptions.DEFAULT.withSourceName("a")).parseChars(csv)).isEqualTo(annex);
    assertThat(PlanCsv.outline(CsvOptions.DEFAULT.withSourceName("o")).parseReader(new StringReader(PlanCsv.outline().formatToString(OutlineRow.of(plan)))))
        .isEqualTo(OutlineRow.of(plan));
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }
}
