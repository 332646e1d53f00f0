package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code person_network} table: one row per person, with its place in the network of published
 * pairs (those in {@code person_pairs}).
 */
public final class PersonNetwork {
  public static final String NAME = "person_network";

  public static final String PERSON = "person";
  public static final String ARTICLES = "articles";
  public static final String DEGREE = "degree";
  public static final String WEIGHTED_DEGREE = "weighted_degree";
  public static final String PAGERANK = "pagerank";
  public static final String COMMUNITY = "community";

  public static final StructType SCHEMA =
      new StructType()
          .add(PERSON, StringType, false)
          .add(ARTICLES, LongType, false)
          .add(DEGREE, LongType, false)
          .add(WEIGHTED_DEGREE, LongType, false)
          .add(PAGERANK, DoubleType, false)
          .add(COMMUNITY, StringType, false);

  private PersonNetwork() {}
}
