package org.wirescope.quotes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.wirescope.SparkTestSession;
import org.wirescope.extract.ArticleExtractor;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Quotes;

/**
 * Small in-memory tables in the real schemas, and the stage's clustering run on them as the job
 * runs it.
 */
final class QuoteFixtures {
  private QuoteFixtures() {}

  static SparkSession spark() {
    return SparkTestSession.get();
  }

  static Timestamp at(String iso) {
    return iso == null ? null : Timestamp.from(Instant.parse(iso));
  }

  /**
   * A quotes row; quote_id is the extractor's own hash of the text, so spelling variants share it.
   */
  static Row quote(
      String articleId,
      String speaker,
      String text,
      boolean continuation,
      int start,
      String published) {
    // By column name, so columns the extractor adds later are simply null here.
    java.util.Map<String, Object> v = new java.util.HashMap<>();
    v.put(Quotes.QUOTE_ID, ArticleExtractor.quoteId(text));
    v.put(Quotes.ARTICLE_ID, articleId);
    v.put(Quotes.SPEAKER, speaker);
    v.put(Quotes.CUE, speaker == null ? null : "said");
    v.put(Quotes.QUOTE_TEXT, text);
    v.put(Quotes.CHAR_START, start);
    v.put(Quotes.CHAR_END, start + text.length());
    v.put(Quotes.IS_CONTINUATION, continuation);
    v.put(Quotes.ATTRIBUTION, "test");
    v.put(Quotes.PUBLISHED_AT, at(published));
    return RowFactory.create(Arrays.stream(Quotes.SCHEMA.fieldNames()).map(v::get).toArray());
  }

  static Row quote(String articleId, String speaker, String text, String published) {
    return quote(articleId, speaker, text, false, 0, published);
  }

  /** An articles row (not a duplicate) with a source, a time and topic tags. */
  static Row article(String articleId, String source, String published, String... topics) {
    Timestamp t = at(published);
    return RowFactory.create(
        articleId,
        source,
        articleId + ".txt",
        null,
        null,
        "title " + articleId,
        null,
        null,
        t,
        "UTC",
        null,
        "en",
        "body",
        Arrays.asList(topics),
        List.of(),
        1,
        "hash-" + articleId,
        List.of(),
        null,
        null,
        null);
  }

  static Row mention(String articleId, String person, String published) {
    return RowFactory.create(
        articleId,
        person,
        person,
        0,
        0,
        person.length(),
        Mentions.METHOD_TEXT,
        null,
        at(published));
  }

  static Dataset<Row> quotes(Row... rows) {
    return spark().createDataFrame(new ArrayList<>(Arrays.asList(rows)), Quotes.SCHEMA);
  }

  static Dataset<Row> articles(Row... rows) {
    return spark().createDataFrame(new ArrayList<>(Arrays.asList(rows)), Articles.SCHEMA);
  }

  static Dataset<Row> mentions(Row... rows) {
    return spark().createDataFrame(new ArrayList<>(Arrays.asList(rows)), Mentions.SCHEMA);
  }

  /** Quotes with sources and cluster ids, made exactly as {@link QuotesJob} makes them. */
  static Dataset<Row> clustered(Dataset<Row> quotes, Dataset<Row> articles) {
    Dataset<Row> withSources = QuoteTransforms.withSources(quotes, articles);
    QuoteClustering.Clusters c =
        QuoteClustering.cluster(
            spark(), QuoteTransforms.distinctQuotes(withSources), QuoteClustering.Settings.DEFAULT);
    return QuoteTransforms.withClusterIds(withSources, c.map());
  }
}
