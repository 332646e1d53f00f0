package org.wirescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The application jar holds the product and nothing else: no benchmark or generator class, and its
 * lib/ (the local runner's classpath and a cluster's jars/) no DuckDB and no bench jar. Runs after
 * package, on what the build wrote.
 */
@Tag("packaged")
class ProductJarIT {
  static final Path TARGET =
      Path.of(System.getProperty("wirescope.repo", "../.."))
          .resolve("jobs/product/target")
          .toAbsolutePath()
          .normalize();

  static Path applicationJar() throws IOException {
    try (Stream<Path> s = Files.list(TARGET)) {
      List<Path> jars =
          s.filter(p -> p.getFileName().toString().matches("wirescope-jobs-[^/]*\\.jar"))
              .filter(p -> !p.getFileName().toString().matches(".*-(tests|sources)\\.jar"))
              .toList();
      assertEquals(1, jars.size(), "one application jar in " + TARGET + ": " + jars);
      return jars.get(0);
    }
  }

  @Test
  void applicationJarHoldsOnlyTheProduct() throws IOException {
    List<String> classes;
    try (JarFile jar = new JarFile(applicationJar().toFile())) {
      classes =
          Collections.list(jar.entries()).stream()
              .map(JarEntry::getName)
              .filter(n -> n.endsWith(".class"))
              .toList();
    }
    assertTrue(classes.contains("org/wirescope/cli/Wirescope.class"), "the CLI is in the jar");
    assertTrue(classes.stream().anyMatch(n -> n.startsWith("picocli/")), "picocli is shaded in");
    List<String> foreign =
        classes.stream()
            .filter(
                n ->
                    n.startsWith("org/wirescope/bench/")
                        || n.startsWith("org/wirescope/sample/")
                        || n.startsWith("org/duckdb/"))
            .toList();
    assertEquals(
        List.of(), foreign, "benchmark, generator or DuckDB classes in the application jar");
  }

  @Test
  void libHoldsNoDuckDbAndNoBenchJar() throws IOException {
    List<String> names;
    try (Stream<Path> s = Files.list(TARGET.resolve("lib"))) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(
        names.stream().anyMatch(n -> n.startsWith("spark-sql_")),
        "lib/ holds Spark: " + names.size());
    assertFalse(
        names.stream().anyMatch(n -> n.toLowerCase().contains("duckdb")),
        "DuckDB in lib/: " + names);
    assertFalse(
        names.stream().anyMatch(n -> n.startsWith("wirescope-")), "a Wirescope module jar in lib/");
  }
}
