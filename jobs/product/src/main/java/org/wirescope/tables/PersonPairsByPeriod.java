package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** The {@code person_pairs_by_period} table: one row per pair and period it occurs in. */
public final class PersonPairsByPeriod {
  public static final String NAME = "person_pairs_by_period";

  public static final String GRAIN = "grain";
  public static final String PERIOD_START = "period_start";
  public static final String PERSON_A = "person_a";
  public static final String PERSON_B = "person_b";
  public static final String ARTICLES = "articles";

  public static final StructType SCHEMA =
      new StructType()
          .add(GRAIN, StringType, false)
          .add(PERIOD_START, DateType, false)
          .add(PERSON_A, StringType, false)
          .add(PERSON_B, StringType, false)
          .add(ARTICLES, LongType, false);

  private PersonPairsByPeriod() {}
}
