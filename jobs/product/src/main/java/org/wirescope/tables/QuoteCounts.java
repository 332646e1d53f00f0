package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code quote_counts} table: one row per speaker, grain and period, for every period from the
 * corpus's first dated article to its last (periods without quotes of the speaker are rows of
 * zeros). Unattributed quotes are a row of their own with a null {@link #SPEAKER}: never dropped,
 * never given to a guessed speaker. Undated articles have no period and are not counted.
 */
public final class QuoteCounts {
  public static final String NAME = "quote_counts";

  public static final String SPEAKER = "speaker";
  public static final String GRAIN = "grain";
  public static final String PERIOD_START = "period_start";

  /** Quote segments: a quotation split by "he said" is two. */
  public static final String QUOTES = "quotes";

  /** Statements: segments with each continuation merged into the one it continues. */
  public static final String STATEMENTS = "statements";

  /** Distinct quote clusters quoted. */
  public static final String DISTINCT_CLUSTERS = "distinct_clusters";

  /** Distinct articles quoting the speaker. */
  public static final String ARTICLES = "articles";

  public static final StructType SCHEMA =
      new StructType()
          .add(SPEAKER, StringType)
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType, false)
          .add(QUOTES, LongType, false)
          .add(STATEMENTS, LongType, false)
          .add(DISTINCT_CLUSTERS, LongType, false)
          .add(ARTICLES, LongType, false);

  private QuoteCounts() {}
}
