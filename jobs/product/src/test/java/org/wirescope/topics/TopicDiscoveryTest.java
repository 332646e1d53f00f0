package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;

/** The pure parts of topic discovery: words, labels and assignments, on small fixtures. */
class TopicDiscoveryTest {
  static SparkSession spark() {
    return SparkTestSession.get();
  }

  /**
   * Fixture: two wire stories. Their topic words (oil, opec, output, wheat, exports) survive;
   * numbers, "u.s.", stop words and wire boilerplate (said, reuter, mln, dlrs, pct, march) do not.
   */
  @Test
  void termsDropNumbersStopWordsAndWireBoilerplate() {
    StructType schema = new StructType().add(Articles.ARTICLE_ID, DataTypes.StringType)
        .add(Articles.TITLE, DataTypes.StringType).add(Articles.LEAD, DataTypes.StringType)
        .add(Articles.BODY, DataTypes.StringType);
    Dataset<Row> articles = spark().createDataFrame(List.of(
        RowFactory.create("a1", "OPEC OIL OUTPUT", null,
            "Opec said on March 3 its oil output rose 2.5 pct to 15 mln barrels, worth 300 mln dlrs. Reuter"),
        RowFactory.create("a2", "U.S. wheat exports", "The U.S. said", "Wheat exports were 1,200 tonnes.")), schema);
    Map<String, List<String>> terms = new TreeMap<>();
    TopicDiscovery.withTerms(articles).collectAsList().forEach(r -> terms.put(r.getString(0), r.getList(1)));
    assertEquals(List.of("opec", "oil", "output", "opec", "oil", "output", "rose", "barrels", "worth"), terms.get("a1"));
    assertEquals(List.of("wheat", "exports", "wheat", "exports", "tonnes"), terms.get("a2"));
  }

  static final StructType DESCRIBED = new StructType()
      .add("topic", DataTypes.IntegerType)
      .add("termIndices", DataTypes.createArrayType(DataTypes.IntegerType))
      .add("termWeights", DataTypes.createArrayType(DataTypes.DoubleType));

  /**
   * Fixture: three LDA topics over a five-word vocabulary; topics 1 and 2 share their three top
   * terms, so their labels get the topic index to stay unique, and topic 0's does not.
   */
  static Dataset<Row> labels() {
    String[] vocabulary = {"oil", "opec", "crude", "wheat", "grain"};
    Dataset<Row> described = spark().createDataFrame(List.of(
        RowFactory.create(0, List.of(0, 1, 2, 3), List.of(0.4, 0.3, 0.2, 0.1)),
        RowFactory.create(1, List.of(3, 4, 0), List.of(0.5, 0.3, 0.2)),
        RowFactory.create(2, List.of(3, 4, 0, 1), List.of(0.6, 0.2, 0.1, 0.1))), DESCRIBED);
    return TopicDiscovery.withLabels(described, vocabulary);
  }

  @Test
  void labelsJoinTheTopThreeTermsAndStayUnique() {
    Map<Integer, Row> byIndex = new TreeMap<>();
    labels().collectAsList().forEach(r -> byIndex.put(r.getAs(DiscoveredTopics.TOPIC_INDEX), r));
    assertEquals("oil / opec / crude", byIndex.get(0).getAs(DiscoveredTopics.TOPIC));
    assertEquals(List.of("oil", "opec", "crude", "wheat"),
        byIndex.get(0).getList(byIndex.get(0).fieldIndex(DiscoveredTopics.TOP_TERMS)));
    assertEquals(List.of(0.4, 0.3, 0.2, 0.1),
        byIndex.get(0).getList(byIndex.get(0).fieldIndex(DiscoveredTopics.TERM_WEIGHTS)));
    assertEquals("wheat / grain / oil (topic 1)", byIndex.get(1).getAs(DiscoveredTopics.TOPIC));
    assertEquals("wheat / grain / oil (topic 2)", byIndex.get(2).getAs(DiscoveredTopics.TOPIC));
  }

  /**
   * Fixture: three articles' topic distributions over the three topics above, threshold 0.35. d1
   * is mostly topic 0; d2 is 0.30 / 0.35 / 0.35 (exactly at the threshold counts); d3 is spread
   * evenly, under the threshold everywhere, and belongs to no discovered topic.
   */
  @Test
  void articlesJoinEveryTopicAtOrAboveTheThreshold() {
    StructType schema = new StructType().add(Articles.ARTICLE_ID, DataTypes.StringType)
        .add(TopicDiscovery.DISTRIBUTION, SQLDataTypes.VectorType());
    Dataset<Row> distributions = spark().createDataFrame(List.of(
        RowFactory.create("d1", Vectors.dense(0.9, 0.05, 0.05)),
        RowFactory.create("d2", Vectors.dense(0.30, 0.35, 0.35)),
        RowFactory.create("d3", Vectors.dense(0.34, 0.33, 0.33))), schema);
    Set<String> rows = new TreeSet<>();
    TopicDiscovery.explodeDiscoveredTopics(distributions, labels(), 0.35).collectAsList()
        .forEach(r -> rows.add(r.getAs(ArticleTopics.ARTICLE_ID) + "|" + r.getAs(ArticleTopics.TOPIC) + "|"
            + r.getAs(ArticleTopics.TOPIC_KIND) + "|" + r.getAs(ArticleTopics.WEIGHT)));
    assertEquals(Set.of("d1|oil / opec / crude|discovered|0.9", "d2|wheat / grain / oil (topic 1)|discovered|0.35",
        "d2|wheat / grain / oil (topic 2)|discovered|0.35"), rows);
  }

