package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code places} table: one row per place named across the corpus, from {@link EntityMentions}.
 * A country's names and adjectives are one place ("U.S.", "United States", "American").
 */
public final class Places {
  public static final String NAME = "places";

  /** Its most frequent name as written (a country named only by adjectives: its usual name). */
  public static final String PLACE = "place";

  /** Every spelling, adjectives included, sorted. */
  public static final String ALIASES = "aliases";

  /**
   * {@link #KIND_COUNTRY} or {@link #KIND_REGION} (a continent, a state or province) for the places
   * the word lists know, else null.
   */
  public static final String KIND = "kind";

  /** Articles that name it. */
  public static final String ARTICLES = "articles";

  /** Times it is named. */
  public static final String MENTIONS = "mentions";

  public static final String KIND_COUNTRY = "country";
  public static final String KIND_REGION = "region";

  public static final StructType SCHEMA =
      new StructType()
          .add(PLACE, StringType, false)
          .add(ALIASES, createArrayType(StringType, false))
          .add(KIND, StringType)
          .add(ARTICLES, LongType, false)
          .add(MENTIONS, LongType, false);

  private Places() {}
}
