package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.Rejects;
import org.wirescope.tables.Tables;

/**
 * The README's first command: {@code pipeline} with no --input runs on the bundled sample, and what
 * it writes matches the facts the generator stated in data/sample/GOLD.json. The run is the one
 * this JVM's tests share (SharedOutputs); tests that run commands writing to it use a copy.
 */
@Tag("e2e")
class PipelineCommandTest {
  static Path out;
  static JsonNode gold;
  static Dataset<Row> articles;
  static CliRunner.Run run;
  @TempDir static Path tmp;

  @BeforeAll
  static void runPipelineOnTheSample() throws IOException {
    out = SharedOutputs.samplePipeline();
    run = SharedOutputs.samplePipelineRun();
    gold =
        new ObjectMapper()
            .readTree(Path.of(System.getProperty("wirescope.sample"), "GOLD.json").toFile());
    articles = IngestCommandTest.articles(out);
  }

  /** The key GOLD uses: the file name for a TASS page, the record id for feed records. */
  static String key(Row r) {
    String file = r.getAs(Articles.SOURCE_FILE);
    return r.getAs(Articles.SOURCE_RECORD) != null
        ? r.getAs(Articles.SOURCE_RECORD)
        : file.substring(file.lastIndexOf('/') + 1);
  }

  @Test
  void ingestCountsMatchGold() {
    JsonNode ingest = gold.path("ingest");
    assertEquals(ingest.path("articles").asLong(), articles.count());
    assertEquals(
        ingest.path("duplicates").asLong(),
        articles.filter(col(Articles.DUPLICATE_OF).isNotNull()).count());
    assertEquals(
        ingest.path("undated_articles").asLong(),
        articles.filter(col(Articles.PUBLISHED_AT).isNull()).count());
    Map<String, Long> reasons = new TreeMap<>();
    for (Row r : IngestCommandTest.rejects(out).groupBy(Rejects.REASON).count().collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    Map<String, Long> expected = new TreeMap<>();
    ingest
        .path("rejects_by_reason")
        .fields()
        .forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertEquals(expected, reasons);
  }

  @Test
  void duplicatesPointWhereGoldSays() {
    Map<String, String> idToKey = new HashMap<>();
    Map<String, String> dupOf = new HashMap<>();
    for (Row r : articles.collectAsList()) {
      idToKey.put(r.getAs(Articles.ARTICLE_ID), key(r));
      if (r.getAs(Articles.DUPLICATE_OF) != null) {
        dupOf.put(key(r), r.getAs(Articles.DUPLICATE_OF));
      }
    }
    Map<String, String> actual = new TreeMap<>();
    dupOf.forEach((k, id) -> actual.put(k, idToKey.get(id)));
    Map<String, String> expected = new TreeMap<>();
    gold.path("duplicates")
        .forEach(d -> expected.put(d.path("key").asText(), d.path("duplicate_of").asText()));
    assertEquals(expected, actual);
  }

  @Test
  void everyArticleHasGoldsDatePersonsAndTopics() {
    Map<String, Row> byKey = new HashMap<>();
    articles.collectAsList().forEach(r -> byKey.put(key(r), r));
    int checked = 0;
    for (JsonNode a : gold.path("articles")) {
      Row r = byKey.get(a.path("key").asText());
      assertTrue(r != null, "article " + a.path("key").asText());
      assertEquals(
          a.path("published_at").asText(),
          r.<java.sql.Timestamp>getAs(Articles.PUBLISHED_AT).toInstant().toString(),
          a.path("key").asText());
      assertEquals(
          a.path("persons").toString(),
          new ObjectMapper().valueToTree(r.getList(r.fieldIndex(Articles.PERSONS))).toString(),
          a.path("key").asText());
      assertEquals(
          a.path("topics").toString(),
          new ObjectMapper().valueToTree(r.getList(r.fieldIndex(Articles.TOPICS))).toString(),
          a.path("key").asText());
      checked++;
    }
    assertEquals(gold.path("ingest").path("articles").asInt(), checked);
  }

  @Test
  void monthlyCountsMatchGold() {
    Map<String, Long> actual = new TreeMap<>();
    for (Row r :
        articles
            .filter(col(Articles.DUPLICATE_OF).isNull())
            .groupBy(Articles.YEAR, Articles.MONTH)
            .count()
            .collectAsList()) {
      actual.put(String.format("%d-%02d", r.getInt(0), r.getInt(1)), r.getLong(2));
    }
    Map<String, Long> expected = new TreeMap<>();
    gold.path("articles_by_month_utc")
        .fields()
        .forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertEquals(expected, actual);
  }

  /** Spark SQL over the output: a join of person_pairs with persons answers a real question. */
  @Test
  void sqlJoinsPairsWithPersons() {
    CliRunner.Run run =
        CliRunner.run(
            "sql",
            "--output",
            out.toString(),
            "--format",
            "csv",
            "SELECT p.person_a, p.person_b, p.articles, a.quotes AS quotes_a FROM person_pairs p "
                + "JOIN persons a ON a.person = p.person_a ORDER BY p.articles DESC, p.person_a, p.person_b LIMIT 3");
    assertEquals(0, run.exitCode(), run.err());
    java.util.List<String> lines = run.out().strip().lines().toList();
    assertEquals("person_a,person_b,articles,quotes_a", lines.get(0));
    assertEquals(4, lines.size(), run.out());
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(
        lines
            .get(1)
            .startsWith(top.path("person_a").asText() + "," + top.path("person_b").asText() + ","),
        "the top pair is GOLD's top pair: " + lines.get(1));
  }

  @Test
  void tablesListsEveryTableWithItsRows() {
    CliRunner.Run run = CliRunner.run("tables", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String t :
        new String[] {
          "articles (183 rows)", "rejects (5 rows)", "persons", "person_pairs", "quotes"
        }) {
      assertTrue(run.out().contains(t), t + " in:\n" + run.out());
    }
  }

  /**
   * A list column in CSV is one cell of "a; b", as in the CSV copies, not a Scala collection's
   * toString.
   */
  @Test
  void sqlCsvWritesListsAsCells() {
    CliRunner.Run run =
        CliRunner.run(
            "sql",
            "--output",
            out.toString(),
            "--format",
            "csv",
            "SELECT array('Vladimir Putin', 'Dmitry Peskov') AS persons, 1 AS n");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        java.util.List.of("persons,n", "Vladimir Putin; Dmitry Peskov,1"),
        run.out().strip().lines().toList());
  }

