package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;

/** One article through {@link ArticleExtractor}, with names the corpus's tags know. */
class ArticleExtractorTest {

  private static Row article(String body, List<String> tags) {
    Map<String, Object> v = new HashMap<>();
    v.put(Articles.ARTICLE_ID, "a1");
    v.put(Articles.SOURCE_FILE, "file:/corpus/a1.sgm");
    v.put(Articles.TITLE, "Talks resume");
    v.put(Articles.BODY, body);
    v.put(Articles.TOPICS, List.of());
    v.put(Articles.PERSONS, tags);
    v.put(Articles.WORD_COUNT, body.split(" ").length);
    v.put(Articles.CONTENT_HASH, "hash-a1");
    v.put(Articles.REPAIRS, List.of());
    // through a DataFrame, so that the row holds Spark's own types, as in the stage
    return SparkTestSession.get()
        .createDataFrame(
            List.of(
                RowFactory.create(
                    Arrays.stream(Articles.SCHEMA.fieldNames()).map(v::get).toArray())),
            Articles.SCHEMA)
        .collectAsList()
        .get(0);
  }

  /** Person -> whether the article insists on it, for each mention of the one article. */
  private static Map<String, Boolean> insists(String body, List<String> tags, Set<String> known) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    ArticleExtractor x =
        new ArticleExtractor(sc.broadcast(known), ArticleExtractor.PersonSource.BOTH, true);
    Iterator<Row> out = x.call(List.of(article(body, tags)).iterator());
    Row r = out.next();
    Map<String, Boolean> m = new TreeMap<>();
    Row[] mentions = (Row[]) r.get(ExtractRows.SCHEMA.fieldIndex(ExtractRows.MENTIONS));
    for (Row mention : mentions) {
      m.put(
          mention.getString(ExtractRows.MENTION.fieldIndex(Mentions.PERSON)),
          mention.getBoolean(ExtractRows.MENTION.fieldIndex(ExtractRows.INSISTS)));
    }
    return m;
  }

  @Test
  void aNameTheCorpusTagsElsewhereInsistsOnlyWhenItHasMoreThanOneWord() {
    String body =
        "Halvorsen said the talks would resume on Monday. Ruth Calder, who leads the union,"
            + " agreed with Halvorsen. Calder said little else.";
    Set<String> known = Set.of("Halvorsen", "Ruth Calder");
    Map<String, Boolean> untagged = insists(body, List.of(), known);
    assertTrue(
        untagged.containsKey("Halvorsen") && untagged.containsKey("Ruth Calder"),
        untagged.toString());
    // a one-word name another article tags says nothing here: the corpus's evidence decides it
    assertEquals(false, untagged.get("Halvorsen"), untagged.toString());
    assertEquals(true, untagged.get("Ruth Calder"), untagged.toString());
    // the article's own tag insists
    Map<String, Boolean> tagged = insists(body, List.of("halvorsen"), known);
    assertEquals(true, tagged.get("Halvorsen"), tagged.toString());
  }
}
