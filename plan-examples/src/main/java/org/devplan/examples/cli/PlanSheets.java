package org.devplan.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import org.devplan.io.csv.AnnexTable;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyTable;
import org.devplan.model.Plan;

/** A plan as a workbook: the tidy table and the annex in its printed layout, each cell typed. */
final class PlanSheets {
  private PlanSheets() {}

  /** Writes the tidy and annex sheets of {@code plan} to {@code path}. */
  static void writeXlsx(Plan plan, Path path) {
    Sheet tidy = Sheet.ofCsv("tidy", PlanCsv.tidy().formatToString(TidyTable.of(plan)),
        ImmutableSet.copyOf(TidyTable.NUMERIC));
    ImmutableSet<String> values = AnnexTable.header(plan.baseYear(), plan.planYear()).stream()
        .filter(c -> c.contains("·")).collect(ImmutableSet.toImmutableSet());
    Sheet annex = Sheet.ofCsv("annex", PlanCsv.annex().formatToString(AnnexTable.of(plan)), values);
    Sheet.writeXlsx(List.of(tidy, annex), path);
  }
}
