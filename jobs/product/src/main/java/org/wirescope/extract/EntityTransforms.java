package org.wirescope.extract;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Articles;
import org.wirescope.tables.EntityMentions;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Organizations;
import org.wirescope.tables.Places;
import org.wirescope.tables.Quotes;
import org.wirescope.text.entities.NameUse;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.NameKind;

/**
 * The organisations and places across the corpus, from the names the tagger read ({@link
 * NameEvidence#uses}): each article has already said what it names with each ({@link
 * org.wirescope.text.entities.TaggedNames}); here the corpus resolves short forms the articles
 * leave open, and names every organisation and place once.
 */
public final class EntityTransforms {
  private EntityTransforms() {}

  /** A short form goes to the full name at least this share of its resolved uses name... */
  static final double SHORT_FORM_SHARE = 0.8;

  /** ...in at least this many articles. */
  static final int SHORT_FORM_ARTICLES = 2;

  /** A name is read as the corpus mostly reads it when that kind is this many times the other... */
  static final int KIND_MAJORITY = 2;

  /** ...and has at least this many readings. */
  static final int MIN_KIND_READINGS = 3;

  /**
   * A spelling that opens a table's lines in at least this many tenths of its uses ("Revs", "Year
   * Shr" of results tables), and is used at least {@link #MIN_TABLE_LABEL_USES} times, is no
   * entity: a team in a sports results table is named in the stories too.
   */
  static final int TABLE_LABEL_SHARE_TENTHS = 9;

  static final int MIN_TABLE_LABEL_USES = 5;

  /**
   * A spelling at least this many tenths of whose uses stand where a place does ("in Cleveland",
   * {@link NameUse#afterIn}), and at least {@link #MIN_KIND_READINGS} of them, is a place wherever
   * an article read it as an organisation: a firm or a body is "at", "of" or "in the" something,
   * and its uses after a bare "in" are few ("in Congress" is the common exception).
   */
  static final int AFTER_IN_SHARE_TENTHS = 3;

  /** A word of a person's name names no organisation alone when the corpus names him this often. */
  static final int PERSON_WORD_ARTICLES = 3;

  private static final String PERSON_WORD = "_person_word";

  /** The most entity names {@link #entityMentions} broadcasts (a few tens of MB). */
  static final long BROADCAST_NAMES = 500_000;

  private static final String FULL = "_full";
  private static final String N = "_n";
  private static final String M = "_mentions";
  private static final String ARTICLES = "_articles";

  /**
   * One row per organisation or place mention, keyed: {@link EntityMentions}' columns but {@link
   * EntityMentions#ENTITY}, and {@link ExtractRows#ENTITY_KEY} the key of what it names. A name
   * read as a person that the words around it across the corpus say is a firm ({@code notPersons}
   * with {@link NameEvidence#FIRM_BY_CUES}: "analysts at Morgan Stanley") is an organisation. A
   * short form an article leaves open ("Merrill", "SEC" without its definition) names the full name
   * that the articles which resolve it give it, when they agree ({@link #SHORT_FORM_SHARE}, {@link
   * #SHORT_FORM_ARTICLES}).
   */
  public static Dataset<Row> keyed(
      Dataset<Row> uses, Dataset<Row> notPersons, Dataset<Row> personWords) {
    return keyed(entityUses(uses, notPersons), personWords);
  }

