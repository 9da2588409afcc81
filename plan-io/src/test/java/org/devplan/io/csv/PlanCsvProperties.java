package org.devplan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.devplan.io.PlanArbitraries;
import org.devplan.io.text.UnreadNumber;
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
    assertThat(PlanCsv.annex().parseChars(csv)).isEqualTo(annex);
    assertThat(PlanCsv.outline().parseChars(PlanCsv.outline().formatToString(OutlineRow.of(plan))))
        .isEqualTo(OutlineRow.of(plan));
  }

  @Property(tries = 200)
  void tasksRoundTripWithEitherOptions(@ForAll("plans") Plan plan, @ForAll boolean excel) {
    CsvCodec<List<TaskRow>> tasks = PlanCsv.tasks(excel ? CsvOptions.EXCEL : CsvOptions.DEFAULT);
    String csv = tasks.formatToString(TaskRow.of(plan));
    assertThat(tasks.parseChars(csv)).isEqualTo(TaskRow.of(plan));
    assertThat(tasks.formatToString(tasks.parseChars(csv))).isEqualTo(csv);
  }

  @Property(tries = 300)
  void unreadNumbersRoundTripThroughBytes(@ForAll("numbers") List<UnreadNumber> numbers, @ForAll boolean excel) {
    CsvCodec<List<UnreadNumber>> unread = PlanCsv.unread(excel ? CsvOptions.EXCEL : CsvOptions.DEFAULT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    unread.formatStream(numbers, bytes);
    assertThat(unread.parseStream(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(numbers);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(unread.formatToString(numbers));
  }

  @Provide
  Arbitrary<List<UnreadNumber>> numbers() {
    Arbitrary<String> text = Arbitraries.strings().withChars("0123456789二〇十百,\"=+-@' \t\n").ofMinLength(1)
        .ofMaxLength(8);
    Arbitrary<String> reason = Arbitraries.of(UnreadNumber.NOT_READ, "year", "name", "heading label", "=1+2");
    return Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.integers().between(1, 5_000),
        text, reason).as(UnreadNumber::new).list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }
}
