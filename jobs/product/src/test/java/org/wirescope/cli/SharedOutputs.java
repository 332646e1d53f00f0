package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.wirescope.Corpora;

/**
 * Output folders that several test classes read, each made once per test JVM by the real CLI: the
 * bundled sample's default pipeline, and Reuters-21578 ingested (and extracted). Making them once
 * instead of in every class is most of what the suite's runs over the whole corpus cost.
 *
 * <p>They are for reading. A test that runs a stage, or writes anything else there, works on {@link
 * #copy} of one, so no test sees another's writes whatever the order the classes run in.
 */
public final class SharedOutputs {
  private static Path root;
  private static CliRunner.Run samplePipeline;
  private static Path sample;
  private static Path reutersIngested;
  private static Path reutersExtracted;

  private SharedOutputs() {}

  /** A folder for this JVM's shared outputs and copies, removed when the JVM exits. */
  private static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("wirescope-shared-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path r = root;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(r)));
    }
    return root;
  }

  /**
   * The README's first command, {@code pipeline} with no --input: the bundled sample, every stage.
   */
  public static synchronized Path samplePipeline() {
    if (sample == null) {
      Path out = root().resolve("sample-pipeline");
      CliRunner.Run run = CliRunner.run("pipeline", "--output", out.toString());
      assertEquals(0, run.exitCode(), run.err());
      samplePipeline = run;
      sample = out;
    }
    return sample;
  }

  /** What the sample's pipeline run printed (its exit code, standard error and output). */
  public static synchronized CliRunner.Run samplePipelineRun() {
    samplePipeline();
    return samplePipeline;
  }

  /**
   * Reuters-21578 ingested from its 22 SGML files ({@code reut2-*.sgm}); skips (or fails, in CI)
   * when the corpus is absent.
   */
  public static synchronized Path reutersIngested() {
    Path dir = Corpora.path("reuters21578");
    if (reutersIngested == null) {
      Path out = root().resolve("reuters-ingested");
      long start = System.nanoTime();
      CliRunner.Run run =
          CliRunner.run(
              "ingest",
              "--input",
              dir.resolve("reut2-*.sgm").toString(),
              "--output",
              out.toString());
      assertEquals(0, run.exitCode(), run.err());
      System.out.printf(
          "shared: Reuters-21578 ingested in %.1f s%n", (System.nanoTime() - start) / 1e9);
      reutersIngested = out;
    }
    return reutersIngested;
  }

  /** {@link #reutersIngested}, then {@code extract --persons text}: persons from the text alone. */
  public static synchronized Path reutersExtractedFromText() {
    if (reutersExtracted == null) {
      Path out = copy(reutersIngested());
      long start = System.nanoTime();
      CliRunner.Run run = CliRunner.run("extract", "--output", out.toString(), "--persons", "text");
      assertEquals(0, run.exitCode(), run.err());
      System.out.printf(
          "shared: Reuters-21578 extracted (--persons text) in %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      reutersExtracted = out;
    }
    return reutersExtracted;
  }

  /** A fresh copy of a shared output folder, to run stages in. */
  public static Path copy(Path from) {
    try {
      Path to = Files.createTempDirectory(root(), from.getFileName() + "-copy-");
      copyTree(from, to);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the folder {@code from} into {@code to}, modification times kept. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Leaving a temporary folder behind at exit is no reason to fail anything.
    }
  }
}