  /**
   * The uses of names as organisations or places, with only the columns {@link #keyed} reads: a
   * name read as a person that the corpus's firm cues say is a firm ({@code notPersons} with {@link
   * NameEvidence#FIRM_BY_CUES}) is an organisation, or the country when it names one ("H.K."). The
   * extract job stages this, so that the corpus-wide steps of {@link #keyed} read it, not every
   * name use, again.
   */
  public static Dataset<Row> entityUses(Dataset<Row> uses, Dataset<Row> notPersons) {
    Dataset<Row> firms =
        broadcast(
            notPersons
                .filter(col(NameEvidence.FIRM_BY_CUES))
                .select(col(NameEvidence.NAME).as("_firm")));
    Column vetoed =
        col("_firm").isNotNull().and(col(ExtractRows.KIND).equalTo(NameKind.PERSON.code));
    // a country's name the tagger read as a person ("H.K." of "H.K. Dlrs") is the country
    Column country = isCountry(col(ExtractRows.PLACE_KEY));
    return read(
            uses.join(firms, col(ExtractRows.NAME_KEY).equalTo(col("_firm")), "left"),
            vetoed.and(country.unary_$bang()),
            vetoed.and(country))
        .filter(col(ExtractRows.ENTITY_KIND).notEqual(0))
        .select(
            col(Articles.ARTICLE_ID),
            col(ExtractRows.ENTITY_KIND),
            col(ExtractRows.ENTITY_KEY),
            col(ExtractRows.ORG_KEY),
            col(ExtractRows.PLACE_KEY),
            col(ExtractRows.SURFACE),
            col(EntityMentions.SENTENCE_INDEX),
            col(EntityMentions.CHAR_START),
            col(EntityMentions.CHAR_END),
            col(ExtractRows.ADJECTIVE),
            col(ExtractRows.LEGAL),
            col(ExtractRows.COMMON),
            col(ExtractRows.TABLE_LABEL),
            col(ExtractRows.AFTER_IN));
  }

  /** {@link #keyed} from the {@link #entityUses}. */
  public static Dataset<Row> keyed(Dataset<Row> entityUses, Dataset<Row> personWords) {
    Dataset<Row> named = withoutPersonWords(corpusKinds(entityUses), personWords);
    Column org = col(ExtractRows.ENTITY_KIND).equalTo(NameUse.ORGANISATION);
    Dataset<Row> resolved =
        named
            .filter(org.and(col(ExtractRows.ORG_KEY).notEqual(col(ExtractRows.ENTITY_KEY))))
            .groupBy(col(ExtractRows.ORG_KEY), col(ExtractRows.ENTITY_KEY))
            .agg(countDistinct(col(Articles.ARTICLE_ID)).as(N));
    Dataset<Row> shortForms =
        resolved
            .withColumn("_all", sum(col(N)).over(Window.partitionBy(ExtractRows.ORG_KEY)))
            .filter(
                col(N)
                    .geq(SHORT_FORM_ARTICLES)
                    .and(col(N).geq(col("_all").multiply(SHORT_FORM_SHARE))))
            .select(col(ExtractRows.ORG_KEY).as("_short"), col(ExtractRows.ENTITY_KEY).as(FULL));
    Dataset<Row> joined =
        named.join(
            broadcast(shortForms),
            org.and(col(ExtractRows.ENTITY_KEY).equalTo(col(ExtractRows.ORG_KEY)))
                .and(col(ExtractRows.LEGAL).unary_$bang())
                .and(col(ExtractRows.ORG_KEY).equalTo(col("_short"))),
            "left");
    return joined
        .withColumn(ExtractRows.ENTITY_KEY, coalesce(col(FULL), col(ExtractRows.ENTITY_KEY)))
        .withColumn(
            EntityMentions.KIND,
            when(org, lit(EntityMentions.KIND_ORGANIZATION))
                .otherwise(lit(EntityMentions.KIND_PLACE)))
        .select(
            col(Articles.ARTICLE_ID),
            col(EntityMentions.KIND),
            col(ExtractRows.ENTITY_KEY),
            col(ExtractRows.SURFACE).as(EntityMentions.SURFACE),
            col(EntityMentions.SENTENCE_INDEX),
            col(EntityMentions.CHAR_START),
            col(EntityMentions.CHAR_END),
            col(ExtractRows.ORG_KEY),
            col(ExtractRows.ADJECTIVE));
  }

