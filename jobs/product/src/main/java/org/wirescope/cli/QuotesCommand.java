package org.wirescope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.quotes.QuoteClustering;
import org.wirescope.quotes.QuotesJob;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wirescope quotes}: quote clusters, top quotes, counts per speaker, topics and voice share.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Who is quoted, on what, and which statements the wires carry: reads OUT/quotes, "
          + "OUT/mentions, OUT/articles (duplicates skipped) and OUT/article_topics when present (else the "
          + "articles' topic tags), and writes quote_clusters (the same statement across articles, reworded "
          + "variants joined at word-bigram similarity >= "
          + QuoteClustering.DEFAULT_THRESHOLD
          + "), top_quotes, "
          + "quote_counts (per speaker and period, unattributed quotes as a null speaker), speaker_topics and "
          + "voice_share (articles naming a person against articles quoting them).",
      ""
    },
    footer = {
      "",
      "Example:",
      "  wirescope quotes --output out --grain week --time-zone Europe/Moscow --top-quotes 20"
    })
public final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;
  @Mixin PeriodOptions periods;
  @Mixin QuotesOptions options;

  @Override
  public Integer call() throws Exception {
    QuotesJob.Settings settings = Usage.check(spec, () -> options.settings(periods));
    SparkSession spark = Sessions.get("quotes");
    TableStore store = new TableStore(spark, out.output);
    Outputs.writing(
        store,
        "quotes",
        Outputs.writes(List.of(Lineage.Stage.QUOTES)),
        List.of(),
        () -> QuotesJob.run(spark, store, settings));
    System.out.println(
        "quote_clusters, top_quotes, quote_counts, speaker_topics, voice_share: " + store.root());
    return 0;
  }
}
