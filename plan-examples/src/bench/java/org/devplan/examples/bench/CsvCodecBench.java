package org.devplan.examples.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.model.Bound;
import org.devplan.model.Indicator;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Position;
import org.devplan.model.Provenance;
import org.devplan.model.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tidy CSV codec ({@link PlanCsv}, with every check) side by side with FastCSV reading the same file into flat
 * rows ({@code readFastCsvRows}) and into the same {@link TidyRow}s without the checks ({@code
 * readFastCsvTidyRows}), every reader collecting its rows into an in-memory table as {@link PlanCsv#readTidy}
 * does, and writing the same file from the same rows. Corpus: {@link BenchCorpus}, 500,000 rows
 * holding 1,000,000 indicator values.
 *
 * <pre>
 * mvn -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar CsvCodecBench -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-Xmn6g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvCodecBench {
  private TidyTable table;
  private byte[] csv;

  @Setup(Level.Trial)
  public void setUp() {
    table = new BenchCorpus().table();
    csv = BenchCorpus.csv(table);
    System.out.printf(Locale.ROOT, "%n[corpus] %d rows, %d values, tidy CSV %d MB%n", table.rows().size(),
        2 * table.rows().size(), csv.length >> 20);
  }

  @Benchmark
  public TidyTable readTidyCsv() {
    return PlanCsv.readTidy(BenchCorpus.reader(csv), "corpus", CsvOptions.DEFAULT);
  }

  @Benchmark
  public List<ObsRow> readFastCsvRows() throws IOException {
    List<ObsRow> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(BenchCorpus.reader(csv))) {
      boolean header = true;
      for (CsvRecord r : in) {
        if (header) {
          header = false;
          continue;
        }
        rows.add(new ObsRow(r.getField(0), r.getField(4), r.getField(5), r.getField(7), r.getField(3),
            r.getField(9), Integer.parseInt(r.getField(11)), Integer.parseInt(r.getField(10)), r.getField(12),
            figure(r, 13), figure(r, 18), Boolean.parseBoolean(r.getField(23)), r.getField(28)));
      }
    }
    return rows;
  }

  /** Jackson's CSV parser alone (the tokenizer under {@link PlanCsv}) into the same flat rows, for comparison. */
  @Benchmark
  public List<ObsRow> readJacksonCsvRows() throws IOException {
    List<ObsRow> rows = new ArrayList<>();
    try (tools.jackson.core.JsonParser p = JACKSON_CSV.reader().with(tools.jackson.dataformat.csv.CsvSchema.emptySchema())
        .createParser(BenchCorpus.reader(csv))) {
      String[] f = new String[29];
      boolean header = true;
      tools.jackson.core.JsonToken t;
      while ((t = p.nextToken()) == tools.jackson.core.JsonToken.START_ARRAY) {
        int i = 0;
        while (p.nextToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
          f[i++] = p.getString();
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(new ObsRow(f[0], f[4], f[5], f[7], f[3], f[9], Integer.parseInt(f[11]), Integer.parseInt(f[10]),
            f[12], figure(f, 13), figure(f, 18), Boolean.parseBoolean(f[23]), f[28]));
      }
    }
    return rows;
  }

  private static final tools.jackson.dataformat.csv.CsvMapper JACKSON_CSV = new tools.jackson.dataformat.csv.CsvMapper();

  private static ObsRow.Figure figure(String[] f, int at) {
    if (f[at + 1].isEmpty()) {
      return null;
    }
    return new ObsRow.Figure(f[at + 1], f[at + 4], decimal(f[at]), decimal(f[at + 2]), decimal(f[at + 3]));
  }

  @Benchmark
  public List<TidyRow> readFastCsvTidyRows() throws IOException {
    List<TidyRow> rows = new ArrayList<>();
    Map<String, Unit> units = new HashMap<>();
    try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(BenchCorpus.reader(csv))) {
      boolean header = true;
      for (CsvRecord r : in) {
        if (header) {
          header = false;
          continue;
        }
        String source = r.getField(28);
        int c1 = source.indexOf(':');
        int c2 = source.indexOf(':', c1 + 1);
        Observation o = new Observation.Builder().id(r.getField(3))
            .kind(Observation.Kind.valueOf(r.getField(9).toUpperCase(Locale.ROOT)))
            .period(Period.of(Integer.parseInt(r.getField(11)), Integer.parseInt(r.getField(10)),
                Period.Aggregation.valueOf(r.getField(12).toUpperCase(Locale.ROOT))))
            .level(bound(r.getField(17))).growth(bound(r.getField(22)))
            .isChange(Boolean.parseBoolean(r.getField(23)))
            .provenance(new Provenance.Builder().document(r.getField(0))
                .origin(source.startsWith("table") ? Provenance.Origin.TABLE : Provenance.Origin.NARRATIVE)
                .start(Position.of(Integer.parseInt(source.substring(c1 + 1, c2)),
                    Integer.parseInt(source.substring(c2 + 1)))).build())
            .build();
        rows.add(new TidyRow(r.getField(0), r.getField(1), Integer.parseInt(r.getField(2)), r.getField(4),
            r.getField(5), Optional.of(r.getField(6)).filter(s -> !s.isEmpty()),
            units.computeIfAbsent(r.getField(7), Unit::of),
            Indicator.Nature.valueOf(r.getField(8).toUpperCase(Locale.ROOT)), o));
      }
    }
    return rows;
  }

  @Benchmark
  public void writeTidyCsv() {
    PlanCsv.writeTidy(table, Writer.nullWriter(), CsvOptions.DEFAULT);
  }

  @Benchmark
  public void writeFastCsv() throws IOException {
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(Writer.nullWriter())) {
      w.writeRecord(TidyTable.COLUMNS);
      String[] cells = new String[29];
      for (TidyRow r : table.rows()) {
        Observation o = r.observation();
        cells[0] = r.planId();
        cells[1] = r.region();
        cells[2] = Integer.toString(r.planYear());
        cells[3] = o.id();
        cells[4] = r.indicatorCode();
        cells[5] = r.indicatorName();
        cells[6] = r.group().orElse("");
        cells[7] = r.unit().symbol();
        cells[8] = r.nature().name().toLowerCase(Locale.ROOT);
        cells[9] = o.kind().name().toLowerCase(Locale.ROOT);
        cells[10] = Integer.toString(o.period().end());
        cells[11] = Integer.toString(o.period().start());
        cells[12] = o.period().aggregation().name().toLowerCase(Locale.ROOT);
        cells(o.level(), cells, 13);
        cells(o.growth(), cells, 18);
        cells[23] = Boolean.toString(o.isChange());
        cells[24] = o.verb().orElse("");
        cells[25] = o.hedge().orElse("");
        cells[26] = o.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
        cells[27] = o.chapter().orElse("");
        cells[28] = o.provenance().map(Object::toString).orElse("");
        w.writeRecord(cells);
      }
    }
  }

  private static void cells(Optional<Bound> bound, String[] cells, int at) {
    Bound b = bound.orElse(null);
    cells[at] = b instanceof Bound.Single s ? s.value().toPlainString() : "";
    cells[at + 1] = b == null ? "" : b.kind().name().toLowerCase(Locale.ROOT);
    cells[at + 2] = b instanceof Bound.Range r ? r.low().toPlainString() : "";
    cells[at + 3] = b instanceof Bound.Range r ? r.high().toPlainString() : "";
    cells[at + 4] = b == null ? "" : b.text();
  }

  private static Optional<Bound> bound(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(Bound.parse(text));
  }

  private static ObsRow.Figure figure(CsvRecord r, int at) {
    String kind = r.getField(at + 1);
    if (kind.isEmpty()) {
      return null;
    }
    return new ObsRow.Figure(kind, r.getField(at + 4), decimal(r.getField(at)), decimal(r.getField(at + 2)),
        decimal(r.getField(at + 3)));
  }

  private static BigDecimal decimal(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  static ObsRow.Figure figure(Optional<Bound> bound) {
    if (bound.isEmpty()) {
      return null;
    }
    Bound b = bound.get();
    return new ObsRow.Figure(b.kind().name().toLowerCase(Locale.ROOT), b.text(), b.number().orElse(null),
        b instanceof Bound.Range r ? r.low() : null, b instanceof Bound.Range r ? r.high() : null);
  }
}
