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
    String csv = PlanCsv.writeTidyString(plan);
    TidyTable back = PlanCsv.readTidyString(csv);
    assertThat(back).isEqualTo(table);
    assertThat(PlanCsv.writeTidyString(back, CsvOptions.DEFAULT)).isEqualTo(csv);
    assertThat(back.indicators()).hasSize(plan.indicators().size());
  }

  @Property(tries = 150)
  void excelOptionsRoundTripToo(@ForAll("plans") Plan plan) {
    TidyTable table = TidyTable.of(plan);
    String csv = PlanCsv.writeTidyString(table, CsvOptions.EXCEL);
    assertThat(PlanCsv.readTidy(new StringReader(csv), "x", CsvOptions.EXCEL)).isEqualTo(table);
  }

  @Property(tries = 200)
  void annexAndOutlineRoundTrip(@ForAll("plans") Plan plan) {
    AnnexTable annex = AnnexTable.of(plan);
    String csv = PlanCsv.writeAnnexString(annex, CsvOptions.DEFAULT);
    assertThat(PlanCsv.readAnnex(new StringReader(csv), "a", CsvOptions.DEFAULT)).isEqualTo(annex);
    assertThat(PlanCsv.readOutline(new StringReader(PlanCsv.writeOutlineString(plan)), "o", CsvOptions.DEFAULT))
        .isEqualTo(OutlineRow.of(plan));
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }
}
