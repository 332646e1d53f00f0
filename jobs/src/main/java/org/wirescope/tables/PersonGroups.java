package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** The {@code person_groups} table: frequent groups of three or more persons named together. */
public final class PersonGroups {
  public static final String NAME = "person_groups";

  public static final String PERSONS = "persons";
  public static final String SIZE = "size";
  public static final String ARTICLES = "articles";
  public static final String SUPPORT = "support";

  public static final StructType SCHEMA = new StructType()
      .add(PERSONS, createArrayType(StringType, false), false)
      .add(SIZE, IntegerType, false)
      .add(ARTICLES, LongType, false)
      .add(SUPPORT, DoubleType, false);

  private PersonGroups() {}
}