  /**
   * The words of the persons' names the corpus names in at least {@link #PERSON_WORD_ARTICLES}
   * articles, in lower case ("reagan", "hillary"): one column, {@code _person_word}. From {@code
   * mentions} rows (a {@code person} column and {@code article_id}).
   */
  public static Dataset<Row> personWords(Dataset<Row> mentions) {
    return mentions
        .filter(col(Mentions.PERSON).contains(" "))
        .select(
            explode(split(lower(col(Mentions.PERSON)), " ")).as(PERSON_WORD),
            col(Mentions.ARTICLE_ID))
        .groupBy(PERSON_WORD)
        .agg(countDistinct(col(Mentions.ARTICLE_ID)).as(N))
        .filter(col(N).geq(PERSON_WORD_ARTICLES))
        .select(PERSON_WORD);
  }

  /**
   * Without organisations named by one word of a person's name ({@link #personWords}): "Obama",
   * "Hillary", "Johnson" alone are the persons', or fragments of longer names, not firms. A short
   * form its article resolved to a longer name ("Ford" of "Ford Motor Co") stays.
   */
  static Dataset<Row> withoutPersonWords(Dataset<Row> named, Dataset<Row> personWords) {
    Column oneWord =
        col(ExtractRows.ENTITY_KIND)
            .equalTo(NameUse.ORGANISATION)
            .and(col(ExtractRows.ENTITY_KEY).equalTo(col(ExtractRows.ORG_KEY)))
            .and(col(ExtractRows.SURFACE).contains(" ").unary_$bang());
    return named.join(
        broadcast(personWords),
        oneWord.and(lower(col(ExtractRows.SURFACE)).equalTo(col(PERSON_WORD))),
        "left_anti");
  }

