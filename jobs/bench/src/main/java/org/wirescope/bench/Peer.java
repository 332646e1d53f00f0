package org.wirescope.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.cli.PeriodOptions;
import org.wirescope.cli.Sessions;
import org.wirescope.sample.Json;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Periods;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.TableStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The single-machine peer of the performance work: three aggregates computed by Wirescope's own
 * code path and by DuckDB over the very same Parquet tables, timed side by side and checked for
 * exact agreement. Not product code.
 *
 * <p>The aggregates, each from the tables the job reads (duplicates, {@code duplicate_of} not null,
 * left out on both sides; periods cut in {@code --time-zone}, UTC by default like the jobs):
 *
 * <ul>
 *   <li>{@code pair_counts} ({@code CooccurrenceJob}, window article): one row per person pair,
 *       person_a &lt; person_b, with articles, sentences, first_seen and last_seen. All pairs,
 *       before the job's {@code --min-articles} floor, which only filters published rows. Articles
 *       naming more than {@code --max-persons-per-article} persons give no pairs.
 *   <li>{@code topic_shares} ({@code TopicsJob}): one row per topic, kind and period with articles,
 *       period_articles and share, gap-filled with zeros from the corpus's first period to its last
 *       on both sides. Rolling statistics and example ids are not compared, and Spark's optimizer
 *       prunes them, so neither side computes them.
 *   <li>{@code quote_counts} ({@code QuotesJob}): one row per speaker (null, the unattributed,
 *       included) and period with quotes, statements (segments that are not continuations),
 *       distinct clusters and articles, gap-filled with zeros. The cluster of a quote is read from
 *       the published quote_clusters on both sides rather than recomputed.
 * </ul>
 *
 * <p>Timing: each side runs once untimed (warm JVM, warm page cache), then {@code --repeat} times
 * alternately; the median counts. Besides wall-clock seconds (the issue's measure), each run
 * records the CPU seconds this JVM spent, which stay comparable when other work shares the machine.
 * A run is timed from reading the input tables to the result written as Parquet to a local
 * temporary folder, the way the jobs publish tables: Spark with {@code write().parquet} (including
 * the intermediates the job stages), DuckDB with {@code COPY (query) TO 'file.parquet'}. DuckDB
 * runs in-memory in this JVM with {@code SET threads = --threads}; Spark runs on {@code
 * local[--threads]} unless {@code -Dspark.master} says otherwise, with the jobs' session settings
 * ({@link Sessions}) and the local runner's 4 shuffle partitions per core ({@code
 * jobs/bin/wirescope}), here per {@code --threads}; {@code -Dspark.sql.shuffle.partitions} and
 * other {@code -Dspark.*} properties are honoured.
 *
 * <p>Agreement: the last timed outputs are compared as multisets of rows ({@code EXCEPT ALL} both
 * ways, run by DuckDB over the two Parquet outputs), after normalising types: counts to BIGINT,
 * dates to ISO strings, timestamps to ISO strings in UTC with microseconds. Doubles are compared
 * exactly: both sides compute a share as one IEEE division of the same two counts.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx4g [the --add-opens of jobs/bin/common.sh] \
 *     -cp "jobs/target/wirescope-jobs-0.1.0-SNAPSHOT.jar:jobs/target/lib/*" \
 *     org.wirescope.bench.Peer --output out/reuters --repeat 3 --threads 2 --json peer.json
 * </pre>
 */
@Command(
    name = "peer",
    mixinStandardHelpOptions = true,
    description = {
      "Times three aggregates (pair counts, topic shares, quote counts) computed by Wirescope's "
          + "transforms and by DuckDB over the same Parquet tables of a pipeline output, and checks that "
          + "the rows agree exactly. Exit code 0 when every aggregate agrees, 1 otherwise.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  java -cp 'jobs/target/wirescope-jobs-0.1.0-SNAPSHOT.jar:jobs/target/lib/*' "
          + "org.wirescope.bench.Peer --output out/reuters --repeat 3 --threads 2"
    })
