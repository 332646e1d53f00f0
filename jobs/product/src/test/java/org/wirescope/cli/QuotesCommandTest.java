package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SeedArticle;
import org.wirescope.SparkTestSession;
import org.wirescope.quotes.QuoteClustering;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.SpeakerTopics;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.VoiceShare;

/** End-to-end: ingest, extract and quotes through the real CLI, checked against gold facts. */
@Tag("e2e")
class QuotesCommandTest {
  @TempDir Path out;

  void run(String... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(0, r.exitCode(), r.err());
  }

  Dataset<Row> table(String name, org.apache.spark.sql.types.StructType schema) {
    return ExtractCommandTest.table(out, name, schema);
  }

  @Test
  void seedArticleHasSixPeskovQuotesMakingFiveStatements() throws Exception {
    run("ingest", "--input", SeedArticle.path().toString(), "--output", out.toString());
    run("extract", "--output", out.toString());
    run("quotes", "--output", out.toString());

    List<Row> counts = table(QuoteCounts.NAME, QuoteCounts.SCHEMA).collectAsList();
    assertEquals(1, counts.size(), "one speaker, one month: " + counts);
    Row peskov = counts.get(0);
    assertEquals(SeedArticle.SPEAKER, peskov.getAs(QuoteCounts.SPEAKER));
    assertEquals("month", peskov.getAs(QuoteCounts.GRAIN));
    assertEquals(java.sql.Date.valueOf("2017-11-01"), peskov.getAs(QuoteCounts.PERIOD_START));
    assertEquals(SeedArticle.QUOTES, (long) peskov.<Long>getAs(QuoteCounts.QUOTES));
    assertEquals(
        SeedArticle.STATEMENTS,
        (long) peskov.<Long>getAs(QuoteCounts.STATEMENTS),
        "the last quote continues the one before");
    assertEquals(1L, (long) peskov.<Long>getAs(QuoteCounts.ARTICLES));

    assertEquals(
        6L,
        table(QuoteClusters.NAME, QuoteClusters.SCHEMA).count(),
        "six different quotes, six clusters");
    List<Row> top =
        table(TopQuotes.NAME, TopQuotes.SCHEMA)
            .filter(col(TopQuotes.GRAIN).equalTo(TopQuotes.ALL))
            .orderBy(TopQuotes.RANK)
            .collectAsList();
    assertEquals(SeedArticle.QUOTES, top.size());
    top.forEach(r -> assertEquals(SeedArticle.SPEAKER, r.getAs(TopQuotes.SPEAKER)));

    Row voice =
        table(VoiceShare.NAME, VoiceShare.SCHEMA)
            .filter(
                col(VoiceShare.GRAIN)
                    .equalTo(VoiceShare.ALL)
                    .and(col(VoiceShare.PERSON).equalTo(SeedArticle.SPEAKER)))
            .first();
    assertEquals(1L, (long) voice.<Long>getAs(VoiceShare.QUOTED_ARTICLES));
    assertEquals(1.0, voice.<Double>getAs(VoiceShare.RATIO), 1e-9);

    JsonNode stage =
        new ObjectMapper()
            .readTree(out.resolve("_manifest.json").toFile())
            .path("stages")
            .path("quotes");
    assertEquals("month", stage.path("grain").asText());
    assertEquals("UTC", stage.path("time_zone").asText());
    assertEquals(QuoteClustering.DEFAULT_THRESHOLD, stage.path("similarity_threshold").asDouble());
    assertEquals(SeedArticle.QUOTES, stage.path("quotes").asInt());
    assertEquals(SeedArticle.STATEMENTS, stage.path("statements").asInt());
    assertEquals("article tags", stage.path("topics_from").asText());
    assertTrue(stage.has("seconds"));

    // With the topics stage's table present, speaker_topics reads it instead of the tags.
    String articleId = table(Articles.NAME, Articles.SCHEMA).first().getAs(Articles.ARTICLE_ID);
    SparkTestSession.get()
        .createDataFrame(
            List.of(RowFactory.create(articleId, "us-russia-summit", "discovered", 0.8, true)),
            ArticleTopics.SCHEMA)
        .write()
        .parquet(out.resolve(ArticleTopics.NAME).toString());
    run("quotes", "--output", out.toString());
    List<Row> topics = table(SpeakerTopics.NAME, SpeakerTopics.SCHEMA).collectAsList();
    assertEquals(1, topics.size(), topics.toString());
    assertEquals("discovered", topics.get(0).getAs(SpeakerTopics.TOPIC_KIND));
    assertEquals(
        SeedArticle.STATEMENTS, (long) topics.get(0).<Long>getAs(SpeakerTopics.STATEMENTS));
    assertEquals(1.0, topics.get(0).<Double>getAs(SpeakerTopics.SHARE), 1e-9);
  }

