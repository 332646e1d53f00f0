package org.wirescope.quotes;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Periods;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.SpeakerTopics;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.VoiceShare;

/**
 * Pure transforms of the quotes stage, from quote rows to the five output tables. Near-duplicate
 * detection lives in {@link QuoteClustering}; everything here is plain Dataset to Dataset.
 *
 * <p>The working row, "clustered quotes", is a {@code quotes} row plus the article's {@link
 * #SOURCE} and the quote's {@link #CLUSTER_ID}.
 */
public final class QuoteTransforms {
  /** The article's source, carried on each quote row. */
  public static final String SOURCE = Articles.SOURCE;

  public static final String CLUSTER_ID = QuoteClusters.CLUSTER_ID;

  /** How many article ids a row names as evidence. */
  static final int EXAMPLES = 5;

  private QuoteTransforms() {}

  /**
   * The quotes of the given (non-duplicate) articles, each with its article's source. Quotes of
   * articles not in {@code articles} are dropped.
   */
  /** Quotes with a speaker the ranker gives less than {@code min} chance of being right. */
  public static Column belowConfidence(double min) {
    return col(Quotes.SPEAKER).isNotNull().and(col(Quotes.SPEAKER_CONFIDENCE).lt(min));
  }

  /**
   * The quotes as the quotes stage counts them: a speaker below {@code min} confidence is dropped,
   * with its kind, and the quote counts as unattributed. A quote without a confidence (a table
   * written before the ranker) keeps its speaker.
   */
  public static Dataset<Row> atConfidence(Dataset<Row> quotes, double min) {
    Column drop = belowConfidence(min);
    return quotes
        .withColumn(Quotes.SPEAKER, when(drop, lit(null)).otherwise(col(Quotes.SPEAKER)))
        .withColumn(Quotes.SPEAKER_KIND, when(drop, lit(null)).otherwise(col(Quotes.SPEAKER_KIND)));
  }

  public static Dataset<Row> withSources(Dataset<Row> quotes, Dataset<Row> articles) {
    return quotes.join(
        articles.select(col(Articles.ARTICLE_ID), col(Articles.SOURCE)), Quotes.ARTICLE_ID);
  }

  /**
   * One row per quote_id: its longest spelling ({@link Quotes#QUOTE_TEXT}) and its most frequent
   * non-null {@link Quotes#SPEAKER} (ties: alphabetical first; null when it never has one). This is
   * what near-duplicate detection compares: distinct texts, far fewer than quote rows.
   */
  public static Dataset<Row> distinctQuotes(Dataset<Row> quotes) {
    Dataset<Row> texts =
        quotes
            .groupBy(col(Quotes.QUOTE_ID))
            .agg(longest(col(Quotes.QUOTE_TEXT)).as(Quotes.QUOTE_TEXT));
    return texts.join(
        dominantSpeaker(quotes, Quotes.QUOTE_ID), new String[] {Quotes.QUOTE_ID}, "left");
  }

  /** The longest string of a group; among equally long ones the lexicographically greatest. */
  static Column longest(Column text) {
    return max(struct(length(text).as("_len"), text.as("_text"))).getField("_text");
  }

  /** The most frequent non-null speaker per {@code key}; ties go to the alphabetically first. */
  static Dataset<Row> dominantSpeaker(Dataset<Row> quotes, String key) {
    return quotes
        .filter(col(Quotes.SPEAKER).isNotNull())
        .groupBy(col(key), col(Quotes.SPEAKER))
        .agg(count(lit(1)).as("_n"))
        .withColumn(
            "_r",
            row_number()
                .over(Window.partitionBy(col(key)).orderBy(col("_n").desc(), col(Quotes.SPEAKER))))
        .filter(col("_r").equalTo(1))
        .select(col(key), col(Quotes.SPEAKER));
  }

  /**
   * Adds {@link #CLUSTER_ID} from a (quote_id, cluster_id) map that lists only the quote_ids of
   * multi-variant clusters; every other quote_id is a cluster of its own.
   */
  public static Dataset<Row> withClusterIds(Dataset<Row> quotes, Dataset<Row> clusterMap) {
    Dataset<Row> m = clusterMap.select(col(Quotes.QUOTE_ID).as("_qid"), col(CLUSTER_ID).as("_cid"));
    return quotes
        .join(broadcast(m), col(Quotes.QUOTE_ID).equalTo(col("_qid")), "left")
        .withColumn(
            CLUSTER_ID, org.apache.spark.sql.functions.coalesce(col("_cid"), col(Quotes.QUOTE_ID)))
        .drop("_qid", "_cid");
  }

