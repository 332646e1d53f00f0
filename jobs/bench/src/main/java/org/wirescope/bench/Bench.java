package org.wirescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.PersonGroups;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;
import org.wirescope.tables.Persons;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.Rejects;
import org.wirescope.tables.SpeakerTopics;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.TopicMovers;
import org.wirescope.tables.TopicTrends;
import org.wirescope.tables.VoiceShare;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark behind {@code jobs/bin/bench}: the whole pipeline on a scaled Reuters corpus,
 * measured the same way every time, beside DuckDB on the same tables and the single-threaded floor.
 *
 * <ol>
 *   <li>Makes the corpus with {@link ReutersScaler} (kept and reused when its parameters match).
 *   <li>Runs {@code jobs/bin/wirescope pipeline} {@code --runs} times, each in a fresh JVM under
 *       {@code /usr/bin/time -v} when present, and takes per-stage seconds from the output's {@code
 *       _manifest.json} and the driver's peak RSS from time (else from the pipeline's own VmHWM
 *       record).
 *   <li>Runs {@link Peer} on the last run's tables: each aggregate by Wirescope's transforms and by
 *       DuckDB, with the ratio and an exact comparison.
 *   <li>Runs {@link Floor}: one plain-Java, one-thread pass of the text scanners over the input.
 * </ol>
 *
 * Prints one table and writes the same figures as JSON to {@code --results}. Medians throughout:
 * machines are noisy.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the whole pipeline on a scaled Reuters corpus, with DuckDB and the floor beside it.",
      ""
    })
