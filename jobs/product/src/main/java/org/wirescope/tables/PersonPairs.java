package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code person_pairs} table: one row per unordered pair of persons named together ({@link
 * #PERSON_A} &lt; {@link #PERSON_B}), with association measures over articles.
 */
public final class PersonPairs {
  public static final String NAME = "person_pairs";

  public static final String PERSON_A = "person_a";
  public static final String PERSON_B = "person_b";
  public static final String ARTICLES = "articles";
  public static final String SENTENCES = "sentences";
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";
  public static final String PMI = "pmi";
  public static final String NPMI = "npmi";
  public static final String JACCARD = "jaccard";
  public static final String LLR = "llr";
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  public static final StructType SCHEMA =
      new StructType()
          .add(PERSON_A, StringType, false)
          .add(PERSON_B, StringType, false)
          .add(ARTICLES, LongType, false)
          .add(SENTENCES, LongType, false)
          .add(FIRST_SEEN, TimestampType)
          .add(LAST_SEEN, TimestampType)
          .add(PMI, DoubleType)
          .add(NPMI, DoubleType)
          .add(JACCARD, DoubleType)
          .add(LLR, DoubleType)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false));

  private PersonPairs() {}
}
