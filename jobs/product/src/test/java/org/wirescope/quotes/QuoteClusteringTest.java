package org.wirescope.quotes;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirescope.quotes.QuoteFixtures.article;
import static org.wirescope.quotes.QuoteFixtures.articles;
import static org.wirescope.quotes.QuoteFixtures.clustered;
import static org.wirescope.quotes.QuoteFixtures.quote;
import static org.wirescope.quotes.QuoteFixtures.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wirescope.extract.ArticleExtractor;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.Quotes;

/** Quote identity on in-memory quotes: exact repeats, reworded variants, short quotes, speakers. */
class QuoteClusteringTest {
  // One statement as four desks carried it: a word swapped, a clause cut, both (all >= 0.5 to
  // the first), plus a different statement of the same speaker on the same subject.
  static final String FULL =
      "We are ready to resume the talks in Geneva at any moment, but only if the other side "
          + "stops changing its position from one week to the next and respects our interests.";
  static final String SWAPPED =
      "We are prepared to resume the talks in Geneva at any moment, but only if the other side "
          + "stops changing its position from one week to the next and respects our interests.";
  static final String CUT =
      "We are ready to resume the talks in Geneva at any moment, but only if the other side "
          + "stops changing its position from one week to the next.";
  static final String CUT_SWAPPED =
      "We are ready to resume the negotiations in Geneva at any moment, but only if the "
          + "other side stops changing its position from one week to the next.";
  static final String OTHER =
      "The talks in Geneva cannot resume while the other side keeps shelling our towns "
          + "and refuses to discuss the real causes of the crisis.";

  static Dataset<Row> carriedArticles() {
    return articles(
        article("a1", "TASS", "2025-04-03T08:00:00Z"),
        article("a2", "TASS", "2025-04-04T08:00:00Z"),
        article("a3", "Wire", "2025-04-05T08:00:00Z"),
        article("a4", "Export", "2025-04-06T08:00:00Z"),
        article("a5", "TASS", "2025-04-07T08:00:00Z"));
  }

  static Map<String, String> clusterByText(Dataset<Row> clustered) {
    Map<String, String> m = new HashMap<>();
    for (Row r : clustered.select(Quotes.QUOTE_TEXT, QuoteTransforms.CLUSTER_ID).collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  @Test
  void exactRepeatsWithOtherCaseAndPunctuationShareOneQuoteIdAndCluster() {
    // Invariant: the three spellings fold to the same text, so they are one quote_id.
    String a = "We will respond to any provocation, firmly.";
    String b = "we will respond to any provocation firmly";
    String c = "“We will respond to any provocation — firmly!”";
    assertEquals(ArticleExtractor.quoteId(a), ArticleExtractor.quoteId(b));
    assertEquals(ArticleExtractor.quoteId(a), ArticleExtractor.quoteId(c));
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Dmitry Peskov", a, "2025-04-03T08:00:00Z"),
                quote("a3", null, b, "2025-04-05T08:00:00Z"),
                quote("a4", "Dmitry Peskov", c, "2025-04-06T08:00:00Z")),
            carriedArticles());
    List<Row> rows = QuoteTransforms.quoteClusters(cl).collectAsList();
    assertEquals(1, rows.size());
    Row r = rows.get(0);
    assertEquals(ArticleExtractor.quoteId(a), r.getAs(QuoteClusters.CLUSTER_ID));
    assertEquals(1, (int) r.<Integer>getAs(QuoteClusters.VARIANTS));
    assertEquals(3L, (long) r.<Long>getAs(QuoteClusters.ARTICLES));
    assertEquals(List.of("Export", "TASS", "Wire"), r.getList(r.fieldIndex(QuoteClusters.SOURCES)));
    assertEquals(
        "Dmitry Peskov",
        r.getAs(QuoteClusters.SPEAKER),
        "the unattributed copy does not hide the speaker");
    assertEquals(QuoteFixtures.at("2025-04-03T08:00:00Z"), r.getAs(QuoteClusters.FIRST_SEEN));
    assertEquals(QuoteFixtures.at("2025-04-06T08:00:00Z"), r.getAs(QuoteClusters.LAST_SEEN));
    assertEquals(
        List.of("a1", "a3", "a4"), r.getList(r.fieldIndex(QuoteClusters.EXAMPLE_ARTICLE_IDS)));
  }