  @Test
  void sqlErrorsAreOneLine() {
    CliRunner.Run run =
        CliRunner.run("sql", "--output", out.toString(), "SELECT nope FROM persons");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  /**
   * tables.sql registers exactly the tables the stages declare (Lineage, the same list the pipeline
   * runs from) in a fresh session's catalog, and the tables GOLD describes hold GOLD's numbers when
   * read back through that catalog.
   */
  @Test
  void tablesSqlRegistersEveryTable() throws IOException {
    var fresh = org.wirescope.SparkTestSession.get().newSession();
    String sql = java.nio.file.Files.readString(out.resolve("tables.sql"));
    Set<String> registered = new TreeSet<>();
    java.util.regex.Pattern create =
        java.util.regex.Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)");
    for (String statement : sql.split(";")) {
      String st =
          statement
              .lines()
              .filter(l -> !l.startsWith("--"))
              .collect(java.util.stream.Collectors.joining(" "))
              .strip();
      if (st.isEmpty()) {
        continue;
      }
      fresh.sql(st);
      java.util.regex.Matcher m = create.matcher(st);
      if (m.lookingAt()) {
        registered.add(m.group(1));
      }
    }
    Set<String> declared = new TreeSet<>();
    for (Lineage.Stage stage : Lineage.Stage.values()) {
      declared.addAll(stage.writes());
    }
    assertEquals(
        new TreeSet<>(Tables.all().keySet()),
        declared,
        "every declared table has a stage that writes it");
    assertEquals(declared, registered, "the tables in tables.sql");
    for (String t : declared) {
      assertEquals(
          java.util.List.of(Tables.schema(t).fieldNames()),
          java.util.List.of(fresh.table(t).schema().fieldNames()),
          "the columns of " + t);
    }

    JsonNode ingest = gold.path("ingest");
    assertEquals(ingest.path("articles").asLong(), count(fresh, "SELECT count(*) FROM articles"));
    assertEquals(
        ingest.path("unique_articles").asLong(),
        count(fresh, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL"));
    assertEquals(ingest.path("rejects").asLong(), count(fresh, "SELECT count(*) FROM rejects"));

    Map<String, Long> persons = new TreeMap<>();
    gold.path("persons")
        .fields()
        .forEachRemaining(e -> persons.put(e.getKey(), e.getValue().asLong()));
    assertEquals(
        persons,
        longs(fresh, "SELECT person, articles FROM persons"),
        "persons: articles naming each");
    assertEquals(
        persons.keySet(),
        longs(fresh, "SELECT person, count(DISTINCT article_id) FROM mentions GROUP BY person")
            .keySet(),
        "mentions: the persons GOLD names, no others");
    assertEquals(
        persons.keySet(),
        longs(fresh, "SELECT person, articles FROM person_network").keySet(),
        "person_network");
    assertEquals(
        persons,
        longs(fresh, "SELECT person, mentions_articles FROM voice_share WHERE grain = 'all'"),
        "voice_share: articles naming each person");

    // person_pairs holds GOLD's pairs seen in at least --min-articles articles (the pipeline's
    // default, as its manifest records it); personPairsAreGolds checks all of them.
    long minArticles = manifestStage("cooccurrence").path("min_articles").asLong();
    assertTrue(minArticles >= 1, "the manifest records min_articles");
    long goldPairsKept = 0;
    for (JsonNode p : gold.path("person_pairs")) {
      goldPairsKept += p.path("articles").asLong() >= minArticles ? 1 : 0;
    }
    assertEquals(goldPairsKept, count(fresh, "SELECT count(*) FROM person_pairs"));
    assertEquals(
        gold.path("person_pairs").size(),
        manifestStage("cooccurrence").path("pairs").asInt(),
        "pairs counted before the cut");

    assertEquals(goldDirectQuotes(), count(fresh, "SELECT count(*) FROM quotes"));
    assertEquals(goldDirectQuotes(), count(fresh, "SELECT sum(quotes) FROM quote_counts"));
    assertEquals(
        goldDirectQuotes(),
        count(fresh, "SELECT count(*) FROM quote_clusters"),
        "one cluster row per quote");

    // topic_trends: the tag topics per UTC month are GOLD's, zero months included.
    Map<String, Long> trends = new TreeMap<>();
    gold.path("topics")
        .path("by_month")
        .fields()
        .forEachRemaining(
            topic ->
                topic
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        m -> trends.put(topic.getKey() + " " + m.getKey(), m.getValue().asLong())));
    assertEquals(
        trends,
        longs(
            fresh,
            "SELECT concat(topic, ' ', date_format(period_start, 'yyyy-MM')), articles "
                + "FROM topic_trends WHERE topic_kind = 'tag' AND grain = 'month'"),
        "topic_trends");
    Map<String, Long> tagged = new TreeMap<>();
    gold.path("topics")
        .path("totals")
        .fields()
        .forEachRemaining(e -> tagged.put(e.getKey(), e.getValue().asLong()));
    assertEquals(
        tagged,
        longs(
            fresh,
            "SELECT topic, count(*) FROM article_topics WHERE topic_kind = 'tag' GROUP BY topic"),
        "article_topics: articles tagged with each topic");

    // The tables GOLD does not list, worked out from GOLD's articles (SampleGold) and compared
    // whole. The period table keeps every pair, --min-articles or not.
    assertEquals(
        SampleGold.pairsByPeriod(SampleGold::utcMonth),
        longs(
            fresh,
            "SELECT concat(person_a, ' & ', person_b, ' ', cast(period_start AS string)), articles "
                + "FROM person_pairs_by_period WHERE grain = 'month'"),
        "person_pairs_by_period");
    assertEquals(
        SampleGold.closedGroups(2, 5),
        longs(fresh, "SELECT array_join(persons, ','), articles FROM person_groups"),
        "person_groups (closed, 3 to 5, 2+ articles)");
    assertEquals(
        expectedMovers(),
        longs(
            fresh,
            "SELECT concat(cast(period_start AS string), ' ', topic_kind, ' ', direction), "
                + "count(*) FROM topic_movers GROUP BY 1"),
        "topic_movers: rows per period, kind and direction");
    Map<String, Long> topQuotes = new TreeMap<>();
    SampleGold.quoteClustersByMonth()
        .forEach((scope, clusters) -> topQuotes.put(scope, Math.min(20L, clusters)));
    assertEquals(
        topQuotes,
        longs(
            fresh,
            "SELECT coalesce(cast(period_start AS string), grain), count(*) FROM top_quotes "
                + "GROUP BY 1"),
        "top_quotes: 20 per scope (--top-quotes), or every cluster of a smaller scope");
    assertEquals(
        expectedSpeakerTopics(fresh),
        longs(
            fresh,
            "SELECT concat(coalesce(speaker, '(none)'), ' | ', topic, ' | ', "
                + "topic_kind), statements FROM speaker_topics"),
        "speaker_topics");
  }

  /**
   * Rows of topic_movers per "period kind direction", from GOLD: in each month after the first, the
   * tags (GOLD's monthly counts) and sections (GOLD's articles) whose share of the month's articles
   * rose, or fell, against the month before; at most 5 (--movers) each. Shares are compared as
   * fractions, so no rounding decides what moved.
   */
  static Map<String, Long> expectedMovers() {
    Map<String, Map<String, Long>> tags = new TreeMap<>();
    gold.path("topics")
        .path("by_month")
        .fields()
        .forEachRemaining(
            t ->
                t.getValue()
                    .fields()
                    .forEachRemaining(
                        m ->
                            tags.computeIfAbsent(t.getKey(), k -> new TreeMap<>())
                                .put(m.getKey(), m.getValue().asLong())));
    Map<String, Map<String, Long>> sections = new TreeMap<>();
    for (JsonNode a : SampleGold.originals()) {
      sections
          .computeIfAbsent(a.path("section").asText(), k -> new TreeMap<>())
          .merge(a.path("month_utc").asText(), 1L, Long::sum);
    }
    java.util.List<String> months = new java.util.ArrayList<>();
    Map<String, Long> totals = new TreeMap<>();
    gold.path("articles_by_month_utc")
        .fields()
        .forEachRemaining(
            e -> {
              months.add(e.getKey());
              totals.put(e.getKey(), e.getValue().asLong());
            });
    java.util.Collections.sort(months);
    Map<String, Long> out = new TreeMap<>();
    for (Map.Entry<String, Map<String, Map<String, Long>>> kind :
        Map.of("tag", tags, "section", sections).entrySet()) {
      for (int i = 1; i < months.size(); i++) {
        String now = months.get(i);
        String before = months.get(i - 1);
        long rose = 0;
        long fell = 0;
        for (Map<String, Long> counts : kind.getValue().values()) {
          // a/T against b/P: the sign of a*P - b*T.
          long sign =
              Long.signum(
                  counts.getOrDefault(now, 0L) * totals.get(before)
                      - counts.getOrDefault(before, 0L) * totals.get(now));
          rose += sign > 0 ? 1 : 0;
          fell += sign < 0 ? 1 : 0;
        }
        if (rose > 0) {
          out.put(now + "-01 " + kind.getKey() + " rise", Math.min(5, rose));
        }
        if (fell > 0) {
          out.put(now + "-01 " + kind.getKey() + " fall", Math.min(5, fell));
        }
      }
    }
    return out;
  }

  /**
   * speaker_topics from the quotes table's statements (quotes that do not continue another) and
   * GOLD's tags and section of each one's article: statements per speaker, topic and kind. A
   * speaker the ranker gives less than the stage's minimum confidence counts as none.
   */
  Map<String, Long> expectedSpeakerTopics(org.apache.spark.sql.SparkSession spark)
      throws IOException {
    Map<String, JsonNode> goldByKey = new HashMap<>();
    SampleGold.originals().forEach(a -> goldByKey.put(a.path("key").asText(), a));
    Map<String, String> keyOfId = new HashMap<>();
    articles.collectAsList().forEach(r -> keyOfId.put(r.getAs(Articles.ARTICLE_ID), key(r)));
    double min = manifestStage("quotes").path("min_speaker_confidence").asDouble();
    assertTrue(min > 0, "the manifest records the minimum speaker confidence");
    Map<String, Long> expected = new TreeMap<>();
    for (Row q :
        spark
            .read()
            .parquet(out.resolve(Quotes.NAME).toString())
            .filter(col(Quotes.IS_CONTINUATION).equalTo(false))
            .select(Quotes.ARTICLE_ID, Quotes.SPEAKER, Quotes.SPEAKER_CONFIDENCE)
            .collectAsList()) {
      boolean below = !q.isNullAt(1) && !q.isNullAt(2) && q.getDouble(2) < min;
      String speaker = q.isNullAt(1) || below ? "(none)" : q.getString(1);
      JsonNode a = goldByKey.get(keyOfId.get(q.getString(0)));
      for (String topic : new TreeSet<>(SampleGold.strings(a.path("topics")))) {
        expected.merge(speaker + " | " + topic + " | tag", 1L, Long::sum);
      }
      expected.merge(speaker + " | " + a.path("section").asText() + " | section", 1L, Long::sum);
    }
    return expected;
  }

  static long count(org.apache.spark.sql.SparkSession spark, String sql) {
    return spark.sql(sql).first().getLong(0);
  }

  /** A two-column query (key, count) as a sorted map. */
  static Map<String, Long> longs(org.apache.spark.sql.SparkSession spark, String sql) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      assertEquals(null, m.put(r.getString(0), r.getLong(1)), "one row per key: " + r);
    }
    return m;
  }

  JsonNode manifestStage(String stage) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("_manifest.json").toFile())
        .path("stages")
        .path(stage);
  }

  /**
   * GOLD's quote total less its fragments. GOLD counts one entry per quoted span, fragments inside
   * indirect speech included ('called it "an unfriendly bluff"', see quotes.counting); the quotes
   * table holds direct quotations only, by design, so those fragments are not in it. Scare quotes
   * and document titles are in neither. GOLD's per-speaker fragments and its by_form count of them
   * must agree.
   */
  static long goldDirectQuotes() {
    JsonNode quotes = gold.path("quotes");
    long fragments = 0;
    long perSpeaker = 0;
    for (JsonNode s : quotes.path("per_speaker")) {
      fragments += s.path("fragments").asLong();
      perSpeaker += s.path("quotes").asLong();
    }
    assertEquals(
        quotes.path("total").asLong(), perSpeaker, "GOLD's per-speaker quotes add up to its total");
    assertEquals(
        quotes.path("by_form").path("fragment").asLong(), fragments, "GOLD's fragments, two ways");
    return quotes.path("total").asLong() - fragments;
  }

  /**
   * All of GOLD's person pairs with their article counts. GOLD's pairs are unordered, person_a <
   * person_b alphabetically, and so are the table's (PersonPairs: person_a < person_b); both are
   * keyed here by the two names sorted, so the comparison holds whichever way a row is written. The
   * pipeline's person_pairs drops pairs below --min-articles (2 by default, see
   * tablesSqlRegistersEveryTable), so the stage runs again with --min-articles 1 on a copy of the
   * output to publish every pair.
   */
  @Test
  void personPairsAreGolds() throws IOException {
    Map<String, Long> expected = new TreeMap<>();
    for (JsonNode p : gold.path("person_pairs")) {
      assertEquals(
          null,
          expected.put(
              pairKey(p.path("person_a").asText(), p.path("person_b").asText()),
              p.path("articles").asLong()),
          "GOLD lists each pair once");
    }
    Path copy = copyOfOutput();
    CliRunner.Run pairs =
        CliRunner.run("cooccurrence", "--output", copy.toString(), "--min-articles", "1");
    assertEquals(0, pairs.exitCode(), pairs.err());
    Map<String, Long> actual = pairCounts(copy);
    assertEquals(expected.size(), actual.size(), "pairs: " + actual.keySet());
    assertEquals(expected, actual);

    // The pipeline's own table: the same counts for every pair it keeps, and no pair it drops.
    long minArticles = manifestStage("cooccurrence").path("min_articles").asLong();
    Map<String, Long> kept = new TreeMap<>(expected);
    kept.values().removeIf(n -> n < minArticles);
    assertEquals(kept, pairCounts(out));
  }

  static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " & " + b : b + " & " + a;
  }

  static Map<String, Long> pairCounts(Path output) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r :
        org.wirescope.SparkTestSession.get()
            .read()
            .parquet(output.resolve(PersonPairs.NAME).toString())
            .select(PersonPairs.PERSON_A, PersonPairs.PERSON_B, PersonPairs.ARTICLES)
            .collectAsList()) {
      assertTrue(r.getString(0).compareTo(r.getString(1)) < 0, "person_a < person_b: " + r);
      assertEquals(
          null,
          m.put(pairKey(r.getString(0), r.getString(1)), r.getLong(2)),
          "one row per pair: " + r);
    }
    return m;
  }

  /**
   * GOLD's quote total (less the fragments the quotes table leaves out by design, see
   * goldDirectQuotes).
   */
  @Test
  void quoteTotalIsGolds() {
    Dataset<Row> quotes =
        org.wirescope.SparkTestSession.get().read().parquet(out.resolve(Quotes.NAME).toString());
    assertEquals(goldDirectQuotes(), quotes.count());
    long continuations = 0;
    for (JsonNode s : gold.path("quotes").path("per_speaker")) {
      continuations += s.path("continuations").asLong();
    }
    assertEquals(
        continuations, quotes.filter(col(Quotes.IS_CONTINUATION)).count(), "continuations");
  }

  /**
   * GOLD's quotes per speaker, speaker by speaker: quotes (less fragments, as in goldDirectQuotes)
   * and continuations in the quotes table, and the quotes in the persons table. A quote without a
   * speaker would show under "(none)".
   */
  @Test
  void quotesPerSpeakerAreGolds() {
    Map<String, String> expected = new TreeMap<>();
    Map<String, Long> expectedQuotes = new TreeMap<>();
    gold.path("quotes")
        .path("per_speaker")
        .fields()
        .forEachRemaining(
            e -> {
              long direct =
                  e.getValue().path("quotes").asLong() - e.getValue().path("fragments").asLong();
              expected.put(
                  e.getKey(),
                  direct
                      + " quotes, "
                      + e.getValue().path("continuations").asLong()
                      + " continuations");
              expectedQuotes.put(e.getKey(), direct);
            });
    var spark = org.wirescope.SparkTestSession.get();
    Map<String, String> actual = new TreeMap<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve(Quotes.NAME).toString())
            .groupBy(
                org.apache.spark.sql.functions.coalesce(
                    col(Quotes.SPEAKER), org.apache.spark.sql.functions.lit("(none)")))
            .agg(
                org.apache.spark.sql.functions.count("*"),
                org.apache.spark.sql.functions.sum(col(Quotes.IS_CONTINUATION).cast("long")))
            .collectAsList()) {
      actual.put(r.getString(0), r.getLong(1) + " quotes, " + r.getLong(2) + " continuations");
    }
    assertEquals(expected, actual);
    Map<String, Long> persons = new TreeMap<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve(Persons.NAME).toString())
            .select(Persons.PERSON, Persons.QUOTES)
            .collectAsList()) {
      if (r.getLong(1) > 0) {
        persons.put(r.getString(0), r.getLong(1));
      }
    }
    assertEquals(expectedQuotes, persons, "persons.quotes");
  }

  /** A copy of the pipeline's output folder, for runs that must not change it. */
  static Path copyOfOutput() {
    return SharedOutputs.copy(out);
  }

  /** Every summary table has a spreadsheet copy with a header; the big tables do not. */
  @Test
  void summaryTablesHaveCsvCopies() throws IOException {
    for (String t :
        new String[] {
          "persons", "person_pairs", "topic_trends", "quote_counts", "voice_share", "rejects"
        }) {
      java.util.List<String> lines =
          java.nio.file.Files.readAllLines(out.resolve("csv").resolve(t + ".csv"));
      assertTrue(lines.size() > 1, t);
    }
    assertTrue(
        java.nio.file.Files.readAllLines(out.resolve("csv/persons.csv"))
            .get(0)
            .startsWith("person,aliases,roles,articles"));
    for (String big : new String[] {"articles", "mentions", "entity_mentions", "quotes"}) {
      assertTrue(!java.nio.file.Files.exists(out.resolve("csv/" + big + ".csv")), big);
    }
    assertTrue(java.nio.file.Files.exists(out.resolve("csv/organizations.csv")));
  }

  /** The run ends with the summary: counts, the top pairs, rising topics and quoted speakers. */
  @Test
  void pipelinePrintsTheSummary() {
    String text = run.out();
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(text.contains("top pairs"), text);
    assertTrue(
        text.contains(top.path("person_a").asText() + " & " + top.path("person_b").asText()), text);
    assertTrue(text.contains("rising topics"), text);
    assertTrue(text.contains("quoted speakers"), text);
    assertTrue(text.contains("(no defensible speaker)"), "unattributed quotes are shown: " + text);
    assertTrue(text.contains(out.resolve("report").resolve("index.html").toString()), text);
    long pairLines =
        text.lines()
            .dropWhile(l -> !l.contains("top pairs"))
            .skip(1)
            .takeWhile(l -> l.startsWith("    "))
            .count();
    assertEquals(5, pairLines, text);
  }

  /**
   * The report opens in headless Chromium with the network cut off: nothing on the console, a
   * screenshot that is not blank, and no reference to anything outside the page.
   */
  @Test
  @Tag("chromium")
  void reportOpensInChromiumWithoutErrors() throws Exception {
    Path page = out.resolve("report").resolve("index.html");
    String html = java.nio.file.Files.readString(page);
    java.util.regex.Matcher external =
        java.util.regex.Pattern.compile("(?i)(src|href)\\s*=|url\\(|@import|<script|<link|<iframe")
            .matcher(html);
    assertTrue(
        !external.find(),
        "the page refers outside itself: " + (external.hitEnd() ? "" : external.group()));
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(html.contains(top.path("person_a").asText()), "the top pair is in the report");
    assertTrue(html.contains("<svg"), "charts are inline SVG");
    Path png = tmp.resolve("report-screenshot.png");
    org.wirescope.report.Chromium.Visit visit =
        org.wirescope.report.Chromium.open(page, png, 900, 2400);
    assertEquals(java.util.List.of(), visit.console(), "console messages:\n" + visit.log());
    org.wirescope.Images.assertNotBlank(png, 900, 2400);
    if (System.getenv("WIRESCOPE_SCREENSHOT") != null) {
      java.nio.file.Files.copy(
          png,
          Path.of(System.getenv("WIRESCOPE_SCREENSHOT")),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * --from restarts at a stage: the earlier stages' tables are read, not rewritten, and the
   * restarted stage takes the new options.
   */
  @Test
  void fromRestartsAtAStage() throws IOException {
    Path copy = copyOfOutput();
    Path articlesDir = copy.resolve("articles");
    java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(articlesDir);
    CliRunner.Run restart =
        CliRunner.run(
            "pipeline", "--output", copy.toString(), "--from", "quotes", "--grain", "week");
    assertEquals(0, restart.exitCode(), restart.err());
    assertTrue(restart.out().contains("stages [quotes, report]"), restart.out());
    var spark = org.wirescope.SparkTestSession.get();
    assertEquals(
        java.util.List.of("week"),
        spark
            .read()
            .parquet(copy.resolve("quote_counts").toString())
            .select("grain")
            .distinct()
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
    assertEquals(
        java.util.List.of("month"),
        spark
            .read()
            .parquet(copy.resolve("topic_trends").toString())
            .select("grain")
            .distinct()
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList(),
        "topics did not run again");
    assertEquals(
        before,
        java.nio.file.Files.getLastModifiedTime(articlesDir),
        "articles were not rewritten");
  }

  /** A stage whose input tables are missing fails before doing anything, and says what to run. */
  @Test
  void stagesWithoutTheirInputsFailUpFront() throws IOException {
    Path empty = java.nio.file.Files.createTempDirectory("wirescope-stages");
    CliRunner.Run r =
        CliRunner.run("pipeline", "--output", empty.toString(), "--stages", "topics,quotes");
    assertEquals(1, r.exitCode(), r.out());
    assertTrue(
        r.err().contains("stage topics needs the table articles")
            && r.err().contains("--from ingest"),
        r.err());
    try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(empty)) {
      assertEquals(
          java.util.List.of(),
          left.filter(f -> !f.getFileName().toString().startsWith("_")).toList());
    }
    CliRunner.Run both =
        CliRunner.run(
            "pipeline", "--output", empty.toString(), "--stages", "topics", "--from", "topics");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("--stages or --from"), both.err());
  }
}
