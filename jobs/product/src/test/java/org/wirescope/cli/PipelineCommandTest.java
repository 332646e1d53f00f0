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
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/**
 * The README's first command: {@code pipeline} with no --input runs on the bundled sample, and
 * what it writes matches the facts the generator stated in data/sample/GOLD.json.
 */
class PipelineCommandTest {
  @TempDir static Path out;
  static JsonNode gold;
  static Dataset<Row> articles;
  static CliRunner.Run run;

  @BeforeAll
  static void runPipelineOnTheSample() throws IOException {
    run = CliRunner.run("pipeline", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    gold = new ObjectMapper().readTree(Path.of(System.getProperty("wirescope.sample"), "GOLD.json").toFile());
    articles = IngestCommandTest.articles(out);
  }

  /** The key GOLD uses: the file name for a TASS page, the record id for feed records. */
  static String key(Row r) {
    String file = r.getAs(Articles.SOURCE_FILE);
    return r.getAs(Articles.SOURCE_RECORD) != null ? r.getAs(Articles.SOURCE_RECORD)
        : file.substring(file.lastIndexOf('/') + 1);
  }

  @Test
  void ingestCountsMatchGold() {
    JsonNode ingest = gold.path("ingest");
    assertEquals(ingest.path("articles").asLong(), articles.count());
    assertEquals(ingest.path("duplicates").asLong(), articles.filter(col(Articles.DUPLICATE_OF).isNotNull()).count());
    assertEquals(ingest.path("undated_articles").asLong(), articles.filter(col(Articles.PUBLISHED_AT).isNull()).count());
    Map<String, Long> reasons = new TreeMap<>();
    for (Row r : IngestCommandTest.rejects(out).groupBy(Rejects.REASON).count().collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    Map<String, Long> expected = new TreeMap<>();
    ingest.path("rejects_by_reason").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
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
    gold.path("duplicates").forEach(d -> expected.put(d.path("key").asText(), d.path("duplicate_of").asText()));
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
      assertEquals(a.path("published_at").asText(),
          r.<java.sql.Timestamp>getAs(Articles.PUBLISHED_AT).toInstant().toString(), a.path("key").asText());
      assertEquals(a.path("persons").toString(),
          new ObjectMapper().valueToTree(r.getList(r.fieldIndex(Articles.PERSONS))).toString(), a.path("key").asText());
      assertEquals(a.path("topics").toString(),
          new ObjectMapper().valueToTree(r.getList(r.fieldIndex(Articles.TOPICS))).toString(), a.path("key").asText());
      checked++;
    }
    assertEquals(gold.path("ingest").path("articles").asInt(), checked);
  }

  @Test
  void monthlyCountsMatchGold() {
    Map<String, Long> actual = new TreeMap<>();
    for (Row r : articles.filter(col(Articles.DUPLICATE_OF).isNull())
        .groupBy(Articles.YEAR, Articles.MONTH).count().collectAsList()) {
      actual.put(String.format("%d-%02d", r.getInt(0), r.getInt(1)), r.getLong(2));
    }
    Map<String, Long> expected = new TreeMap<>();
    gold.path("articles_by_month_utc").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
    assertEquals(expected, actual);
  }

  /** Spark SQL over the output: a join of person_pairs with persons answers a real question. */
  @Test
  void sqlJoinsPairsWithPersons() {
    CliRunner.Run run = CliRunner.run("sql", "--output", out.toString(), "--format", "csv",
        "SELECT p.person_a, p.person_b, p.articles, a.quotes AS quotes_a FROM person_pairs p "
            + "JOIN persons a ON a.person = p.person_a ORDER BY p.articles DESC, p.person_a, p.person_b LIMIT 3");
    assertEquals(0, run.exitCode(), run.err());
    java.util.List<String> lines = run.out().strip().lines().toList();
    assertEquals("person_a,person_b,articles,quotes_a", lines.get(0));
    assertEquals(4, lines.size(), run.out());
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(lines.get(1).startsWith(top.path("person_a").asText() + "," + top.path("person_b").asText() + ","),
        "the top pair is GOLD's top pair: " + lines.get(1));
  }

  @Test
  void tablesListsEveryTableWithItsRows() {
    CliRunner.Run run = CliRunner.run("tables", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String t : new String[] {"articles (183 rows)", "rejects (5 rows)", "persons", "person_pairs", "quotes"}) {
      assertTrue(run.out().contains(t), t + " in:\n" + run.out());
    }
  }

  /** A list column in CSV is one cell of "a; b", as in the CSV copies, not a Scala collection's toString. */
  @Test
  void sqlCsvWritesListsAsCells() {
    CliRunner.Run run = CliRunner.run("sql", "--output", out.toString(), "--format", "csv",
        "SELECT array('Vladimir Putin', 'Dmitry Peskov') AS persons, 1 AS n");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(java.util.List.of("persons,n", "Vladimir Putin; Dmitry Peskov,1"), run.out().strip().lines().toList());
  }

  @Test
  void sqlErrorsAreOneLine() {
    CliRunner.Run run = CliRunner.run("sql", "--output", out.toString(), "SELECT nope FROM persons");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  /** tables.sql registers every table in a fresh session's catalog, and each answers a query. */
  @Test
  void tablesSqlRegistersEveryTable() throws IOException {
    var fresh = org.wirescope.SparkTestSession.get().newSession();
    String sql = java.nio.file.Files.readString(out.resolve("tables.sql"));
    int tables = 0;
    for (String statement : sql.split(";")) {
      String st = statement.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining(" ")).strip();
      if (st.isEmpty()) {
        continue;
      }
      fresh.sql(st);
      if (st.startsWith("CREATE TABLE")) {
        tables++;
      }
    }
    assertTrue(tables >= 15, "tables in tables.sql: " + tables);
    assertEquals(gold.path("ingest").path("articles").asLong(), fresh.sql("SELECT count(*) FROM articles").first().getLong(0));
    for (String t : new String[] {"persons", "person_pairs", "topic_trends", "quote_counts", "voice_share"}) {
      assertTrue(fresh.sql("SELECT count(*) FROM " + t).first().getLong(0) > 0, t);
    }
  }

  /** Every summary table has a spreadsheet copy with a header; the big tables do not. */
  @Test
  void summaryTablesHaveCsvCopies() throws IOException {
    for (String t : new String[] {"persons", "person_pairs", "topic_trends", "quote_counts", "voice_share", "rejects"}) {
      java.util.List<String> lines = java.nio.file.Files.readAllLines(out.resolve("csv").resolve(t + ".csv"));
      assertTrue(lines.size() > 1, t);
    }
    assertTrue(java.nio.file.Files.readAllLines(out.resolve("csv/persons.csv")).get(0).startsWith("person,aliases,roles,articles"));
    assertTrue(!java.nio.file.Files.exists(out.resolve("csv/articles.csv")));
  }

  /** The run ends with the summary: counts, the top pairs, rising topics and quoted speakers. */
  @Test
  void pipelinePrintsTheSummary() {
    String text = run.out();
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(text.contains("top pairs"), text);
    assertTrue(text.contains(top.path("person_a").asText() + " & " + top.path("person_b").asText()), text);
    assertTrue(text.contains("rising topics"), text);
    assertTrue(text.contains("quoted speakers"), text);
    assertTrue(text.contains("(no defensible speaker)"), "unattributed quotes are shown: " + text);
    assertTrue(text.contains(out.resolve("report").resolve("index.html").toString()), text);
    long pairLines = text.lines().dropWhile(l -> !l.contains("top pairs")).skip(1)
        .takeWhile(l -> l.startsWith("    ")).count();
    assertEquals(5, pairLines, text);
  }

  /**
   * The report opens in headless Chromium with the network cut off: nothing on the console, a
   * screenshot that is not blank, and no reference to anything outside the page.
   */
  @Test
  void reportOpensInChromiumWithoutErrors() throws Exception {
    Path page = out.resolve("report").resolve("index.html");
    String html = java.nio.file.Files.readString(page);
    java.util.regex.Matcher external = java.util.regex.Pattern
        .compile("(?i)(src|href)\\s*=|url\\(|@import|<script|<link|<iframe").matcher(html);
    assertTrue(!external.find(), "the page refers outside itself: " + (external.hitEnd() ? "" : external.group()));
    JsonNode top = gold.path("person_pairs").get(0);
    assertTrue(html.contains(top.path("person_a").asText()), "the top pair is in the report");
    assertTrue(html.contains("<svg"), "charts are inline SVG");
    Path png = out.resolve("report-screenshot.png");
    org.wirescope.report.Chromium.Visit visit = org.wirescope.report.Chromium.open(page, png, 900, 2400);
    assertEquals(java.util.List.of(), visit.console(), "console messages:\n" + visit.log());
    org.wirescope.Images.assertNotBlank(png, 900, 2400);
    if (System.getenv("WIRESCOPE_SCREENSHOT") != null) {
      java.nio.file.Files.copy(png, Path.of(System.getenv("WIRESCOPE_SCREENSHOT")),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * --from restarts at a stage: the earlier stages' tables are read, not rewritten, and the
   * restarted stage takes the new options.
   */
  @Test
  void fromRestartsAtAStage() throws IOException {
    Path copy = java.nio.file.Files.createTempDirectory("wirescope-from");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(out)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(out.relativize(f).toString());
        if (java.nio.file.Files.isDirectory(f)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path articlesDir = copy.resolve("articles");
    java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(articlesDir);
    CliRunner.Run restart = CliRunner.run("pipeline", "--output", copy.toString(), "--from", "quotes", "--grain", "week");
    assertEquals(0, restart.exitCode(), restart.err());
    assertTrue(restart.out().contains("stages [quotes, report]"), restart.out());
    var spark = org.wirescope.SparkTestSession.get();
    assertEquals(java.util.List.of("week"), spark.read().parquet(copy.resolve("quote_counts").toString())
        .select("grain").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(java.util.List.of("month"), spark.read().parquet(copy.resolve("topic_trends").toString())
        .select("grain").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList(),
        "topics did not run again");
    assertEquals(before, java.nio.file.Files.getLastModifiedTime(articlesDir), "articles were not rewritten");
  }

  /** A stage whose input tables are missing fails before doing anything, and says what to run. */
  @Test
  void stagesWithoutTheirInputsFailUpFront() throws IOException {
    Path empty = java.nio.file.Files.createTempDirectory("wirescope-stages");
    CliRunner.Run r = CliRunner.run("pipeline", "--output", empty.toString(), "--stages", "topics,quotes");
    assertEquals(1, r.exitCode(), r.out());
    assertTrue(r.err().contains("stage topics needs the table articles") && r.err().contains("--from ingest"), r.err());
    try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(empty)) {
      assertEquals(java.util.List.of(), left.filter(f -> !f.getFileName().toString().startsWith("_")).toList());
    }
    CliRunner.Run both = CliRunner.run("pipeline", "--output", empty.toString(), "--stages", "topics", "--from", "topics");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("--stages or --from"), both.err());
  }
}
