package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** The {@code persons} table: one row per canonical person across the corpus. */
public final class Persons {
  public static final String NAME = "persons";

  public static final String PERSON = "person";
  public static final String ALIASES = "aliases";
  public static final String ROLES = "roles";
  public static final String ARTICLES = "articles";
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";

  public static final StructType SCHEMA = new StructType()
      .add(PERSON, StringType, false)
      .add(ALIASES, createArrayType(StringType, false))
      .add(ROLES, createArrayType(StringType, false))
      .add(ARTICLES, LongType, false)
      .add(MENTIONS, LongType, false)
      .add(QUOTES, LongType, false)
      .add(FIRST_SEEN, TimestampType)
      .add(LAST_SEEN, TimestampType);

  private Persons() {}
}
