package org.wirescope.extract;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;
import org.wirescope.text.tagger.NameKind;

/**
 * Corpus-wide evidence about names. One article may not say whether "Morgan Stanley" is a person or
 * a firm; the corpus does ("analysts at Morgan Stanley", "Morgan Stanley said in a report"). The
 * tagger reads each article once, in the extract stage's one pass (see {@link ExtractRows#NAMES});
 * here every name's readings and context cues are summed over the whole corpus, the names it
 * overwhelmingly uses for something other than a person are vetoed in every article that does not
 * insist, and the counts become the persons' evidence and the {@code organizations} table.
 */
public final class NameEvidence {
  private NameEvidence() {}

  public static final String NAME = ExtractRows.NAME_KEY;
  public static final String KIND = ExtractRows.KIND;
  public static final String PERSON_USES = Persons.PERSON_USES;
  public static final String ORG_USES = Persons.ORGANIZATION_USES;
  public static final String PLACE_USES = Persons.PLACE_USES;
  public static final String OTHER_USES = Persons.OTHER_USES;
  public static final String ARTICLES = "articles";
  public static final String ORG_CUES = ExtractRows.ORG_CUES;
  public static final String PERSON_CUES = ExtractRows.PERSON_CUES;

  /** In {@link #notPersons}: whether the name is a firm's (else a place's or another thing's). */
  public static final String FIRM = "_firm";

  /** Uses of a name whose every word the article also writes in lower case ("Savings"). */
  public static final String COMMON_USES = "_common_uses";

  /**
   * Firm-cued uses of the firms whose name begins with the name ("Merrill" of "Merrill Lynch and
   * Co").
   */
  public static final String FIRM_USES = "_firm_uses";

  /**
   * In {@link #notPersons}: whether the words around the name say firm ({@link #MIN_ORG_CUES}...),
   * the strongest evidence, on which a name the tagger reads as a person is an organisation.
   */
  public static final String FIRM_BY_CUES = "_firm_by_cues";

  /** {@link #notPersons}' columns. */
  public static final StructType NOT_PERSONS =
      new StructType()
          .add(NAME, DataTypes.StringType, false)
          .add(FIRM, DataTypes.BooleanType)
          .add(FIRM_BY_CUES, DataTypes.BooleanType);

  /** A name is not a person when its other uses outnumber its person uses this many times... */
  static final int OTHER_TO_PERSON = 4;

  /** ...and it has at least this many other uses, in at least two articles. */
  static final int MIN_OTHER_USES = 3;

  /** Firm cues a name needs across the corpus to be a firm by its contexts... */
  static final int MIN_ORG_CUES = 2;

  /** ...and how many times its person cues they must be. */
  static final int ORG_TO_PERSON_CUES = 3;

