package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code voice_share} table: talked about versus allowed to talk. One row per person and period
 * of the chosen grain, plus one row per person for the whole corpus with {@link #GRAIN} "all" and a
 * null {@link #PERIOD_START} (undated articles included there only). A person is anyone mentioned
 * or quoted as a speaker.
 */
public final class VoiceShare {
  public static final String NAME = "voice_share";

  /** {@link #GRAIN} of the whole-corpus rows. */
  public static final String ALL = "all";

  public static final String PERSON = "person";
  public static final String GRAIN = "grain";
  public static final String PERIOD_START = "period_start";

  /** Distinct articles naming the person (any mention: text, alias or tag). */
  public static final String MENTIONS_ARTICLES = "mentions_articles";

  /** Distinct articles with at least one direct quotation attributed to the person. */
  public static final String QUOTED_ARTICLES = "quoted_articles";

  /** quoted_articles / mentions_articles; null when the person is quoted but never named. */
  public static final String RATIO = "ratio";

  public static final StructType SCHEMA =
      new StructType()
          .add(PERSON, StringType, false)
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType)
          .add(MENTIONS_ARTICLES, LongType, false)
          .add(QUOTED_ARTICLES, LongType, false)
          .add(RATIO, DoubleType);

  private VoiceShare() {}
}
