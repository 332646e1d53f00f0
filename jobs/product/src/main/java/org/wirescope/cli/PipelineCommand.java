package org.wirescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.extract.ExtractJob;
import org.wirescope.ingest.IngestJob;
import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.report.Report;
import org.wirescope.report.Summary;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.ReadingCopies;
import org.wirescope.tables.TableStore;
import org.wirescope.topics.TopicsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirescope pipeline}: every stage in one Spark application, then the reading copies, the
 * report and a short summary. It accepts the options of every stage; {@code --stages} and {@code
 * --from} run a part of it against the tables an earlier run left in OUT.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Run every stage in one Spark application: ingest, extract, topics, cooccurrence, quotes,",
      "report. Without --input it runs on the bundled sample corpus in data/sample.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  jobs/bin/wirescope pipeline --output out/sample",
      "  jobs/bin/wirescope pipeline --output out/sample --from topics --grain week",
      "  jobs/bin/wirescope pipeline --output out/sample --stages cooccurrence,report --min-articles 3"
    })
public final class PipelineCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  @Spec CommandSpec spec;
  // Every stage's options, declared once in its own class; PipelineOptionsTest checks that this
  // list misses none of them.
  @Mixin OutputOption out;
  @Mixin IngestOptions ingest;
  @Mixin ExtractOptions extract;
  @Mixin PeriodOptions periods;
  @Mixin TopicsOptions topics;
  @Mixin CooccurrenceOptions cooccurrence;
  @Mixin QuotesOptions quotes;
  @Mixin ReportOptions report;

  @Option(
      names = "--stages",
      split = ",",
      paramLabel = "STAGE",
      description =
          "Run only these stages, in pipeline order: ${COMPLETION-CANDIDATES}. Their input tables "
              + "must be in OUT already or come from a stage in the list.")
  List<Stage> stages;

  @Option(
      names = "--from",
      paramLabel = "STAGE",
      description =
          "Restart at this stage and run every later one, reading the earlier stages' tables from OUT.")
  Stage from;

  /**
   * The steps in the order they run: the stages, with their tables as {@link Lineage} declares
   * them, and the report.
   */
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
    Set<String> made = new HashSet<>();
    for (Stage stage : run) {
      for (String table : stage.needs()) {
        if (!made.contains(table) && !store.exists(table)) {
          String maker = Lineage.writer(table).orElseThrow().label();
          throw new IllegalArgumentException(
              "stage "
                  + stage
                  + " needs the table "
                  + table
                  + ", which is not in "
                  + store.root()
                  + ": run the "
                  + maker
                  + " stage first (e.g. --from "
                  + maker
                  + ")");
        }
      }
      made.addAll(stage.writes());
    }
  }

  /** Every stage's settings, checked before any work: a bad value is a usage error. */
  private record Plan(
      EnumSet<Stage> run,
      IngestJob.Settings ingest,
      TopicsJob.Settings topics,
      CooccurrenceJob.Settings pairs,
      QuotesJob.Settings quotes,
      int reportTop) {}

  private Plan plan() {
    EnumSet<Stage> run = selected();
    if (run.contains(Stage.ingest) && ingest.inputs.isEmpty()) {
      String sample = samplePath();
      ingest.inputs = List.of(sample + "/tass", sample + "/feeds");
    } else if (!run.contains(Stage.ingest) && !ingest.inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "--input is read by the ingest stage, which this run skips");
    }
    IngestJob.Settings settings =
        run.contains(Stage.ingest) ? IngestCommand.settings(ingest) : null;
    return new Plan(
        run,
        settings,
        topics.settings(periods),
        cooccurrence.settings(periods),
        quotes.settings(periods),
        report.top());
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
    return Outputs.writing(
        store,
        "pipeline",
        writes,
        settings == null ? List.of() : settings.inputs(),
        () -> {
          checkInputs(run, store);
          return runStages(spark, store, plan);
        });
  }

  private int runStages(SparkSession spark, TableStore store, Plan plan)
      throws java.io.IOException {
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
      ExtractJob.Result r =
          ExtractJob.run(spark, store, extract.persons, extract.names, !extract.noCorpusEvidence);
      lines.add(
          String.format(
              "  extract:  %,d persons, %,d mentions, %,d quotes (%,d with a speaker)",
              r.persons(), r.mentions(), r.quotes(), r.attributed()));
    }
    if (run.contains(Stage.topics)) {
      TopicsJob.Result r = TopicsJob.run(spark, store, plan.topics());
      lines.add(String.format("  topics:   %,d bursts, %,d mover rows", r.bursts(), r.movers()));
    }
    if (run.contains(Stage.cooccurrence)) {
      CooccurrenceJob.Result r = CooccurrenceJob.run(spark, store, pairSettings);
      lines.add(
          String.format(
              "  pairs:    %,d (%,d with %d+ articles)",
              r.pairs(), r.publishedPairs(), pairSettings.minArticles()));
    }
    if (run.contains(Stage.quotes)) {
      QuotesJob.Result r = QuotesJob.run(spark, store, quoteSettings);
      lines.add(
          String.format(
              "  quotes:   %,d clusters (%,d with variants)",
              r.clusters(), r.multiVariantClusters()));
    }
    List<String> csv = ReadingCopies.writeCsv(store);
    ReadingCopies.writeSql(store);
    // One summary serves the page (--report-top rows per list) and the lines printed below.
    Summary summary = Summary.read(store, Math.max(plan.reportTop(), SUMMARY_ROWS));
    org.apache.hadoop.fs.Path page = null;
    if (run.contains(Stage.report)) {
      page =
          Report.write(
              store,
              plan.reportTop() >= SUMMARY_ROWS ? summary : Summary.read(store, plan.reportTop()));
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
    System.out.printf(
        "%nWirescope pipeline finished in %.1f s (%s)%n",
        seconds, run.size() == Stage.values().length ? "all stages" : "stages " + run);
    lines.forEach(System.out::println);
    System.out.println();
    System.out.print(summary.text(SUMMARY_ROWS));
    System.out.println();
    String where = store.shown();
    System.out.printf(
        "  tables:   %s/<table>  (wirescope tables --output %s)%n", where, out.output);
    if (store.exists(PersonNetwork.NAME)) {
      System.out.printf("  network:  %s/exports/person_network.gexf (Gephi)%n", where);
    }
    System.out.printf(
        "  csv:      %s/csv/ (%d summary tables, for a spreadsheet)%n", where, csv.size());
    System.out.printf(
        "  sql:      wirescope sql --output %s \"SELECT ...\"; %s/tables.sql for a metastore%n",
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

  /** Rows per list in the summary printed at the end. */
  static final int SUMMARY_ROWS = 5;

  /** The bundled sample: from the launcher's wirescope.sample property, else ./data/sample. */
  static String samplePath() {
    String prop = System.getProperty("wirescope.sample");
    Path p = Path.of(prop != null ? prop : "data/sample");
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException(
          "no --input given and the bundled sample "
              + p.toAbsolutePath()
              + " is not there: pass --input");
    }
    return p.toAbsolutePath().toString();
  }
}
