package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code article_topics} table: one row per non-duplicate article and topic it belongs to.
 * Undated articles are included (they have topics; only the trends need a date).
 */
public final class ArticleTopics {
  public static final String NAME = "article_topics";

  public static final String ARTICLE_ID = "article_id";

  /**
   * The topic's name: the tag as the source spells it, the section, or a discovered topic's label.
   */
  public static final String TOPIC = "topic";

  /**
   * Where the topic comes from: {@link #KIND_TAG}, {@link #KIND_SECTION}, {@link #KIND_DISCOVERED}
   * (a coarse discovered topic) or {@link #KIND_DISCOVERED_FINE} (a fine topic within one).
   */
  public static final String TOPIC_KIND = "topic_kind";

  /**
   * 1.0 for tags and sections; for discovered topics the article's closeness to the topic, the
   * cosine between the article and the topic's centre in the topic space (0 to 1).
   */
  public static final String WEIGHT = "weight";

  /**
   * True for every tag and section, and for the one discovered topic of each kind that is the
   * article's strongest; secondary discovered topics (close enough, but not the closest) are false.
   */
  public static final String IS_PRIMARY = "is_primary";

  public static final String KIND_TAG = "tag";
  public static final String KIND_SECTION = "section";
  public static final String KIND_DISCOVERED = "discovered";
  public static final String KIND_DISCOVERED_FINE = "discovered_fine";

  public static final StructType SCHEMA =
      new StructType()
          .add(ARTICLE_ID, StringType, false)
          .add(TOPIC, StringType, false)
          .add(TOPIC_KIND, StringType, false)
          .add(WEIGHT, DoubleType, false)
          .add(IS_PRIMARY, BooleanType, false);

  private ArticleTopics() {}
}
