package org.wirescope.extract;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;
import org.wirescope.text.TextAnalyzer;

/** Pure transforms from the per-article extraction to the mentions, quotes and persons tables. */
public final class ExtractTransforms {
  private static final String SHORT = "_short";
  private static final String LONG = "_long";
  private static final String SURNAME = "_surname";
  private static final String N = "_n";
  private static final String INITIAL = "_initial";
  private static final String FIRST_LETTER = "_first_letter";

  /**
   * A lone surname maps to a full name when that full name carries at least this share of all
   * mentions of full names with the surname (of those opening with a given name or an initial), so
   * "Reagan" joins "Ronald Reagan" but "Baker" stays apart when two Bakers are equally common.
   */
  static final double DOMINANT_SHARE = 0.8;

  private static final String GIVEN = "_given";
  private static final Object[] GIVEN_NAMES = TextAnalyzer.givenNames().toArray();

  private ExtractTransforms() {}

  /**
   * One row per mention, in {@link Mentions#SCHEMA} columns and the stage's own (see {@link
   * ExtractRows}).
   */
  public static Dataset<Row> explodeMentions(Dataset<Row> extracted) {
    return extracted
        .select(
            col(Mentions.ARTICLE_ID),
            col(Mentions.PUBLISHED_AT),
            explode(col(ExtractRows.MENTIONS)).as("m"))
        .select(
            select(
                Mentions.SCHEMA.fieldNames(),
                ExtractRows.MENTION.fieldNames(),
                "m",
                Mentions.ARTICLE_ID,
                Mentions.PUBLISHED_AT));
  }

  /**
   * One row per quote, in {@link Quotes#SCHEMA} columns and the stage's own (see {@link
   * ExtractRows}).
   */
  public static Dataset<Row> explodeQuotes(Dataset<Row> extracted) {
    return extracted
        .select(
            col(Quotes.ARTICLE_ID),
            col(Quotes.PUBLISHED_AT),
            explode(col(ExtractRows.QUOTES)).as("q"))
        .select(
            select(
                Quotes.SCHEMA.fieldNames(),
                ExtractRows.QUOTE.fieldNames(),
                "q",
                Quotes.ARTICLE_ID,
                Quotes.PUBLISHED_AT));
  }

  /** The table's columns, then the struct's fields it does not publish. */
  private static Column[] select(
      String[] names, String[] structFields, String struct, String... topLevel) {
    java.util.List<Column> out = new java.util.ArrayList<>();
    for (String n : names) {
      out.add(Arrays.asList(topLevel).contains(n) ? col(n) : col(struct + "." + n).as(n));
    }
    for (String f : structFields) {
      if (!Arrays.asList(names).contains(f)) {
        out.add(col(struct + "." + f).as(f));
      }
    }
    return out.toArray(Column[]::new);
  }

