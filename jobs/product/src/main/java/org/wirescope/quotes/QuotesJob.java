package org.wirescope.quotes;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.SpeakerTopics;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.VoiceShare;

/**
 * Quotes: who is quoted, on what, how often, and which statements the wires carry.
 *
 * <p>Input: {@code quotes}, {@code mentions}, {@code articles} (duplicates skipped), and {@code
 * article_topics} when the topics stage has written it (else the articles' topic tags). Output
 * grain: {@code quote_clusters} one row per quote_id; {@code top_quotes} one row per scope (corpus,
 * period) and rank; {@code quote_counts} one row per speaker and period; {@code speaker_topics} one
 * row per speaker and topic; {@code voice_share} one row per person and period, plus one per person
 * for the corpus.
 *
 * <pre>
 * wirescope quotes --output out/ --grain week --time-zone Europe/Moscow --top 20
 * </pre>
 */
public final class QuotesJob {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  /** The stage's options. */
  public record Settings(
      Grain grain,
      String timeZone,
      int top,
      QuoteClustering.Settings clustering,
      double minSpeakerConfidence) {}

  /** What a run wrote. */
  public record Result(
      long quotes,
      long statements,
      long speakers,
      long unattributed,
      long belowConfidence,
      long clusters,
      long multiVariantClusters,
      long pairs,
      String topicsFrom,
      double seconds) {}

  /** Staging only: whether the quote's speaker was dropped for its low confidence. */
  private static final String BELOW = "_below_confidence";

  private QuotesJob() {}

  public static Result run(SparkSession spark, TableStore store, Settings s) {
    long start = System.nanoTime();
    store.cleanStaging();
    Dataset<Row> articles =
        store.read(Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull());
    Dataset<Row> mentions =
        store
            .read(Mentions.NAME, Mentions.SCHEMA)
            .join(articles.select(Articles.ARTICLE_ID), Mentions.ARTICLE_ID, "left_semi");

    // Quotes with their article's source, once, to staging: clustering and every table read them.
    // A speaker the ranker is not sure enough of counts as none from here on.
    spark.sparkContext().setJobDescription("quotes: stage quotes");
    Path quotesPath = store.staging("quotes-with-sources");
    // The dropped speakers are flagged here and counted with the other totals at the end.
    Dataset<Row> flagged =
        store
            .read(Quotes.NAME, Quotes.SCHEMA)
            .withColumn(BELOW, QuoteTransforms.belowConfidence(s.minSpeakerConfidence()));
    QuoteTransforms.withSources(
            QuoteTransforms.atConfidence(flagged, s.minSpeakerConfidence()), articles)
        .write()
        .parquet(quotesPath.toString());
    Dataset<Row> quotes = spark.read().parquet(quotesPath.toString());

    // Near-duplicate pairs to the driver, components back as a small map of quote_id to cluster.
    spark.sparkContext().setJobDescription("quotes: near-duplicate clusters");
    QuoteClustering.Clusters clusters =
        QuoteClustering.cluster(spark, QuoteTransforms.distinctQuotes(quotes), s.clustering());
    Path clusteredPath = store.staging("clustered-quotes");
    QuoteTransforms.withClusterIds(quotes, clusters.map())
        .write()
        .parquet(clusteredPath.toString());
    Dataset<Row> clustered = spark.read().parquet(clusteredPath.toString());

    spark.sparkContext().setJobDescription("quotes: write quote_clusters");
    store.write(QuoteClusters.NAME, QuoteTransforms.quoteClusters(clustered));
    Dataset<Row> quoteClusters = store.read(QuoteClusters.NAME, QuoteClusters.SCHEMA);
    spark.sparkContext().setJobDescription("quotes: write top_quotes");
    store.write(
        TopQuotes.NAME,
        QuoteTransforms.topQuotes(clustered, quoteClusters, s.grain(), s.timeZone(), s.top())
            .coalesce(1));
    spark.sparkContext().setJobDescription("quotes: write quote_counts");
    store.write(
        QuoteCounts.NAME,
        QuoteTransforms.quoteCounts(clustered, articles, s.grain(), s.timeZone()));

    spark.sparkContext().setJobDescription("quotes: write speaker_topics");
    boolean haveTopics = store.exists(ArticleTopics.NAME);
    Dataset<Row> topics =
        haveTopics
            ? store.read(ArticleTopics.NAME, ArticleTopics.SCHEMA)
            : QuoteTransforms.tagTopics(articles);
    store.write(SpeakerTopics.NAME, QuoteTransforms.speakerTopics(clustered, topics).coalesce(1));
    spark.sparkContext().setJobDescription("quotes: write voice_share");
    store.write(
        VoiceShare.NAME, QuoteTransforms.voiceShare(mentions, clustered, s.grain(), s.timeZone()));

    // Counts for the log and manifest, from the staged quotes and the small cluster table.
    Row q =
        clustered
            .agg(
                count(lit(1)),
                sum(when(col(Quotes.IS_CONTINUATION), 0L).otherwise(1L)),
                countDistinct(col(Quotes.SPEAKER)),
                sum(when(col(Quotes.SPEAKER).isNull(), 1L).otherwise(0L)),
                sum(when(col(BELOW), 1L).otherwise(0L)))
            .first();
    Row c =
        quoteClusters
            .agg(
                countDistinct(col(QuoteClusters.CLUSTER_ID)),
                countDistinct(
                    when(col(QuoteClusters.VARIANTS).gt(1), col(QuoteClusters.CLUSTER_ID))))
            .first();
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);

