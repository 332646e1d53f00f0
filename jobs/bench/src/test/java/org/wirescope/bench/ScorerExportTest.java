package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;
import org.wirescope.cli.CliRunner;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import picocli.CommandLine;

/**
 * The scorer's JSON Lines: doc is the file name without its extension, quote the quote's text, and
 * topic an article's strongest topic of one kind.
 */
@Tag("e2e")
class ScorerExportTest {
  @TempDir Path tmp;

  /** Ingests the text files of {@code in} and extracts them; returns the output folder. */
  private Path extracted(Path in) {
    Path out = tmp.resolve("out");
    CliRunner.Run ingest =
        CliRunner.run(
            "ingest", "--input", in.toString(), "--format", "text", "--output", out.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    CliRunner.Run extract = CliRunner.run("extract", "--output", out.toString());
    assertEquals(0, extract.exitCode(), extract.err());
    return out;
  }

  /**
   * Runs ScorerExport on {@code out} (quotes, or persons, organisations and places per article)
   * into {@code name}.
   */
  private Path exported(Path out, String name, boolean entities) throws Exception {
    Path jsonl = tmp.resolve(name);
    ScorerExport export = new ScorerExport();
    export.output = out.toString();
    export.to = jsonl.toString();
    export.entities = entities;
    assertEquals(0, export.call());
    return jsonl;
  }

  @Test
  void docIsTheFileNameAndQuoteTheText() throws Exception {
    SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("harbour-strike.txt"),
        String.join(
            "\n",
            "Dockers walk out at the harbour",
            "",
            "Union leader Maria Santos said on Monday: \"We will not load another ship until the contract is signed.\"",
            "",
            "\"The port is losing money every hour,\" harbour director Tomas Berg said."),
        StandardCharsets.UTF_8);
    Path out = extracted(in);
    Path jsonl = exported(out, "quotes.jsonl", false);

    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      rows.add(new ObjectMapper().readTree(line));
    }
    assertEquals(2, rows.size(), rows.toString());
    for (JsonNode r : rows) {
      assertEquals("harbour-strike", r.path("doc").asText(), r.toString());
      assertEquals(r.path("quote_text").asText(), r.path("quote").asText(), r.toString());
    }
    assertTrue(rows.get(0).path("quote").asText().startsWith("We will not load"), rows.toString());
    assertEquals("Maria Santos", rows.get(0).path("speaker").asText(), rows.toString());
    assertEquals("Tomas Berg", rows.get(1).path("speaker").asText(), rows.toString());
  }

  @Test
  void eachArticlesNamesAreAsItWritesThem() throws Exception {
    SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("captain.txt"),
        String.join(
            "\n",
            "Captain keeps his place",
            "",
            "Selectors kept Aldous Penrith as captain in Leeds on Monday. \"He has earned it,\" chairman Owen Pike said.",
            "",
            "Penrith thanked the selectors.",
            "",
            "The Canadian Broadcasting Corporation will show the match, and the Canadian coach said"
                + " the Leeds ground was ready."),
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("scores.txt"),
        String.join(
            "\n",
            "Penrith hits a century",
            "",
            "A. Penrith scored 112 before lunch as the visitors reached 301 for four."),
        StandardCharsets.UTF_8);
    Path out = extracted(in);
    Path jsonl = exported(out, "entities.jsonl", true);
    java.util.Map<String, String> byDoc = new java.util.TreeMap<>();
    java.util.Map<String, JsonNode> rows = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode r = new ObjectMapper().readTree(line);
      byDoc.put(r.path("doc").asText(), r.path("persons").toString());
      rows.put(r.path("doc").asText(), r);
    }
    // the mentions table resolves "A. Penrith" across the corpus; the article wrote "A. Penrith"
    assertEquals(
        1L,
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("mentions").toString())
            .filter(
                "surface = 'A. Penrith' AND person = 'Aldous Penrith' AND method = 'corpus_alias'")
            .count());
    assertEquals("[\"A. Penrith\"]", byDoc.get("scores"), byDoc.toString());
    // "Penrith" is Aldous Penrith in mentions, and a name of its own as the article writes it
    assertEquals(
        1L,
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("mentions").toString())
            .filter("surface = 'Penrith' AND person = 'Aldous Penrith' AND method = 'alias'")
            .count());
    assertEquals(
        "[\"Aldous Penrith\",\"Owen Pike\",\"Penrith\"]", byDoc.get("captain"), byDoc.toString());
    // organisations and places as written; the adjective "Canadian" is a mention of Canada in
    // entity_mentions, but not a place name for the scorer
    JsonNode captain = rows.get("captain");
    assertEquals(
        "[\"Canadian Broadcasting Corporation\"]",
        captain.path("organizations").toString(),
        captain.toString());
    assertEquals("[\"Leeds\"]", captain.path("places").toString(), captain.toString());
    assertEquals(
        1L,
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("entity_mentions").toString())
            .filter("kind = 'place' AND entity = 'Canada' AND surface = 'Canadian'")
            .count());
  }

  // ---- Topics
  // ------------------------------------------------------------------------------------

  /** An articles row in the real schema; {@code duplicateOf} null for an original. */
  private static Row article(String articleId, String file, String duplicateOf) {
    Map<String, Object> v = new HashMap<>();
    v.put(Articles.ARTICLE_ID, articleId);
    v.put(Articles.SOURCE_FILE, "file:/corpus/" + file);
    v.put(Articles.TITLE, "title " + articleId);
    v.put(Articles.BODY, "body");
    v.put(Articles.TOPICS, List.of());
    v.put(Articles.PERSONS, List.of());
    v.put(Articles.WORD_COUNT, 1);
    v.put(Articles.CONTENT_HASH, "hash-" + articleId);
    v.put(Articles.REPAIRS, List.of());
    v.put(Articles.DUPLICATE_OF, duplicateOf);
    return RowFactory.create(Arrays.stream(Articles.SCHEMA.fieldNames()).map(v::get).toArray());
  }

  private static Row topic(
      String articleId, String topic, String kind, double weight, boolean primary) {
    return RowFactory.create(articleId, topic, kind, weight, primary);
  }

  /**
   * An output folder holding only articles and article_topics. Its invariants: wheat's two primary
   * discovered topics tie on weight (grain before trade by name) and a stronger secondary one must
   * be ignored; oil's heavier topic sorts after the lighter by name; lonely has tags but no
   * discovered topic; copy duplicates oil, so the stages never analysed it (no row of its own), and
   * it is written with oil's topic, the topic of the same text.
   */
  private Path topicsFixture() throws Exception {
    var spark = SparkTestSession.get();
    Path out = Files.createDirectories(tmp.resolve("topics-out"));
    spark
        .createDataFrame(
            List.of(
                article("a1", "wheat.txt", null),
                article("a2", "oil.txt", null),
                article("a3", "lonely.txt", null),
                article("a4", "copy.txt", "a2")),
            Articles.SCHEMA)
        .write()
        .parquet(out.resolve(Articles.NAME).toString());
    spark
        .createDataFrame(
            List.of(
                topic("a1", "trade", ArticleTopics.KIND_DISCOVERED, 0.7, true),
                topic("a1", "grain", ArticleTopics.KIND_DISCOVERED, 0.7, true),
                topic("a1", "shipping", ArticleTopics.KIND_DISCOVERED, 0.9, false),
                topic("a1", "wheat-fine", ArticleTopics.KIND_DISCOVERED_FINE, 0.8, true),
                topic("a1", "Crops", ArticleTopics.KIND_TAG, 1.0, true),
                topic("a1", "Agriculture", ArticleTopics.KIND_TAG, 1.0, true),
                topic("a2", "energy", ArticleTopics.KIND_DISCOVERED, 0.4, true),
                topic("a2", "oil", ArticleTopics.KIND_DISCOVERED, 0.6, true),
                topic("a3", "Misc", ArticleTopics.KIND_TAG, 1.0, true)),
            ArticleTopics.SCHEMA)
        .write()
        .parquet(out.resolve(ArticleTopics.NAME).toString());
    return out;
  }

  /** Runs ScorerExport --topics on {@code out} with {@code kind}; returns the file's lines. */
  private List<String> exportedTopics(Path out, String kind) throws Exception {
    Path jsonl = tmp.resolve("topics-" + kind + ".jsonl");
    ScorerExport export = new ScorerExport();
    export.output = out.toString();
    export.to = jsonl.toString();
    export.topics = true;
    export.topicKind = kind;
    assertEquals(0, export.call());
    return Files.readAllLines(jsonl);
  }

  @Test
  void eachArticlesStrongestDiscoveredTopicOrNull() throws Exception {
    assertEquals(
        List.of(
            "{\"doc\":\"copy\",\"topic\":\"oil\"}",
            "{\"doc\":\"lonely\",\"topic\":null}",
            "{\"doc\":\"oil\",\"topic\":\"oil\"}",
            "{\"doc\":\"wheat\",\"topic\":\"grain\"}"),
        exportedTopics(topicsFixture(), ArticleTopics.KIND_DISCOVERED));
  }

  @Test
  void topicKindScoresAnotherKind() throws Exception {
    Path out = topicsFixture();
    assertEquals(
        List.of(
            "{\"doc\":\"copy\",\"topic\":null}",
            "{\"doc\":\"lonely\",\"topic\":\"Misc\"}",
            "{\"doc\":\"oil\",\"topic\":null}",
            "{\"doc\":\"wheat\",\"topic\":\"Agriculture\"}"),
        exportedTopics(out, ArticleTopics.KIND_TAG));
    assertEquals(
        List.of(
            "{\"doc\":\"copy\",\"topic\":null}",
            "{\"doc\":\"lonely\",\"topic\":null}",
            "{\"doc\":\"oil\",\"topic\":null}",
            "{\"doc\":\"wheat\",\"topic\":\"wheat-fine\"}"),
        exportedTopics(out, ArticleTopics.KIND_DISCOVERED_FINE));
  }

  @Test
  void aKindNoRowHasIsRefused() throws Exception {
    Path out = topicsFixture();
    Path jsonl = tmp.resolve("none.jsonl");
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code =
          new CommandLine(new ScorerExport())
              .execute(
                  "--topics",
                  "--topic-kind",
                  "discoverd",
                  "--output",
                  out.toString(),
                  "--to",
                  jsonl.toString());
    } finally {
      System.setErr(stderr);
    }
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        message.contains("no article_topics row of kind 'discoverd'")
            && message.contains("the kinds present: discovered, discovered_fine, tag"),
        message);
    assertTrue(Files.notExists(jsonl));
  }
}
