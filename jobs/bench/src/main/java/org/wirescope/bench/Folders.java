package org.wirescope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the benchmarks and evaluations make and remove. */
final class Folders {
  private Folders() {}

  /**
   * Removes {@code dir} and everything under it, as {@code rm -rf}; nothing when it does not exist.
   */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Copies {@code from} and everything under it to {@code to}, which must not exist yet. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, to.resolve(from.relativize(f).toString()));
      }
    }
  }
}