  /** Up to {@link #EXAMPLES} distinct article ids of a group, earliest first. */
  static Column examples() {
    Column sorted =
        array_sort(
            collect_set(struct(col(Quotes.PUBLISHED_AT).as("t"), col(Quotes.ARTICLE_ID).as("a"))));
    return slice(sorted, 1, EXAMPLES).getField("a");
  }

  /** {@code quote_clusters}: one row per quote_id with its cluster's canonical text and reach. */
  public static Dataset<Row> quoteClusters(Dataset<Row> clustered) {
    Dataset<Row> perQuote =
        clustered
            .groupBy(col(CLUSTER_ID), col(Quotes.QUOTE_ID))
            .agg(
                longest(col(Quotes.QUOTE_TEXT)).as(QuoteClusters.QUOTE_TEXT),
                countDistinct(col(Quotes.ARTICLE_ID)).as(QuoteClusters.QUOTE_ARTICLES));
    Dataset<Row> perCluster =
        clustered
            .groupBy(col(CLUSTER_ID))
            .agg(
                longest(col(Quotes.QUOTE_TEXT)).as(QuoteClusters.CANONICAL_TEXT),
                countDistinct(col(Quotes.QUOTE_ID)).cast("int").as(QuoteClusters.VARIANTS),
                countDistinct(col(Quotes.ARTICLE_ID)).as(QuoteClusters.ARTICLES),
                array_sort(collect_set(col(SOURCE))).as(QuoteClusters.SOURCES),
                min(col(Quotes.PUBLISHED_AT)).as(QuoteClusters.FIRST_SEEN),
                max(col(Quotes.PUBLISHED_AT)).as(QuoteClusters.LAST_SEEN),
                examples().as(QuoteClusters.EXAMPLE_ARTICLE_IDS))
            .join(dominantSpeaker(clustered, CLUSTER_ID), new String[] {CLUSTER_ID}, "left");
    return perQuote.join(perCluster, CLUSTER_ID).select(columns(QuoteClusters.SCHEMA.fieldNames()));
  }

  /**
   * {@code top_quotes}: per scope (the whole corpus, then each period), the {@code top} clusters
   * carried by the most distinct articles. Cluster text, speaker and first/last seen come from
   * {@code quoteClusters} (the table written just before).
   */
  public static Dataset<Row> topQuotes(
      Dataset<Row> clustered, Dataset<Row> quoteClusters, Grain grain, String zone, int top) {
    Column[] aggs = {
      countDistinct(col(Quotes.ARTICLE_ID)).as(TopQuotes.ARTICLES),
      countDistinct(col(SOURCE)).as(TopQuotes.SOURCES),
      examples().as(TopQuotes.EXAMPLE_ARTICLE_IDS)
    };
    Dataset<Row> overall =
        clustered
            .groupBy(col(CLUSTER_ID))
            .agg(aggs[0], Arrays.copyOfRange(aggs, 1, aggs.length))
            .withColumn(TopQuotes.GRAIN, lit(TopQuotes.ALL))
            .withColumn(TopQuotes.PERIOD_START, lit(null).cast("date"));
    Dataset<Row> byPeriod =
        clustered
            .filter(col(Quotes.PUBLISHED_AT).isNotNull())
            .withColumn(
                TopQuotes.PERIOD_START, Periods.periodStart(col(Quotes.PUBLISHED_AT), grain, zone))
            .groupBy(col(TopQuotes.PERIOD_START), col(CLUSTER_ID))
            .agg(aggs[0], Arrays.copyOfRange(aggs, 1, aggs.length))
            .withColumn(TopQuotes.GRAIN, lit(grain.label()));
    Dataset<Row> info =
        quoteClusters
            .select(
                col(CLUSTER_ID),
                col(QuoteClusters.CANONICAL_TEXT),
                col(QuoteClusters.SPEAKER),
                col(QuoteClusters.FIRST_SEEN),
                col(QuoteClusters.LAST_SEEN))
            .dropDuplicates(CLUSTER_ID);
    return overall
        .unionByName(byPeriod)
        .join(info, CLUSTER_ID)
        .withColumn(
            TopQuotes.RANK,
            row_number()
                .over(
                    Window.partitionBy(col(TopQuotes.GRAIN), col(TopQuotes.PERIOD_START))
                        .orderBy(
                            col(TopQuotes.ARTICLES).desc(),
                            col(TopQuotes.FIRST_SEEN).asc_nulls_last(),
                            col(CLUSTER_ID))))
        .filter(col(TopQuotes.RANK).leq(top))
        .select(columns(TopQuotes.SCHEMA.fieldNames()));
  }

