package org.wirescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wirescope.sample.Article;
import org.wirescope.sample.CorpusPlan;
import org.wirescope.sample.Newsroom;
import org.wirescope.sample.QuoteIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark behind {@code jobs/bin/bench-files}: ingest of a folder of many small plain-text
 * files, the shape of a broadcaster's article dump (one article per file, a folder per section).
 *
 * <ol>
 *   <li>Makes the folder with {@link #generate} (kept and reused when its parameters match).
 *   <li>Runs {@code jobs/bin/wirescope ingest} {@code --runs} times, each in a fresh JVM, and takes
 *       the ingest stage's seconds from the output's {@code _manifest.json}.
 * </ol>
 *
 * Prints each run and the medians: ingest stage seconds and files per second.
 */
@Command(
    name = "bench-files",
    mixinStandardHelpOptions = true,
    description = {"Benchmark ingest on a generated folder of many small plain-text articles.", ""})
public final class BenchFiles implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SOURCE = "Example Broadcaster";
  private static final int PER_FILE = 3;

  @Option(
      names = "--files",
      defaultValue = "20000",
      paramLabel = "N",
      description = "Plain-text articles in the generated folder (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(
      names = "--runs",
      defaultValue = "3",
      paramLabel = "R",
      description =
          "Ingest runs, each in a fresh JVM; medians are reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      defaultValue = "2225",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--work",
      defaultValue = "${java.io.tmpdir}/wirescope-bench-files",
      paramLabel = "DIR",
      description = "Where the folder and the outputs go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--launcher",
      defaultValue = "jobs/bin/wirescope",
      paramLabel = "FILE",
      description = "The local runner ingest runs through (default: ${DEFAULT-VALUE}).")
  Path launcher;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchFiles()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (files < CorpusPlan.MIN_ARTICLES || runs < 1) {
      throw new IllegalArgumentException(
          "--files must be at least " + CorpusPlan.MIN_ARTICLES + " and --runs at least 1");
    }
    Path corpus = work.resolve("files-" + files + "-" + seed);
    Path stamp = corpus.resolve(".complete");
    if (!Files.exists(stamp)) {
      say("writing %,d files to %s ...", files, corpus);
      Folders.deleteTree(corpus);
      generate(corpus, files, seed);
      Files.writeString(stamp, "files=" + files + " seed=" + seed + "\n");
    }
    say("folder %s: %,d files, %,d bytes", corpus, files, sizeOf(corpus));

    Path output = work.resolve("out-" + files);
    double[] seconds = new double[runs];
    double[] walls = new double[runs];
    for (int i = 0; i < runs; i++) {
      Folders.deleteTree(output);
      Path log = work.resolve("ingest-" + files + "-run" + (i + 1) + ".log");
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(
                  launcher.toString(),
                  "ingest",
                  "--input",
                  corpus.toString(),
                  "--output",
                  output.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      int code = p.waitFor();
      walls[i] = (System.nanoTime() - start) / 1e9;
      if (code != 0) {
        throw new IllegalStateException(
            "ingest run " + (i + 1) + " failed (exit " + code + "); see " + log);
      }
      JsonNode ingest =
          JSON.readTree(output.resolve("_manifest.json").toFile()).path("stages").path("ingest");
      seconds[i] = ingest.path("seconds").asDouble();
      if (ingest.path("records").asLong() != files) {
        throw new IllegalStateException(
            "run "
                + (i + 1)
                + " read "
                + ingest.path("records").asLong()
                + " records from "
                + files
                + " files; see "
                + log);
      }
      say(
          "  run %d: ingest stage %.1f s (%,.0f files/s), %.1f s wall",
          i + 1, seconds[i], files / seconds[i], walls[i]);
    }
    double median = Bench.median(seconds);
    System.out.printf(
        Locale.ROOT,
        "ingest of %,d small text files, %d runs: median %.1f s stage time, %,.0f files/s"
            + " (median wall %.1f s per fresh JVM)%n",
        files,
        runs,
        median,
        files / median,
        Bench.median(walls));
    return 0;
  }

  /**
   * Writes {@code files} plain-text articles under {@code out}: a folder per section, one file per
   * article (title line, blank line, lead, then the paragraphs), and in two of the four folders a
   * {@code metadata.tsv} with date, source, url and section. The text comes from {@link Newsroom},
   * so it is synthetic; the same arguments always give the same bytes.
   */
  public static void generate(Path out, int files, long seed) throws IOException {
    // A Newsroom article is about 700 bytes of text; a broadcaster's is about 2 KB, so each file
    // takes the headline and lead of one planned article and the body paragraphs of three.
    CorpusPlan plan = CorpusPlan.build(files * PER_FILE, seed);
    Newsroom newsroom = new Newsroom(seed, new QuoteIndex(files * PER_FILE));
    DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    Map<String, BufferedWriter> metadata = new TreeMap<>();
    try {
      for (int i = 0; i < files; i++) {
        Article a = newsroom.write(plan.slot(i * PER_FILE));
        List<String> more = new ArrayList<>();
        for (int j = 1; j < PER_FILE; j++) {
          more.addAll(newsroom.write(plan.slot(i * PER_FILE + j)).body());
        }
        String folder = a.slug();
        Path dir = Files.createDirectories(out.resolve(folder));
        String name = String.format(Locale.ROOT, "%s-%06d", folder, i + 1);
        Files.writeString(dir.resolve(name + ".txt"), text(a, more), StandardCharsets.UTF_8);
        if (folder.equals("economy") || folder.equals("defense")) {
          BufferedWriter w = metadata.get(folder);
          if (w == null) {
            w = Files.newBufferedWriter(dir.resolve("metadata.tsv"), StandardCharsets.UTF_8);
            w.write("filename\tpublished_at\tsource\turl\tsection\n");
            metadata.put(folder, w);
          }
          w.write(
              String.join(
                      "\t",
                      name,
                      iso.format(a.published().atZone(ZoneOffset.UTC)),
                      SOURCE,
                      "https://broadcaster.example/" + folder + "/" + name,
                      a.section())
                  + "\n");
        }
      }
    } finally {
      for (BufferedWriter w : metadata.values()) {
        w.close();
      }
    }
  }

  /** One article as a broadcaster's text dump has it: no dateline, no tags. */
  static String text(Article a, List<String> moreParagraphs) {
    List<String> parts = new ArrayList<>();
    parts.add(a.title());
    parts.add(a.lead());
    parts.addAll(a.body());
    parts.addAll(moreParagraphs);
    return String.join("\n\n", parts) + "\n";
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void say(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench-files: " + format + "%n", args);
  }
}
