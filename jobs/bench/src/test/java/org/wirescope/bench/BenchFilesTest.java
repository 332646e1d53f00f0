package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small-files folder of jobs/bin/bench-files: deterministic, article-shaped, names unique. */
class BenchFilesTest {
  static final int FILES = 120;

  @TempDir static Path tmp;
  static Path folder;
  static List<Path> texts;

  @BeforeAll
  static void generate() throws IOException {
    folder = tmp.resolve("a");
    BenchFiles.generate(folder, FILES, 7);
    try (Stream<Path> s = Files.walk(folder)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesTheSameBytes() throws IOException {
    Path again = tmp.resolve("b");
    BenchFiles.generate(again, FILES, 7);
    for (Path p : texts) {
      assertArrayEquals(
          Files.readAllBytes(p),
          Files.readAllBytes(again.resolve(folder.relativize(p))),
          p.toString());
    }
    assertArrayEquals(
        Files.readAllBytes(folder.resolve("economy/metadata.tsv")),
        Files.readAllBytes(again.resolve("economy/metadata.tsv")));
  }

  @Test
  void oneArticleOfAboutTwoKilobytesPerFileWithUniqueNames() throws IOException {
    assertEquals(FILES, texts.size());
    Set<String> names = new HashSet<>();
    long bytes = 0;
    for (Path p : texts) {
      assertTrue(names.add(p.getFileName().toString()), "metadata.tsv keys by file name: " + p);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      bytes += text.length();
      String[] paragraphs = text.split("\n\n");
      assertTrue(paragraphs.length >= 4, p.toString());
      assertFalse(paragraphs[0].contains("\n"), "the title is one line: " + p);
      // Read by `auto` as plain text, not as TASS pages.
      assertFalse(text.contains("/TASS/."), p.toString());
    }
    long mean = bytes / FILES;
    assertTrue(mean > 1200 && mean < 3000, "mean size " + mean);
  }

  @Test
  void metadataCoversEveryFileOfItsFolder() throws IOException {
    List<String> lines =
        Files.readAllLines(folder.resolve("economy/metadata.tsv"), StandardCharsets.UTF_8);
    assertEquals("filename\tpublished_at\tsource\turl\tsection", lines.get(0));
    long files;
    try (Stream<Path> s = Files.list(folder.resolve("economy"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertEquals(files, lines.size() - 1);
    assertTrue(
        lines
            .get(1)
            .matches(
                "economy-\\d{6}\t2025-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z\tExample Broadcaster\t.*"),
        lines.get(1));
    assertFalse(
        Files.exists(folder.resolve("world/metadata.tsv")), "some folders have no metadata");
  }
}
