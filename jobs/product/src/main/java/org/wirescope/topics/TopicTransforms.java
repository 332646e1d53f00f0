package org.wirescope.topics;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Periods;
import org.wirescope.tables.TopicMovers;
import org.wirescope.tables.TopicTrends;

/**
 * Pure transforms of the topics stage: articles to article topics, article topics to trends, and
 * trends to movers. No I/O, no actions, no session: the job wires them and publishes the results.
 */
public final class TopicTransforms {
  private static final int EXAMPLES = 3;
  private static final String FIRST = "_first";
  private static final String LAST = "_last";
  private static final String BASELINE_ROWS = "_baseline_rows";

  private TopicTransforms() {}

  /**
   * Drops duplicates (rows with a {@code duplicate_of}): every count in this stage is of originals.
   */
  public static Dataset<Row> filterOriginals(Dataset<Row> articles) {
    return articles.filter(col(Articles.DUPLICATE_OF).isNull());
  }

  /** One {@code tag} topic row per distinct non-blank topic tag of an article, weight 1. */
  public static Dataset<Row> explodeTagTopics(Dataset<Row> articles) {
    return articles
        .select(
            col(Articles.ARTICLE_ID),
            explode(array_distinct(transform(col(Articles.TOPICS), t -> trim(t))))
                .as(ArticleTopics.TOPIC))
        .filter(col(ArticleTopics.TOPIC).isNotNull().and(col(ArticleTopics.TOPIC).notEqual("")))
        .select(
            col(Articles.ARTICLE_ID).as(ArticleTopics.ARTICLE_ID),
            col(ArticleTopics.TOPIC),
            lit(ArticleTopics.KIND_TAG).as(ArticleTopics.TOPIC_KIND),
            lit(1.0).as(ArticleTopics.WEIGHT),
            lit(true).as(ArticleTopics.IS_PRIMARY));
  }

  /** One {@code section} topic row per article with a non-blank section, weight 1. */
  public static Dataset<Row> explodeSectionTopics(Dataset<Row> articles) {
    Column section = trim(col(Articles.SECTION));
    return articles
        .filter(section.isNotNull().and(section.notEqual("")))
        .select(
            col(Articles.ARTICLE_ID).as(ArticleTopics.ARTICLE_ID),
            section.as(ArticleTopics.TOPIC),
            lit(ArticleTopics.KIND_SECTION).as(ArticleTopics.TOPIC_KIND),
            lit(1.0).as(ArticleTopics.WEIGHT),
            lit(true).as(ArticleTopics.IS_PRIMARY));
  }

  /**
   * {@code article_id, period_start} for every dated article; undated ones (null published_at) are
   * dropped, since they belong to no period.
   */
  public static Dataset<Row> explodeArticlePeriods(
      Dataset<Row> articles, Grain grain, String zone) {
    return articles
        .filter(col(Articles.PUBLISHED_AT).isNotNull())
        .select(
            col(Articles.ARTICLE_ID),
            Periods.periodStart(col(Articles.PUBLISHED_AT), grain, zone)
                .as(TopicTrends.PERIOD_START));
  }

  /**
   * {@code period_start, period_articles}: every period from the first to the last of {@code
   * articlePeriods}, including those without any article (0), so trends have no holes.
   */
  public static Dataset<Row> withPeriodTotals(Dataset<Row> articlePeriods, Grain grain) {
    Dataset<Row> totals =
        articlePeriods
            .groupBy(TopicTrends.PERIOD_START)
            .agg(count(lit(1)).as(TopicTrends.PERIOD_ARTICLES));
    Dataset<Row> all =
        articlePeriods
            .agg(min(TopicTrends.PERIOD_START).as(FIRST), max(TopicTrends.PERIOD_START).as(LAST))
            .select(
                explode(sequence(col(FIRST), col(LAST), expr(grain.step())))
                    .as(TopicTrends.PERIOD_START));
    return all.join(totals, new String[] {TopicTrends.PERIOD_START}, "left")
        .select(
            col(TopicTrends.PERIOD_START),
            coalesce(col(TopicTrends.PERIOD_ARTICLES), lit(0L)).as(TopicTrends.PERIOD_ARTICLES));
  }

  /**
   * How bursts are judged; see {@link #topicTrends}. {@code minArticles} {@link #FROM_DATA} sets it
   * from the corpus ({@link #minBurstArticles}).
   */
  public record BurstRule(int baselinePeriods, double burstZ, long minArticles) {
    public static final long FROM_DATA = -1;