  /** Only the columns of {@code schema}, in its order: what a table publishes. */
  public static Dataset<Row> published(
      Dataset<Row> rows, org.apache.spark.sql.types.StructType schema) {
    return rows.select(Arrays.stream(schema.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Lone surnames, and surnames after one initial, that stand for one dominant full name across the
   * corpus: columns {@code _short} ("Reagan", "V. Putin") and {@code _long} ("Ronald Reagan",
   * "Vladimir Putin"). An initial only goes to full names opening with its letter.
   */
  public static Dataset<Row> surnameAliases(Dataset<Row> mentions) {
    Dataset<Row> counts = personCounts(mentions);
    Column words = split(col(Mentions.PERSON), " ");
    Column first = lower(element_at(words, 1));
    Column initial = first.rlike("^\\p{L}\\.$");
    // "V. Putin": an initial and a surname stand for the full name with that surname and initial
    Column initialled = size(words).equalTo(2).and(initial);
    Dataset<Row> full =
        counts
            .filter(col(Mentions.PERSON).contains(" ").and(initialled.unary_$bang()))
            .select(
                col(Mentions.PERSON).as(LONG),
                lower(element_at(words, -1)).as(SURNAME),
                col(N),
                first.isin(GIVEN_NAMES).or(initial).as(GIVEN),
                substring(first, 1, 1).as(FIRST_LETTER));
    Dataset<Row> shortForms =
        counts
            .filter(col(Mentions.PERSON).contains(" ").unary_$bang().or(initialled))
            .select(
                col(Mentions.PERSON).as(SHORT),
                lower(element_at(words, -1)).as(SURNAME),
                when(initialled, substring(first, 1, 1)).as(INITIAL));
    // The full names that compete with the most frequent one are those opening with a given name
    // or an initial: "Nancy Reagan" does, a misread "Blasts Reagan" in a headline does not.
    return shortForms
        .join(
            full,
            shortForms
                .col(SURNAME)
                .equalTo(full.col(SURNAME))
                .and(col(INITIAL).isNull().or(col(INITIAL).equalTo(col(FIRST_LETTER)))))
        .groupBy(col(SHORT))
        .agg(
            // the most frequent full name, one opening with a given name before one that does
            // not, then the greatest in string order: a tie never depends on the row order
            max_by(col(LONG), struct(col(N), col(GIVEN), col(LONG))).as(LONG),
            max(col(N)).as("_best"),
            max_by(col(GIVEN), struct(col(N), col(GIVEN), col(LONG))).as("_best_given"),
            sum(when(col(GIVEN), col(N)).otherwise(0L)).as("_given_total"))
        .filter(
            col("_best")
                .geq(
                    col("_given_total")
                        .plus(when(col("_best_given"), lit(0L)).otherwise(col("_best")))
                        .multiply(DOMINANT_SHARE)))
        .select(col(SHORT), col(LONG));
  }

  /**
   * Full names whose given names are variants of one another ("Jim Wright", "James Wright") with
   * the rest of the name the same: each goes to the most frequent of them (among equals the
   * greatest in string order). {@code counts}: {@link #personCounts}. Columns {@code _short} and
   * {@code _long}, as {@link #surnameAliases}.
   */
  static Dataset<Row> givenNameAliases(Dataset<Row> counts) {
    List<Row> variants = new java.util.ArrayList<>();
    TextAnalyzer.givenNameVariants()
        .forEach((w, formal) -> variants.add(RowFactory.create(w, formal)));
    Dataset<Row> forms =
        broadcast(
            counts
                .sparkSession()
                .createDataFrame(
                    variants,
                    new StructType()
                        .add("_variant", DataTypes.StringType)
                        .add("_formal", DataTypes.StringType)));
    Column words = split(col(Mentions.PERSON), " ");
    Dataset<Row> named =
        counts
            .filter(size(words).geq(2))
            .withColumn("_first", lower(element_at(words, 1)))
            .withColumn("_rest", array_join(slice(words, lit(2), size(words).minus(1)), " "));
    Dataset<Row> grouped = named.join(forms, col("_first").equalTo(col("_variant")));
    Dataset<Row> best =
        grouped
            .groupBy(col("_rest"), col("_formal"))
            .agg(
                max_by(col(Mentions.PERSON), struct(col(N), col(Mentions.PERSON))).as(LONG),
                countDistinct(col(Mentions.PERSON)).as("_names"))
            .filter(col("_names").geq(2));
    return grouped
        .join(best, new String[] {"_rest", "_formal"})
        .filter(col(Mentions.PERSON).notEqual(col(LONG)))
        .select(col(Mentions.PERSON).as(SHORT), col(LONG));
  }

  /**
   * A name with one middle initial or middle name and the same name without it, when the corpus
   * writes that given name and surname with no other middle: "Donald J. Trump" and "Donald Trump",
   * "Hillary Rodham Clinton" and "Hillary Clinton" are one person, named by the form the corpus
   * uses more (the greater in string order on a tie). "George W. Bush" does not join "George Bush"
   * where "George H.W. Bush" is named too. {@code counts}: {@link #personCounts}. Columns {@code
   * _short} (the other form) and {@code _long}.
   */
  static Dataset<Row> middleNameAliases(Dataset<Row> counts) {
    Column words = split(col(Mentions.PERSON), " ");
    Dataset<Row> named =
        counts
            .withColumn("_first", element_at(words, 1))
            .withColumn("_last", element_at(words, -1));
    Dataset<Row> middled =
        named
            .filter(
                size(words)
                    .equalTo(3)
                    .and(lower(col("_first")).isin(GIVEN_NAMES))
                    .and(element_at(words, 2).rlike("^\\p{Lu}(\\p{Ll}+|\\.|(\\.\\p{Lu})+\\.)$")))
            .select(
                col(Mentions.PERSON).as("_middled"), col(N).as("_nm"), col("_first"), col("_last"));
    // the given name and surname with exactly one middle form in the corpus
    Dataset<Row> single =
        middled
            .groupBy(col("_first"), col("_last"))
            .agg(count(lit(1)).as("_forms"))
            .filter(col("_forms").equalTo(1))
            .drop("_forms");
    Dataset<Row> plain =
        named
            .filter(size(words).equalTo(2))
            .select(
                col(Mentions.PERSON).as("_plain"), col(N).as("_np"), col("_first"), col("_last"));
    Dataset<Row> pairs =
        middled
            .join(single, new String[] {"_first", "_last"})
            .join(plain, new String[] {"_first", "_last"});
    Column middledWins =
        col("_nm")
            .gt(col("_np"))
            .or(col("_nm").equalTo(col("_np")).and(col("_middled").gt(col("_plain"))));
    return pairs.select(
        when(middledWins, col("_plain")).otherwise(col("_middled")).as(SHORT),
        when(middledWins, col("_middled")).otherwise(col("_plain")).as(LONG));
  }

  /**
   * Every alias the corpus resolves: {@link #givenNameAliases} and {@link #middleNameAliases}, then
   * {@link #surnameAliases} over the mentions with those applied, so "Wright" goes to the one full
   * name "Jim Wright" and "James Wright" became. Columns {@code _short} and {@code _long}; a name
   * is the short form of at most one alias.
   */
  public static Dataset<Row> corpusAliases(Dataset<Row> mentions) {
    // counted once for both: the variants and the middles read the same per-person counts
    Dataset<Row> counts = personCounts(mentions).cache();
    Dataset<Row> variants = givenNameAliases(counts);
    Dataset<Row> middles =
        middleNameAliases(counts)
            .join(variants.select(col(SHORT)), new String[] {SHORT}, "left_anti")
            .select(col(SHORT), col(LONG));
    Dataset<Row> joined = variants.unionByName(middles).cache();
    return joined.unionByName(
        surnameAliases(withCanonicalNames(mentions, Mentions.PERSON, joined)));
  }

  /** Mentions per person: the person column and {@code _n}. */
  static Dataset<Row> personCounts(Dataset<Row> mentions) {
    return mentions.groupBy(col(Mentions.PERSON)).agg(count(lit(1)).as(N));
  }

  /** Replaces a person column's lone surnames by their full names. */
  public static Dataset<Row> withCanonicalNames(
      Dataset<Row> rows, String personColumn, Dataset<Row> aliases) {
    String[] cols = rows.columns();
    Dataset<Row> joined =
        rows.join(broadcast(aliases), rows.col(personColumn).equalTo(aliases.col(SHORT)), "left");
    return joined.select(
        Arrays.stream(cols)
            .map(c -> c.equals(personColumn) ? coalesce(col(LONG), col(c)).as(c) : col(c))
            .toArray(Column[]::new));
  }

  /**
   * Mentions with their lone surnames replaced by the corpus's dominant full name; those mentions
   * get the method {@code corpus_alias}, so users can tell and filter them.
   */
  public static Dataset<Row> withCorpusAliases(Dataset<Row> mentions, Dataset<Row> aliases) {
    String[] cols = mentions.columns();
    Dataset<Row> joined =
        mentions.join(
            broadcast(aliases), mentions.col(Mentions.PERSON).equalTo(aliases.col(SHORT)), "left");
    return joined.select(
        Arrays.stream(cols)
            .map(
                c ->
                    c.equals(Mentions.PERSON)
                        ? coalesce(col(LONG), col(c)).as(c)
                        : c.equals(Mentions.METHOD)
                            ? when(col(LONG).isNotNull(), lit(Mentions.METHOD_CORPUS_ALIAS))
                                .otherwise(col(c))
                                .as(c)
                            : col(c))
            .toArray(Column[]::new));
  }

  /**
   * One row per canonical person: how it is written, its roles, and how often it is named and
   * quoted; {@link Persons#SCHEMA} without the {@link Persons#EVIDENCE} columns, which {@link
   * NameEvidence} adds.
   */
  public static Dataset<Row> persons(Dataset<Row> mentions, Dataset<Row> quotes) {
    Dataset<Row> named =
        mentions
            .groupBy(col(Mentions.PERSON))
            .agg(
                array_sort(collect_set(col(Mentions.SURFACE))).as(Persons.ALIASES),
                array_sort(collect_set(col(Mentions.ROLE))).as(Persons.ROLES),
                countDistinct(col(Mentions.ARTICLE_ID)).as(Persons.ARTICLES),
                count(lit(1)).as(Persons.MENTIONS),
                min(col(Mentions.PUBLISHED_AT)).as(Persons.FIRST_SEEN),
                max(col(Mentions.PUBLISHED_AT)).as(Persons.LAST_SEEN));
    Dataset<Row> quoted =
        quotes
            .filter(col(Quotes.SPEAKER).isNotNull())
            .groupBy(col(Quotes.SPEAKER).as(Persons.PERSON))
            .agg(count(lit(1)).as(Persons.QUOTES));
    return named
        .join(quoted, Persons.PERSON, "left")
        .select(
            Arrays.stream(Persons.SCHEMA.fieldNames())
                .filter(c -> !Persons.EVIDENCE.contains(c))
                .map(c -> c.equals(Persons.QUOTES) ? coalesce(col(c), lit(0L)).as(c) : col(c))
                .toArray(Column[]::new));
  }
}
