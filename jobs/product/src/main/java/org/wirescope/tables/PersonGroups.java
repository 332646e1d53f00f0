package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code person_groups} table: one row per closed group of 3 to {@code --max-group-size}
 * persons named together in at least {@code --min-group-articles} articles. A group is closed when
 * the articles naming all of it name nobody else in common: no larger group has the same articles.
 * Articles naming more than {@code --max-persons-per-article} persons are left out.
 *
 * <ul>
 *   <li>{@code persons}: sorted; {@code size}: how many.
 *   <li>{@code articles}: n_G, the articles naming all of them; {@code support}: n_G over all
 *       non-duplicate articles.
 *   <li>{@code lift}: n_G against what the group's pairs predict, by the Kirkwood (Bethe)
 *       approximation over the complete graph of its k members: expected = N · Π_{i&lt;j} (n_ij /
 *       N) / Π_i (n_i / N)^(k−2), lift = n_G / expected; for a trio, n_abc · n_a · n_b · n_c / (N ·
 *       n_ab · n_ac · n_bc). n_i and n_ij count articles (whatever {@code --window}) and N is the
 *       non-duplicate articles, all within the person limit. 1: the pairs explain the group; above
 *       1: it is named together more often than its pairs suggest. Null only if a count were
 *       missing.
 * </ul>
 *
 * Rows are ranked by articles, then lift (both descending), then persons, and capped at {@code
 * --max-groups}; the manifest counts the groups found and cut.
 */
public final class PersonGroups {
  public static final String NAME = "person_groups";

  public static final String PERSONS = "persons";
  public static final String SIZE = "size";
  public static final String ARTICLES = "articles";
  public static final String SUPPORT = "support";
  public static final String LIFT = "lift";

  public static final StructType SCHEMA =
      new StructType()
          .add(PERSONS, createArrayType(StringType, false), false)
          .add(SIZE, IntegerType, false)
          .add(ARTICLES, LongType, false)
          .add(SUPPORT, DoubleType, false)
          .add(LIFT, DoubleType, true);

  private PersonGroups() {}
}
