package org.devplan.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.devplan.model.Indicator;
import org.devplan.model.Inferred;
import org.devplan.model.Observation;
import org.devplan.model.Plan;
import org.devplan.model.Provenance;

/**
 * The tidy (long) observation table: one {@link TidyRow} per observation, in order. It is what
 * {@link PlanCsv#tidy(CsvOptions)} reads and writes; writing and reading back gives an equal
 * table, and reading a file this library wrote and writing it again gives the same text.
 *
 * <p><b>What a row carries.</b> Of an observation: id, kind, period (start, end, aggregation), level, growth,
 * {@code isChange}, verb, hedge, status, chapter, and of its provenance the origin and start position. The tidy
 * format has no column for an observation's {@code reference} nor for a provenance's document, end, table row
 * and cell: {@link #of(Plan)} drops them and reading sets the provenance's document to the row's {@code plan_id}.
 * Of the indicator the row carries code, name, group, unit, nature and concept; aliases, notes, direction, growth
 * basis and measure are not in the table, nor the evidence for nature and concept (read back, they are stated). Empty strings cannot be told from absent values.
 *
 * <pre>{@code
 * TidyTable table = TidyTable.of(plan);
 * table.rows().size() == plan.allObservations().count();   // true
 * ImmutableList<Indicator> indicators = PlanCsv.tidy().parseFile(path).indicators();
 * }</pre>
 *
 * @param rows the rows, in order
 * @since 0.1
 */
public record TidyTable(ImmutableList<TidyRow> rows) {
  /** The header of the tidy CSV, in order (format version 2: version 1 plus {@code origin}). */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("plan_id", "region", "plan_year",
      "observation_id", "indicator_code", "indicator_name", "group", "unit", "nature", "kind", "year",
      "period_start", "aggregation", "level", "level_bound", "level_low", "level_high", "level_text", "growth_pct",
      "growth_bound", "growth_low", "growth_high", "growth_text", "is_change", "verb", "hedge", "status", "chapter",
      "source", "origin", "concept");

  /** The columns that hold numbers (or nothing), never neutralised: a spreadsheet's number cells. */
  public static final ImmutableList<String> NUMERIC = ImmutableList.of("plan_year", "year", "period_start", "level",
      "level_low", "level_high", "growth_pct", "growth_low", "growth_high");

  /** A table of {@code rows}. */
  public TidyTable {
    rows = ImmutableList.copyOf(rows);
  }

  /** The table of every observation of {@code plan}, indicator by indicator, as the table carries them. */
  public static TidyTable of(Plan plan) {
    ImmutableList.Builder<TidyRow> rows = ImmutableList.builder();
    for (Indicator i : plan.indicators()) {
      for (Observation o : i.observations()) {
        rows.add(new TidyRow(plan.id(), plan.region().name(), plan.planYear(), i.code(), i.name(), i.group(),
            i.unit(), i.nature().value(), carried(o, plan.id()), i.concept().map(Inferred::value)));
      }
    }
    return new TidyTable(rows.build());
  }

  /** {@code o} reduced to what a tidy row carries, its provenance's document set to {@code document}. */
  static Observation carried(Observation o, String document) {
    Optional<Provenance> p = o.provenance().map(v -> new Provenance.Builder().document(document)
        .origin(v.origin()).start(v.start()).build());
    return o.withReference(Optional.empty()).withProvenance(p);
  }

  /**
   * The indicators of the table, in order of first row, each with its observations in row order. Rows of
   * different plans ({@code plan_id}) give different indicators, even with the same code.
   *
   * @throws IllegalArgumentException if rows of one plan and indicator code disagree on name, group, unit, nature
   *     or concept
   */
  public ImmutableList<Indicator> indicators() {
    Map<String, Indicator.Builder> builders = new LinkedHashMap<>();
    Map<String, TidyRow> first = new LinkedHashMap<>();
    for (TidyRow r : rows) {
      String key = r.planId() + '\u0000' + r.indicatorCode();
      TidyRow f = first.putIfAbsent(key, r);
      if (f == null) {
        builders.put(key, new Indicator.Builder().code(r.indicatorCode()).name(r.indicatorName())
            .group(r.group()).unit(r.unit()).nature(Inferred.stated(r.nature()))
            .concept(r.concept().map(Inferred::stated)));
      } else {
        checkArgument(f.indicatorName().equals(r.indicatorName()) && f.group().equals(r.group())
            && f.unit().equals(r.unit()) && f.nature() == r.nature() && f.concept().equals(r.concept()),
            "tidy table: indicator %s has different name, group, unit, nature or concept in observations %s and %s",
            r.indicatorCode(), f.observation().id(), r.observation().id());
      }
      requireNonNull(builders.get(key), key).addObservation(r.observation());
    }
    return builders.values().stream().map(Indicator.Builder::build).collect(ImmutableList.toImmutableList());
  }
}