public final class Peer implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  /** The tables both sides read. */
  static final List<String> INPUTS =
      List.of(Articles.NAME, Mentions.NAME, ArticleTopics.NAME, Quotes.NAME, QuoteClusters.NAME);

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description =
          "Local output folder of a pipeline run (it reads articles, mentions, article_topics, "
              + "quotes and quote_clusters).")
  String output;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      paramLabel = "N",
      description =
          "Timed runs per side and aggregate, after one untimed warm-up; the median counts "
              + "(default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(
      names = "--threads",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "DuckDB threads, and Spark's local[N] with 4N shuffle partitions unless -Dspark.master "
              + "or -Dspark.sql.shuffle.partitions say otherwise (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin PeriodOptions periods;

  @Option(
      names = "--max-persons-per-article",
      defaultValue = "60",
      paramLabel = "N",
      description =
          "As the run's option: larger articles give no pairs (default: ${DEFAULT-VALUE}).")
  int maxPersons;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the results as JSON to FILE.")
  Path json;

  /** What to compare and how often. */
  public record Settings(
      Grain grain, String timeZone, int maxPersonsPerArticle, int threads, int repeats) {
    public Settings {
      timeZone = Periods.zone(timeZone);
      if (maxPersonsPerArticle < 2) {
        throw new IllegalArgumentException(
            "--max-persons-per-article must be at least 2, not " + maxPersonsPerArticle);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
      }
      if (repeats < 1) {
        throw new IllegalArgumentException("--repeat must be at least 1, not " + repeats);
      }
    }

    /** Monthly periods in UTC, the jobs' default guard, 2 threads, 3 timed runs. */
    public static Settings defaults() {
      return new Settings(Grain.MONTH, "UTC", 60, 2, 3);
    }
  }

  /**
   * One aggregate's outcome: wall-clock and process CPU seconds of every timed run per side, rows
   * per side, and whether the rows agree; when they do not, how many rows differ and the first few,
   * each marked with the side that has it.
   */
  public record Result(
      String name,
      List<Double> wirescopeRuns,
      List<Double> duckdbRuns,
      List<Double> wirescopeCpuRuns,
      List<Double> duckdbCpuRuns,
      long wirescopeRows,
      long duckdbRows,
      boolean agree,
      long differingRows,
      List<String> differences) {
    public double wirescopeSeconds() {
      return median(wirescopeRuns);
    }

    public double duckdbSeconds() {
      return median(duckdbRuns);
    }

    /** Wirescope's median wall-clock time over DuckDB's: the issue's measure. */
    public double ratio() {
      return wirescopeSeconds() / duckdbSeconds();
    }

    public double wirescopeCpuSeconds() {
      return median(wirescopeCpuRuns);
    }

    public double duckdbCpuSeconds() {
      return median(duckdbCpuRuns);
    }

    /**
     * The same ratio in CPU seconds of this JVM (Spark's local executors and DuckDB's threads both
     * run in it): steadier than wall-clock time on a machine shared with other work.
     */
    public double cpuRatio() {
      return wirescopeCpuSeconds() / duckdbCpuSeconds();
    }
  }

  /** One aggregate: its Spark side, its SQL and the normalised columns the comparison reads. */
  private record Aggregate(String name, SparkSide spark, String sql, String columns) {}

  @FunctionalInterface
  private interface SparkSide {
    void run(Path scratch, String out);
  }

  /** CPU time of this JVM, Spark's local executors and DuckDB's threads included. */
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Rows shown per disagreeing aggregate. */
  static final int SHOWN_DIFFERENCES = 10;

  /** Compares all three aggregates over the tables of {@code outputDir}. */
  public static List<Result> compare(SparkSession spark, String outputDir, Settings s) {
    return compare(spark, outputDir, outputDir, s);
  }

  /**
   * Compares with Wirescope reading the tables under {@code wirescopeInput} and DuckDB those under
   * {@code duckdbInput}; the same folder but for tests that must see a disagreement.
   */
  static List<Result> compare(
      SparkSession spark, String wirescopeInput, String duckdbInput, Settings s) {
    TableStore store = new TableStore(spark, wirescopeInput);
    String duckRoot = localFolder(new TableStore(spark, duckdbInput));
    for (String table : INPUTS) {
      requireTable(store, table);
      requireTable(new TableStore(spark, duckdbInput), table);
    }
    // quote_counts counts a speaker from the confidence the quotes stage used, as its manifest says
    com.fasterxml.jackson.databind.JsonNode used =
        org.wirescope.tables.Manifest.read(store)
            .path("stages")
            .path("quotes")
            .path("min_speaker_confidence");
    double minConfidence =
        used.isNumber() ? used.asDouble() : Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE;
    PeerSpark wirescope =
        new PeerSpark(
            spark, store, s.grain(), s.timeZone(), s.maxPersonsPerArticle(), minConfidence);
    PeerSql sql =
        new PeerSql(
            duckRoot, s.grain().label(), s.timeZone(), s.maxPersonsPerArticle(), minConfidence);
    List<Aggregate> aggregates =
        List.of(
            new Aggregate(
                "pair_counts",
                wirescope::pairCounts,
                sql.pairCounts(),
                "person_a, person_b, CAST(articles AS BIGINT) AS articles, CAST(sentences AS BIGINT) AS sentences, "
                    + utc("first_seen")
                    + ", "
                    + utc("last_seen")),
            new Aggregate(
                "topic_shares",
                wirescope::topicShares,
                sql.topicShares(),
                "topic, topic_kind, grain, CAST(period_start AS VARCHAR) AS period_start, "
                    + "CAST(articles AS BIGINT) AS articles, CAST(period_articles AS BIGINT) AS period_articles, "
                    + "CAST(share AS DOUBLE) AS share"),
            new Aggregate(
                "quote_counts",
                wirescope::quoteCounts,
                sql.quoteCounts(),
                "speaker, grain, CAST(period_start AS VARCHAR) AS period_start, CAST(quotes AS BIGINT) AS quotes, "
                    + "CAST(statements AS BIGINT) AS statements, "
                    + "CAST(distinct_clusters AS BIGINT) AS distinct_clusters, CAST(articles AS BIGINT) AS articles"));
    Path work = null;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      work = Files.createTempDirectory("wirescope-peer-");
      try (Statement st = duck.createStatement()) {
        st.execute("SET threads = " + s.threads());
        st.execute("SET TimeZone = 'UTC'");
      }
      List<Result> results = new ArrayList<>();
      for (Aggregate a : aggregates) {
        results.add(run(spark, duck, a, work.resolve(a.name()), s.repeats()));
      }
      return results;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      spark.sparkContext().clearJobGroup();
      if (work != null) {
        delete(work);
      }
    }
  }

  /** A timestamp column as an ISO string in UTC with microseconds, whatever its Parquet type. */
  private static String utc(String column) {
    return "strftime(make_timestamp(epoch_us("
        + column
        + ")), '%Y-%m-%dT%H:%M:%S.%fZ') AS "
        + column;
  }

  /** Warm-up, then the timed runs alternating between the sides, then the comparison. */
  private static Result run(SparkSession spark, Connection duck, Aggregate a, Path dir, int repeats)
      throws SQLException, IOException {
    List<Double> sparkRuns = new ArrayList<>();
    List<Double> duckRuns = new ArrayList<>();
    List<Double> sparkCpu = new ArrayList<>();
    List<Double> duckCpu = new ArrayList<>();
    Path sparkOut = null;
    Path duckOut = null;
    for (int i = 0; i <= repeats; i++) {
      String label = i == 0 ? "warm-up" : "run " + i;
      Path runDir = dir.resolve("run-" + i);
      Files.createDirectories(runDir);

      spark.sparkContext().setJobGroup("peer", "peer: " + a.name() + ", " + label, false);
      Path out = runDir.resolve("wirescope");
      long c0 = CPU.getProcessCpuTime();
      long t0 = System.nanoTime();
      a.spark().run(runDir.resolve("scratch"), out.toUri().toString());
      double sparkSeconds = (System.nanoTime() - t0) / 1e9;
      double sparkCpuSeconds = (CPU.getProcessCpuTime() - c0) / 1e9;
      spark.sparkContext().clearJobGroup();

      Path file = runDir.resolve("duckdb.parquet");
      c0 = CPU.getProcessCpuTime();
      t0 = System.nanoTime();
      try (Statement st = duck.createStatement()) {
        st.execute(
            "COPY (" + a.sql() + ") TO " + PeerSql.literal(file.toString()) + " (FORMAT parquet)");
      }
      double duckSeconds = (System.nanoTime() - t0) / 1e9;
      double duckCpuSeconds = (CPU.getProcessCpuTime() - c0) / 1e9;

      delete(runDir.resolve("scratch"));
      if (sparkOut != null) {
        delete(sparkOut.getParent());
      }
      sparkOut = out;
      duckOut = file;
      if (i > 0) {
        sparkRuns.add(sparkSeconds);
        duckRuns.add(duckSeconds);
        sparkCpu.add(sparkCpuSeconds);
        duckCpu.add(duckCpuSeconds);
      }
      LOG.info(
          String.format(
              Locale.ROOT,
              "peer: %s %s: wirescope %.2f s (cpu %.2f s), duckdb %.2f s (cpu %.2f s)",
              a.name(),
              label,
              sparkSeconds,
              sparkCpuSeconds,
              duckSeconds,
              duckCpuSeconds));
    }
    return agreement(duck, a, sparkOut, duckOut, sparkRuns, duckRuns, sparkCpu, duckCpu);
  }

  /** Both outputs as multisets of normalised rows: counts, and the rows only one side has. */
  private static Result agreement(
      Connection duck,
      Aggregate a,
      Path sparkOut,
      Path duckOut,
      List<Double> sparkRuns,
      List<Double> duckRuns,
      List<Double> sparkCpu,
      List<Double> duckCpu)
      throws SQLException {
    String mine =
        "(SELECT "
            + a.columns()
            + " FROM read_parquet("
            + PeerSql.literal(sparkOut.toString() + "/*.parquet")
            + "))";
    String theirs =
        "(SELECT "
            + a.columns()
            + " FROM read_parquet("
            + PeerSql.literal(duckOut.toString())
            + "))";
    String diff =
        "SELECT *, 'wirescope only' AS side FROM ("
            + mine
            + " EXCEPT ALL "
            + theirs
            + ") "
            + "UNION ALL SELECT *, 'duckdb only' AS side FROM ("
            + theirs
            + " EXCEPT ALL "
            + mine
            + ")";
    long sparkRows = single(duck, "SELECT count(*) FROM " + mine);
    long duckRows = single(duck, "SELECT count(*) FROM " + theirs);
    long differing = single(duck, "SELECT count(*) FROM (" + diff + ")");
    List<String> shown = new ArrayList<>();
    if (differing > 0) {
      try (Statement st = duck.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT * FROM (" + diff + ") ORDER BY ALL LIMIT " + SHOWN_DIFFERENCES)) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          StringBuilder b = new StringBuilder(rs.getString("side")).append(':');
          for (int c = 1; c < md.getColumnCount(); c++) {
            b.append(' ').append(md.getColumnName(c)).append('=').append(rs.getObject(c));
          }
          shown.add(b.toString());
        }
      }
    }
    Result r =
        new Result(
            a.name(),
            sparkRuns,
            duckRuns,
            sparkCpu,
            duckCpu,
            sparkRows,
            duckRows,
            differing == 0,
            differing,
            shown);
    LOG.info(
        String.format(
            Locale.ROOT,
            "peer: %s: wirescope %.2f s, duckdb %.2f s (%.2fx; cpu %.2fx), %,d rows, %s",
            a.name(),
            r.wirescopeSeconds(),
            r.duckdbSeconds(),
            r.ratio(),
            r.cpuRatio(),
            sparkRows,
            r.agree() ? "identical" : String.format(Locale.ROOT, "%,d rows differ", differing)));
    return r;
  }

  private static long single(Connection duck, String query) throws SQLException {
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The results as an aligned table, then the differing rows of any aggregate that disagrees. */
  public static void print(List<Result> results, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-14s %12s %10s %7s %14s %11s %9s %12s %12s  %s%n",
        "aggregate",
        "wirescope s",
        "duckdb s",
        "ratio",
        "wirescope cpu",
        "duckdb cpu",
        "cpu ratio",
        "rows",
        "duckdb rows",
        "agree");
    for (Result r : results) {
      out.printf(
          Locale.ROOT,
          "%-14s %12.3f %10.3f %6.2fx %14.3f %11.3f %8.2fx %,12d %,12d  %s%n",
          r.name(),
          r.wirescopeSeconds(),
          r.duckdbSeconds(),
          r.ratio(),
          r.wirescopeCpuSeconds(),
          r.duckdbCpuSeconds(),
          r.cpuRatio(),
          r.wirescopeRows(),
          r.duckdbRows(),
          r.agree()
              ? "yes"
              : String.format(Locale.ROOT, "NO (%,d rows differ)", r.differingRows()));
    }
    for (Result r : results) {
      if (!r.agree()) {
        out.printf(
            Locale.ROOT,
            "%n%s: first %d of %,d differing rows%n",
            r.name(),
            r.differences().size(),
            r.differingRows());
        r.differences().forEach(d -> out.println("  " + d));
      }
    }
  }

  /** The results, with the settings and the Spark master, as a JSON document. */
  static String toJson(List<Result> results, String output, Settings s, SparkSession spark) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("output", output);
    doc.put("spark_master", spark.sparkContext().master());
    doc.put("spark_shuffle_partitions", spark.conf().get("spark.sql.shuffle.partitions"));
    doc.put("duckdb_threads", s.threads());
    doc.put("grain", s.grain().label());
    doc.put("time_zone", s.timeZone());
    doc.put("max_persons_per_article", s.maxPersonsPerArticle());
    doc.put("repeats", s.repeats());
    List<Object> rows = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("aggregate", r.name());
      m.put("wirescope_seconds", r.wirescopeSeconds());
      m.put("duckdb_seconds", r.duckdbSeconds());
      m.put("ratio", r.ratio());
      m.put("wirescope_cpu_seconds", r.wirescopeCpuSeconds());
      m.put("duckdb_cpu_seconds", r.duckdbCpuSeconds());
      m.put("cpu_ratio", r.cpuRatio());
      m.put("wirescope_rows", r.wirescopeRows());
      m.put("duckdb_rows", r.duckdbRows());
      m.put("agree", r.agree());
      m.put("differing_rows", r.differingRows());
      m.put("wirescope_runs", new ArrayList<Object>(r.wirescopeRuns()));
      m.put("duckdb_runs", new ArrayList<Object>(r.duckdbRuns()));
      m.put("wirescope_cpu_runs", new ArrayList<Object>(r.wirescopeCpuRuns()));
      m.put("duckdb_cpu_runs", new ArrayList<Object>(r.duckdbCpuRuns()));
      m.put("differences", new ArrayList<Object>(r.differences()));
      rows.add(m);
    }
    doc.put("aggregates", rows);
    return Json.pretty(doc, 0) + "\n";
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Settings s;
    try {
      s = new Settings(periods.grain, periods.timeZone, maxPersons, threads, repeats);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("wirescope peer")
            .config("spark.ui.showConsoleProgress", "false");
    if (System.getProperty("spark.master") == null) {
      builder = builder.master("local[" + threads + "]").config("spark.driver.host", "127.0.0.1");
    }
    if (System.getProperty("spark.sql.shuffle.partitions") == null) {
      // As jobs/bin/wirescope: 4 per core.
      builder = builder.config("spark.sql.shuffle.partitions", 4L * threads);
    }
    builder.getOrCreate();
    SparkSession spark = Sessions.get("peer");
    List<Result> results = compare(spark, output, s);
    System.out.printf(
        Locale.ROOT,
        "Wirescope (Spark %s, %s, shuffle partitions %s) against DuckDB (threads=%d): "
            + "%s, grain %s in %s, median of %d warm runs%n",
        spark.version(),
        spark.sparkContext().master(),
        spark.conf().get("spark.sql.shuffle.partitions"),
        s.threads(),
        output,
        s.grain(),
        s.timeZone(),
        s.repeats());
    print(results, System.out);
    if (json != null) {
      Files.writeString(json, toJson(results, output, s, spark), StandardCharsets.UTF_8);
    }
    return results.stream().allMatch(Result::agree) ? 0 : 1;
  }

  /** The configured command line; tests call {@code execute} on it and check the exit code. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Peer());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("peer: error: " + e.getMessage());
          return 1;
        });
    return cl;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    SparkSession.getActiveSession()
        .foreach(
            session -> {
              session.stop();
              return null;
            });
    System.exit(code);
  }

  private static double median(List<Double> runs) {
    return Bench.median(runs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void requireTable(TableStore store, String table) {
    if (!store.exists(table)) {
      throw new IllegalArgumentException(
          "table "
              + table
              + " not found under "
              + store.root()
              + ": run the pipeline (or the stage that writes it) first");
    }
  }

  /** DuckDB reads local files only. */
  private static String localFolder(TableStore store) {
    if (!"file".equals(store.root().toUri().getScheme())) {
      throw new IllegalArgumentException("DuckDB reads local folders only, not " + store.root());
    }
    return store.root().toUri().getPath();
  }

  private static void delete(Path p) {
    try {
      Folders.deleteTree(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
    }
  }
}