  /**
   * The periods of {@code grain} from the first of {@code starts} (a {@code period_start} column)
   * to the last, one row per {@code period_start}: the frame that gap filling needs.
   */
  private static Dataset<Row> periodsSpanning(Dataset<Row> starts, Grain grain) {
    Column p = col(QuoteCounts.PERIOD_START);
    return starts
        .agg(min(p).as("_first"), max(p).as("_last"))
        .filter(col("_first").isNotNull())
        .select(
            explode(sequence(col("_first"), col("_last"), expr(grain.step())))
                .as(QuoteCounts.PERIOD_START));
  }

  /**
   * {@code quote_counts}: per speaker (null = unattributed) and period, quote segments, statements
   * (segments that do not continue a previous one), distinct clusters and articles; every speaker
   * gets a row for every period of the corpus, zeros where it was not quoted.
   */
  public static Dataset<Row> quoteCounts(
      Dataset<Row> clustered, Dataset<Row> articles, Grain grain, String zone) {
    Dataset<Row> dated =
        clustered
            .filter(col(Quotes.PUBLISHED_AT).isNotNull())
            .withColumn(
                QuoteCounts.PERIOD_START,
                Periods.periodStart(col(Quotes.PUBLISHED_AT), grain, zone));
    Dataset<Row> counts =
        dated
            .groupBy(
                col(Quotes.SPEAKER).as("_speaker"), col(QuoteCounts.PERIOD_START).as("_period"))
            .agg(
                count(lit(1)).as(QuoteCounts.QUOTES),
                sum(when(col(Quotes.IS_CONTINUATION), 0L).otherwise(1L)).as(QuoteCounts.STATEMENTS),
                countDistinct(col(CLUSTER_ID)).as(QuoteCounts.DISTINCT_CLUSTERS),
                countDistinct(col(Quotes.ARTICLE_ID)).as(QuoteCounts.ARTICLES));
    // The frame spans the articles' periods and the quotes' own, so no quote falls outside it.
    Dataset<Row> starts =
        articles
            .filter(col(Articles.PUBLISHED_AT).isNotNull())
            .select(
                Periods.periodStart(col(Articles.PUBLISHED_AT), grain, zone)
                    .as(QuoteCounts.PERIOD_START))
            .union(dated.select(col(QuoteCounts.PERIOD_START)));
    Dataset<Row> grid =
        dated.select(col(Quotes.SPEAKER)).distinct().crossJoin(periodsSpanning(starts, grain));
    Dataset<Row> filled =
        grid.join(
                counts,
                col(Quotes.SPEAKER)
                    .eqNullSafe(col("_speaker"))
                    .and(col(QuoteCounts.PERIOD_START).equalTo(col("_period"))),
                "left")
            .na()
            .fill(
                0L,
                new String[] {
                  QuoteCounts.QUOTES,
                  QuoteCounts.STATEMENTS,
                  QuoteCounts.DISTINCT_CLUSTERS,
                  QuoteCounts.ARTICLES
                })
            .withColumn(QuoteCounts.GRAIN, lit(grain.label()));
    return filled.select(columns(QuoteCounts.SCHEMA.fieldNames()));
  }

  /** The articles' own topic tags as article_topics rows: kind "tag", weight 1. */
  public static Dataset<Row> tagTopics(Dataset<Row> articles) {
    return articles
        .select(col(Articles.ARTICLE_ID), explode(col(Articles.TOPICS)).as(ArticleTopics.TOPIC))
        .distinct()
        .select(
            col(Articles.ARTICLE_ID),
            col(ArticleTopics.TOPIC),
            lit(ArticleTopics.KIND_TAG).as(ArticleTopics.TOPIC_KIND),
            lit(1.0).as(ArticleTopics.WEIGHT),
            lit(true).as(ArticleTopics.IS_PRIMARY));
  }

