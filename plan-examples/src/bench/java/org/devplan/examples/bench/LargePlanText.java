package org.devplan.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one large plan text for the CLI's memory test: the {@link ImportDocuments} concatenation (the seed's
 * corpus and the real documents, decoded, as UTF-8) repeated until the file has at least the given number of
 * megabytes (10⁶ bytes).
 *
 * <pre>
 * java -cp plan-examples/target/benchmarks.jar org.devplan.examples.bench.LargePlanText /tmp/big.txt 50
 * /usr/bin/time -v java -Xmx512m -jar plan-examples/target/devplan.jar import /tmp/big.txt --json /tmp/big.json
 * </pre>
 */
public final class LargePlanText {
  private LargePlanText() {}

  /** Arguments: the output file and its least size in MB; run from the project root. */
  public static void main(String[] args) {
    Path out = Path.of(args[0]);
    long size = Long.parseLong(args[1]) * 1_000_000L;
    byte[] text = ImportDocuments.atProjectRoot().concatenation;
    long written = 0;
    try (OutputStream o = Files.newOutputStream(out)) {
      while (written < size) {
        o.write(text);
        written += text.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    System.out.printf(Locale.ROOT, "%s: %d bytes, %d copies of the concatenation%n", out, written,
        written / text.length);
  }
}
