package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.PersonPairs;

class CooccurrenceTransformsTest {
  static final double EPS = 1e-9;

  /** Dunning's G² written out cell by cell, independently of the Spark expression. */
  static double llr(double k11, double k12, double k21, double k22) {
    double n = k11 + k12 + k21 + k22;
    double[][] k = {{k11, k12}, {k21, k22}};
    double[] row = {k11 + k12, k21 + k22};
    double[] col = {k11 + k21, k12 + k22};
    double g = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (k[i][j] > 0) {
          g += k[i][j] * Math.log(k[i][j] * n / (row[i] * col[j]));
        }
      }
    }
    return 2 * g;
  }

  /**
   * Fixture, over N = 10 articles: A and B are always together (4 articles each, 4 shared); C (5)
   * and D (4) share 2 articles, exactly what independence predicts (5 * 4 / 10); E (4) and F (5)
   * share 3.
   */
  @Test
  void measuresMatchHandComputedValues() {
    var spark = SparkTestSession.get();
    StructType countsSchema =
        new StructType()
            .add("person_a", "string")
            .add("person_b", "string")
            .add("articles", "long");
    Dataset<Row> counts =
        spark.createDataFrame(
            List.of(
                RowFactory.create("A", "B", 4L),
                RowFactory.create("C", "D", 2L),
                RowFactory.create("E", "F", 3L)),
            countsSchema);
    Dataset<Row> persons =
        spark.createDataFrame(
            List.of(
                RowFactory.create("A", 4L),
                RowFactory.create("B", 4L),
                RowFactory.create("C", 5L),
                RowFactory.create("D", 4L),
                RowFactory.create("E", 4L),
                RowFactory.create("F", 5L)),
            new StructType().add("person", "string").add("articles", "long"));
    Map<String, Row> out = new HashMap<>();
    for (Row r : CooccurrenceTransforms.withMeasures(counts, persons, 10).collectAsList()) {
      out.put(r.getAs(PersonPairs.PERSON_A), r);
    }
    Row ab = out.get("A");
    assertEquals(Math.log(10 * 4 / 16.0), ab.<Double>getAs(PersonPairs.PMI), EPS);
    assertEquals(1.0, ab.<Double>getAs(PersonPairs.NPMI), EPS, "always together");
    assertEquals(1.0, ab.<Double>getAs(PersonPairs.JACCARD), EPS);
    Row cd = out.get("C");
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.PMI), EPS, "independent");
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.NPMI), EPS);
    assertEquals(2 / 7.0, cd.<Double>getAs(PersonPairs.JACCARD), EPS);
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.LLR), 1e-9);
    Row ef = out.get("E");
    assertEquals(Math.log(3 * 10 / 20.0), ef.<Double>getAs(PersonPairs.PMI), EPS);
    assertEquals(Math.log(1.5) / -Math.log(0.3), ef.<Double>getAs(PersonPairs.NPMI), EPS);
    assertEquals(3 / 6.0, ef.<Double>getAs(PersonPairs.JACCARD), EPS);
    assertEquals(llr(3, 1, 2, 4), ef.<Double>getAs(PersonPairs.LLR), EPS);
    assertEquals(
        1.7261,
        ef.<Double>getAs(PersonPairs.LLR),
        1e-4,
        "by hand: 2(3ln1.5 + ln0.5 + 2ln(2/3) + 4ln(4/3))");
  }

  static final Timestamp T1 = Timestamp.valueOf("1987-03-02 10:00:00");
  static final Timestamp T2 = Timestamp.valueOf("1987-04-09 16:30:00");

  static Row mention(String article, String person, Integer sentence, Timestamp publishedAt) {
    return RowFactory.create(
        article, person, person, sentence, null, null, Mentions.METHOD_TEXT, null, publishedAt);
  }

  /**
   * Fixture: "a1" names X, Y and Z; X and Y share sentence 0, Y is named again alone in sentence 1,
   * X twice more in sentence 0, and Z only in a mention without a sentence. "a2" names X and Y in
   * sentences 0 and 3, later. "big" names four persons, one more than the limit of 3, in one
   * sentence. "solo" names only Y.
   */
  static Dataset<Row> mentions() {
    return SparkTestSession.get()
        .createDataFrame(
            List.of(
                mention("a1", "X", 0, T1),
                mention("a1", "Y", 0, T1),
                mention("a1", "X", 0, T1),
                mention("a1", "X", 0, T1),
                mention("a1", "Y", 1, T1),
                mention("a1", "Z", null, T1),
                mention("a2", "Y", 0, T2),
                mention("a2", "X", 0, T2),
                mention("a2", "X", 3, T2),
                mention("a2", "Y", 3, T2),
                mention("big", "P", 0, T1),
                mention("big", "Q", 0, T1),
                mention("big", "R", 0, T1),
                mention("big", "S", 0, T1),
                mention("solo", "Y", 2, T2)),
            Mentions.SCHEMA);
  }

  static Map<String, Row> byKey(Dataset<Row> rows, String... keys) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : rows.collectAsList()) {
      StringBuilder k = new StringBuilder();
      for (String key : keys) {
        k.append(k.length() == 0 ? "" : " ").append(r.<Object>getAs(key));
      }
      out.put(k.toString(), r);
    }
    return out;
  }

  @Test
  void articlePersonsAreDistinctSortedAndCounted() {
    Map<String, Row> sets =
        byKey(CooccurrenceTransforms.withArticlePersons(mentions()), Mentions.ARTICLE_ID);
    assertEquals(
        List.of("X", "Y", "Z"),
        sets.get("a1").getList(sets.get("a1").fieldIndex(CooccurrenceTransforms.PERSONS)));
    assertEquals(3, sets.get("a1").<Integer>getAs(CooccurrenceTransforms.N_PERSONS));
    assertEquals(4, sets.get("big").<Integer>getAs(CooccurrenceTransforms.N_PERSONS));
    assertEquals(T2, sets.get("a2").getAs(Mentions.PUBLISHED_AT));
  }

  @Test
  void articlesOverTheLimitAreGuardedAndGiveNoPairs() {
    Dataset<Row> sets = CooccurrenceTransforms.withArticlePersons(mentions());
    assertEquals(
        List.of("big"),
        CooccurrenceTransforms.filterOverLimit(sets, 3)
            .select(Mentions.ARTICLE_ID)
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
    assertEquals(3, CooccurrenceTransforms.filterWithinLimit(sets, 3).count());
    Map<String, Row> pairs =
        byKey(
            CooccurrenceTransforms.explodePairs(sets, 3),
            Mentions.ARTICLE_ID,
            PersonPairs.PERSON_A,
            PersonPairs.PERSON_B);
    assertEquals(List.of("a1 X Y", "a1 X Z", "a1 Y Z", "a2 X Y"), List.copyOf(pairs.keySet()));
    // At the limit an article still counts: 4 persons give their 6 pairs.
    assertEquals(
        6, CooccurrenceTransforms.explodePairs(sets, 4).filter("article_id = 'big'").count());
  }

  @Test
  void articlePairsCountTheSentencesNamingBoth() {
    Map<String, Row> pairs =
        byKey(
            CooccurrenceTransforms.explodePairs(
                CooccurrenceTransforms.withArticlePersons(mentions()), 3),
            Mentions.ARTICLE_ID,
            PersonPairs.PERSON_A,
            PersonPairs.PERSON_B);
    assertEquals(
        1L,
        pairs.get("a1 X Y").<Long>getAs(PersonPairs.SENTENCES),
        "sentence 0; sentence 1 names Y alone");
    assertEquals(0L, pairs.get("a1 X Z").<Long>getAs(PersonPairs.SENTENCES), "Z has no sentence");
    assertEquals(2L, pairs.get("a2 X Y").<Long>getAs(PersonPairs.SENTENCES));
    assertEquals(T1, pairs.get("a1 Y Z").getAs(Mentions.PUBLISHED_AT));
  }

  @Test
  void sentenceWindowKeepsPairsThatShareASentence() {
    Dataset<Row> pairs =
        CooccurrenceTransforms.explodePairs(
            CooccurrenceTransforms.withArticlePersons(mentions()), 3);
    assertEquals(4, CooccurrenceTransforms.filterWindow(pairs, "article").count());
    assertEquals(
        List.of("a1 X Y", "a2 X Y"),
        List.copyOf(
            byKey(
                    CooccurrenceTransforms.filterWindow(pairs, "sentence"),
                    Mentions.ARTICLE_ID,
                    PersonPairs.PERSON_A,
                    PersonPairs.PERSON_B)
                .keySet()));
  }

  @Test
  void pairCountsAddArticlesAndSentences() {
    Map<String, Row> counts =
        byKey(
            CooccurrenceTransforms.withPairCounts(
                CooccurrenceTransforms.explodePairs(
                    CooccurrenceTransforms.withArticlePersons(mentions()), 3)),
            PersonPairs.PERSON_A,
            PersonPairs.PERSON_B);
    assertEquals(List.of("X Y", "X Z", "Y Z"), List.copyOf(counts.keySet()));
    Row xy = counts.get("X Y");
    assertEquals(2L, xy.<Long>getAs(PersonPairs.ARTICLES));
    assertEquals(3L, xy.<Long>getAs(PersonPairs.SENTENCES));
    assertEquals(T1, xy.getAs(PersonPairs.FIRST_SEEN));
    assertEquals(T2, xy.getAs(PersonPairs.LAST_SEEN));
    assertEquals(0L, counts.get("X Z").<Long>getAs(PersonPairs.SENTENCES));
  }

  @Test
  void personArticlesCountGuardedArticlesToo() {
    Map<String, Row> persons =
        byKey(
            CooccurrenceTransforms.personArticles(
                CooccurrenceTransforms.withArticlePersons(mentions())),
            "person");
    assertEquals(
        3L, persons.get("Y").<Long>getAs(PersonPairs.ARTICLES), "a1, a2 and solo, each once");
    assertEquals(
        1L, persons.get("P").<Long>getAs(PersonPairs.ARTICLES), "from the guarded article");
  }
}
