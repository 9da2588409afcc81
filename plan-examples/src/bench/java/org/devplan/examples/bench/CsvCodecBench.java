package org.devplan.examples.bench;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.devplan.io.csv.CsvOptions;
import org.devplan.io.csv.PlanCsv;
import org.devplan.io.csv.TidyRow;
import org.devplan.io.csv.TidyTable;
import org.devplan.io.internal.IoBounds;
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
 * The tidy CSV codec ({@link PlanCsv}, with every check) side by side with FastCSV reading the same bytes into the
 * same {@link TidyTable} (without the checks, but parsing bounds and units through the same cache, {@link IoBounds},
 * as the codec) and writing identical bytes from the same rows; {@link #setUp} checks both before anything is
 * measured. Corpus: {@link BenchCorpus}, 500,000 rows holding 1,000,000 indicator values.
 *
 * <pre>
 * ./mvnw -q -Pbench -pl plan-examples -am package -DskipTests
 * java -jar plan-examples/target/benchmarks.jar CsvCodecBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvCodecBench {
  private TidyTable table;
  private byte[] csv;

  /** Builds the corpus table and its CSV, and checks that both sides of each pair agree. */
  @Setup(Level.Trial)
  public void setUp() {
    table = new BenchCorpus().table();
    csv = written(out -> PlanCsv.tidy().formatWriter(table, out));
    CodecCompare.check("CSV write", csv, written(this::writeFastCsv));
    CodecCompare.check("CSV read", readTidyCsv(), readFastCsvTidyRows());
    CodecCompare.check("CSV read (corpus)", table, readTidyCsv());
    System.out.printf(Locale.ROOT, "%n[corpus] %d rows, %d values, tidy CSV %d MB%n", table.rows().size(),
        2 * table.rows().size(), csv.length >> 20);
  }

  @Benchmark
  public TidyTable readTidyCsv() {
    return PlanCsv.tidy(CsvOptions.DEFAULT.withSourceName("corpus")).parseReader(BenchCorpus.reader(csv));
  }

  @Benchmark
  public TidyTable readFastCsvTidyRows() {
    ImmutableList.Builder<TidyRow> rows = ImmutableList.builder();
    IoBounds cache = new IoBounds();
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
            .level(bound(cache, r.getField(17))).growth(bound(cache, r.getField(22)))
            .isChange(Boolean.parseBoolean(r.getField(23)))
            .provenance(new Provenance.Builder().document(r.getField(0))
                .origin(source.startsWith("table") ? Provenance.Origin.TABLE : Provenance.Origin.NARRATIVE)
                .start(Position.of(Integer.parseInt(source, c1 + 1, c2, 10),
                    Integer.parseInt(source, c2 + 1, source.length(), 10))).build())
            .build();
        rows.add(new TidyRow(r.getField(0), r.getField(1), Integer.parseInt(r.getField(2)), r.getField(4),
            r.getField(5), Optional.of(r.getField(6)).filter(s -> !s.isEmpty()),
            r.getField(7).isEmpty() ? Unit.UNSPECIFIED : cache.unit(r.getField(7)),
            Indicator.Nature.valueOf(r.getField(8).toUpperCase(Locale.ROOT)), o,
            Optional.of(r.getField(30)).filter(s -> !s.isEmpty())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TidyTable(rows.build());
  }

  @Benchmark
  public void writeTidyCsv() {
    PlanCsv.tidy().formatWriter(table, Writer.nullWriter());
  }

  @Benchmark
  public void writeFastCsv() {
    writeFastCsv(Writer.nullWriter());
  }

  private void writeFastCsv(Writer out) {
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      w.writeRecord(TidyTable.COLUMNS);
      String[] cells = new String[31];
      for (TidyRow r : table.rows()) {
        Observation o = r.observation();
        cells[0] = r.planId();
        cells[1] = r.region();
        cells[2] = Integer.toString(r.planYear());
        cells[3] = o.id();
        cells[4] = r.indicatorCode();
        cells[5] = r.indicatorName();
        cells[6] = r.group().orElse("");
        cells[7] = r.unit().equals(Unit.UNSPECIFIED) ? "" : r.unit().symbol();
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
        cells[28] = o.provenance().map(p -> p.origin().name().toLowerCase(Locale.ROOT) + ":" + p.start().line()
            + ":" + p.start().column()).orElse("");
        cells[29] = o.provenance().map(p -> p.origin().name().toLowerCase(Locale.ROOT)).orElse("");
        cells[30] = r.concept().orElse("");
        w.writeRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private static Optional<Bound> bound(IoBounds cache, String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(cache.parse(text));
  }

  private static byte[] written(java.util.function.Consumer<Writer> writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(150 << 20);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.accept(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
