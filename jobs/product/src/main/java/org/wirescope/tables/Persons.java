package org.wirescope.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code persons} table: one row per canonical person across the corpus. With the trained
 * tagger ({@code extract --names tagger}) each person also carries the corpus's evidence about its
 * name: how many times the tagger read the name as a person, an organisation, a place or something
 * else, how many uses had a person's or a firm's words around them, and a {@link #CONFIDENCE} from
 * those counts. The evidence columns are null with the word-list rules, and for persons known only
 * from tags.
 */
public final class Persons {
  public static final String NAME = "persons";

  public static final String PERSON = "person";
  public static final String ALIASES = "aliases";
  public static final String ROLES = "roles";
  public static final String ARTICLES = "articles";
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";

  /**
   * How sure the corpus is that the name is a person's, 0 to 1: the share of its uses read or cued
   * as a person's, smoothed ({@code (person_uses + person_cues + 1) / (all uses + all cues + 2)}).
   */
  public static final String CONFIDENCE = "confidence";

  public static final String PERSON_USES = "person_uses";
  public static final String ORGANIZATION_USES = "organization_uses";
  public static final String PLACE_USES = "place_uses";
  public static final String OTHER_USES = "other_uses";

  /**
   * Uses with a title or honorific before, or a role after ("Chairman Paul Volcker", "Volcker, the
   * chairman").
   */
  public static final String PERSON_CUES = "person_cues";

  /**
   * Uses with a firm's words around them ("analysts at Morgan Stanley", "Merrill Lynch and Co").
   */
  public static final String ORGANIZATION_CUES = "organization_cues";

  /** The columns that come from the corpus's evidence about names, null without it. */
  public static final java.util.List<String> EVIDENCE =
      java.util.List.of(
          CONFIDENCE,
          PERSON_USES,
          ORGANIZATION_USES,
          PLACE_USES,
          OTHER_USES,
          PERSON_CUES,
          ORGANIZATION_CUES);

  public static final StructType SCHEMA =
      new StructType()
          .add(PERSON, StringType, false)
          .add(ALIASES, createArrayType(StringType, false))
          .add(ROLES, createArrayType(StringType, false))
          .add(ARTICLES, LongType, false)
          .add(MENTIONS, LongType, false)
          .add(QUOTES, LongType, false)
          .add(FIRST_SEEN, TimestampType)
          .add(LAST_SEEN, TimestampType)
          .add(CONFIDENCE, DoubleType)
          .add(PERSON_USES, LongType)
          .add(ORGANIZATION_USES, LongType)
          .add(PLACE_USES, LongType)
          .add(OTHER_USES, LongType)
          .add(PERSON_CUES, LongType)
          .add(ORGANIZATION_CUES, LongType);

  private Persons() {}
}
