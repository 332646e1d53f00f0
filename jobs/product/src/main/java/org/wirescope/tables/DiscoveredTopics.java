package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code discovered_topics} table: one row per LDA topic of {@code topics --discover K}. The
 * table is absent (or left from an earlier run) when discovery was not asked for; the manifest
 * says which.
 */
public final class DiscoveredTopics {
  public static final String NAME = "discovered_topics";

  /** The readable label, e.g. "oil / opec / crude": the name used in article_topics and topic_trends. */
  public static final String TOPIC = "topic";
  /** The LDA topic number, 0 to K-1. */
  public static final String TOPIC_INDEX = "topic_index";
  /** The topic's most probable terms, most probable first. */
  public static final String TOP_TERMS = "top_terms";
  /** Each top term's probability in the topic, aligned with {@link #TOP_TERMS}. */
  public static final String TERM_WEIGHTS = "term_weights";
  /** Non-duplicate articles assigned to the topic (weight at or above the threshold). */
  public static final String ARTICLES = "articles";

  public static final StructType SCHEMA = new StructType()
      .add(TOPIC, StringType, false)
      .add(TOPIC_INDEX, IntegerType, false)
      .add(TOP_TERMS, createArrayType(StringType, false), false)
      .add(TERM_WEIGHTS, createArrayType(DoubleType, false), false)
      .add(ARTICLES, LongType, false);

  private DiscoveredTopics() {}
}