  /**
   * One spelling, one kind across the corpus, where the corpus is clear: a name the articles read
   * as a place at least {@link #KIND_MAJORITY} times as often as an organisation, and at least
   * {@link #MIN_KIND_READINGS} times, is a place wherever an article read it otherwise ("U.S.",
   * "Philippines" as the subject of "said"), and the other way round. A name the corpus writes
   * where places stand often enough ({@link #AFTER_IN_SHARE_TENTHS}: "in Cleveland") is a place
   * however the tagger read it. Adjectives and names with a legal form keep their reading; a short
   * form an article resolved to a longer name keeps it too, unless the corpus reads the spelling as
   * a place ("New York" of "New York Times"). A one-word name that at least half the articles
   * naming it also write in lower case ("Record", "Deposits") is no entity.
   */
  static Dataset<Row> corpusKinds(Dataset<Row> named) {
    Column form = dotless(col(ExtractRows.SURFACE));
    Column org = col(ExtractRows.ENTITY_KIND).equalTo(NameUse.ORGANISATION);
    Column own =
        col(ExtractRows.ADJECTIVE)
            .unary_$bang()
            .and(col(ExtractRows.LEGAL).unary_$bang())
            .and(
                org.unary_$bang()
                    .or(col(ExtractRows.ENTITY_KEY).equalTo(col(ExtractRows.ORG_KEY))));
    // a short form an article resolved to a longer name ("New York" of "New York Times" in an
    // article naming both) does not vote, but goes to the place when the corpus reads the spelling
    // as one far more often than it writes it for a firm: a place never joins a firm named after
    // it, and "Westinghouse" of "Westinghouse Electric Corp" stays the firm's
    Column shortForm =
        org.and(col(ExtractRows.ENTITY_KEY).notEqual(col(ExtractRows.ORG_KEY)))
            .and(col(ExtractRows.ADJECTIVE).unary_$bang())
            .and(col(ExtractRows.LEGAL).unary_$bang());
    Dataset<Row> withForm =
        named.withColumn("_form", when(own.or(shortForm), form)).withColumn("_own", own);
    Column voter = col("_own");
    Dataset<Row> votes =
        withForm
            .filter(col("_form").isNotNull())
            .groupBy(col("_form").as("_vform"))
            .agg(
                sum(when(voter.and(org), 1L).otherwise(0L)).as("_orgs"),
                sum(when(voter.and(org.unary_$bang()), 1L).otherwise(0L)).as("_places"),
                sum(when(voter.and(col(ExtractRows.COMMON)), 1L).otherwise(0L)).as("_common"),
                sum(when(voter.and(col(ExtractRows.TABLE_LABEL)), 1L).otherwise(0L)).as("_table"),
                sum(when(voter.and(col(ExtractRows.AFTER_IN)), 1L).otherwise(0L)).as("_in"),
                sum(when(voter, 0L).otherwise(1L)).as("_short"));
    // Only the spellings the corpus acts on, a few, go back to the uses (broadcast): one word the
    // articles naming it mostly also write in lower case ("Record", "Deposits") is dropped; a
    // clear majority of one kind moves the others' readings to it.
    Column uses = col("_orgs").plus(col("_places"));
    Column commonWord =
        col("_vform")
            .contains(" ")
            .unary_$bang()
            .and(col("_common").multiply(2).geq(uses))
            .or(
                col("_table")
                    .multiply(10)
                    .geq(uses.multiply(TABLE_LABEL_SHARE_TENTHS))
                    .and(uses.geq(MIN_TABLE_LABEL_USES)));
    // where the corpus writes a name as places are written, that outweighs how the tagger read it
    Column whereAPlace =
        col("_in")
            .geq(MIN_KIND_READINGS)
            .and(col("_in").multiply(10).geq(uses.multiply(AFTER_IN_SHARE_TENTHS)));
    java.util.function.Function<Column, Column> placeOver =
        firms ->
            col("_places")
                .geq(MIN_KIND_READINGS)
                .and(col("_places").geq(firms.multiply(KIND_MAJORITY)))
                .or(whereAPlace);
    Column placeMajority = col("_orgs").gt(0).and(placeOver.apply(col("_orgs")));
    // the short forms' uses count with the firms' readings
    Column shortFormsPlace =
        col("_short").gt(0).and(placeOver.apply(col("_orgs").plus(col("_short"))));
    Column orgMajority =
        col("_places")
            .gt(0)
            .and(col("_orgs").geq(MIN_KIND_READINGS))
            .and(col("_orgs").geq(col("_places").multiply(KIND_MAJORITY)))
            .and(whereAPlace.unary_$bang());
    Dataset<Row> acts =
        votes
            .filter(commonWord.or(placeMajority).or(orgMajority).or(shortFormsPlace))
            .select(
                col("_vform"),
                commonWord.as("_drop"),
                placeMajority.as("_to_place"),
                orgMajority.as("_to_org"),
                shortFormsPlace.as("_short_to_place"));
    Column toPlace =
        org.and(
            when(col("_own"), col("_to_place").eqNullSafe(true))
                .otherwise(col("_short_to_place").eqNullSafe(true)));
    Column toOrg = org.unary_$bang().and(col("_to_org").eqNullSafe(true));
    Dataset<Row> joined =
        withForm.join(broadcast(acts), col("_form").equalTo(col("_vform")), "left");
    return read(
            joined.filter(col("_drop").eqNullSafe(true).and(col("_own")).unary_$bang()),
            toOrg,
            toPlace)
        .drop("_form", "_own", "_vform", "_drop", "_to_place", "_to_org", "_short_to_place");
  }

  /**
   * The uses read again: as the organisation their {@link ExtractRows#ORG_KEY} names where {@code
   * toOrg}, as the place their {@link ExtractRows#PLACE_KEY} names where {@code toPlace}.
   */
  private static Dataset<Row> read(Dataset<Row> uses, Column toOrg, Column toPlace) {
    return uses.withColumn(
            ExtractRows.ENTITY_KEY,
            when(toOrg, col(ExtractRows.ORG_KEY))
                .when(toPlace, col(ExtractRows.PLACE_KEY))
                .otherwise(col(ExtractRows.ENTITY_KEY)))
        .withColumn(
            ExtractRows.ENTITY_KIND,
            when(toOrg, lit(NameUse.ORGANISATION))
                .when(toPlace, lit(NameUse.PLACE))
                .otherwise(col(ExtractRows.ENTITY_KIND)));
  }

