package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code topic_movers} table: per period and topic kind, the topics whose share rose most and
 * fell most against the previous period; one row per (period, kind, direction, rank).
 */
public final class TopicMovers {
  public static final String NAME = "topic_movers";

  public static final String GRAIN = "grain";
  public static final String PERIOD_START = "period_start";
  public static final String TOPIC_KIND = "topic_kind";

  /** {@link #RISE} or {@link #FALL}. */
  public static final String DIRECTION = "direction";

  /** 1 for the biggest move in its direction, then 2, 3, ... (ties broken by topic name). */
  public static final String RANK = "rank";

  public static final String TOPIC = "topic";
  public static final String SHARE = "share";
  public static final String PREVIOUS_SHARE = "previous_share";

  /** (share - previous_share) x 100: the move in percentage points, positive for a rise. */
  public static final String CHANGE_POINTS = "change_points";

  public static final String ARTICLES = "articles";
  public static final String PREVIOUS_ARTICLES = "previous_articles";

  /** Up to three article ids of the topic in the period, as evidence. */
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  public static final String RISE = "rise";
  public static final String FALL = "fall";

  public static final StructType SCHEMA =
      new StructType()
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType, false)
          .add(TOPIC_KIND, StringType, false)
          .add(DIRECTION, StringType, false)
          .add(RANK, IntegerType, false)
          .add(TOPIC, StringType, false)
          .add(SHARE, DoubleType, false)
          .add(PREVIOUS_SHARE, DoubleType, false)
          .add(CHANGE_POINTS, DoubleType, false)
          .add(ARTICLES, LongType, false)
          .add(PREVIOUS_ARTICLES, LongType, false)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false), false);

  private TopicMovers() {}
}
