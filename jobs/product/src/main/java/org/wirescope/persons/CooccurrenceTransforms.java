package org.wirescope.persons;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Periods;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;

/**
 * Pure transforms of the co-occurrence stage: person sets per article, pair generation without a
 * self-join, pair counts, association measures and periods.
 *
 * <p>The stage's unit is one row per article ({@link #withArticlePersons}): its distinct persons,
 * and which of them each sentence names. The guard, the pairs of both windows, the persons' article
 * counts and the groups are all read from that row, so mentions are grouped once and no step joins
 * back to them.
 */
public final class CooccurrenceTransforms {
  static final String PERSONS = "persons";
  static final String N_PERSONS = "n_persons";

  /** Distinct (sentence, person) of an article, for the sentence counts of its pairs. */
  static final String SENTENCE_PERSONS = "sentence_persons";

  static final String SENTENCE = "sentence";
  static final String PERSON = "person";

  /** On article pairs: how many sentences of the article name both persons. */
  static final String SENTENCES = PersonPairs.SENTENCES;

  /** One row per article and pair (see {@link #explodePairs}). */
  static final StructType ARTICLE_PAIR =
      new StructType()
          .add(Mentions.ARTICLE_ID, "string")
          .add(Mentions.PUBLISHED_AT, "timestamp")
          .add(PersonPairs.PERSON_A, "string", false)
          .add(PersonPairs.PERSON_B, "string", false)
          .add(SENTENCES, "long", false);

  private CooccurrenceTransforms() {}

  /**
   * The mentions of the original articles ({@code articles} already without duplicates), with the
   * columns the pairs need: article_id, person, sentence_index, published_at.
   */
  public static Dataset<Row> originalMentions(Dataset<Row> articles, Dataset<Row> mentions) {
    return mentions
        .join(articles.select(Articles.ARTICLE_ID), Mentions.ARTICLE_ID, "left_semi")
        .select(
            Mentions.ARTICLE_ID, Mentions.PERSON, Mentions.SENTENCE_INDEX, Mentions.PUBLISHED_AT);
  }

  /**
   * One row per article: its distinct persons, sorted, how many there are, and the distinct
   * (sentence, person) of its mentions that have a sentence. Mentions without a person are left
   * out; an article whose mentions have none still gets a row, with no persons.
   */
  public static Dataset<Row> withArticlePersons(Dataset<Row> mentions) {
    Column sentencePerson =
        when(
            col(Mentions.SENTENCE_INDEX).isNotNull().and(col(Mentions.PERSON).isNotNull()),
            struct(col(Mentions.SENTENCE_INDEX).as(SENTENCE), col(Mentions.PERSON).as(PERSON)));
    return mentions
        .groupBy(col(Mentions.ARTICLE_ID))
        .agg(
            min(col(Mentions.PUBLISHED_AT)).as(Mentions.PUBLISHED_AT),
            array_sort(collect_set(col(Mentions.PERSON))).as(PERSONS),
            collect_set(sentencePerson).as(SENTENCE_PERSONS))
        .withColumn(N_PERSONS, size(col(PERSONS)));
  }

  /**
   * The guard: an article naming more than {@code maxPersons} persons gives no pairs and no groups.
   */
  public static Column isOverLimit(int maxPersons) {
    return col(N_PERSONS).gt(maxPersons);
  }

  /** Articles naming more than {@code maxPersons} persons: they give no pairs and no groups. */
  public static Dataset<Row> filterOverLimit(Dataset<Row> articlePersons, int maxPersons) {
    return articlePersons.filter(isOverLimit(maxPersons));
  }

  /** Articles naming at most {@code maxPersons} persons. */
  public static Dataset<Row> filterWithinLimit(Dataset<Row> articlePersons, int maxPersons) {
    return articlePersons.filter(isOverLimit(maxPersons).unary_$bang());
  }

  /**
   * One row per person: the number of articles naming them, over all articles, guarded ones
   * included.
   */
  public static Dataset<Row> personArticles(Dataset<Row> articlePersons) {
    return articlePersons
        .select(explode(col(PERSONS)).as(PERSON))
        .groupBy(PERSON)
        .agg(count(lit(1)).as(PersonPairs.ARTICLES));
  }

