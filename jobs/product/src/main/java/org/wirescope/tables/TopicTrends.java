package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code topic_trends} table: one row per topic, topic kind, grain and period, for every period
 * from the corpus's first to its last (a period without the topic has 0 articles).
 */
public final class TopicTrends {
  public static final String NAME = "topic_trends";

  public static final String TOPIC = "topic";
  public static final String TOPIC_KIND = "topic_kind";

  /** day, week or month. */
  public static final String GRAIN = "grain";

  /** First day of the period in the run's time zone (weeks start on Monday). */
  public static final String PERIOD_START = "period_start";

  /** Non-duplicate dated articles of the topic in the period. */
  public static final String ARTICLES = "articles";

  /** All non-duplicate dated articles in the period, whatever their topics. */
  public static final String PERIOD_ARTICLES = "period_articles";

  /** articles / period_articles; null when the period has no article at all. */
  public static final String SHARE = "share";

  /** Mean share over the trailing baseline periods (not counting this one). */
  public static final String ROLLING_MEAN = "rolling_mean";

  /** Population standard deviation of the share over the same trailing periods. */
  public static final String ROLLING_STD = "rolling_std";

  /** (share - rolling_mean) / max(rolling_std, sampling noise); null without a full baseline. */
  public static final String ZSCORE = "zscore";

  public static final String IS_BURST = "is_burst";

  /** Up to three article ids of the topic in the period, smallest first, as evidence. */
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  public static final StructType SCHEMA =
      new StructType()
          .add(TOPIC, StringType, false)
          .add(TOPIC_KIND, StringType, false)
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType, false)
          .add(ARTICLES, LongType, false)
          .add(PERIOD_ARTICLES, LongType, false)
          .add(SHARE, DoubleType)
          .add(ROLLING_MEAN, DoubleType)
          .add(ROLLING_STD, DoubleType)
          .add(ZSCORE, DoubleType)
          .add(IS_BURST, BooleanType, false)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false), false);

  private TopicTrends() {}
}
