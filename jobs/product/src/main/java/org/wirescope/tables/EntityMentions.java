package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code entity_mentions} table: one row per mention of an organisation or a place in a
 * non-duplicate article, as GDELT's knowledge graph gives each article its organisations and
 * locations. {@link #ENTITY} is the name the organisation or place has in its table ({@link
 * Organizations#ORGANIZATION}, {@link Places#PLACE}); {@link #SURFACE} the text as written,
 * whitespace collapsed ("Canadian" is a mention of the place Canada). Offsets are into the article
 * text (title, lead and body joined by blank lines), as in {@link Mentions}. Persons are in {@link
 * Mentions}.
 */
public final class EntityMentions {
  public static final String NAME = "entity_mentions";

  public static final String ARTICLE_ID = "article_id";

  /** {@link #KIND_ORGANIZATION} or {@link #KIND_PLACE}. */
  public static final String KIND = "kind";

  public static final String ENTITY = "entity";
  public static final String SURFACE = "surface";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";

  public static final String KIND_ORGANIZATION = "organization";
  public static final String KIND_PLACE = "place";

  public static final StructType SCHEMA =
      new StructType()
          .add(ARTICLE_ID, StringType, false)
          .add(KIND, StringType, false)
          .add(ENTITY, StringType, false)
          .add(SURFACE, StringType, false)
          .add(SENTENCE_INDEX, IntegerType, false)
          .add(CHAR_START, IntegerType, false)
          .add(CHAR_END, IntegerType, false);

  private EntityMentions() {}
}