  /**
   * One row per article and unordered pair of its persons (person_a &lt; person_b, in the order
   * {@link #withArticlePersons} sorted them), with the article's published_at and the number of its
   * sentences naming both ({@code sentences}, 0 when none does). The pairs come from each article's
   * own row, so there is no self-join. Articles naming more than {@code maxPersons} persons give no
   * pairs: they would add up to n²/2 pairs of noise. A sentence can name no more persons than its
   * article, so the limit holds for sentences too.
   */
  public static Dataset<Row> explodePairs(Dataset<Row> articlePersons, int maxPersons) {
    return articlePersons
        .select(
            col(Mentions.ARTICLE_ID),
            col(Mentions.PUBLISHED_AT),
            col(PERSONS),
            col(SENTENCE_PERSONS))
        .flatMap(new Pairs(maxPersons), Encoders.row(ARTICLE_PAIR));
  }

  /**
   * The pairs of a window: {@code article} keeps every article pair, {@code sentence} only those
   * whose persons share a sentence of the article.
   */
  public static Dataset<Row> filterWindow(Dataset<Row> articlePairs, String window) {
    return switch (window) {
      case "article" -> articlePairs;
      case "sentence" -> articlePairs.filter(col(SENTENCES).gt(0));
      default ->
          throw new IllegalArgumentException(
              "window must be article or sentence, not '" + window + "'");
    };
  }

  /**
   * One row per article and pair of persons of the window ("article" or "sentence"), from {@link
   * #withArticlePersons}; articles naming more than {@code maxPersons} give none.
   */
  public static Dataset<Row> articlePairs(
      Dataset<Row> articlePersons, int maxPersons, String window) {
    return filterWindow(explodePairs(articlePersons, maxPersons), window);
  }

  /** All i &lt; j pairs of one article's sorted person set, each with its shared sentences. */
  static final class Pairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 2L;
    private final int maxPersons;