public final class Bench implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The tables each stage writes, for its row count. */
  static final Map<String, List<String>> STAGE_TABLES = new LinkedHashMap<>();

  static {
    STAGE_TABLES.put("ingest", List.of(Articles.NAME, Rejects.NAME));
    STAGE_TABLES.put("extract", List.of(Mentions.NAME, Quotes.NAME, Persons.NAME));
    STAGE_TABLES.put(
        "topics",
        List.of(ArticleTopics.NAME, DiscoveredTopics.NAME, TopicTrends.NAME, TopicMovers.NAME));
    STAGE_TABLES.put(
        "cooccurrence",
        List.of(PersonPairs.NAME, PersonPairsByPeriod.NAME, PersonNetwork.NAME, PersonGroups.NAME));
    STAGE_TABLES.put(
        "quotes",
        List.of(
            QuoteClusters.NAME,
            TopQuotes.NAME,
            QuoteCounts.NAME,
            SpeakerTopics.NAME,
            VoiceShare.NAME));
  }

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "N",
      description = "Articles in the scaled corpus.")
  long articles;

  @Option(
      names = "--runs",
      defaultValue = "3",
      paramLabel = "R",
      description =
          "Pipeline runs, each in a fresh JVM; medians are reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--corpora",
      defaultValue = "../shared/corpora",
      paramLabel = "DIR",
      description = "The shared corpora, with reuters21578/ (default: ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(
      names = "--work",
      defaultValue = "${java.io.tmpdir}/wirescope-bench",
      paramLabel = "DIR",
      description = "Where the corpus and the outputs go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--results",
      defaultValue = "jobs/bench/results",
      paramLabel = "DIR",
      description = "Where the JSON of this run goes (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(
      names = "--seed",
      defaultValue = "1987",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--peer-repeat",
      defaultValue = "3",
      paramLabel = "R",
      description =
          "Timed repeats of each aggregate for the DuckDB comparison, 0 to skip (default: ${DEFAULT-VALUE}).")
  int peerRepeat;

  @Option(
      names = "--floor-repeat",
      defaultValue = "1",
      paramLabel = "R",
      description = "Passes of the floor, 0 to skip (default: ${DEFAULT-VALUE}).")
  int floorRepeat;

  @Option(
      names = "--launcher",
      defaultValue = "jobs/bin/wirescope",
      paramLabel = "FILE",
      description = "The local runner the pipeline runs through (default: ${DEFAULT-VALUE}).")
  Path launcher;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || runs < 1) {
      throw new IllegalArgumentException("--articles and --runs must be at least 1");
    }
    Path corpus = work.resolve("corpus-" + articles + "-" + seed);
    ensureCorpus(corpus);
    long inputBytes = sizeOf(corpus);
    say("corpus %s: %,d articles, %,d bytes", corpus, articles, inputBytes);

    List<ObjectNode> runResults = new ArrayList<>();
    Path output = work.resolve("out-" + articles);
    for (int i = 1; i <= runs; i++) {
      say("pipeline run %d of %d ...", i, runs);
      runResults.add(runPipeline(corpus, output, i));
    }
    Map<String, Long> rows = rowCounts(output);

    ObjectNode report = JSON.createObjectNode();
    report.put("articles", articles);
    report.put("seed", seed);
    report.put("input_bytes", inputBytes);
    report.put("runs", runs);
    report.put("cores", Runtime.getRuntime().availableProcessors());
    report.put("finished_at", Instant.now().toString());
    ArrayNode runArray = report.putArray("pipeline_runs");
    runResults.forEach(runArray::add);
    ObjectNode stages = report.putObject("stages");
    for (String stage : STAGE_TABLES.keySet()) {
      double s =
          median(
              runResults.stream()
                  .mapToDouble(r -> r.path("stages").path(stage).asDouble(Double.NaN))
                  .toArray());
      ObjectNode e = stages.putObject(stage);
      e.put("seconds_median", s);
      e.put("articles_per_second", articles / s);
      long written = 0;
      for (String t : STAGE_TABLES.get(stage)) {
        written += rows.getOrDefault(t, 0L);
      }
      e.put("rows_written", written);
    }
    double wall =
        median(runResults.stream().mapToDouble(r -> r.path("wall_seconds").asDouble()).toArray());
    double pipelineSeconds =
        median(
            runResults.stream().mapToDouble(r -> r.path("pipeline_seconds").asDouble()).toArray());
    double rss =
        median(runResults.stream().mapToDouble(r -> r.path("peak_rss_bytes").asDouble()).toArray());
    ObjectNode whole = report.putObject("whole");
    whole.put("wall_seconds_median", wall);
    whole.put("pipeline_seconds_median", pipelineSeconds);
    whole.put("articles_per_second", articles / wall);
    whole.put("peak_rss_bytes_median", (long) rss);
    whole.put(
        "peak_rss_bytes_max",
        (long)
            runResults.stream()
                .mapToDouble(r -> r.path("peak_rss_bytes").asDouble())
                .max()
                .orElse(0));

    if (peerRepeat > 0) {
      say("DuckDB peer on %s ...", output);
      Path peerJson = work.resolve("peer-" + articles + ".json");
      Files.deleteIfExists(peerJson);
      runJava(
          List.of(
              "org.wirescope.bench.Peer",
              "--output",
              output.toString(),
              "--repeat",
              String.valueOf(peerRepeat),
              "--json",
              peerJson.toString()),
          work.resolve("peer-" + articles + ".log"));
      if (!Files.exists(peerJson)) {
        throw new IllegalStateException(
            "the DuckDB peer wrote no results; see "
                + work.resolve("peer-" + articles + ".log")
                + ":\n"
                + tail(work.resolve("peer-" + articles + ".log")));
      }
      report.set("peer", JSON.readTree(peerJson.toFile()));
    }
    if (floorRepeat > 0) {
      say("floor: one thread, text scanners only ...");
      Floor.Result floor =
          Floor.run(corpus.toString(), floorRepeat, new PrintWriter(System.err, true));
      ObjectNode f = report.putObject("floor");
      f.put("seconds_median", floor.median().seconds());
      f.put("articles", floor.median().articles());
      f.put("articles_per_second", floor.median().articlesPerSecond());
      f.put("mb_per_second", floor.median().mbPerSecond());
      int cores = Runtime.getRuntime().availableProcessors();
      f.put("pipeline_over_floor", wall / floor.median().seconds());
      f.put("pipeline_core_seconds_over_floor", wall * cores / floor.median().seconds());
    }
    Files.createDirectories(results);
    Path json =
        results.resolve(
            String.format(
                Locale.ROOT,
                "bench-%d-%s.json",
                articles,
                Instant.now().toString().replace(":", "").substring(0, 15)));
    JSON.writeValue(json.toFile(), report);
    System.out.print(table(report));
    System.out.println("results: " + json);
    return 0;
  }

  /** The printed table. */
  static String table(JsonNode r) {
    StringBuilder b = new StringBuilder();
    long n = r.path("articles").asLong();
    b.append(
        String.format(
            Locale.ROOT,
            "%nWirescope bench: %,d articles, %,d input bytes, %d runs (medians), %d cores%n%n",
            n,
            r.path("input_bytes").asLong(),
            r.path("runs").asInt(),
            r.path("cores").asInt()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %10s %12s %14s%n",
            "stage",
            "seconds",
            "articles/s",
            "rows written"));
    r.path("stages")
        .fields()
        .forEachRemaining(
            e ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "%-14s %10.1f %,12.0f %,14d%n",
                        e.getKey(),
                        e.getValue().path("seconds_median").asDouble(),
                        e.getValue().path("articles_per_second").asDouble(),
                        e.getValue().path("rows_written").asLong())));
    JsonNode w = r.path("whole");
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %10.1f %,12.0f   peak driver RSS %.2f GiB (max %.2f)%n",
            "whole run",
            w.path("wall_seconds_median").asDouble(),
            w.path("articles_per_second").asDouble(),
            w.path("peak_rss_bytes_median").asDouble() / (1L << 30),
            w.path("peak_rss_bytes_max").asDouble() / (1L << 30)));
    if (r.has("peer")) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n%-34s %10s %10s %8s %10s %s%n",
              "aggregate (same Parquet tables)",
              "Wirescope",
              "DuckDB",
              "ratio",
              "rows",
              "agree"));
      for (JsonNode a : r.path("peer").path("aggregates")) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-34s %9.2fs %9.2fs %7.2fx %,10d %s%n",
                a.path("aggregate").asText(),
                a.path("wirescope_seconds").asDouble(),
                a.path("duckdb_seconds").asDouble(),
                a.path("ratio").asDouble(),
                a.path("wirescope_rows").asLong(),
                a.path("agree").asBoolean() ? "yes" : "NO"));
      }
    }
    if (r.has("floor")) {
      JsonNode f = r.path("floor");
      b.append(
          String.format(
              Locale.ROOT,
              "%nfloor (1 thread, read + text scanners): %.1f s, %,.0f articles/s, %.1f MB/s; pipeline = %.1fx the floor "
                  + "(%.1fx in core-seconds)%n",
              f.path("seconds_median").asDouble(),
              f.path("articles_per_second").asDouble(),
              f.path("mb_per_second").asDouble(),
              f.path("pipeline_over_floor").asDouble(),
              f.path("pipeline_core_seconds_over_floor").asDouble()));
    }
    return b.toString();
  }

  private void ensureCorpus(Path corpus) throws Exception {
    Path stamp = corpus.resolve(".complete");
    if (Files.exists(stamp)) {
      return;
    }
    say("making the corpus in %s ...", corpus);
    Files.createDirectories(corpus);
    int code =
        ReutersScaler.commandLine()
            .execute(
                "--corpora",
                corpora.toString(),
                "--articles",
                String.valueOf(articles),
                "--out",
                corpus.toString(),
                "--seed",
                String.valueOf(seed));
    if (code != 0) {
      throw new IllegalStateException("the corpus scaler failed (exit " + code + ")");
    }
    Files.writeString(stamp, "articles=" + articles + " seed=" + seed + "\n");
  }

  /** One pipeline run in a fresh JVM, timed from outside. */
  private ObjectNode runPipeline(Path corpus, Path output, int run) throws Exception {
    Folders.deleteTree(output);
    Path log = work.resolve("pipeline-" + articles + "-run" + run + ".log");
    Path timeLog = work.resolve("pipeline-" + articles + "-run" + run + ".time");
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) {
      cmd.addAll(List.of("/usr/bin/time", "-v", "-o", timeLog.toString()));
    }
    cmd.addAll(
        List.of(
            launcher.toString(),
            "pipeline",
            "--input",
            corpus.toString(),
            "--format",
            "reuters",
            "--output",
            output.toString()));
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(
          "pipeline run " + run + " failed (exit " + code + "); see " + log);
    }
    JsonNode manifest = JSON.readTree(output.resolve("_manifest.json").toFile());
    ObjectNode r = JSON.createObjectNode();
    r.put("run", run);
    r.put("wall_seconds", wall);
    r.put("pipeline_seconds", manifest.path("stages").path("pipeline").path("seconds").asDouble());
    ObjectNode stages = r.putObject("stages");
    for (String stage : STAGE_TABLES.keySet()) {
      stages.put(stage, manifest.path("stages").path(stage).path("seconds").asDouble());
    }
    long rss = manifest.path("stages").path("pipeline").path("driver_peak_rss_bytes").asLong(-1);
    if (timed) {
      for (String line : Files.readAllLines(timeLog)) {
        if (line.strip().startsWith("Maximum resident set size (kbytes):")) {
          rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    }
    r.put("peak_rss_bytes", rss);
    say("  run %d: %.1f s wall, peak RSS %.2f GiB", run, wall, rss / (double) (1L << 30));
    return r;
  }

  /** Rows of each table, counted by DuckDB from the Parquet footers. */
  static Map<String, Long> rowCounts(Path output) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (List<String> tables : STAGE_TABLES.values()) {
        for (String t : tables) {
          Path dir = output.resolve(t);
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT count(*) FROM read_parquet('"
                      + dir.toString().replace("'", "''")
                      + "/**/*.parquet')")) {
            rs.next();
            rows.put(t, rs.getLong(1));
          }
        }
      }
    }
    return rows;
  }

  private void runJava(List<String> mainAndArgs, Path log) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("wirescope.bench.peerHeap", "6g")));
    // The same --add-opens and -D flags this JVM got from jobs/bin/bench.
    cmd.addAll(
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D"))
            .toList());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.addAll(mainAndArgs);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    if (code != 0) {
      // Peer exits 1 when an aggregate disagrees; its JSON says which, and the table shows it.
      say("%s exited %d; see %s", mainAndArgs.get(0), code, log);
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".sgm"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  private static void say(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}
