package org.wirescope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import org.wirescope.topics.TopicsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope topics}: article topics, their trends, bursts and movers. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "Give every article in OUT/articles (duplicates skipped) its topics: its topic tags, its "
          + "section and, when the corpus has few tags (or with --discover on or K), topics found in the text: "
          + "coarse topics by latent semantic analysis and spherical k-means, K chosen from the corpus, and "
          + "fine topics within each, labelled by their distinctive terms. Writes OUT/article_topics, "
          + "OUT/discovered_topics, OUT/topic_trends and OUT/topic_movers.",
      "topic_trends has one row per topic and period (day, week or month in --time-zone), zeros "
          + "included, with the topic's share of the period's articles, its rolling mean and z-score "
          + "over the trailing --baseline-periods, and is_burst. Undated articles are left out of the "
          + "trends and counted in OUT/_manifest.json.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  wirescope topics --output out",
      "  wirescope topics --output out --grain week --time-zone Europe/Moscow",
      "  wirescope topics --output out --discover 10"
    })
public final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;
  @Mixin PeriodOptions periods;
  @Mixin TopicsOptions topics;

  @Override
  public Integer call() throws Exception {
    TopicsJob.Settings settings = Usage.check(spec, () -> topics.settings(periods));
    SparkSession spark = Sessions.get("topics");
    TableStore store = new TableStore(spark, out.output);
    TopicsJob.Result r =
        Outputs.writing(
            store,
            "topics",
            Outputs.writes(List.of(Lineage.Stage.TOPICS)),
            List.of(),
            () -> TopicsJob.run(spark, store, settings));
    System.out.printf(
        "topics: %,d trend rows (%,d bursts), %,d movers: %s%n",
        r.trendRows(), r.bursts(), r.movers(), store.table("topic_trends"));
    if (r.discovered().k() > 0) {
      System.out.printf(
          "topics: discovered %d topics (%s):%n", r.discovered().k(), r.discovered().note());
      r.discovered().labels().forEach(label -> System.out.println("  " + label));
    }
    return 0;
  }
}