  @Test
  void rewordedVariantsJoinWhileAnotherStatementOfTheSameSpeakerStaysApart() {
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Sergey Lavrov", FULL, "2025-04-03T08:00:00Z"),
                quote("a2", "Sergey Lavrov", SWAPPED, "2025-04-04T08:00:00Z"),
                quote("a3", "Sergey Lavrov", CUT, "2025-04-05T08:00:00Z"),
                quote("a4", null, CUT_SWAPPED, "2025-04-06T08:00:00Z"),
                quote("a5", "Sergey Lavrov", OTHER, "2025-04-07T08:00:00Z")),
            carriedArticles());
    Map<String, String> byText = clusterByText(cl);
    String carried = byText.get(FULL);
    assertEquals(carried, byText.get(SWAPPED));
    assertEquals(carried, byText.get(CUT));
    assertEquals(carried, byText.get(CUT_SWAPPED));
    assertNotEquals(carried, byText.get(OTHER));
    String smallest =
        List.of(FULL, SWAPPED, CUT, CUT_SWAPPED).stream()
            .map(ArticleExtractor::quoteId)
            .sorted()
            .findFirst()
            .orElseThrow();
    assertEquals(smallest, carried, "a cluster is named by its smallest quote_id");

    Row r =
        QuoteTransforms.quoteClusters(cl)
            .filter(col(QuoteClusters.CLUSTER_ID).equalTo(carried))
            .first();
    assertEquals(4, (int) r.<Integer>getAs(QuoteClusters.VARIANTS));
    assertEquals(4L, (long) r.<Long>getAs(QuoteClusters.ARTICLES));
    assertEquals(SWAPPED, r.getAs(QuoteClusters.CANONICAL_TEXT), "the longest version");
    assertEquals("Sergey Lavrov", r.getAs(QuoteClusters.SPEAKER));
  }

  @Test
  void shortQuotesMergeOnlyWhenTheirTextIsTheSame() {
    // Invariant: the two short phrases share 3 of 5 bigrams (0.6), above the threshold, but they
    // are under the word floor, so only the exact repeat joins.
    String a = "a dangerous and reckless escalation";
    String b = "a dangerous and reckless provocation";
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Maria Zakharova", a, "2025-04-03T08:00:00Z"),
                quote("a2", "Maria Zakharova", b, "2025-04-04T08:00:00Z"),
                quote("a3", "Maria Zakharova", a, "2025-04-05T08:00:00Z")),
            carriedArticles());
    Map<String, String> byText = clusterByText(cl);
    assertNotEquals(byText.get(a), byText.get(b));
    assertEquals(2L, cl.filter(col(QuoteTransforms.CLUSTER_ID).equalTo(byText.get(a))).count());
  }

  @Test
  void nearIdenticalWordsOfTwoDifferentSpeakersAreTwoStatements() {
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Sergey Lavrov", FULL, "2025-04-03T08:00:00Z"),
                quote("a2", "Maria Zakharova", SWAPPED, "2025-04-04T08:00:00Z")),
            carriedArticles());
    Map<String, String> byText = clusterByText(cl);
    assertNotEquals(byText.get(FULL), byText.get(SWAPPED));
  }

  @Test
  void clusterSpeakerIsTheMostFrequentNonNullOne() {
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", null, FULL, "2025-04-03T08:00:00Z"),
                quote("a2", null, FULL, "2025-04-04T08:00:00Z"),
                quote("a3", "Sergey Lavrov", FULL, "2025-04-05T08:00:00Z"),
                quote("a4", "Sergey Lavrov", FULL, "2025-04-06T08:00:00Z"),
                quote("a5", "Maria Zakharova", FULL, "2025-04-07T08:00:00Z")),
            carriedArticles());
    assertEquals(
        "Sergey Lavrov", QuoteTransforms.quoteClusters(cl).first().getAs(QuoteClusters.SPEAKER));
    Dataset<Row> none =
        clustered(quotes(quote("a1", null, FULL, "2025-04-03T08:00:00Z")), carriedArticles());
    assertNull(QuoteTransforms.quoteClusters(none).first().getAs(QuoteClusters.SPEAKER));
  }

  @Test
  void quotesOfDuplicateOrUnknownArticlesAreLeftOut() {
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Sergey Lavrov", FULL, "2025-04-03T08:00:00Z"),
                quote("gone", "Sergey Lavrov", FULL, "2025-04-03T08:00:00Z")),
            carriedArticles());
    assertEquals(1L, cl.count());
  }

  @Test
  void noQuotesGiveEmptyClustersWithoutFailing() {
    Dataset<Row> cl = clustered(quotes(), carriedArticles());
    assertEquals(0L, QuoteTransforms.quoteClusters(cl).count());
  }

  @Test
  void unionFindNamesEachComponentByItsSmallestMember() {
    QuoteClustering.UnionFind uf = new QuoteClustering.UnionFind();
    uf.union("d", "c");
    uf.union("e", "d");
    uf.union("b", "e");
    uf.union("x", "y");
    Map<String, String> c = uf.components();
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "x", "x", "y", "x"), c);
    assertTrue(uf.find("e").equals("b"));
  }
}
