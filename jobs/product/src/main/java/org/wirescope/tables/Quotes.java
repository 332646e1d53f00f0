package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code quotes} table: one row per direct quotation segment in a non-duplicate article. {@link
 * #QUOTE_ID} hashes the normalised quote text, so the same quote carried by many articles has one
 * id. {@link #SPEAKER} is null when no speaker is defensible; such quotes are kept. {@link
 * #SPEAKER_KIND} says whether the speaker is a person or an organisation. {@link #ATTRIBUTION}
 * names the speaker rule that decided (see {@code org.wirescope.text.Attribution}), or "ranker"
 * when the speaker ranker overruled the rules. {@link #SPEAKER_CONFIDENCE} is the ranker's chance,
 * 0 to 1, that the speaker is right; a quote whose best candidate scored below the ranker's floor
 * has no speaker and the best candidate's score. The quotes stage counts a speaker only at {@code
 * --min-speaker-confidence} or above ({@link #DEFAULT_MIN_SPEAKER_CONFIDENCE}).
 */
public final class Quotes {
  public static final String NAME = "quotes";

  public static final String QUOTE_ID = "quote_id";
  public static final String ARTICLE_ID = "article_id";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_SURFACE = "speaker_surface";
  public static final String CUE = "cue";
  public static final String QUOTE_TEXT = "quote_text";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";
  public static final String IS_CONTINUATION = "is_continuation";
  public static final String ATTRIBUTION = "attribution";
  public static final String PUBLISHED_AT = "published_at";
  public static final String SPEAKER_KIND = "speaker_kind";
  public static final String SPEAKER_CONFIDENCE = "speaker_confidence";

  /**
   * The speaker confidence from which the quotes stage counts a speaker. On PolNeAR train the
   * ranker's cross-validated pair precision reaches 0.90 from here (jobs/bench/SPEAKERS.md).
   */
  public static final double DEFAULT_MIN_SPEAKER_CONFIDENCE = 0.35;

  /**
   * {@link #SPEAKER_KIND} values: a named person, or an institution ("Russian Foreign Ministry").
   */
  public static final String KIND_PERSON = "person";

  public static final String KIND_ORGANIZATION = "organization";

  public static final StructType SCHEMA =
      new StructType()
          .add(QUOTE_ID, StringType, false)
          .add(ARTICLE_ID, StringType, false)
          .add(SPEAKER, StringType)
          .add(SPEAKER_SURFACE, StringType)
          .add(CUE, StringType)
          .add(QUOTE_TEXT, StringType, false)
          .add(CHAR_START, IntegerType, false)
          .add(CHAR_END, IntegerType, false)
          .add(IS_CONTINUATION, BooleanType, false)
          .add(ATTRIBUTION, StringType)
          .add(PUBLISHED_AT, TimestampType)
          .add(SPEAKER_KIND, StringType)
          .add(SPEAKER_CONFIDENCE, DoubleType);

  private Quotes() {}
}