  /** {@link #uses}: the article and the {@link ExtractRows#NAME} fields. */
  public static final StructType USE =
      new StructType(
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      new StructField(
                          Articles.ARTICLE_ID, DataTypes.StringType, false, Metadata.empty())),
                  Arrays.stream(ExtractRows.NAME.fields()))
              .toArray(StructField[]::new));

  /** Every name the tagger read, one row per use: {@link #USE}. */
  public static Dataset<Row> uses(Dataset<Row> extracted) {
    return extracted
        .select(col(Articles.ARTICLE_ID), explode(col(ExtractRows.NAMES)).as("n"))
        .select(col(Articles.ARTICLE_ID), col("n.*"));
  }

  /** Per name: uses by kind, articles, firm cues and person cues. */
  public static Dataset<Row> counts(Dataset<Row> uses) {
    return uses.groupBy(NAME)
        .agg(
            kindCount(NameKind.PERSON).as(PERSON_USES),
            kindCount(NameKind.ORGANISATION).as(ORG_USES),
            kindCount(NameKind.PLACE).as(PLACE_USES),
            kindCount(NameKind.OTHER).as(OTHER_USES),
            countDistinct(Articles.ARTICLE_ID).as(ARTICLES),
            sum(col(ORG_CUES)).cast("long").as(ORG_CUES),
            sum(col(PERSON_CUES)).cast("long").as(PERSON_CUES),
            sum(when(col(ExtractRows.COMMON), 1L).otherwise(0L)).as(COMMON_USES));
  }

  /**
   * Per word prefix or single word of a firm's name ("drexel", "drexel burnham", "drexel burnham
   * lambert", "burnham", "lambert" for "Drexel Burnham Lambert Inc"; "kodak" for "Eastman Kodak
   * Co"): the uses with a firm cue of the firms it is part of, counting only firms so cued in at
   * least two articles. Columns: the part as {@link #NAME}, {@link #FIRM_USES}.
   */
  static Dataset<Row> firmPrefixes(Dataset<Row> uses) {
    Dataset<Row> firms =
        uses.filter(col(ORG_CUES).gt(0))
            .groupBy(ExtractRows.ORG_KEY)
            .agg(count(lit(1)).as(FIRM_USES), countDistinct(Articles.ARTICLE_ID).as("_articles"))
            .filter(col(FIRM_USES).geq(MIN_ORG_CUES).and(col("_articles").geq(2)));
    Column words = split(col(ExtractRows.ORG_KEY), " ");
    Column prefixes =
        transform(sequence(lit(1), size(words)), i -> array_join(slice(words, lit(1), i), " "));
    return firms
        .select(explode(array_union(prefixes, words)).as(NAME), col(FIRM_USES))
        .groupBy(NAME)
        .agg(sum(col(FIRM_USES)).as(FIRM_USES));
  }

  private static Column kindCount(NameKind kind) {
    return sum(when(col(KIND).equalTo(kind.code), 1L).otherwise(0L));
  }

  private static Column nonPersonUses() {
    return col(ORG_USES).plus(col(PLACE_USES)).plus(col(OTHER_USES));
  }

  /**
   * Firm cues at least {@link #MIN_ORG_CUES} and {@link #ORG_TO_PERSON_CUES} times the person cues.
   */
  private static Column firmByCues() {
    return col(ORG_CUES)
        .geq(MIN_ORG_CUES)
        .and(col(ORG_CUES).geq(col(PERSON_CUES).multiply(ORG_TO_PERSON_CUES)));
  }

  /**
   * Whether the name reads as a firm's: by its firm cues, or organisation readings ahead of the
   * others.
   */
  private static Column firm() {
    return firmByCues()
        .or(
            col(ORG_USES)
                .gt(col(PERSON_USES))
                .and(col(ORG_USES).geq(greatest(col(PLACE_USES), col(OTHER_USES)))));
  }

  /** {@link Persons#CONFIDENCE} over the columns of {@link #counts}. */
  private static Column confidence() {
    Column all = col(PERSON_USES).plus(nonPersonUses()).plus(col(PERSON_CUES)).plus(col(ORG_CUES));
    return col(PERSON_USES).plus(col(PERSON_CUES)).plus(1.0).divide(all.plus(2.0));
  }

  /**
   * The names the corpus uses overwhelmingly for something other than a person, in at least two
   * articles; each of these suffices:
   *
   * <ul>
   *   <li>the tagger's readings: other kinds {@link #OTHER_TO_PERSON} times the person readings,
   *       and at least {@link #MIN_OTHER_USES};
   *   <li>readings and cues together: fewer person readings and cues than other readings and firm
   *       cues (a {@link Persons#CONFIDENCE} under 0.5);
   *   <li>the words around it: firm cues ("analysts at X", "X and Co") at least {@link
   *       #MIN_ORG_CUES} and {@link #ORG_TO_PERSON_CUES} times the person cues;
   *   <li>a firm's name begins with it or has it as a word ("Drexel Burnham" of "Drexel Burnham
   *       Lambert Inc", "Kodak" of "Eastman Kodak Co", cued as a firm in two articles or more) more
   *       often than a title or role marks it as a person;
   *   <li>its words are common words where it is used ("Savings", "Cattle"): in at least half of
   *       its uses, more than its person cues.
   * </ul>
   *
   * Columns: the name, {@link #FIRM} and {@link #FIRM_BY_CUES}.
   */
  public static Dataset<Row> notPersons(Dataset<Row> uses, Dataset<Row> counts) {
    Dataset<Row> firmPrefixes = firmPrefixes(uses);
    Column byReadings =
        nonPersonUses()
            .geq(MIN_OTHER_USES)
            .and(nonPersonUses().geq(col(PERSON_USES).multiply(OTHER_TO_PERSON)));
    Column firmFirst = col(FIRM_USES).isNotNull().and(col(FIRM_USES).gt(col(PERSON_CUES)));
    Column mostlyOther = confidence().lt(0.5);
    Column common =
        col(COMMON_USES)
            .geq(2)
            .and(col(COMMON_USES).multiply(2).geq(col(PERSON_USES).plus(nonPersonUses())))
            .and(col(COMMON_USES).gt(col(PERSON_CUES)));
    return counts
        .join(firmPrefixes, counts.col(NAME).equalTo(firmPrefixes.col(NAME)), "left")
        .drop(firmPrefixes.col(NAME))
        .filter(
            col(ARTICLES)
                .geq(2)
                .and(byReadings.or(firmByCues()).or(mostlyOther).or(firmFirst).or(common)))
        .select(col(NAME), firm().or(firmFirst).as(FIRM), firmByCues().as(FIRM_BY_CUES));
  }

  /**
   * Mentions (with {@link ExtractRows}' stage fields) without those of vetoed names, unless their
   * article insists on the person.
   */
  public static Dataset<Row> withoutVetoed(Dataset<Row> mentions, Dataset<Row> notPersons) {
    Dataset<Row> vetoed = broadcast(notPersons.select(col(NAME).as("_vetoed")));
    return mentions
        .join(vetoed, mentions.col(ExtractRows.NAME_KEY).equalTo(vetoed.col("_vetoed")), "left")
        .filter(col("_vetoed").isNull().or(col(ExtractRows.INSISTS)))
        .drop("_vetoed");
  }

  /**
   * Quotes whose person speaker the corpus vetoes, and the article does not insist on: a firm's
   * name stays the speaker as an organisation ("Smith Barney"); any other loses its speaker.
   */
  public static Dataset<Row> withVetoedSpeakers(Dataset<Row> quotes, Dataset<Row> notPersons) {
    Dataset<Row> vetoed = broadcast(notPersons.select(col(NAME).as("_vetoed"), col(FIRM)));
    Dataset<Row> joined =
        quotes.join(
            vetoed,
            quotes
                .col(ExtractRows.SPEAKER_KEY)
                .equalTo(vetoed.col("_vetoed"))
                .and(quotes.col(Quotes.SPEAKER_KIND).equalTo(Quotes.KIND_PERSON))
                .and(quotes.col(ExtractRows.SPEAKER_INSISTS).unary_$bang()),
            "left");
    Column hit = col("_vetoed").isNotNull();
    Column keep = hit.unary_$bang().or(col(FIRM));
    return joined.select(
        Arrays.stream(quotes.columns())
            .map(
                c ->
                    switch (c) {
                      case Quotes.SPEAKER,
                          Quotes.SPEAKER_SURFACE,
                          Quotes.CUE,
                          Quotes.ATTRIBUTION,
                          ExtractRows.SPEAKER_KEY ->
                          when(keep, col(c)).as(c);
                      case Quotes.SPEAKER_KIND ->
                          when(hit.and(col(FIRM)), lit(Quotes.KIND_ORGANIZATION))
                              .when(keep, col(c))
                              .as(c);
                      default -> col(c);
                    })
            .toArray(Column[]::new));
  }

  /**
   * The persons table with the corpus's evidence about each person's name joined on: the uses by
   * kind, the cues, and {@link Persons#CONFIDENCE}. Persons whose name the tagger never read keep
   * nulls. Columns: {@link Persons#SCHEMA}.
   */
  public static Dataset<Row> withEvidence(Dataset<Row> persons, Dataset<Row> counts) {
    Dataset<Row> c =
        counts
            .withColumn(Persons.CONFIDENCE, confidence())
            .drop(ARTICLES)
            .withColumnRenamed(ORG_CUES, Persons.ORGANIZATION_CUES);
    return persons
        .join(c, lower(persons.col(Persons.PERSON)).equalTo(c.col(NAME)), "left")
        .select(Arrays.stream(Persons.SCHEMA.fieldNames()).map(f -> col(f)).toArray(Column[]::new));
  }
}
