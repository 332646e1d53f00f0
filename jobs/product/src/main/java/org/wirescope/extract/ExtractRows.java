package org.wirescope.extract;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.EntityMentions;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Quotes;

/**
 * The staging table of the extract stage: one row per article with its mentions, quotes and the
 * names the tagger read, as arrays. The text analysis runs once, into this table; mentions, quotes,
 * persons and organisations are exploded and aggregated from it, after the corpus's evidence about
 * names (see {@link NameEvidence}) has been summed from its {@link #NAMES}.
 *
 * <p>Fields that start with "_" are for the stage only and never reach a published table.
 */
public final class ExtractRows {
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";
  public static final String NAMES = "names";

  /** The key the corpus's evidence knows a name by: its words in lower case ("merrill lynch"). */
  public static final String NAME_KEY = "_name_key";

  /** Whether the article itself says the name is a person, whatever the corpus says. */
  public static final String INSISTS = "_insists";

  /** A quote's speaker's key: a person's {@link #NAME_KEY}, an organisation's {@link #ORG_KEY}. */
  public static final String SPEAKER_KEY = "_speaker_key";

  /** Whether the article insists its quote's speaker is a person. */
  public static final String SPEAKER_INSISTS = "_speaker_insists";

  /**
   * The key one organisation has under all its spellings ("merrill lynch" for "Merrill Lynch and
   * Co").
   */
  public static final String ORG_KEY = "_org_key";

  public static final String SURFACE = "surface";
  public static final String KIND = "kind";
  public static final String ORG_CUES = "org_cues";
  public static final String PERSON_CUES = "person_cues";

  /**
   * What the article names with the name: 2 an organisation, 3 a place, 0 neither ({@link
   * org.wirescope.text.entities.NameUse#entityKind}).
   */
  public static final String ENTITY_KIND = "_entity_kind";

  /** The key of the organisation or place it names, in the article. */
  public static final String ENTITY_KEY = "_entity_key";

  /** Whether it ends in a legal form ("Inc"): a full name that no short form stands for. */
  public static final String LEGAL = "_legal";

  /** Whether a name opens a table's line, a number after it ({@link NameUse#tableLabel}). */
  public static final String TABLE_LABEL = "_table_label";

  /** Whether a name stands where a place does, after "in" ({@link NameUse#afterIn}). */
  public static final String AFTER_IN = "_after_in";

  /** The key it would have as a place: the corpus may read a name as a place. */
  public static final String PLACE_KEY = "_place_key";

  /** Whether it is a country's adjective ("Canadian"), not a name. */
  public static final String ADJECTIVE = "_adjective";

  /** Whether the article writes every word of the name in lower case elsewhere. */
  public static final String COMMON = "common";

  public static final StructType MENTION =
      new StructType()
          .add(Mentions.PERSON, StringType, false)
          .add(Mentions.SURFACE, StringType)
          .add(Mentions.SENTENCE_INDEX, IntegerType)
          .add(Mentions.CHAR_START, IntegerType)
          .add(Mentions.CHAR_END, IntegerType)
          .add(Mentions.METHOD, StringType, false)
          .add(Mentions.ROLE, StringType)
          .add(NAME_KEY, StringType, false)
          .add(INSISTS, BooleanType, false);

  public static final StructType QUOTE =
      new StructType()
          .add(Quotes.QUOTE_ID, StringType, false)
          .add(Quotes.SPEAKER, StringType)
          .add(Quotes.SPEAKER_SURFACE, StringType)
          .add(Quotes.CUE, StringType)
          .add(Quotes.QUOTE_TEXT, StringType, false)
          .add(Quotes.CHAR_START, IntegerType, false)
          .add(Quotes.CHAR_END, IntegerType, false)
          .add(Quotes.IS_CONTINUATION, BooleanType, false)
          .add(Quotes.ATTRIBUTION, StringType)
          .add(Quotes.SPEAKER_KIND, StringType)
          .add(Quotes.SPEAKER_CONFIDENCE, DoubleType)
          .add(SPEAKER_KEY, StringType)
          .add(SPEAKER_INSISTS, BooleanType, false);

  /**
   * One name the tagger read: its key, its organisation key, as written, its kind (1 person, 2
   * organisation, 3 place, 4 other), the firm and person cues around it, whether its words are
   * common words in the article; where it stands, and the organisation or place it names there.
   */
  public static final StructType NAME =
      new StructType()
          .add(NAME_KEY, StringType, false)
          .add(ORG_KEY, StringType, false)
          .add(SURFACE, StringType, false)
          .add(KIND, IntegerType, false)
          .add(ORG_CUES, IntegerType, false)
          .add(PERSON_CUES, IntegerType, false)
          .add(COMMON, BooleanType, false)
          .add(EntityMentions.SENTENCE_INDEX, IntegerType, false)
          .add(EntityMentions.CHAR_START, IntegerType, false)
          .add(EntityMentions.CHAR_END, IntegerType, false)
          .add(ENTITY_KIND, IntegerType, false)
          .add(ENTITY_KEY, StringType)
          .add(ADJECTIVE, BooleanType, false)
          .add(LEGAL, BooleanType, false)
          .add(PLACE_KEY, StringType, false)
          .add(TABLE_LABEL, BooleanType, false)
          .add(AFTER_IN, BooleanType, false);

  public static final StructType SCHEMA =
      new StructType()
          .add(Mentions.ARTICLE_ID, StringType, false)
          .add(Mentions.PUBLISHED_AT, TimestampType)
          .add(MENTIONS, createArrayType(MENTION, false))
          .add(QUOTES, createArrayType(QUOTE, false))
          .add(NAMES, createArrayType(NAME, false));

  private ExtractRows() {}
}