  /** GOLD's article key: the file name for TASS pages, the record id for feed records. */
  Map<String, String> keyOfArticle() {
    Map<String, String> key = new HashMap<>();
    for (Row r :
        table(Articles.NAME, Articles.SCHEMA)
            .filter(col(Articles.DUPLICATE_OF).isNull())
            .select(Articles.ARTICLE_ID, Articles.SOURCE_FILE, Articles.SOURCE_RECORD)
            .collectAsList()) {
      String file = r.getString(1);
      key.put(
          r.getString(0),
          file.endsWith(".txt")
              ? Path.of(file.replaceFirst("^file:", "")).getFileName().toString()
              : r.getString(2));
    }
    return key;
  }

  @Test
  void sampleCarriedStatementIsOneClusterAndVoiceShareMatchesGold() throws Exception {
    Path sample = Path.of(System.getProperty("wirescope.sample"));
    JsonNode gold = new ObjectMapper().readTree(sample.resolve("GOLD.json").toFile());
    run(
        "ingest",
        "--input",
        sample.resolve("tass").toString(),
        sample.resolve("feeds").toString(),
        "--output",
        out.toString());
    run("extract", "--output", out.toString());
    run("quotes", "--output", out.toString(), "--grain", "week", "--time-zone", "Europe/Moscow");
    Map<String, String> key = keyOfArticle();

    // Each quote's cluster, and the GOLD keys of the articles carrying each cluster.
    Map<String, String> clusterOfText = new HashMap<>();
    Map<String, Set<String>> keysOfCluster = new HashMap<>();
    Dataset<Row> clusters = table(QuoteClusters.NAME, QuoteClusters.SCHEMA);
    for (Row r :
        table(Quotes.NAME, Quotes.SCHEMA)
            .join(
                clusters.select(QuoteClusters.QUOTE_ID, QuoteClusters.CLUSTER_ID), Quotes.QUOTE_ID)
            .select(Quotes.QUOTE_TEXT, QuoteClusters.CLUSTER_ID, Quotes.ARTICLE_ID)
            .collectAsList()) {
      clusterOfText.put(fold(r.getString(0)), r.getString(1));
      keysOfCluster
          .computeIfAbsent(r.getString(1), k -> new TreeSet<>())
          .add(key.get(r.getString(2)));
    }

    JsonNode carried = gold.path("quotes").path("carried_statement");
    Set<String> carriedClusters = new TreeSet<>();
    for (JsonNode t : carried.path("texts")) {
      String c = clusterOfText.get(fold(t.asText()));
      assertNotNull(c, "the extractor finds the carried text: " + t.asText());
      carriedClusters.add(c);
    }
    assertEquals(1, carriedClusters.size(), "the four versions are one statement");
    String carriedId = carriedClusters.iterator().next();
    Set<String> expected = new TreeSet<>();
    carried.path("articles").forEach(a -> expected.add(a.asText()));
    assertEquals(expected, keysOfCluster.get(carriedId));
    Row cluster = clusters.filter(col(QuoteClusters.CLUSTER_ID).equalTo(carriedId)).first();
    assertEquals(carried.path("speaker").asText(), cluster.getAs(QuoteClusters.SPEAKER));
    assertEquals(4L, (long) cluster.<Long>getAs(QuoteClusters.ARTICLES));
    assertEquals(4, (int) cluster.<Integer>getAs(QuoteClusters.VARIANTS));
    // The carried statement is the most carried quote: rank 1, alone. (GOLD's document titles,
    // "Memorandum on Maritime Safety in the Black Sea" among them, are not quotations.)
    List<Row> topAll =
        table(TopQuotes.NAME, TopQuotes.SCHEMA)
            .filter(col(TopQuotes.GRAIN).equalTo(TopQuotes.ALL))
            .orderBy(TopQuotes.RANK)
            .collectAsList();
    Row first = topAll.get(0);
    assertEquals(carriedId, first.getAs(TopQuotes.CLUSTER_ID), topAll.toString());
    assertEquals(1, (int) first.<Integer>getAs(TopQuotes.RANK));
    assertEquals(4L, (long) first.<Long>getAs(TopQuotes.ARTICLES));
    assertTrue(
        topAll.get(1).<Long>getAs(TopQuotes.ARTICLES) < 4L,
        "nothing ties with it: " + topAll.get(1));
    assertEquals(20, topAll.size(), "--top-quotes defaults to 20");

    JsonNode distinct = gold.path("quotes").path("distinct_statements");
    String z1 = clusterOfText.get(fold(distinct.path("texts").get(0).asText()));
    String z2 = clusterOfText.get(fold(distinct.path("texts").get(1).asText()));
    assertNotNull(z1, "the extractor finds the first Zakharova statement");
    assertNotNull(z2, "the extractor finds the second Zakharova statement");
    assertNotEquals(z1, z2, "two different statements of the same speaker stay apart");

    // Every period row is a Monday in Moscow time, and the periods sum to the corpus rows.
    for (Row r : table(QuoteCounts.NAME, QuoteCounts.SCHEMA).collectAsList()) {
      assertEquals(
          java.time.DayOfWeek.MONDAY,
          r.<java.sql.Date>getAs(QuoteCounts.PERIOD_START).toLocalDate().getDayOfWeek());
    }
    long quoteRows =
        table(Quotes.NAME, Quotes.SCHEMA).filter(col(Quotes.PUBLISHED_AT).isNotNull()).count();
    assertEquals(
        quoteRows,
        table(QuoteCounts.NAME, QuoteCounts.SCHEMA)
            .agg(sum(QuoteCounts.QUOTES))
            .first()
            .getLong(0));

    // Voice share over the whole corpus. GOLD counts an article as quoting a person when it has at
    // least one quotation of them, fragments inside indirect speech included ("called it 'an
    // unfriendly bluff'"); the extractor does not treat such fragments as direct quotations. So
    // quoted_articles is compared with GOLD's own article list recounted without fragments, and
    // with GOLD's published table for the persons whose count fragments do not change.
    Map<String, Long> quotedNoFragments = new TreeMap<>();
    Map<String, Long> quotedWithFragments = new TreeMap<>();
    for (JsonNode a : gold.path("articles")) {
      if (!a.path("duplicate_of").isNull()) {
        continue;
      }
      Set<String> all = new HashSet<>();
      Set<String> direct = new HashSet<>();
      for (JsonNode q : a.path("quotes")) {
        all.add(q.path("speaker").asText());
        if (!q.path("form").asText().equals("fragment")) {
          direct.add(q.path("speaker").asText());
        }
      }
      all.forEach(p -> quotedWithFragments.merge(p, 1L, Long::sum));
      direct.forEach(p -> quotedNoFragments.merge(p, 1L, Long::sum));
    }
    Map<String, Row> voice = new HashMap<>();
    for (Row r :
        table(VoiceShare.NAME, VoiceShare.SCHEMA)
            .filter(col(VoiceShare.GRAIN).equalTo(VoiceShare.ALL))
            .collectAsList()) {
      voice.put(r.getAs(VoiceShare.PERSON), r);
    }
    Map<String, Long> expectedNamed = new TreeMap<>();
    Map<String, Long> actualNamed = new TreeMap<>();
    Map<String, Long> expectedQuoted = new TreeMap<>();
    Map<String, Long> actualQuoted = new TreeMap<>();
    List<String> agreeing = new ArrayList<>();
    for (JsonNode v : gold.path("voice_share")) {
      String person = v.path("person").asText();
      assertEquals(
          v.path("articles_quoting").asLong(),
          quotedWithFragments.getOrDefault(person, 0L),
          "GOLD's table is its article list, fragments included: " + person);
      long quoted = quotedNoFragments.getOrDefault(person, 0L);
      if (quoted == v.path("articles_quoting").asLong()) {
        agreeing.add(person);
      }
      expectedNamed.put(person, v.path("articles_naming").asLong());
      expectedQuoted.put(person, quoted);
      Row r = voice.get(person);
      actualNamed.put(person, r == null ? -1L : r.<Long>getAs(VoiceShare.MENTIONS_ARTICLES));
      actualQuoted.put(person, r == null ? -1L : r.<Long>getAs(VoiceShare.QUOTED_ARTICLES));
    }
    System.out.println(
        "voice share: persons whose GOLD count has no fragment-only article: " + agreeing);
    System.out.println("voice share quoted_articles, GOLD without fragments: " + expectedQuoted);
    System.out.println("voice share quoted_articles, Wirescope:              " + actualQuoted);
    assertFalse(agreeing.isEmpty());
    assertEquals(expectedNamed, actualNamed, "articles naming each person");
    // The stage counts exactly what the quotes table attributes (so any gap below is the
    // extractor's).
    for (Row r :
        table(Quotes.NAME, Quotes.SCHEMA)
            .filter(
                col(Quotes.SPEAKER)
                    .isNotNull()
                    .and(
                        col(Quotes.SPEAKER_KIND)
                            .isNull()
                            .or(col(Quotes.SPEAKER_KIND).notEqual(Quotes.KIND_ORGANIZATION))))
            .groupBy(Quotes.SPEAKER)
            .agg(org.apache.spark.sql.functions.countDistinct(Quotes.ARTICLE_ID))
            .collectAsList()) {
      assertEquals(
          r.getLong(1),
          (long) voice.get(r.getString(0)).<Long>getAs(VoiceShare.QUOTED_ARTICLES),
          r.getString(0));
    }
    // Exactly GOLD's direct-quotation counts, person by person.
    assertEquals(
        expectedQuoted, actualQuoted, "articles quoting each person (GOLD without fragments)");
  }

