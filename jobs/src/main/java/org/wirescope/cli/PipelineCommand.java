package org.wirescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.extract.ExtractJob;
import org.wirescope.ingest.IngestJob;
import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code wirescope pipeline}: every stage in one Spark application. Today that is ingest; each
 * stage joins as it lands, and the command accepts the options of every stage it runs.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run every stage in one Spark application: ingest, extract, cooccurrence (more stages "
        + "join as they land).",
        "Without --input it runs on the bundled sample corpus in data/sample.", ""},
    footer = {"", "Example:", "  jobs/bin/wirescope pipeline --output out/sample"})
public final class PipelineCommand implements Callable<Integer> {
  @Mixin OutputOption out;
  @Mixin IngestOptions ingest;
  @Mixin ExtractOptions extract;
  @Mixin CooccurrenceOptions cooccurrence;

  @Override
  public Integer call() {
    if (ingest.inputs.isEmpty()) {
      String sample = samplePath();
      ingest.inputs = List.of(sample + "/tass", sample + "/feeds");
    }
    IngestJob.Settings settings = IngestCommand.settings(ingest);
    CooccurrenceJob.Settings pairSettings = cooccurrence.settings();
    SparkSession spark = Sessions.get("pipeline");
    TableStore store = new TableStore(spark, out.output);
    long start = System.nanoTime();
    IngestJob.Result ingested = IngestJob.run(spark, store, settings);
    ExtractJob.Result extracted = ExtractJob.run(spark, store, extract.persons);
    CooccurrenceJob.Result paired = CooccurrenceJob.run(spark, store, pairSettings);
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
}