  /**
   * A spelling in lower case without its dots ("U.S." and "US" are "us"): how the corpus-wide steps
   * compare spellings. {@code translate} drops the dots without a regular expression per row.
   */
  private static Column dotless(Column spelling) {
    return lower(translate(spelling, ".", ""));
  }

  /** Whether {@code key} is a country's or region's key: its usual name ({@link Countries}). */
  private static Column isCountry(Column key) {
    return key.isin(Countries.all().keySet().toArray());
  }

  /**
   * Each spelling of each entity, by kind and key, counted once over the {@link #keyed} mentions:
   * {@code _m} its mentions, {@code _n} those that write the entity out in full (not an adjective,
   * not a short form of it). Far fewer rows than the mentions: {@link #names}, {@link
   * #organizations} and {@link #places} read this, not the mentions again. Columns: kind, {@link
   * ExtractRows#ENTITY_KEY}, {@link EntityMentions#SURFACE}, {@code _n}, {@code _m}.
   */
  public static Dataset<Row> spellings(Dataset<Row> keyed) {
    Column full =
        col(ExtractRows.ADJECTIVE)
            .unary_$bang()
            .and(
                col(EntityMentions.KIND)
                    .notEqual(EntityMentions.KIND_ORGANIZATION)
                    .or(col(ExtractRows.ORG_KEY).equalTo(col(ExtractRows.ENTITY_KEY))));
    return keyed
        .groupBy(col(EntityMentions.KIND), col(ExtractRows.ENTITY_KEY), col(EntityMentions.SURFACE))
        .agg(sum(when(full, 1L).otherwise(0L)).as(N), count(lit(1)).as(M));
  }

  /**
   * In how many articles each entity is named, by kind and key; an organisation's count includes
   * the articles that only quote it as a speaker ({@link #quotedOrganizations}). One pass over the
   * mentions. Columns: kind, {@link ExtractRows#ENTITY_KEY}, {@code _articles}.
   */
  public static Dataset<Row> articles(Dataset<Row> keyed, Dataset<Row> quotes) {
    Dataset<Row> quoted =
        quotedOrganizations(quotes)
            .select(
                lit(EntityMentions.KIND_ORGANIZATION).as(EntityMentions.KIND),
                col(ExtractRows.ENTITY_KEY),
                col(Articles.ARTICLE_ID));
    return keyed
        .select(col(EntityMentions.KIND), col(ExtractRows.ENTITY_KEY), col(Articles.ARTICLE_ID))
        .unionByName(quoted)
        .groupBy(col(EntityMentions.KIND), col(ExtractRows.ENTITY_KEY))
        .agg(countDistinct(col(Articles.ARTICLE_ID)).as(ARTICLES));
  }

  /**
   * Each entity's name, by kind and key, from its {@link #spellings}: its most frequent spelling
   * among the mentions that write it out in full, among equals the first in sort order; one only
   * ever named otherwise goes by its key. A country or region goes by its usual name ("United
   * States", whether written "U.S." or "American"). Columns: kind, {@link ExtractRows#ENTITY_KEY},
   * {@link EntityMentions#ENTITY}.
   */
  public static Dataset<Row> names(Dataset<Row> spellings) {
    // the least of (no full use, fewest full uses first negated, the spelling): the most frequent
    // full spelling, the first in sort order among equals
    Column country =
        col(EntityMentions.KIND)
            .equalTo(EntityMentions.KIND_PLACE)
            .and(isCountry(col(ExtractRows.ENTITY_KEY)));
    Column rank =
        struct(
            col(N).equalTo(0).as("_none"),
            col(N).multiply(-1).as("_m"),
            col(EntityMentions.SURFACE));
    return spellings
        .groupBy(col(EntityMentions.KIND), col(ExtractRows.ENTITY_KEY))
        .agg(min_by(col(EntityMentions.SURFACE), rank).as("_best"), max(col(N)).as("_full"))
        .select(
            col(EntityMentions.KIND),
            col(ExtractRows.ENTITY_KEY),
            when(col("_full").gt(0).and(country.unary_$bang()), col("_best"))
                .otherwise(col(ExtractRows.ENTITY_KEY))
                .as(EntityMentions.ENTITY));
  }

