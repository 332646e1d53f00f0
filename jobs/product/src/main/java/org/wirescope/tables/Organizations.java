package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code organizations} table: one row per organisation found on the way to persons, across the
 * corpus. Spellings that differ only in case, a leading "the" or a trailing legal form ("Merrill
 * Lynch", "Merrill Lynch and Co Inc") are one organisation. The names come from the trained tagger
 * ({@code extract --names tagger}) and from quotes whose speaker is an organisation; with the
 * word-list rules only the latter.
 */
public final class Organizations {
  public static final String NAME = "organizations";

  /** Its most frequent spelling. */
  public static final String ORGANIZATION = "organization";

  /** Every spelling, sorted. */
  public static final String ALIASES = "aliases";

  /** Articles that name it or quote it. */
  public static final String ARTICLES = "articles";

  /** Times it is named. */
  public static final String MENTIONS = "mentions";

  /** Quotes it is the speaker of ({@code quotes.speaker_kind = 'organization'}). */
  public static final String QUOTES = "quotes";

  public static final StructType SCHEMA =
      new StructType()
          .add(ORGANIZATION, StringType, false)
          .add(ALIASES, createArrayType(StringType, false))
          .add(ARTICLES, LongType, false)
          .add(MENTIONS, LongType, false)
          .add(QUOTES, LongType, false);

  private Organizations() {}
}