    double seconds = (System.nanoTime() - start) / 1e9;
    String topicsFrom = haveTopics ? ArticleTopics.NAME : "article tags";
    Result r =
        new Result(
            q.getLong(0),
            q.isNullAt(1) ? 0 : q.getLong(1),
            q.getLong(2),
            q.isNullAt(3) ? 0 : q.getLong(3),
            q.isNullAt(4) ? 0 : q.getLong(4),
            c.getLong(0),
            c.getLong(1),
            clusters.pairs(),
            topicsFrom,
            seconds);
    ObjectNode e = Manifest.newStage();
    e.put("grain", s.grain().label());
    e.put("time_zone", s.timeZone());
    e.put("top", s.top());
    e.put("similarity_threshold", s.clustering().threshold());
    e.put(
        "similarity",
        "Jaccard of word bigrams; MinHashLSH candidates, "
            + QuoteClustering.BANDS
            + " bands of "
            + QuoteClustering.ROWS
            + " minhashes");
    e.put("min_words_for_variants", s.clustering().minWords());
    e.put("topics_from", topicsFrom);
    e.put("min_speaker_confidence", s.minSpeakerConfidence());
    e.put("quotes", r.quotes());
    e.put("statements", r.statements());
    e.put("speakers", r.speakers());
    e.put("quotes_unattributed", r.unattributed());
    e.put("quotes_below_speaker_confidence", r.belowConfidence());
    e.put("clusters", r.clusters());
    e.put("clusters_with_variants", r.multiVariantClusters());
    e.put("near_duplicate_pairs", r.pairs());
    e.put("seconds", Math.round(seconds * 1000) / 1000.0);
    Manifest.putStage(store, "quotes", e);
    LOG.info(
        String.format(
            "quotes: %,d quotes (%,d statements) of %,d speakers, %,d unattributed (%,d of them "
                + "with a speaker below confidence %.2f); %,d clusters (%,d with variants, %,d pairs at similarity >= %.2f); "
                + "topics from %s in %.1f s",
            r.quotes(),
            r.statements(),
            r.speakers(),
            r.unattributed(),
            r.belowConfidence(),
            s.minSpeakerConfidence(),
            r.clusters(),
            r.multiVariantClusters(),
            r.pairs(),
            s.clustering().threshold(),
            topicsFrom,
            seconds));
    return r;
  }
}