  /**
   * The rows of one kind of a per-entity table ({@link #names}, {@link #articles}), without the
   * kind, their key as {@code keyAs}.
   */
  private static Dataset<Row> ofKind(Dataset<Row> rows, String kind, String keyAs) {
    return rows.filter(col(EntityMentions.KIND).equalTo(kind))
        .drop(EntityMentions.KIND)
        .withColumnRenamed(ExtractRows.ENTITY_KEY, keyAs);
  }

  /**
   * The published {@code entity_mentions}: {@link #keyed} rows with their entity's name. Counts
   * {@code names}, which the caller should have cached.
   */
  public static Dataset<Row> entityMentions(Dataset<Row> keyed, Dataset<Row> names) {
    // the names are one row per entity, far fewer than the mentions: shipped to every task when
    // they are few enough, so the mentions are not shuffled to meet them
    Dataset<Row> n = names.count() <= BROADCAST_NAMES ? broadcast(names) : names;
    return keyed
        .join(n, new String[] {EntityMentions.KIND, ExtractRows.ENTITY_KEY}, "left")
        .select(
            Arrays.stream(EntityMentions.SCHEMA.fieldNames())
                .map(f -> col(f))
                .toArray(Column[]::new));
  }

  /**
   * The quotes whose speaker is an organisation, but for a country or a generic word quoted as one
   * ("The Soviet Union said", "the Bank said"), which speaks for no one organisation. Columns:
   * {@link ExtractRows#ENTITY_KEY} (the speaker's key), {@link EntityMentions#SURFACE} (the speaker
   * as written), {@link Articles#ARTICLE_ID}.
   */
  static Dataset<Row> quotedOrganizations(Dataset<Row> quotes) {
    Column form = regexp_replace(dotless(col(Quotes.SPEAKER)), "^the\\s+", "");
    return quotes
        .filter(col(Quotes.SPEAKER_KIND).equalTo(Quotes.KIND_ORGANIZATION))
        .filter(
            form.isin(Countries.nameForms().toArray())
                .or(form.isin(Words.ORG_GENERIC.stream().sorted().toArray()))
                .unary_$bang())
        .select(
            col(ExtractRows.SPEAKER_KEY).as(ExtractRows.ENTITY_KEY),
            col(Quotes.SPEAKER).as(EntityMentions.SURFACE),
            col(Quotes.ARTICLE_ID));
  }