  static String fold(String s) {
    return org.wirescope.ingest.Normalise.fold(s);
  }

  /**
   * The stage on the whole of Reuters-21578, on a copy of the shared ingest and extract
   * (SharedOutputs, persons from the text): what is checked holds for any quotes table.
   */
  @Test
  @Tag("corpus")
  void reutersStageTime() {
    Path o = SharedOutputs.copy(SharedOutputs.reutersExtractedFromText());
    long start = System.nanoTime();
    run("quotes", "--output", o.toString());
    System.out.printf("quotes stage on Reuters-21578: %.1f s%n", (System.nanoTime() - start) / 1e9);

    // Every dated quote is counted once; every quote_id has exactly one cluster row.
    long dated =
        ExtractCommandTest.table(o, Quotes.NAME, Quotes.SCHEMA)
            .filter(col(Quotes.PUBLISHED_AT).isNotNull())
            .count();
    assertTrue(dated > 1000, "Reuters quotes: " + dated);
    assertEquals(
        dated,
        ExtractCommandTest.table(o, QuoteCounts.NAME, QuoteCounts.SCHEMA)
            .agg(sum(QuoteCounts.QUOTES))
            .first()
            .getLong(0));
    Dataset<Row> clusters = ExtractCommandTest.table(o, QuoteClusters.NAME, QuoteClusters.SCHEMA);
    assertEquals(
        ExtractCommandTest.table(o, Quotes.NAME, Quotes.SCHEMA)
            .select(Quotes.QUOTE_ID)
            .distinct()
            .count(),
        clusters.count());
    assertEquals(clusters.count(), clusters.select(QuoteClusters.QUOTE_ID).distinct().count());
    assertTrue(
        ExtractCommandTest.table(o, QuoteCounts.NAME, QuoteCounts.SCHEMA)
                .filter(col(QuoteCounts.SPEAKER).isNull())
                .count()
            > 0,
        "unattributed Reuters quotes are a row of their own");
  }

  @Test
  void badOptionsAndMissingTablesFailWithAReason() {
    CliRunner.Run r = CliRunner.run("quotes", "--output", out.toString(), "--grain", "year");
    assertEquals(2, r.exitCode(), "a bad value is a usage error, as in topics");
    assertTrue(r.err().contains("unknown grain 'year'"), r.err());
    r = CliRunner.run("quotes", "--output", out.toString(), "--top-quotes", "0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--top-quotes must be at least 1"), r.err());
    r = CliRunner.run("quotes", "--output", out.toString(), "--time-zone", "Mars/Olympus");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown time zone"), r.err());
    r = CliRunner.run("quotes", "--output", out.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("run the stage that writes it first"), r.err());
    assertFalse(Files.exists(out.resolve(QuoteClusters.NAME)));
  }
}
