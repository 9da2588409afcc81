package org.devplan.io.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the importer's tests find their documents: the corpus in the test resources, and the real documents of
 * {@code shared/real/} beside the project ({@code ../../shared/real} from a module folder; another folder with
 * {@code -Ddevplan.real=DIR}), which stay there and are never copied into the project.
 */
public final class TestDocuments {
  /** The importer's test corpus. */
  public static final Path CORPUS = Path.of("src/test/resources/corpus");

  /** The shared real documents. */
  public static final Path REAL = Path.of(System.getProperty("devplan.real", "../../shared/real"));

  private TestDocuments() {}

  /** The corpus texts, sorted. */
  public static List<Path> corpusTexts() {
    return texts(CORPUS, false);
  }

  /**
   * The real texts, sorted; none, with a line saying so on behalf of {@code test}, when the folder is absent.
   */
  public static List<Path> realTexts(String test) {
    if (!Files.isDirectory(REAL)) {
      System.out.println(test + ": " + REAL.toAbsolutePath().normalize()
          + " is absent; the real documents are not checked");
      return List.of();
    }
    return texts(REAL, true);
  }

  private static List<Path> texts(Path folder, boolean deep) {
    try (Stream<Path> files = deep ? Files.walk(folder) : Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
