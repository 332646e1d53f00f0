package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.wirescope.Corpora;

/**
 * Output folders that several test classes read, each made once by the real CLI: the bundled
 * sample's default pipeline, and Reuters-21578 ingested (and extracted). Making them once instead
 * of in every class is most of what the suite's runs over the whole corpus cost.
 *
 * <p>Where the build says so ({@code wirescope.sharedOutputs}, a folder under target/ named for the
 * build), the test JVMs that run side by side share them: the first to need one makes it under a
 * file lock, the others wait and read it. Otherwise each JVM makes its own in a temporary folder.
 *
 * <p>They are for reading. A test that runs a stage, or writes anything else there, works on {@link
 * #copy} of one, so no test sees another's writes whatever the order the classes run in.
 */
public final class SharedOutputs {
  private static Path shared;
  private static Path root;
  private static CliRunner.Run samplePipeline;

  private SharedOutputs() {}

  /** A folder for this JVM's copies, removed when the JVM exits. */
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

  /** Where the shared outputs go: the build's folder, else this JVM's {@link #root}. */
  private static synchronized Path shared() {
    if (shared == null) {
      String dir = System.getProperty("wirescope.sharedOutputs");
      if (dir == null || dir.isBlank()) {
        shared = root();
      } else {
        shared = Path.of(dir);
        try {
          Files.createDirectories(shared);
          removeEarlierBuilds(shared);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return shared;
  }

  /** Removes the shared outputs of earlier builds (folders beside this one, hours old). */
  private static void removeEarlierBuilds(Path current) throws IOException {
    long hoursAgo = System.currentTimeMillis() - 3 * 3600_000L;
    try (Stream<Path> builds = Files.list(current.getParent())) {
      for (Path b : builds.toList()) {
        if (!b.equals(current) && Files.getLastModifiedTime(b).toMillis() < hoursAgo) {
          delete(b);
        }
      }
    }
  }

  /**
   * The shared output {@code name}, made by {@code make} in the first JVM that asks, under a lock
   * that the others wait on; a folder a killed JVM left half made is made again.
   */
  private static Path made(String name, Make make) {
    Path out = shared().resolve(name);
    Path done = shared().resolve(name + ".done");
    try (FileChannel ch =
            FileChannel.open(
                shared().resolve(name + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      if (!Files.exists(done)) {
        if (Files.exists(out)) {
          delete(out);
        }
        make.into(out);
        Files.writeString(done, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private interface Make {
    void into(Path out) throws IOException;
  }

  /**
   * The README's first command, {@code pipeline} with no --input: the bundled sample, every stage.
   */
  public static synchronized Path samplePipeline() {
    return made(
        "sample-pipeline",
        out -> {
          CliRunner.Run run = CliRunner.run("pipeline", "--output", out.toString());
          assertEquals(0, run.exitCode(), run.err());
          Files.writeString(out.resolveSibling("sample-pipeline.err"), run.err());
          Files.writeString(out.resolveSibling("sample-pipeline.out"), run.out());
        });
  }

  /** What the sample's pipeline run printed (its exit code, standard error and output). */
  public static synchronized CliRunner.Run samplePipelineRun() {
    if (samplePipeline == null) {
      Path out = samplePipeline();
      try {
        samplePipeline =
            new CliRunner.Run(
                0,
                Files.readString(out.resolveSibling("sample-pipeline.err")),
                Files.readString(out.resolveSibling("sample-pipeline.out")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return samplePipeline;
  }

  /**
   * Reuters-21578 ingested from its 22 SGML files ({@code reut2-*.sgm}); skips (or fails, in CI)
   * when the corpus is absent.
   */
  public static synchronized Path reutersIngested() {
    Path dir = Corpora.path("reuters21578");
    return made(
        "reuters-ingested",
        out -> {
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
        });
  }

  /** {@link #reutersIngested}, then {@code extract --persons text}: persons from the text alone. */
  public static synchronized Path reutersExtractedFromText() {
    Path ingested = reutersIngested();
    return made(
        "reuters-extracted",
        out -> {
          copyTree(ingested, out);
          long start = System.nanoTime();
          CliRunner.Run run =
              CliRunner.run("extract", "--output", out.toString(), "--persons", "text");
          assertEquals(0, run.exitCode(), run.err());
          System.out.printf(
              "shared: Reuters-21578 extracted (--persons text) in %.1f s%n",
              (System.nanoTime() - start) / 1e9);
        });
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
