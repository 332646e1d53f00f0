package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code top_quotes} table: the most carried quote clusters, one row per scope and rank. The
 * whole corpus is the scope with {@link #GRAIN} "all" and a null {@link #PERIOD_START} (undated
 * articles included); each period of the chosen grain is a scope of its own. Ranked by distinct
 * articles in the scope, then the earliest first seen, then cluster_id; at most N rows per scope.
 */
public final class TopQuotes {
  public static final String NAME = "top_quotes";

  /** {@link #GRAIN} of the whole-corpus scope. */
  public static final String ALL = "all";

  public static final String GRAIN = "grain";
  public static final String PERIOD_START = "period_start";
  public static final String RANK = "rank";
  public static final String CLUSTER_ID = "cluster_id";
  public static final String CANONICAL_TEXT = "canonical_text";
  public static final String SPEAKER = "speaker";

  /** Distinct articles carrying the cluster in this scope. */
  public static final String ARTICLES = "articles";

  /** Distinct sources carrying the cluster in this scope. */
  public static final String SOURCES = "sources";

  /** The cluster's first and last appearance in the whole corpus. */
  public static final String FIRST_SEEN = "first_seen";

  public static final String LAST_SEEN = "last_seen";

  /** Up to five carrying articles of the scope, earliest first. */
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  public static final StructType SCHEMA =
      new StructType()
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType)
          .add(RANK, IntegerType, false)
          .add(CLUSTER_ID, StringType, false)
          .add(CANONICAL_TEXT, StringType)
          .add(SPEAKER, StringType)
          .add(ARTICLES, LongType, false)
          .add(SOURCES, LongType, false)
          .add(FIRST_SEEN, TimestampType)
          .add(LAST_SEEN, TimestampType)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false));

  private TopQuotes() {}
}
