package org.devplan.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real documents of {@code ../shared/real/} relative to the project root (CI lays {@code shared/} beside the
 * clone; a work tree may sit one level deeper, so the project root's ancestors are searched too).
 */
final class RealDocuments {
  private RealDocuments() {}

  /** The folder {@code shared/real/<name>} beside the project root or one of its ancestors. */
  static Optional<Path> folder(String name) {
    for (Path p = Path.of("..").toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("real").resolve(name);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
