package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code articles} table: one row per article read, duplicates included (marked by {@link
 * #DUPLICATE_OF}). Partitioned on disk by {@link #YEAR} and {@link #MONTH} of {@link #PUBLISHED_AT}
 * in UTC; undated articles land in the null partition.
 */
public final class Articles {
  public static final String NAME = "articles";

  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE = "source";
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_RECORD = "source_record";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String LEAD = "lead";
  public static final String SECTION = "section";
  public static final String PUBLISHED_AT = "published_at";
  public static final String SOURCE_TZ = "source_tz";
  public static final String DATELINE = "dateline";
  public static final String LANGUAGE = "language";
  public static final String BODY = "body";
  public static final String TOPICS = "topics";
  public static final String PERSONS = "persons";
  public static final String WORD_COUNT = "word_count";
  public static final String CONTENT_HASH = "content_hash";
  public static final String REPAIRS = "repairs";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String YEAR = "year";
  public static final String MONTH = "month";

  /** Columns as readers produce them, before de-duplication and partitioning. */
  public static final StructType CONTENT_SCHEMA =
      new StructType()
          .add(ARTICLE_ID, StringType, false)
          .add(SOURCE, StringType)
          .add(SOURCE_FILE, StringType, false)
          .add(SOURCE_RECORD, StringType)
          .add(URL, StringType)
          .add(TITLE, StringType)
          .add(LEAD, StringType)
          .add(SECTION, StringType)
          .add(PUBLISHED_AT, TimestampType)
          .add(SOURCE_TZ, StringType)
          .add(DATELINE, StringType)
          .add(LANGUAGE, StringType)
          .add(BODY, StringType)
          .add(TOPICS, createArrayType(StringType, false))
          .add(PERSONS, createArrayType(StringType, false))
          .add(WORD_COUNT, IntegerType, false)
          .add(CONTENT_HASH, StringType, false)
          .add(REPAIRS, createArrayType(StringType, false));

  /** The published table, as read back (partition columns last). */
  public static final StructType SCHEMA =
      CONTENT_SCHEMA.add(DUPLICATE_OF, StringType).add(YEAR, IntegerType).add(MONTH, IntegerType);

  private Articles() {}
}
