package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;

class IngestTransformsTest {

  static Row article(String id, String url, String hash, String published) {
    return article(id, url, hash, published, "body");
  }

  static Row article(String id, String url, String hash, String published, String body) {
    return RowFactory.create(
        id,
        "Test",
        "f.txt",
        null,
        url,
        "title " + id,
        null,
        null,
        published == null ? null : Timestamp.from(Instant.parse(published)),
        "UTC",
        null,
        "en",
        body,
        new String[0],
        new String[0],
        1,
        hash,
        new String[0],
        2020,
        1);
  }

  static Map<String, String> duplicateOf(List<Row> rows) {
    Dataset<Row> in =
        SparkTestSession.get()
            .createDataFrame(
                rows, Articles.CONTENT_SCHEMA.add(Articles.YEAR, "int").add(Articles.MONTH, "int"));
    Map<String, String> out = new HashMap<>();
    for (Row r : IngestTransforms.withDuplicateOf(in).collectAsList()) {
      out.put(r.getAs(Articles.ARTICLE_ID), r.getAs(Articles.DUPLICATE_OF));
    }
    return out;
  }

  /**
   * Fixture: a and b share content (a is earlier, so kept); c has other content under a's url; d
   * stands alone; e and f share content, and only f is dated.
   */
  @Test
  void exactDuplicatesPointAtTheEarliestKeptArticle() {
    Map<String, String> dup =
        duplicateOf(
            List.of(
                article("a", "u1", "h1", "2020-01-01T00:00:00Z"),
                article("b", null, "h1", "2020-01-02T00:00:00Z"),
                article("c", "u1", "h2", "2020-01-03T00:00:00Z"),
                article("d", "u4", "h4", "2020-01-01T00:00:00Z"),
                article("e", null, "h5", null),
                article("f", null, "h5", "2020-01-05T00:00:00Z")));
    Map<String, String> expected = new HashMap<>();
    expected.put("a", null);
    expected.put("b", "a");
    expected.put("c", "a");
    expected.put("d", null);
    expected.put("e", "f"); // the dated copy is kept over the undated one
    expected.put("f", null);
    assertEquals(expected, dup);
  }

  /** Headline-only items with the same title are the same item only when sent at the same time. */
  @Test
  void headlineOnlyItemsOnOtherDaysAreNotDuplicates() {
    Map<String, String> dup =
        duplicateOf(
            List.of(
                article("h1", null, "same", "2020-01-01T11:42:00Z", null),
                article("h2", null, "same", "2020-01-08T11:42:00Z", null),
                article("h3", null, "same", "2020-01-08T11:42:00Z", null)));
    assertEquals(null, dup.get("h1"));
    assertEquals(null, dup.get("h2"));
    assertEquals("h2", dup.get("h3"));
  }

  /** A chain: x duplicates y by content, and y's url is first used by z, so x points at z. */
  @Test
  void duplicatesNeverPointAtAnotherDuplicate() {
    Map<String, String> dup =
        duplicateOf(
            List.of(
                article("x", null, "h1", "2020-01-03T00:00:00Z"),
                article("y", "u", "h1", "2020-01-02T00:00:00Z"),
                article("z", "u", "h2", "2020-01-01T00:00:00Z")));
    assertEquals("z", dup.get("x"));
    assertEquals("z", dup.get("y"));
    assertEquals(null, dup.get("z"));
  }
}
