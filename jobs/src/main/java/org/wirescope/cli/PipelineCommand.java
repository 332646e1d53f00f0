package org.wirescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.extract.ExtractJob;
import org.wirescope.ingest.IngestJob;
import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.tables.Articles;
import org.wirescope.tables.ReadingCopies;
import org.wirescope.topics.Grain;
import org.wirescope.topics.TopicsJob;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code wirescope pipeline}: every stage in one Spark application. Today that is ingest; each
 * stage joins as it lands, and the command accepts the options of every stage it runs.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run every stage in one Spark application: ingest, extract, topics, cooccurrence, quotes.",
        "Without --input it runs on the bundled sample corpus in data/sample.", ""},
    footer = {"", "Example:", "  jobs/bin/wirescope pipeline --output out/sample"})
public final class PipelineCommand implements Callable<Integer> {
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

  @Override
  public Integer call() throws java.io.IOException {
    if (ingest.inputs.isEmpty()) {
      String sample = samplePath();
      ingest.inputs = List.of(sample + "/tass", sample + "/feeds");
    }
    IngestJob.Settings settings = IngestCommand.settings(ingest);
    CooccurrenceJob.Settings pairSettings = cooccurrence.settings();
    QuotesJob.Settings quoteSettings = QuotesOptions.settings(cooccurrence.grain, cooccurrence.timeZone, topQuotes);
    SparkSession spark = Sessions.get("pipeline");
    TableStore store = new TableStore(spark, out.output);
    long start = System.nanoTime();
    IngestJob.Result ingested = IngestJob.run(spark, store, settings);
    ExtractJob.Result extracted = ExtractJob.run(spark, store, extract.persons);
    TopicsJob.Result topicsResult = TopicsJob.run(spark, store, topicSettings(spark, store));
    CooccurrenceJob.Result paired = CooccurrenceJob.run(spark, store, pairSettings);
    QuotesJob.Result quoted = QuotesJob.run(spark, store, quoteSettings);
    List<String> csv = ReadingCopies.writeCsv(store);
    ReadingCopies.writeSql(store);
    System.out.printf("%nWirescope pipeline finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
    System.out.printf("  articles: %,d (%,d duplicates, %,d undated)  %s%n", ingested.articles(),
        ingested.duplicates(), ingested.undated(), store.table("articles"));
    System.out.printf("  rejects:  %,d  %s%n", ingested.rejects(), store.table("rejects"));
    System.out.printf("  persons:  %,d (%,d mentions)  %s%n", extracted.persons(), extracted.mentions(),
        store.table("persons"));
    System.out.printf("  quotes:   %,d (%,d with a speaker)  %s%n", extracted.quotes(), extracted.attributed(),
        store.table("quotes"));
    System.out.printf("  pairs:    %,d (%,d with %d+ articles)  %s%n", paired.pairs(), paired.publishedPairs(),
        pairSettings.minArticles(), store.table("person_pairs"));
    System.out.printf("  network:  %s/exports/person_network.gexf%n", store.root());
    System.out.printf("  quote clusters: %,d (%,d with variants)  %s%n", quoted.clusters(),
        quoted.multiVariantClusters(), store.table("quote_clusters"));
    System.out.printf("  topics:   %,d bursts, %,d mover rows  %s%n", topicsResult.bursts(), topicsResult.movers(),
        store.table("topic_trends"));
    System.out.printf("  csv:      %d summary tables  %s/csv/%n", csv.size(), store.root());
    System.out.printf("  sql:      %s/tables.sql (CREATE TABLE ... USING parquet for a metastore)%n", store.root());
    System.out.printf("  manifest: %s/_manifest.json%n", store.root());
    return 0;
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

  /**
   * The topics stage shares --grain and --time-zone with the other stages. Discovery runs when
   * asked, or by default when fewer than half of the articles carry topic tags: a corpus without
   * tags would otherwise have no topics beyond its sections.
   */
  private TopicsJob.Settings topicSettings(SparkSession spark, TableStore store) {
    TopicsOptions t = new TopicsOptions();
    t.grain = Grain.parse(cooccurrence.grain);
    t.timeZone = cooccurrence.timeZone;
    t.burstZ = burstZ;
    t.baselinePeriods = baselinePeriods;
    if (discover != null) {
      t.discover = discover;
    } else {
      Row tagged = store.read(Articles.NAME, Articles.SCHEMA)
          .filter(functions.col(Articles.DUPLICATE_OF).isNull())
          .agg(functions.count(functions.lit(1)),
              functions.sum(functions.when(functions.size(functions.col(Articles.TOPICS)).gt(0), 1).otherwise(0)))
          .first();
      long total = tagged.getLong(0);
      long withTags = tagged.isNullAt(1) ? 0 : tagged.getLong(1);
      t.discover = total > 0 && withTags * 2 < total ? 10 : 0;
    }
    return t.settings();
  }
}
