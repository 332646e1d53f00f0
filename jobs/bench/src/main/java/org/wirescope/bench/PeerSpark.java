package org.wirescope.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.wirescope.persons.CooccurrenceTransforms;
import org.wirescope.quotes.QuoteTransforms;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopicTrends;
import org.wirescope.topics.TopicTransforms;

/**
 * The Wirescope side of {@link Peer}: each aggregate is the product's own public transforms, the
 * ones its job calls, on the job's input tables read through {@link TableStore} with their declared
 * schemas. Nothing here re-implements a step, so a change to a transform changes both the job and
 * this side of the comparison. What the jobs do besides (persisting an intermediate that several
 * outputs share) is left out, since each aggregate here reads it once.
 */
final class PeerSpark {
  private final SparkSession spark;
  private final TableStore store;
  private final Grain grain;
  private final String zone;
  private final int maxPersons;
  private final double minSpeakerConfidence;

  PeerSpark(
      SparkSession spark,
      TableStore store,
      Grain grain,
      String zone,
      int maxPersons,
      double minSpeakerConfidence) {
    this.spark = spark;
    this.store = store;
    this.grain = grain;
    this.zone = zone;
    this.maxPersons = maxPersons;
    this.minSpeakerConfidence = minSpeakerConfidence;
  }

  /**
   * All pairs of the article window with their counts, before the min-articles floor and the
   * measures.
   */
  void pairCounts(Path scratch, String out) {
    Dataset<Row> articles =
        store.read(Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull());
    Dataset<Row> mentions =
        CooccurrenceTransforms.originalMentions(
            articles, store.read(Mentions.NAME, Mentions.SCHEMA));
    CooccurrenceTransforms.withPairCounts(
            CooccurrenceTransforms.articlePairs(
                CooccurrenceTransforms.withArticlePersons(mentions), maxPersons, "article"))
        .write()
        .parquet(out);
  }

  /**
   * The topic trends from the published article_topics and the originals' periods, keeping the
   * compared columns: the optimizer then prunes the rolling statistics and example ids, which
   * neither side computes.
   */
  void topicShares(Path scratch, String out) {
    Dataset<Row> originals =
        TopicTransforms.filterOriginals(store.read(Articles.NAME, Articles.SCHEMA));
    Dataset<Row> published = store.read(ArticleTopics.NAME, ArticleTopics.SCHEMA);
    Dataset<Row> periods =
        TopicTransforms.explodeArticlePeriods(originals, grain, zone)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      TopicTransforms.topicTrends(
              published,
              periods,
              grain,
              new TopicTransforms.BurstRule(grain.defaultBaseline(), 2.0, 3))
          .select(
              TopicTrends.TOPIC,
              TopicTrends.TOPIC_KIND,
              TopicTrends.GRAIN,
              TopicTrends.PERIOD_START,
              TopicTrends.ARTICLES,
              TopicTrends.PERIOD_ARTICLES,
              TopicTrends.SHARE)
          .write()
          .parquet(out);
    } finally {
      periods.unpersist();
    }
  }

  /**
   * quote_counts: the originals' quotes with their sources and cluster ids, staged, then {@code
   * quoteCounts}. The clustering is not part of this aggregate: the cluster map is read from the
   * published quote_clusters, and like the job's map it lists only the quote_ids that are not their
   * own cluster.
   */
  void quoteCounts(Path scratch, String out) {
    Dataset<Row> articles =
        store.read(Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull());
    Dataset<Row> clusterMap =
        store
            .read(QuoteClusters.NAME, QuoteClusters.SCHEMA)
            .filter(col(QuoteClusters.CLUSTER_ID).notEqual(col(QuoteClusters.QUOTE_ID)))
            .select(QuoteClusters.QUOTE_ID, QuoteClusters.CLUSTER_ID);
    String clusteredPath = scratch.resolve("clustered-quotes").toUri().toString();
    Dataset<Row> quotes =
        QuoteTransforms.atConfidence(store.read(Quotes.NAME, Quotes.SCHEMA), minSpeakerConfidence);
    QuoteTransforms.withClusterIds(QuoteTransforms.withSources(quotes, articles), clusterMap)
        .write()
        .parquet(clusteredPath);
    QuoteTransforms.quoteCounts(spark.read().parquet(clusteredPath), articles, grain, zone)
        .write()
        .parquet(out);
  }
}