    public BurstRule {
      if (baselinePeriods < 1) {
        throw new IllegalArgumentException(
            "--baseline-periods must be at least 1, not " + baselinePeriods);
      }
      if (minArticles < FROM_DATA) {
        throw new IllegalArgumentException(
            "--min-burst-articles must be auto or at least 0, not " + minArticles);
      }
    }

    public BurstRule withMinArticles(long n) {
      return new BurstRule(baselinePeriods, burstZ, n);
    }
  }

  /** The floor {@link #minBurstArticles} never goes below. */
  public static final long MIN_BURST_ARTICLES = 3;

  /**
   * The support a burst needs, from the data: a topic's articles in a period must reach half the
   * square root of the median period's articles (at least {@link #MIN_BURST_ARTICLES}). The
   * sampling noise of a count grows with the square root of the articles it is drawn from, so in a
   * corpus of 2,500 articles a month a topic needs 25 in its month to lead, and in days of 30 wire
   * stories 3; a handful of articles in a busy period is noise, not a burst.
   */
  public static long minBurstArticles(long medianPeriodArticles) {
    return Math.max(
        MIN_BURST_ARTICLES, (long) Math.ceil(0.5 * Math.sqrt(Math.max(0, medianPeriodArticles))));
  }

  /**
   * The {@code topic_trends} rows: one per topic, kind and period, from the corpus's first to its
   * last period (given by {@code articlePeriods}, the output of {@link #explodeArticlePeriods}).
   *
   * <ul>
   *   <li>{@code share} = the topic's articles / all articles of the period (null when the period
   *       has none). An article with two topics counts for each, so shares need not sum to 1.
   *   <li>{@code rolling_mean}, {@code rolling_std}: mean and population standard deviation of the
   *       share over the {@code baselinePeriods} periods before this one (periods without any
   *       article are ignored).
   *   <li>{@code zscore} = (share - rolling_mean) / max(rolling_std, noise), where noise is the
   *       binomial sampling error of a share at the baseline rate, sqrt(p (1 - p) / n), with n the
   *       period's articles and p = max(rolling_mean, 1 / n). The floor keeps a flat baseline (std
   *       near 0) from turning one extra article into a huge score. Null until a full baseline
   *       precedes the period.
   *   <li>{@code is_burst}: zscore at least {@code burstZ} and at least {@code minArticles}
   *       articles of the topic in the period.
   * </ul>
   */
  public static Dataset<Row> topicTrends(
      Dataset<Row> articleTopics, Dataset<Row> articlePeriods, Grain grain, BurstRule rule) {
    Dataset<Row> periods = withPeriodTotals(articlePeriods, grain);
    Dataset<Row> counts =
        articleTopics
            .join(articlePeriods, ArticleTopics.ARTICLE_ID)
            .groupBy(
                col(ArticleTopics.TOPIC_KIND),
                col(ArticleTopics.TOPIC),
                col(TopicTrends.PERIOD_START))
            .agg(
                count(lit(1)).as(TopicTrends.ARTICLES),
                slice(array_sort(collect_list(col(ArticleTopics.ARTICLE_ID))), 1, EXAMPLES)
                    .as(TopicTrends.EXAMPLE_ARTICLE_IDS));
    Dataset<Row> grid =
        counts.select(ArticleTopics.TOPIC_KIND, ArticleTopics.TOPIC).distinct().crossJoin(periods);
    Dataset<Row> filled =
        grid.join(
                counts,
                new String[] {
                  ArticleTopics.TOPIC_KIND, ArticleTopics.TOPIC, TopicTrends.PERIOD_START
                },
                "left")
            .withColumn(TopicTrends.ARTICLES, coalesce(col(TopicTrends.ARTICLES), lit(0L)))
            .withColumn(
                TopicTrends.EXAMPLE_ARTICLE_IDS,
                coalesce(col(TopicTrends.EXAMPLE_ARTICLE_IDS), array().cast("array<string>")))
            .withColumn(
                TopicTrends.SHARE,
                when(
                    col(TopicTrends.PERIOD_ARTICLES).gt(0),
                    col(TopicTrends.ARTICLES)
                        .cast("double")
                        .divide(col(TopicTrends.PERIOD_ARTICLES))));
    return withBursts(filled, rule)
        .select(
            col(TopicTrends.TOPIC),
            col(TopicTrends.TOPIC_KIND),
            lit(grain.label()).as(TopicTrends.GRAIN),
            col(TopicTrends.PERIOD_START),
            col(TopicTrends.ARTICLES),
            col(TopicTrends.PERIOD_ARTICLES),
            col(TopicTrends.SHARE),
            col(TopicTrends.ROLLING_MEAN),
            col(TopicTrends.ROLLING_STD),
            col(TopicTrends.ZSCORE),
            col(TopicTrends.IS_BURST),
            col(TopicTrends.EXAMPLE_ARTICLE_IDS));
  }