  /**
   * One row per organisation: those the articles name (their {@link #spellings}, by key) and those
   * quoted as speakers ({@link #quotedOrganizations}, by their {@link ExtractRows#SPEAKER_KEY}).
   * Columns: {@link Organizations#SCHEMA}.
   */
  public static Dataset<Row> organizations(
      Dataset<Row> spellings, Dataset<Row> names, Dataset<Row> articles, Dataset<Row> quotes) {
    Dataset<Row> named =
        spellings
            .filter(col(EntityMentions.KIND).equalTo(EntityMentions.KIND_ORGANIZATION))
            .select(
                col(ExtractRows.ENTITY_KEY),
                col(EntityMentions.SURFACE),
                col(M),
                lit(0L).as("_quotes"));
    Dataset<Row> quoted = quotedOrganizations(quotes);
    Dataset<Row> all =
        named.unionByName(
            quoted.select(
                col(ExtractRows.ENTITY_KEY),
                col(EntityMentions.SURFACE),
                lit(0L).as(M),
                lit(1L).as("_quotes")));
    Dataset<Row> orgNames = ofKind(names, EntityMentions.KIND_ORGANIZATION, "_k");
    // a speaker never named by the tagger goes by its most frequent spelling as a speaker
    Dataset<Row> speakerNames =
        quoted
            .groupBy(col(ExtractRows.ENTITY_KEY), col(EntityMentions.SURFACE))
            .agg(count(lit(1)).as(N))
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(ExtractRows.ENTITY_KEY)
                            .orderBy(col(N).desc(), col(EntityMentions.SURFACE))))
            .filter(col("_rank").equalTo(1))
            .select(
                col(ExtractRows.ENTITY_KEY).as("_sk"), col(EntityMentions.SURFACE).as("_speaker"));
    Dataset<Row> totals =
        all.groupBy(ExtractRows.ENTITY_KEY)
            .agg(
                array_sort(collect_set(col(EntityMentions.SURFACE))).as(Organizations.ALIASES),
                sum(col(M)).as(Organizations.MENTIONS),
                sum(col("_quotes")).as(Organizations.QUOTES));
    return totals
        .join(
            ofKind(articles, EntityMentions.KIND_ORGANIZATION, "_ak"),
            totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_ak")))
        .withColumn(Organizations.ARTICLES, col(ARTICLES))
        .join(orgNames, totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_k")), "left")
        .join(speakerNames, totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_sk")), "left")
        .withColumn(
            Organizations.ORGANIZATION, coalesce(col(EntityMentions.ENTITY), col("_speaker")))
        .select(
            Arrays.stream(Organizations.SCHEMA.fieldNames())
                .map(f -> col(f))
                .toArray(Column[]::new));
  }

  /**
   * One row per place the articles name (their {@link #spellings}), with {@link Places#KIND}
   * "country" or "region" for the countries and regions the word lists know ({@link Countries}).
   * Columns: {@link Places#SCHEMA}.
   */
  public static Dataset<Row> places(
      Dataset<Row> spellings, Dataset<Row> names, Dataset<Row> articles) {
    List<Row> known = new java.util.ArrayList<>();
    Countries.all()
        .forEach(
            (name, c) ->
                known.add(
                    RowFactory.create(
                        name, c.region() ? Places.KIND_REGION : Places.KIND_COUNTRY)));
    Dataset<Row> countries =
        broadcast(
            spellings
                .sparkSession()
                .createDataFrame(
                    known,
                    new StructType()
                        .add("_country", DataTypes.StringType)
                        .add("_kind", DataTypes.StringType)));
    Dataset<Row> placeNames = ofKind(names, EntityMentions.KIND_PLACE, "_k");
    Dataset<Row> totals =
        spellings
            .filter(col(EntityMentions.KIND).equalTo(EntityMentions.KIND_PLACE))
            .groupBy(ExtractRows.ENTITY_KEY)
            .agg(
                array_sort(collect_set(col(EntityMentions.SURFACE))).as(Places.ALIASES),
                sum(col(M)).as(Places.MENTIONS));
    return totals
        .join(
            ofKind(articles, EntityMentions.KIND_PLACE, "_ak"),
            totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_ak")))
        .withColumn(Places.ARTICLES, col(ARTICLES))
        .join(placeNames, totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_k")))
        .withColumn(Places.PLACE, col(EntityMentions.ENTITY))
        .join(countries, totals.col(ExtractRows.ENTITY_KEY).equalTo(col("_country")), "left")
        .withColumn(Places.KIND, col("_kind"))
        .select(Arrays.stream(Places.SCHEMA.fieldNames()).map(f -> col(f)).toArray(Column[]::new));
  }
}
