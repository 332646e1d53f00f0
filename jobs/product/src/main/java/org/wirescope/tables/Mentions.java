package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code mentions} table: one row per person mention in a non-duplicate article. Offsets are
 * into the article text (title, lead and body joined by blank lines). A tagged person never found
 * in the text has one row with {@link #METHOD} "tag" and null offsets.
 */
public final class Mentions {
  public static final String NAME = "mentions";

  public static final String ARTICLE_ID = "article_id";
  public static final String PERSON = "person";
  public static final String SURFACE = "surface";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";
  public static final String METHOD = "method";
  public static final String ROLE = "role";
  public static final String PUBLISHED_AT = "published_at";

  public static final String METHOD_TAG = "tag";
  public static final String METHOD_TEXT = "text";
  public static final String METHOD_ALIAS = "alias";

  /**
   * A lone surname resolved to the one full name the corpus clearly uses for it, or a form the
   * corpus joins to the one it uses more (a given name's variant, a middle initial).
   */
  public static final String METHOD_CORPUS_ALIAS = "corpus_alias";

  public static final StructType SCHEMA =
      new StructType()
          .add(ARTICLE_ID, StringType, false)
          .add(PERSON, StringType, false)
          .add(SURFACE, StringType)
          .add(SENTENCE_INDEX, IntegerType)
          .add(CHAR_START, IntegerType)
          .add(CHAR_END, IntegerType)
          .add(METHOD, StringType, false)
          .add(ROLE, StringType)
          .add(PUBLISHED_AT, TimestampType);

  private Mentions() {}
}