  /**
   * {@code speaker_topics}: per speaker, topic and kind, the speaker's statements in articles with
   * that topic and their share of all the speaker's statements.
   */
  public static Dataset<Row> speakerTopics(Dataset<Row> clustered, Dataset<Row> articleTopics) {
    Dataset<Row> statements = clustered.filter(col(Quotes.IS_CONTINUATION).equalTo(false));
    Dataset<Row> totals =
        statements.groupBy(col(Quotes.SPEAKER).as("_speaker")).agg(count(lit(1)).as("_total"));
    Dataset<Row> topics =
        articleTopics
            .filter(col(ArticleTopics.TOPIC).isNotNull())
            .groupBy(
                col(Articles.ARTICLE_ID), col(ArticleTopics.TOPIC), col(ArticleTopics.TOPIC_KIND))
            .agg(max(col(ArticleTopics.WEIGHT)).as(ArticleTopics.WEIGHT));
    return statements
        .join(topics, Quotes.ARTICLE_ID)
        .groupBy(col(Quotes.SPEAKER), col(ArticleTopics.TOPIC), col(ArticleTopics.TOPIC_KIND))
        .agg(
            count(lit(1)).as(SpeakerTopics.STATEMENTS),
            sum(org.apache.spark.sql.functions.coalesce(col(ArticleTopics.WEIGHT), lit(1.0)))
                .as(SpeakerTopics.WEIGHTED_STATEMENTS),
            countDistinct(col(Quotes.ARTICLE_ID)).as(SpeakerTopics.ARTICLES))
        .join(totals, col(Quotes.SPEAKER).eqNullSafe(col("_speaker")))
        .withColumn(
            SpeakerTopics.SHARE, col(SpeakerTopics.STATEMENTS).cast("double").divide(col("_total")))
        .select(columns(SpeakerTopics.SCHEMA.fieldNames()));
  }

  /**
   * {@code voice_share}: per person, articles naming them (any mention) against articles quoting
   * them (a direct quotation attributed to them), for the whole corpus and per period.
   * Organisations quoted as speakers are left out: they are not persons.
   */
  public static Dataset<Row> voiceShare(
      Dataset<Row> mentions, Dataset<Row> clustered, Grain grain, String zone) {
    Dataset<Row> named =
        mentions.select(
            col(Mentions.ARTICLE_ID),
            col(Mentions.PERSON).as(VoiceShare.PERSON),
            col(Mentions.PUBLISHED_AT),
            lit(true).as("_named"));
    // Institutions ("Russian Foreign Ministry") speak but are not persons.
    Dataset<Row> quoted =
        clustered
            .filter(
                col(Quotes.SPEAKER)
                    .isNotNull()
                    .and(
                        col(Quotes.SPEAKER_KIND)
                            .isNull()
                            .or(col(Quotes.SPEAKER_KIND).notEqual(Quotes.KIND_ORGANIZATION))))
            .select(
                col(Quotes.ARTICLE_ID),
                col(Quotes.SPEAKER).as(VoiceShare.PERSON),
                col(Quotes.PUBLISHED_AT),
                lit(false).as("_named"));
    Dataset<Row> both = named.unionByName(quoted);
    Column[] aggs = {
      countDistinct(when(col("_named"), col(Mentions.ARTICLE_ID))).as(VoiceShare.MENTIONS_ARTICLES),
      countDistinct(when(col("_named").equalTo(false), col(Mentions.ARTICLE_ID)))
          .as(VoiceShare.QUOTED_ARTICLES)
    };
    Dataset<Row> overall =
        both.groupBy(col(VoiceShare.PERSON))
            .agg(aggs[0], aggs[1])
            .withColumn(VoiceShare.GRAIN, lit(VoiceShare.ALL))
            .withColumn(VoiceShare.PERIOD_START, lit(null).cast("date"));
    Dataset<Row> byPeriod =
        both.filter(col(Mentions.PUBLISHED_AT).isNotNull())
            .groupBy(
                col(VoiceShare.PERSON),
                Periods.periodStart(col(Mentions.PUBLISHED_AT), grain, zone)
                    .as(VoiceShare.PERIOD_START))
            .agg(aggs[0], aggs[1])
            .withColumn(VoiceShare.GRAIN, lit(grain.label()));
    return overall
        .unionByName(byPeriod)
        .withColumn(
            VoiceShare.RATIO,
            when(
                col(VoiceShare.MENTIONS_ARTICLES).gt(0),
                col(VoiceShare.QUOTED_ARTICLES)
                    .cast("double")
                    .divide(col(VoiceShare.MENTIONS_ARTICLES))))
        .select(columns(VoiceShare.SCHEMA.fieldNames()));
  }

  static Column[] columns(String[] names) {
    return Arrays.stream(names).map(n -> col(n)).toArray(Column[]::new);
  }
}
