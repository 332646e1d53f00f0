package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code rejects} table: one row per input record (or whole file) that could not become an
 * article. {@link #REASON} is a short, countable category; {@link #DETAIL} says exactly what was
 * wrong; {@link #EXCERPT} holds at most 1 KB of the offending input.
 */
public final class Rejects {
  public static final String NAME = "rejects";

  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_RECORD = "source_record";
  public static final String READER = "reader";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String EXCERPT = "excerpt";

  public static final StructType SCHEMA =
      new StructType()
          .add(SOURCE_FILE, StringType, false)
          .add(SOURCE_RECORD, StringType)
          .add(READER, StringType)
          .add(REASON, StringType, false)
          .add(DETAIL, StringType)
          .add(EXCERPT, StringType);

  /** The reason categories, so that counts group cleanly. */
  public static final String UNREADABLE = "unreadable file";

  public static final String BINARY = "binary file";
  public static final String EMPTY = "empty file";
  public static final String CORRUPT_COMPRESSION = "corrupt compressed file";
  public static final String MALFORMED = "malformed record";
  public static final String NO_CONTENT = "missing title and body";
  public static final String NO_YEAR = "date has no year";
  public static final String UNPARSEABLE_DATE = "unparseable date";
  public static final String IMPOSSIBLE_DATE = "impossible date";
  public static final String TOO_LARGE = "record over size limit";

  private Rejects() {}
}
