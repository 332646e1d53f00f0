package org.wirescope.persons;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;
import org.wirescope.tables.Periods;

/**
 * Pure transforms of the co-occurrence stage: person sets per article, pair generation without
 * a self-join, pair counts, association measures and periods.
 */
public final class CooccurrenceTransforms {
  static final String PERSONS = "persons";
  static final String N_PERSONS = "n_persons";
  static final String SENTENCE = "sentence";

  private static final StructType ARTICLE_PAIR = new StructType()
      .add(Mentions.ARTICLE_ID, "string").add(Mentions.PUBLISHED_AT, "timestamp")
      .add(SENTENCE, "int")
      .add(PersonPairs.PERSON_A, "string").add(PersonPairs.PERSON_B, "string");

  private CooccurrenceTransforms() {}

  /** One row per article: its distinct persons, sorted, and how many there are. */
  public static Dataset<Row> withArticlePersons(Dataset<Row> mentions) {
    return mentions.groupBy(col(Mentions.ARTICLE_ID))
        .agg(min(col(Mentions.PUBLISHED_AT)).as(Mentions.PUBLISHED_AT),
            array_sort(collect_set(col(Mentions.PERSON))).as(PERSONS))
        .withColumn(N_PERSONS, size(col(PERSONS)));
  }

  /**
   * Pairs per article (or per sentence with {@code bySentence}), generated from each sorted
   * person set, so person_a &lt; person_b and no self-join is needed. Articles naming more than
   * {@code maxPersons} persons are dropped whole: they would add up to n²/2 pairs of noise.
   */
  public static Dataset<Row> explodePairs(Dataset<Row> mentions, Dataset<Row> guarded, boolean bySentence,
      int maxPersons) {
    Dataset<Row> kept = mentions.join(guarded, Mentions.ARTICLE_ID, "left_anti");
    Dataset<Row> sets;
    if (bySentence) {
      sets = kept.filter(col(Mentions.SENTENCE_INDEX).isNotNull())
          .groupBy(col(Mentions.ARTICLE_ID), col(Mentions.SENTENCE_INDEX).as(SENTENCE))
          .agg(min(col(Mentions.PUBLISHED_AT)).as(Mentions.PUBLISHED_AT),
              array_sort(collect_set(col(Mentions.PERSON))).as(PERSONS));
    } else {
      sets = kept.groupBy(col(Mentions.ARTICLE_ID))
          .agg(min(col(Mentions.PUBLISHED_AT)).as(Mentions.PUBLISHED_AT),
              array_sort(collect_set(col(Mentions.PERSON))).as(PERSONS))
          .withColumn(SENTENCE, lit(null).cast("int"));
    }
    return sets.select(col(Mentions.ARTICLE_ID), col(Mentions.PUBLISHED_AT), col(SENTENCE), col(PERSONS))
        .flatMap(new Pairs(maxPersons), Encoders.row(ARTICLE_PAIR));
  }

  /** All i &lt; j pairs of one sorted person set. */
  static final class Pairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int maxPersons;