    Pairs(int maxPersons) {
      this.maxPersons = maxPersons;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<String> persons = r.getList(2);
      int n = persons.size();
      if (n < 2 || n > maxPersons) {
        return java.util.Collections.emptyIterator();
      }
      Map<String, Integer> index = new HashMap<>(2 * n);
      for (int i = 0; i < n; i++) {
        index.put(persons.get(i), i);
      }
      // Sentence -> indices of its persons; the (sentence, person) entries are distinct.
      Map<Integer, List<Integer>> bySentence = new HashMap<>();
      for (Row sp : r.<Row>getList(3)) {
        bySentence
            .computeIfAbsent(sp.getInt(0), k -> new ArrayList<>())
            .add(index.get(sp.getString(1)));
      }
      long[] shared = new long[n * n];
      for (List<Integer> named : bySentence.values()) {
        int[] ids = named.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int i = 0; i < ids.length; i++) {
          for (int j = i + 1; j < ids.length; j++) {
            shared[ids[i] * n + ids[j]]++;
          }
        }
      }
      Object articleId = r.get(0);
      Object publishedAt = r.get(1);
      List<Row> out = new ArrayList<>(n * (n - 1) / 2);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          out.add(
              RowFactory.create(
                  articleId, publishedAt, persons.get(i), persons.get(j), shared[i * n + j]));
        }
      }
      return out.iterator();
    }
  }

  /**
   * Pair totals from {@link #explodePairs}' rows (one per article and pair): articles naming both,
   * sentences naming both, first and last seen.
   */
  public static Dataset<Row> withPairCounts(Dataset<Row> articlePairs) {
    Column[] pair = {col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B)};
    return articlePairs
        .groupBy(pair)
        .agg(
            count(lit(1)).as(PersonPairs.ARTICLES),
            min(col(Mentions.PUBLISHED_AT)).as(PersonPairs.FIRST_SEEN),
            max(col(Mentions.PUBLISHED_AT)).as(PersonPairs.LAST_SEEN),
            coalesce(sum(col(SENTENCES)), lit(0L)).as(PersonPairs.SENTENCES));
  }

  /**
   * Association over articles, from the pair count n_ab, the persons' article counts n_a and n_b,
   * and the number of articles N: pmi = ln(n_ab N / (n_a n_b)); npmi = pmi / -ln(n_ab / N) (1 when
   * the pair is in every article); jaccard = n_ab / (n_a + n_b - n_ab); llr = Dunning's
   * log-likelihood ratio, 2 Σ k ln(k N / (row col)) over the 2x2 table of the pair.
   */
  public static Dataset<Row> withMeasures(
      Dataset<Row> pairCounts, Dataset<Row> personArticles, long totalArticles) {
    Dataset<Row> a =
        personArticles.select(col(PERSON).as("_pa"), col(PersonPairs.ARTICLES).as("_na"));
    Dataset<Row> b =
        personArticles.select(col(PERSON).as("_pb"), col(PersonPairs.ARTICLES).as("_nb"));
    Column nab = col(PersonPairs.ARTICLES).cast("double");
    Column na = col("_na").cast("double");
    Column nb = col("_nb").cast("double");
    Column n = lit((double) totalArticles);
    Column pmi = log(nab.multiply(n).divide(na.multiply(nb)));
    Column npmi =
        when(nab.equalTo(n), lit(1.0)).otherwise(pmi.divide(log(nab.divide(n)).multiply(-1)));
    Column k12 = na.minus(nab);
    Column k21 = nb.minus(nab);
    Column k22 = n.minus(na).minus(nb).plus(nab);
    Column llr =
        lit(2.0)
            .multiply(
                xlogx(nab)
                    .plus(xlogx(k12))
                    .plus(xlogx(k21))
                    .plus(xlogx(k22))
                    .minus(xlogx(na))
                    .minus(xlogx(n.minus(na)))
                    .minus(xlogx(nb))
                    .minus(xlogx(n.minus(nb)))
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

  /**
   * Up to five most recent article ids per pair, newest first (ties by article id): the evidence
   * for each edge. {@code articlePairs} has one row per article and pair, as {@link #explodePairs}
   * gives.
   */
  public static Dataset<Row> withExamples(Dataset<Row> pairs, Dataset<Row> articlePairs) {
    Column[] pair = {col(PersonPairs.PERSON_A), col(PersonPairs.PERSON_B)};
    Dataset<Row> recent =
        articlePairs
            .select(
                col(PersonPairs.PERSON_A),
                col(PersonPairs.PERSON_B),
                col(Mentions.ARTICLE_ID),
                col(Mentions.PUBLISHED_AT))
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(pair)
                            .orderBy(
                                col(Mentions.PUBLISHED_AT).desc_nulls_last(),
                                col(Mentions.ARTICLE_ID))))
            .filter(col("_rank").leq(5))
            .groupBy(pair)
            .agg(array_sort(collect_list(struct(col("_rank"), col(Mentions.ARTICLE_ID)))).as("_ex"))
            .withColumn(PersonPairs.EXAMPLE_ARTICLE_IDS, col("_ex." + Mentions.ARTICLE_ID))
            .drop("_ex");
    return pairs.join(recent, new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B}, "left");
  }

  /**
   * Articles per pair and period, from one row per article and pair; undated articles have no
   * period and are left out.
   */
  public static Dataset<Row> pairsByPeriod(Dataset<Row> articlePairs, Grain grain, String zone) {
    return articlePairs
        .filter(col(Mentions.PUBLISHED_AT).isNotNull())
        .withColumn(
            PersonPairsByPeriod.PERIOD_START,
            Periods.periodStart(col(Mentions.PUBLISHED_AT), grain, zone))
        .groupBy(
            col(PersonPairsByPeriod.PERIOD_START),
            col(PersonPairs.PERSON_A),
            col(PersonPairs.PERSON_B))
        .agg(count(lit(1)).as(PersonPairsByPeriod.ARTICLES))
        .select(
            lit(grain.label()).as(PersonPairsByPeriod.GRAIN),
            col(PersonPairsByPeriod.PERIOD_START),
            col(PersonPairs.PERSON_A),
            col(PersonPairs.PERSON_B),
            col(PersonPairsByPeriod.ARTICLES));
  }
}
