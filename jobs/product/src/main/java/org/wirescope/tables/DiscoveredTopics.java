package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code discovered_topics} table: one row per topic found in the text, coarse ones and the
 * fine ones within them. Empty when discovery did not run; the manifest says why.
 */
public final class DiscoveredTopics {
  public static final String NAME = "discovered_topics";

  /**
   * The readable label, distinctive terms joined by " / ", e.g. "oil / opec / crude prices": the
   * name used in article_topics and topic_trends, unique across the table.
   */
  public static final String TOPIC = "topic";

  /**
   * The topic's number within its level, 0 first; coarse topics are numbered by size, largest
   * first.
   */
  public static final String TOPIC_INDEX = "topic_index";

  /** {@link #COARSE} or {@link #FINE}. */
  public static final String LEVEL = "level";

  /** A fine topic's coarse topic (its label); null for a coarse topic. */
  public static final String PARENT_TOPIC = "parent_topic";

  /**
   * The terms (words and two-word phrases) that mark the topic against the others of its level,
   * best first.
   */
  public static final String TOP_TERMS = "top_terms";

  /** Each top term's class-based TF-IDF score in the topic, aligned with {@link #TOP_TERMS}. */
  public static final String TERM_WEIGHTS = "term_weights";

  /** Non-duplicate articles whose strongest topic of this level it is. */
  public static final String ARTICLES = "articles";

  /** The ids of the topic's most typical articles (closest to its centre), most typical first. */
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  /**
   * Their titles, aligned with {@link #EXAMPLE_ARTICLE_IDS} (empty string for an untitled article).
   */
  public static final String EXAMPLE_TITLES = "example_titles";

  public static final String COARSE = "coarse";
  public static final String FINE = "fine";

  public static final StructType SCHEMA =
      new StructType()
          .add(TOPIC, StringType, false)
          .add(TOPIC_INDEX, IntegerType, false)
          .add(LEVEL, StringType, false)
          .add(PARENT_TOPIC, StringType, true)
          .add(TOP_TERMS, createArrayType(StringType, false), false)
          .add(TERM_WEIGHTS, createArrayType(DoubleType, false), false)
          .add(ARTICLES, LongType, false)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false), false)
          .add(EXAMPLE_TITLES, createArrayType(StringType, false), false);

  private DiscoveredTopics() {}
}