  /**
   * Adds {@code rolling_mean}, {@code rolling_std}, {@code zscore} and {@code is_burst} to rows of
   * {@code topic, topic_kind, period_start, articles, period_articles, share} that hold every
   * period of each topic (as {@link #topicTrends} makes them): the trailing window counts rows.
   */
  public static Dataset<Row> withBursts(Dataset<Row> series, BurstRule rule) {
    WindowSpec trailing =
        Window.partitionBy(col(TopicTrends.TOPIC_KIND), col(TopicTrends.TOPIC))
            .orderBy(col(TopicTrends.PERIOD_START))
            .rowsBetween(-rule.baselinePeriods(), -1);
    Column share = col(TopicTrends.SHARE);
    Column mean = col(TopicTrends.ROLLING_MEAN);
    // At least 1, so no division fails in periods without articles (their share is null anyway).
    Column n = greatest(col(TopicTrends.PERIOD_ARTICLES).cast("double"), lit(1.0));
    Column p = greatest(mean, lit(1.0).divide(n));
    Column denominator =
        greatest(col(TopicTrends.ROLLING_STD), sqrt(p.multiply(lit(1.0).minus(p)).divide(n)));
    Column scored =
        share
            .isNotNull()
            .and(mean.isNotNull())
            .and(col(BASELINE_ROWS).equalTo(rule.baselinePeriods()));
    return series
        .withColumn(TopicTrends.ROLLING_MEAN, avg(share).over(trailing))
        .withColumn(TopicTrends.ROLLING_STD, stddev_pop(share).over(trailing))
        .withColumn(BASELINE_ROWS, count(lit(1)).over(trailing))
        .withColumn(
            TopicTrends.ZSCORE,
            when(scored.and(denominator.gt(0)), share.minus(mean).divide(denominator)))
        .withColumn(
            TopicTrends.IS_BURST,
            coalesce(
                col(TopicTrends.ZSCORE)
                    .geq(rule.burstZ())
                    .and(col(TopicTrends.ARTICLES).geq(rule.minArticles())),
                lit(false)))
        .drop(BASELINE_ROWS);
  }

  /**
   * The {@code topic_movers} rows from gap-filled {@code topic_trends} rows: for each period and
   * topic kind, the {@code top} topics whose share rose most and the {@code top} that fell most
   * against the topic's previous period, ranked 1..top per direction (ties by topic name).
   * Unchanged topics, and periods where either share is undefined, are not movers.
   */
  public static Dataset<Row> topicMovers(Dataset<Row> trends, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("--movers must be at least 1, not " + top);
    }
    WindowSpec byTopic =
        Window.partitionBy(col(TopicTrends.TOPIC_KIND), col(TopicTrends.TOPIC))
            .orderBy(col(TopicTrends.PERIOD_START));
    Column change = col(TopicMovers.CHANGE_POINTS);
    WindowSpec byMove =
        Window.partitionBy(
                col(TopicMovers.PERIOD_START),
                col(TopicMovers.TOPIC_KIND),
                col(TopicMovers.DIRECTION))
            .orderBy(abs(change).desc(), col(TopicMovers.TOPIC).asc());
    return trends
        .withColumn(TopicMovers.PREVIOUS_SHARE, lag(col(TopicTrends.SHARE), 1).over(byTopic))
        .withColumn(TopicMovers.PREVIOUS_ARTICLES, lag(col(TopicTrends.ARTICLES), 1).over(byTopic))
        .filter(
            col(TopicTrends.SHARE)
                .isNotNull()
                .and(col(TopicMovers.PREVIOUS_SHARE).isNotNull())
                .and(col(TopicTrends.SHARE).notEqual(col(TopicMovers.PREVIOUS_SHARE))))
        .withColumn(
            TopicMovers.CHANGE_POINTS,
            col(TopicTrends.SHARE).minus(col(TopicMovers.PREVIOUS_SHARE)).multiply(100.0))
        .withColumn(
            TopicMovers.DIRECTION, when(change.gt(0), TopicMovers.RISE).otherwise(TopicMovers.FALL))
        .withColumn(TopicMovers.RANK, row_number().over(byMove))
        .filter(col(TopicMovers.RANK).leq(top))
        .select(
            Arrays.stream(TopicMovers.SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }
}
