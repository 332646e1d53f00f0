package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code speaker_topics} table: one row per speaker, topic and topic kind: what each speaker is
 * quoted on. Topics come from {@code article_topics} when the topics stage has run, else from the
 * articles' own tags (kind "tag"). A statement counts for every topic of its article, so a
 * speaker's shares can add up to more than 1; statements in articles without topics count in the
 * denominator only. Unattributed statements are a null {@link #SPEAKER}.
 */
public final class SpeakerTopics {
  public static final String NAME = "speaker_topics";

  public static final String SPEAKER = "speaker";
  public static final String TOPIC = "topic";

  /** tag, section or discovered. */
  public static final String TOPIC_KIND = "topic_kind";

  /** The speaker's statements (continuations merged) in articles with this topic. */
  public static final String STATEMENTS = "statements";

  /** {@link #STATEMENTS} over all the speaker's statements. */
  public static final String SHARE = "share";

  /** Statements weighted by the article's topic weight (1 for tags). */
  public static final String WEIGHTED_STATEMENTS = "weighted_statements";

  /** Distinct articles with this topic quoting the speaker. */
  public static final String ARTICLES = "articles";

  public static final StructType SCHEMA =
      new StructType()
          .add(SPEAKER, StringType)
          .add(TOPIC, StringType, false)
          .add(TOPIC_KIND, StringType, false)
          .add(STATEMENTS, LongType, false)
          .add(SHARE, DoubleType, false)
          .add(WEIGHTED_STATEMENTS, DoubleType, false)
          .add(ARTICLES, LongType, false);

  private SpeakerTopics() {}
}
