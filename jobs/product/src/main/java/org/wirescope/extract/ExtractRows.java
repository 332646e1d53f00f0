package org.wirescope.extract;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Quotes;

/**
 * The staging table of the extract stage: one row per article with its mentions and quotes as
 * arrays. The text analysis runs once, into this table; mentions, quotes and persons are
 * exploded and aggregated from it.
 */
public final class ExtractRows {
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";

  public static final StructType MENTION = new StructType()
      .add(Mentions.PERSON, StringType, false)
      .add(Mentions.SURFACE, StringType)
      .add(Mentions.SENTENCE_INDEX, IntegerType)
      .add(Mentions.CHAR_START, IntegerType)
      .add(Mentions.CHAR_END, IntegerType)
      .add(Mentions.METHOD, StringType, false)
      .add(Mentions.ROLE, StringType);

  public static final StructType QUOTE = new StructType()
      .add(Quotes.QUOTE_ID, StringType, false)
      .add(Quotes.SPEAKER, StringType)
      .add(Quotes.SPEAKER_SURFACE, StringType)
      .add(Quotes.CUE, StringType)
      .add(Quotes.QUOTE_TEXT, StringType, false)
      .add(Quotes.CHAR_START, IntegerType, false)
      .add(Quotes.CHAR_END, IntegerType, false)
      .add(Quotes.IS_CONTINUATION, BooleanType, false)
      .add(Quotes.ATTRIBUTION, StringType)
      .add(Quotes.SPEAKER_KIND, StringType);

  public static final StructType SCHEMA = new StructType()
      .add(Mentions.ARTICLE_ID, StringType, false)
      .add(Mentions.PUBLISHED_AT, TimestampType)
      .add(MENTIONS, createArrayType(MENTION, false))
      .add(QUOTES, createArrayType(QUOTE, false));

  private ExtractRows() {}
}