    Pairs(int maxPersons) {
      this.maxPersons = maxPersons;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<String> persons = r.getList(3);
      List<Row> out = new ArrayList<>();
      if (persons.size() > maxPersons) {
        return out.iterator();
      }
      for (int i = 0; i < persons.size(); i++) {
        for (int j = i + 1; j < persons.size(); j++) {
          out.add(RowFactory.create(r.get(0), r.get(1), r.get(2), persons.get(i), persons.get(j)));
        }
      }
      return out.iterator();
    }
  }

  /**
   * Pair totals: distinct articles (from {@code articlePairs}), distinct sentences (from
   * {@code sentencePairs}), first and last seen.
   */
  public static Dataset<Row> withPairCounts(Dataset<Row> articlePairs, Dataset<Row> sentencePairs) {
    Column[] pair = {col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B)};
    Dataset<Row> byArticle = articlePairs.groupBy(pair).agg(
        countDistinct(col(Mentions.ARTICLE_ID)).as(PersonPairs.ARTICLES),
        min(col(Mentions.PUBLISHED_AT)).as(PersonPairs.FIRST_SEEN),
        max(col(Mentions.PUBLISHED_AT)).as(PersonPairs.LAST_SEEN));
    Dataset<Row> bySentence = sentencePairs.groupBy(pair).agg(count(lit(1)).as(PersonPairs.SENTENCES));
    return byArticle.join(bySentence, new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B}, "left")
        .na().fill(0L, new String[] {PersonPairs.SENTENCES});
  }

  /**
   * Association over articles, from the pair count n_ab, the persons' article counts n_a and
   * n_b, and the number of articles N: pmi = ln(n_ab N / (n_a n_b)); npmi = pmi / -ln(n_ab / N)
   * (1 when the pair is in every article); jaccard = n_ab / (n_a + n_b - n_ab); llr = Dunning's
   * log-likelihood ratio, 2 Σ k ln(k N / (row col)) over the 2x2 table of the pair.
   */
  public static Dataset<Row> withMeasures(Dataset<Row> pairCounts, Dataset<Row> personArticles, long totalArticles) {
    Dataset<Row> a = personArticles.select(col("person").as("_pa"), col("articles").as("_na"));
    Dataset<Row> b = personArticles.select(col("person").as("_pb"), col("articles").as("_nb"));
    Column nab = col(PersonPairs.ARTICLES).cast("double");
    Column na = col("_na").cast("double");
    Column nb = col("_nb").cast("double");
    Column n = lit((double) totalArticles);
    Column pmi = log(nab.multiply(n).divide(na.multiply(nb)));
    Column npmi = when(nab.equalTo(n), lit(1.0)).otherwise(pmi.divide(log(nab.divide(n)).multiply(-1)));
    Column k12 = na.minus(nab);
    Column k21 = nb.minus(nab);
    Column k22 = n.minus(na).minus(nb).plus(nab);
    Column llr = lit(2.0).multiply(xlogx(nab).plus(xlogx(k12)).plus(xlogx(k21)).plus(xlogx(k22))
        .minus(xlogx(na)).minus(xlogx(n.minus(na))).minus(xlogx(nb)).minus(xlogx(n.minus(nb)))
        .plus(xlogx(n)));
    return pairCounts
        .join(a, col(PersonPairs.PERSON_A).equalTo(col("_pa")))
        .join(b, col(PersonPairs.PERSON_B).equalTo(col("_pb")))
        .withColumn(PersonPairs.PMI, pmi)
        .withColumn(PersonPairs.NPMI, npmi)
        .withColumn(PersonPairs.JACCARD, nab.divide(na.plus(nb).minus(nab)))
        .withColumn(PersonPairs.LLR, llr)
        .drop("_pa", "_na", "_pb", "_nb");
  }

  private static Column xlogx(Column k) {
    return when(k.gt(0), k.multiply(log(k))).otherwise(lit(0.0));
  }

  /** Up to five most recent article ids per pair, newest first: the evidence for each edge. */
  public static Dataset<Row> withExamples(Dataset<Row> pairs, Dataset<Row> articlePairs) {
    Column[] pair = {col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B)};
    Dataset<Row> recent = articlePairs
        .select(col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B), col(Mentions.ARTICLE_ID), col(Mentions.PUBLISHED_AT))
        .distinct()
        .withColumn("_rank", row_number().over(Window.partitionBy(pair)
            .orderBy(col(Mentions.PUBLISHED_AT).desc_nulls_last(), col(Mentions.ARTICLE_ID))))
        .filter(col("_rank").leq(5))
        .groupBy(pair)
        .agg(array_sort(collect_list(struct(col("_rank"), col(Mentions.ARTICLE_ID)))).as("_ex"))
        .withColumn(PersonPairs.EXAMPLE_ARTICLE_IDS, col("_ex." + Mentions.ARTICLE_ID))
        .drop("_ex");
    return pairs.join(recent, new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B}, "left");
  }

  /** Distinct articles per pair and period; undated articles have no period and are left out. */
  public static Dataset<Row> pairsByPeriod(Dataset<Row> articlePairs, String grain, String zone) {
    return articlePairs.filter(col(Mentions.PUBLISHED_AT).isNotNull())
        .withColumn(PersonPairsByPeriod.PERIOD_START, Periods.periodStart(col(Mentions.PUBLISHED_AT), grain, zone))
        .groupBy(col(PersonPairsByPeriod.PERIOD_START), col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B))
        .agg(countDistinct(col(Mentions.ARTICLE_ID)).as(PersonPairsByPeriod.ARTICLES))
        .select(lit(grain).as(PersonPairsByPeriod.GRAIN), col(PersonPairsByPeriod.PERIOD_START),
            col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B), col(PersonPairsByPeriod.ARTICLES));
  }
}
