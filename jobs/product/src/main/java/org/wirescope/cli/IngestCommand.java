package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.ingest.IngestJob;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope ingest}: raw corpora to the articles and rejects tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read raw articles into OUT/articles (Parquet, partitioned by UTC year and month) "
          + "and whatever could not be read into OUT/rejects, with a reason per record.",
      "Exact duplicates (same url, or same normalised title and body) are kept and marked in "
          + "duplicate_of. Counts, timings and versions go to OUT/_manifest.json.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  wirescope ingest --input ../shared/corpora/tass --default-year 2017 --output out",
      "  wirescope ingest --input 'feeds/*.jsonl.gz' --field title=headline --output out",
      "  wirescope ingest --input reuters21578 --format reuters --output out"
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;
  @Mixin IngestOptions ingest;

  @Override
  public Integer call() throws Exception {
    IngestJob.Settings settings = Usage.check(spec, () -> settings(ingest));
    SparkSession spark = Sessions.get("ingest");
    TableStore store = new TableStore(spark, out.output);
    Outputs.writing(
        store,
        "ingest",
        Lineage.Stage.INGEST.paths(),
        settings.inputs(),
        () -> IngestJob.run(spark, store, settings));
    System.out.println("articles: " + store.table("articles"));
    return 0;
  }

  static IngestJob.Settings settings(IngestOptions o) {
    if (o.inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "--input is required: name files, folders or globs to read");
    }
    return new IngestJob.Settings(o.inputs, o.format, o.readOptions(), o.maxRejectFraction);
  }
}