  @Test
  void discoveredTopicsCountTheirArticles() {
    StructType schema = ArticleTopics.SCHEMA;
    Dataset<Row> articleTopics = spark().createDataFrame(List.of(
        RowFactory.create("d1", "oil / opec / crude", "discovered", 0.9, true),
        RowFactory.create("d2", "oil / opec / crude", "discovered", 0.5, true),
        RowFactory.create("d2", "oil / opec / crude", "tag", 1.0, true)), schema);
    List<String> counts = new ArrayList<>();
    TopicDiscovery.withArticleCounts(labels(), articleTopics).collectAsList()
        .forEach(r -> counts.add(r.getAs(DiscoveredTopics.TOPIC_INDEX) + "=" + r.getAs(DiscoveredTopics.ARTICLES)));
    assertEquals(List.of("0=2", "1=0", "2=0"), counts);
  }

  @Test
  void settingsNameTheBadOption() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new TopicDiscovery.Settings(1, 0.25, 40, 5000, 42))
        .getMessage().contains("--discover"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new TopicDiscovery.Settings(10, 0, 40, 5000, 42))
        .getMessage().contains("--discover-min-weight"));
    assertEquals(0.05, new TopicDiscovery.Settings(10, 0.25, 20, 5000, 42).miniBatchFraction(), 1e-12);
    assertEquals(0.02, new TopicDiscovery.Settings(10, 0.25, 500, 5000, 42).miniBatchFraction(), 1e-12);
    assertEquals(1.0, new TopicDiscovery.Settings(10, 0.25, 1, 5000, 42).miniBatchFraction(), 1e-12);
    assertFalse(List.of(TopicDiscovery.stopWords()).contains("oil"));
  }

  // ---- Fitting small corpora -------------------------------------------------------------------

  private static final TopicDiscovery.Settings TEN = new TopicDiscovery.Settings(10, 0.25, 20, 5000, 42);

  /** A large corpus keeps the usual bounds (5 articles to 30%) and the asked number of topics. */
  @Test
  void aLargeCorpusIsFittedAsAsked() {
    TopicDiscovery.Fit fit = TopicDiscovery.fit(TEN, 21_000, 5000);
    assertEquals(10, fit.k());
    assertEquals(TopicDiscovery.MIN_DOC_FREQ, fit.minDocs());
    assertEquals(6300, fit.maxDocs());
    assertEquals(null, fit.note());
  }

  /** Ten articles: words in 1 to 3 of them, and at most 5 topics of 2 articles each. */
  @Test
  void tenArticlesGetFewerTopicsAndLooserBounds() {
    TopicDiscovery.Fit fit = TopicDiscovery.fit(TEN, 10, -1);
    assertEquals(5, fit.k());
    assertTrue(fit.minDocs() <= fit.maxDocs(), "minDF never above maxDF: " + fit);
    assertEquals(3, fit.maxDocs());
    assertTrue(fit.note().contains("10 articles allow at most 5 topics"), fit.note());
    TopicDiscovery.Fit words = TopicDiscovery.fit(TEN, 10, 3);
    assertEquals(3, words.k(), "no more topics than words");
    assertTrue(words.note().contains("only 3 words"), words.note());
  }

  /** One article, three articles, or no usable words at all: no discovery, with the reason. */
  @Test
  void tinyCorporaAndEmptyVocabulariesSkipDiscovery() {
    for (long n : new long[] {0, 1, 3}) {
      TopicDiscovery.Fit fit = TopicDiscovery.fit(TEN, n, -1);
      assertEquals(0, fit.k(), n + " articles");
      assertTrue(fit.note().contains("too few"), fit.note());
    }
    TopicDiscovery.Fit empty = TopicDiscovery.fit(TEN, 500, 0);
    assertEquals(0, empty.k());
    assertTrue(empty.note().contains("only 0 words"), empty.note());
    assertEquals(0, TopicDiscovery.fit(TEN, 500, 1).k(), "one word is one topic at most: not enough");
  }

  /** Every corpus size from 0 to 200 gives bounds CountVectorizer accepts, or no fit at all. */
  @Test
  void boundsAreValidForEverySize() {
    for (long n = 0; n <= 200; n++) {
      TopicDiscovery.Fit fit = TopicDiscovery.fit(TEN, n, -1);
      if (fit.k() > 0) {
        assertTrue(fit.minDocs() >= 1 && fit.minDocs() <= fit.maxDocs() && fit.maxDocs() <= n, n + ": " + fit);
        assertTrue(fit.k() >= 2 && fit.k() <= Math.max(2, n / 2), n + ": " + fit);
      }
    }
  }
}
