package org.wirescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.extract.ExtractJob;
import org.wirescope.ingest.IngestJob;
import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.quotes.QuotesJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.report.Report;
import org.wirescope.report.Summary;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.ReadingCopies;
import org.wirescope.topics.Grain;
import org.wirescope.topics.TopicsJob;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code wirescope pipeline}: every stage in one Spark application, then the reading copies, the
 * report and a short summary. It accepts the options of every stage; {@code --stages} and
 * {@code --from} run a part of it against the tables an earlier run left in OUT.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run every stage in one Spark application: ingest, extract, topics, cooccurrence, quotes,",
        "report. Without --input it runs on the bundled sample corpus in data/sample.", ""},
    footer = {"", "Examples:", "  jobs/bin/wirescope pipeline --output out/sample",
        "  jobs/bin/wirescope pipeline --output out/sample --from topics --grain week",
        "  jobs/bin/wirescope pipeline --output out/sample --stages cooccurrence,report --min-articles 3"})
public final class PipelineCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin OutputOption out;
  @Mixin IngestOptions ingest;
  @Mixin ExtractOptions extract;
  @Mixin CooccurrenceOptions cooccurrence;

  @picocli.CommandLine.Option(names = "--top-quotes", defaultValue = "20", paramLabel = "N",
      description = "Quote clusters per scope in top_quotes (default: ${DEFAULT-VALUE}). The quotes "
          + "stage uses --grain and --time-zone too.")
  int topQuotes;

  @picocli.CommandLine.Option(names = "--discover", paramLabel = "K",
      description = "Discover K topics with LDA (0: off). Default: 10 when fewer than half of the "
          + "articles carry topic tags, else off.")
  Integer discover;

  @picocli.CommandLine.Option(names = "--burst-z", defaultValue = "2.0", paramLabel = "Z",
      description = "z-score from which a topic's share is a burst (default: ${DEFAULT-VALUE}).")
  double burstZ;

  @picocli.CommandLine.Option(names = "--baseline-periods", paramLabel = "N",
      description = "Trailing periods a topic's share is compared with (default: 3 months, 4 weeks or 7 days).")
  Integer baselinePeriods;

  @picocli.CommandLine.Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Run only these stages, in pipeline order: ${COMPLETION-CANDIDATES}. Their input tables "
          + "must be in OUT already or come from a stage in the list.")
  List<Stage> stages;

  @picocli.CommandLine.Option(names = "--from", paramLabel = "STAGE",
      description = "Restart at this stage and run every later one, reading the earlier stages' tables from OUT.")
  Stage from;

  /** The steps in the order they run: the stages, with their tables as {@link Lineage} declares them, and the report. */
  enum Stage {
    ingest(Lineage.Stage.INGEST),
    extract(Lineage.Stage.EXTRACT),
    topics(Lineage.Stage.TOPICS),
    cooccurrence(Lineage.Stage.COOCCURRENCE),
    quotes(Lineage.Stage.QUOTES),
    report(null);

    /** The stage's tables; null for the report, which reads whatever is there. */
    final Lineage.Stage tables;

    Stage(Lineage.Stage tables) {
      this.tables = tables;
    }

    List<String> needs() {
      return tables == null ? List.of() : tables.reads();
    }

    List<String> writes() {
      return tables == null ? List.of(Lineage.REPORT) : tables.paths();
    }
  }

  /** What this run does: the stages asked for, in pipeline order. */
  EnumSet<Stage> selected() {
    if (stages != null && from != null) {
      throw new IllegalArgumentException("use --stages or --from, not both");
    }
    if (from != null) {
      return EnumSet.range(from, Stage.report);
    }
    return stages == null || stages.isEmpty() ? EnumSet.allOf(Stage.class) : EnumSet.copyOf(stages);
  }

  /**
   * Fails before any work when a stage's input tables are neither in OUT nor made by an earlier
   * stage of this run, so a restart never dies halfway with a half-updated folder.
   */
  static void checkInputs(EnumSet<Stage> run, TableStore store) {
    Set<String> made = new java.util.HashSet<>();
    for (Stage stage : run) {
      for (String table : stage.needs()) {
        if (!made.contains(table) && !store.exists(table)) {
          String maker = Lineage.writer(table).orElseThrow().label();
          throw new IllegalArgumentException("stage " + stage + " needs the table " + table + ", which is not in "
              + store.root() + ": run the " + maker + " stage first (e.g. --from " + maker + ")");
        }
      }
      made.addAll(stage.writes());
    }
  }

  /** Every stage's settings, checked before any work: a bad value is a usage error. */
  private record Plan(EnumSet<Stage> run, IngestJob.Settings ingest, CooccurrenceJob.Settings pairs,
      QuotesJob.Settings quotes, TopicsOptions topics) {}

  private Plan plan() {
    EnumSet<Stage> run = selected();
    if (run.contains(Stage.ingest) && ingest.inputs.isEmpty()) {
      String sample = samplePath();
      ingest.inputs = List.of(sample + "/tass", sample + "/feeds");
    } else if (!run.contains(Stage.ingest) && !ingest.inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is read by the ingest stage, which this run skips");
    }
    IngestJob.Settings settings = run.contains(Stage.ingest) ? IngestCommand.settings(ingest) : null;
    CooccurrenceJob.Settings pairSettings = cooccurrence.settings();
    QuotesJob.Settings quoteSettings = QuotesOptions.settings(cooccurrence.grain, cooccurrence.timeZone, topQuotes);
    TopicsOptions t = topicOptions();
    t.discover = discover != null ? discover : AUTO_DISCOVER;
    t.settings(); // checks the values now; without --discover, topicSettings decides after ingest
    return new Plan(run, settings, pairSettings, quoteSettings, t);
  }

  @Override
  public Integer call() throws Exception {
    Plan plan = Usage.check(spec, this::plan);
    EnumSet<Stage> run = plan.run();
    IngestJob.Settings settings = plan.ingest();
    SparkSession spark = Sessions.get("pipeline");
    TableStore store = new TableStore(spark, out.output);
    List<String> writes = new ArrayList<>(List.of(Lineage.CSV, Lineage.TABLES_SQL));
    run.forEach(st -> writes.addAll(st.writes()));
    return Outputs.writing(store, "pipeline", writes, settings == null ? List.of() : settings.inputs(), () -> {
      checkInputs(run, store);
      return runStages(spark, store, plan);
    });
  }

  private int runStages(SparkSession spark, TableStore store, Plan plan) throws java.io.IOException {
    EnumSet<Stage> run = plan.run();
    IngestJob.Settings settings = plan.ingest();
    CooccurrenceJob.Settings pairSettings = plan.pairs();
    QuotesJob.Settings quoteSettings = plan.quotes();
    LOG.info("pipeline: stages {}", run);
    long start = System.nanoTime();
    List<String> lines = new ArrayList<>();
    if (run.contains(Stage.ingest)) {
      IngestJob.Result r = IngestJob.run(spark, store, settings);
      lines.add(String.format("  ingest:   %,d articles, %,d rejects", r.articles(), r.rejects()));
    }
    if (run.contains(Stage.extract)) {
      ExtractJob.Result r = ExtractJob.run(spark, store, extract.persons);
      lines.add(String.format("  extract:  %,d persons, %,d mentions, %,d quotes (%,d with a speaker)", r.persons(),
          r.mentions(), r.quotes(), r.attributed()));
    }
    if (run.contains(Stage.topics)) {
      TopicsJob.Result r = TopicsJob.run(spark, store, topicSettings(store, plan.topics()));
      lines.add(String.format("  topics:   %,d bursts, %,d mover rows", r.bursts(), r.movers()));
    }
    if (run.contains(Stage.cooccurrence)) {
      CooccurrenceJob.Result r = CooccurrenceJob.run(spark, store, pairSettings);
      lines.add(String.format("  pairs:    %,d (%,d with %d+ articles)", r.pairs(), r.publishedPairs(),
          pairSettings.minArticles()));
    }
    if (run.contains(Stage.quotes)) {
      QuotesJob.Result r = QuotesJob.run(spark, store, quoteSettings);
      lines.add(String.format("  quotes:   %,d clusters (%,d with variants)", r.clusters(), r.multiVariantClusters()));
    }
    List<String> csv = ReadingCopies.writeCsv(store);
    ReadingCopies.writeSql(store);
    Summary summary = Summary.read(store, 5);
    org.apache.hadoop.fs.Path page = null;
    if (run.contains(Stage.report)) {
      page = Report.write(store, summary);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    com.fasterxml.jackson.databind.node.ObjectNode entry = Manifest.newStage();
    entry.putPOJO("stages", run.stream().map(Stage::name).toList());
    entry.put("seconds", Math.round(seconds * 1000) / 1000.0);
    long peak = peakRssBytes();
    if (peak > 0) {
      entry.put("driver_peak_rss_bytes", peak);
    }
    entry.put("driver_max_heap_bytes", Runtime.getRuntime().maxMemory());
    Manifest.putStage(store, "pipeline", entry);
    System.out.printf("%nWirescope pipeline finished in %.1f s (%s)%n", seconds,
        run.size() == Stage.values().length ? "all stages" : "stages " + run);
    lines.forEach(System.out::println);
    System.out.println();
    System.out.print(summary.text());
    System.out.println();
    String where = store.shown();
    System.out.printf("  tables:   %s/<table>  (wirescope tables --output %s)%n", where, out.output);
    if (store.exists(org.wirescope.tables.PersonNetwork.NAME)) {
      System.out.printf("  network:  %s/exports/person_network.gexf (Gephi)%n", where);
    }
    System.out.printf("  csv:      %s/csv/ (%d summary tables, for a spreadsheet)%n", where, csv.size());
    System.out.printf("  sql:      wirescope sql --output %s \"SELECT ...\"; %s/tables.sql for a metastore%n",
        out.output, where);
    if (page != null) {
      System.out.printf("  report:   %s/%s/%s%n", where, Report.FOLDER, Report.PAGE);
    }
    System.out.printf("  manifest: %s/_manifest.json%n", where);
    return 0;
  }

  /** The driver's peak resident memory so far (Linux VmHWM), or -1 where /proc is not there. */
  static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The bundled sample: from the launcher's wirescope.sample property, else ./data/sample. */
  static String samplePath() {
    String prop = System.getProperty("wirescope.sample");
    Path p = Path.of(prop != null ? prop : "data/sample");
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("no --input given and the bundled sample " + p.toAbsolutePath()
          + " is not there: pass --input");
    }
    return p.toAbsolutePath().toString();
  }

  /** Topics discovered when --discover is not given and most articles carry no topic tags. */
  static final int AUTO_DISCOVER = 10;

  /** The topics stage's options: --grain and --time-zone are the run's shared ones. */
  private TopicsOptions topicOptions() {
    TopicsOptions t = new TopicsOptions();
    t.grain = Grain.parse(cooccurrence.grain);
    t.timeZone = cooccurrence.timeZone;
    t.burstZ = burstZ;
    t.baselinePeriods = baselinePeriods;
    return t;
  }

  /**
   * Discovery runs when asked, or by default when fewer than half of the articles carry topic
   * tags: a corpus without tags would otherwise have no topics beyond its sections. The log says
   * which, and why.
   */
  private TopicsJob.Settings topicSettings(TableStore store, TopicsOptions t) {
    if (discover == null) {
      Row tagged = store.read(Articles.NAME, Articles.SCHEMA)
          .filter(functions.col(Articles.DUPLICATE_OF).isNull())
          .agg(functions.count(functions.lit(1)),
              functions.sum(functions.when(functions.size(functions.col(Articles.TOPICS)).gt(0), 1).otherwise(0)))
          .first();
      long total = tagged.getLong(0);
      long withTags = tagged.isNullAt(1) ? 0 : tagged.getLong(1);
      boolean on = total > 0 && withTags * 2 < total;
      t.discover = on ? AUTO_DISCOVER : 0;
      LOG.info(String.format("pipeline: topic discovery %s: %,d of %,d articles carry topic tags%s", on
          ? "on (" + AUTO_DISCOVER + " topics)" : "off", withTags, total, on
          ? ", fewer than half; --discover 0 turns it off" : "; --discover K turns it on"));
    }
    return t.settings();
  }
}
