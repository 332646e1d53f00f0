package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code quote_clusters} table: one row per {@code quote_id}, mapping it to the cluster of the
 * same statement carried by many articles (exact repeats share a quote_id; reworded variants are
 * joined by MinHash similarity, see {@code org.wirescope.quotes.QuoteClustering}). The cluster
 * columns ({@link #CANONICAL_TEXT} .. {@link #EXAMPLE_ARTICLE_IDS}) are the same on every row of a
 * cluster. {@link #CLUSTER_ID} is the smallest quote_id of the cluster, so it is stable from run to
 * run.
 */
public final class QuoteClusters {
  public static final String NAME = "quote_clusters";

  public static final String CLUSTER_ID = "cluster_id";
  public static final String QUOTE_ID = "quote_id";

  /** This quote_id's text (its longest spelling when articles punctuate it differently). */
  public static final String QUOTE_TEXT = "quote_text";

  /** This quote_id's own distinct articles. */
  public static final String QUOTE_ARTICLES = "quote_articles";

  /** The longest text of the cluster. */
  public static final String CANONICAL_TEXT = "canonical_text";

  /** The most frequent non-null speaker of the cluster's quotes; null when none has one. */
  public static final String SPEAKER = "speaker";

  /** Distinct quote_ids in the cluster (1 when it was only ever carried word for word). */
  public static final String VARIANTS = "variants";

  /** Distinct articles carrying the cluster. */
  public static final String ARTICLES = "articles";

  /** Distinct article sources carrying the cluster, sorted. */
  public static final String SOURCES = "sources";

  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";

  /** Up to five carrying articles, earliest first: the evidence. */
  public static final String EXAMPLE_ARTICLE_IDS = "example_article_ids";

  public static final StructType SCHEMA =
      new StructType()
          .add(CLUSTER_ID, StringType, false)
          .add(QUOTE_ID, StringType, false)
          .add(QUOTE_TEXT, StringType)
          .add(QUOTE_ARTICLES, LongType, false)
          .add(CANONICAL_TEXT, StringType)
          .add(SPEAKER, StringType)
          .add(VARIANTS, IntegerType, false)
          .add(ARTICLES, LongType, false)
          .add(SOURCES, createArrayType(StringType, false))
          .add(FIRST_SEEN, TimestampType)
          .add(LAST_SEEN, TimestampType)
          .add(EXAMPLE_ARTICLE_IDS, createArrayType(StringType, false));

  private QuoteClusters() {}
}
