package org.wirescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.ingest.IngestJob;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code wirescope pipeline}: every stage in one Spark application. Today that is ingest; each
 * stage joins as it lands, and the command accepts the options of every stage it runs.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Run every stage in one Spark application: ingest (more stages join as they land).",
        "Without --input it runs on the bundled sample corpus in data/sample.", ""},
    footer = {"", "Example:", "  jobs/bin/wirescope pipeline --output out/sample"})
public final class PipelineCommand implements Callable<Integer> {
  @Mixin OutputOption out;
  @Mixin IngestOptions ingest;

  @Override
  public Integer call() {
    if (ingest.inputs.isEmpty()) {
      String sample = samplePath();
      ingest.inputs = List.of(sample + "/tass", sample + "/feeds");
    }
    IngestJob.Settings settings = IngestCommand.settings(ingest);
    SparkSession spark = Sessions.get("pipeline");
    TableStore store = new TableStore(spark, out.output);
    IngestJob.Result ingested = IngestJob.run(spark, store, settings);
    System.out.printf("%nWirescope pipeline finished in %.1f s%n", ingested.seconds());
    System.out.printf("  articles: %,d (%,d duplicates, %,d undated)  %s%n", ingested.articles(),
        ingested.duplicates(), ingested.undated(), store.table("articles"));
    System.out.printf("  rejects:  %,d  %s%n", ingested.rejects(), store.table("rejects"));
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
