package org.devplan.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.devplan.io.text.PlanText;
import org.devplan.model.Plan;

/**
 * The documents the import benchmarks read, as bytes: the seed plan, every {@code *.txt} of the test corpus (the
 * GB18030 ones too) and every {@code *.txt} below the real documents' directory (none where it is absent, with a
 * message), and their concatenation: each decoded and joined by a blank line into one UTF-8 plan text. Checked
 * when loaded, before anything is timed: every document imports into a plan with figures, and importing it again
 * gives an equal plan, so a benchmark cannot flatter by reading less or by carrying state from one import into
 * the next.
 */
final class ImportDocuments {
  final byte[] seed;
  final List<byte[]> corpus;
  final List<byte[]> real;
  final byte[] concatenation;

  /** The documents at their places relative to the project root (the working directory). */
  static ImportDocuments atProjectRoot() {
    return new ImportDocuments(Path.of("seeds/zibo-2026-plan.txt"), Path.of("plan-io/src/test/resources/corpus"),
        Path.of("../shared/real"));
  }

  ImportDocuments(Path seedFile, Path corpusDir, Path realDir) {
    if (!Files.isDirectory(corpusDir)) {
      throw new IllegalStateException(corpusDir.toAbsolutePath() + ": no corpus; run from the project root, or "
          + "pass -p corpus=<dir>");
    }
    seed = read(seedFile);
    corpus = documents(corpusDir);
    if (Files.isDirectory(realDir)) {
      real = documents(realDir);
    } else {
      real = List.of();
      System.out.printf(Locale.ROOT, "%n[real] %s is absent: no real documents are imported (pass -p real=<dir>)%n",
          realDir.toAbsolutePath());
    }
    StringBuilder text = new StringBuilder();
    int observations = checked("seed", seed);
    for (List<byte[]> set : List.of(corpus, real)) {
      for (byte[] d : set) {
        observations += checked("document " + text.length(), d);
        text.append(PlanText.parser().reporting().parseStream(new ByteArrayInputStream(d)).text()).append("\n\n");
      }
    }
    concatenation = text.toString().getBytes(StandardCharsets.UTF_8);
    int joined = checked("concatenation", concatenation);
    System.out.printf(Locale.ROOT, "%n[documents] seed %d KB, corpus %d (%d KB), real %d (%d KB), concatenation "
        + "%d KB; %d observations one by one, %d in the concatenation%n", seed.length >> 10, corpus.size(),
        size(corpus) >> 10, real.size(), size(real) >> 10, concatenation.length >> 10, observations, joined);
  }

  /** The corpus and the real documents, one after the other. */
  List<byte[]> all() {
    List<byte[]> all = new ArrayList<>(corpus);
    all.addAll(real);
    return all;
  }

  /** Imports {@code bytes} twice; returns the number of observations, after checking the two plans are equal. */
  private static int checked(String what, byte[] bytes) {
    Plan plan = PlanText.parser().parseStream(new ByteArrayInputStream(bytes));
    long observations = plan.allObservations().count();
    if (observations == 0) {
      throw new IllegalStateException(what + ": imported no figure");
    }
    if (!PlanText.parser().parseStream(new ByteArrayInputStream(bytes)).equals(plan)) {
      throw new IllegalStateException(what + ": a second import gives another plan");
    }
    return Math.toIntExact(observations);
  }

  /** Every {@code *.txt} under {@code dir}, in name order. */
  private static List<byte[]> documents(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<byte[]> out = new ArrayList<>();
      files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> out.add(read(p)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static long size(List<byte[]> documents) {
    return documents.stream().mapToLong(d -> d.length).sum();
  }
}
