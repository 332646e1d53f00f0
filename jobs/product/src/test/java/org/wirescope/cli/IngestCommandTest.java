package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.SeedArticle;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/** End-to-end: the real CLI on the real TASS files, checked through the published tables. */
@Tag("e2e")
class IngestCommandTest {
  @TempDir Path out;

  static Dataset<Row> articles(Path out) {
    return SparkTestSession.get()
        .read()
        .schema(Articles.SCHEMA)
        .parquet(out.resolve("articles").toString());
  }

  static Dataset<Row> rejects(Path out) {
    return SparkTestSession.get()
        .read()
        .schema(Rejects.SCHEMA)
        .parquet(out.resolve("rejects").toString());
  }

  @Test
  void tassFilesInAllFourForms() throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            "ingest",
            "--input",
            Corpora.path("tass").toString(),
            "--default-year",
            "2017",
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Dataset<Row> a = articles(out);
    // 1 text page + 20 JSON + the same 20 as CSV + 1 NewsML item; the CSV copies share urls.
    assertEquals(42, a.count());
    assertEquals(20, a.filter(col(Articles.DUPLICATE_OF).isNotNull()).count());
    assertEquals(0, rejects(out).count());

    Row seed = a.filter(col(Articles.SOURCE_FILE).endsWith(SeedArticle.FILE)).first();
    assertEquals(
        Timestamp.from(SeedArticle.PUBLISHED), seed.<Timestamp>getAs(Articles.PUBLISHED_AT));
    assertEquals(SeedArticle.DATELINE, seed.<String>getAs(Articles.DATELINE));
    assertEquals(SeedArticle.PERSONS, seed.getList(seed.fieldIndex(Articles.PERSONS)));
    assertEquals(2017, seed.<Integer>getAs(Articles.YEAR));
    assertEquals(11, seed.<Integer>getAs(Articles.MONTH));

    // Scraper JSON: naive times are Moscow time for tass.com, section from the url path.
    Row json =
        a.filter(
                col(Articles.URL)
                    .equalTo("https://tass.com/politics/1894093")
                    .and(col(Articles.SOURCE_FILE).endsWith(".json")))
            .first();
    assertEquals(
        Timestamp.from(Instant.parse("2024-12-26T18:09:18Z")), json.getAs(Articles.PUBLISHED_AT));
    assertEquals("Europe/Moscow", json.getAs(Articles.SOURCE_TZ));
    assertEquals("politics", json.getAs(Articles.SECTION));
    assertEquals("TASS", json.getAs(Articles.SOURCE));
    assertEquals("IGORA /Leningrad Region/", json.getAs(Articles.DATELINE));
    String body = json.getAs(Articles.BODY);
    assertTrue(body.startsWith("Russia could use Oreshnik again"), body);

    // Its CSV twin has the same url and time: one of the two is kept, the other points at it.
    Row csv =
        a.filter(
                col(Articles.URL)
                    .equalTo("https://tass.com/politics/1894093")
                    .and(col(Articles.SOURCE_FILE).endsWith(".csv")))
            .first();
    assertEquals(
        json.<Timestamp>getAs(Articles.PUBLISHED_AT), csv.<Timestamp>getAs(Articles.PUBLISHED_AT));
    String jsonDup = json.getAs(Articles.DUPLICATE_OF);
    String csvDup = csv.getAs(Articles.DUPLICATE_OF);
    assertTrue((jsonDup == null) != (csvDup == null), "exactly one twin is kept");
    assertEquals(
        jsonDup == null
            ? json.<String>getAs(Articles.ARTICLE_ID)
            : csv.<String>getAs(Articles.ARTICLE_ID),
        jsonDup == null ? csvDup : jsonDup);

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    JsonNode ingest = manifest.path("stages").path("ingest");
    assertEquals(42, ingest.path("articles").asInt());
    assertEquals(20, ingest.path("duplicates").asInt());
    assertEquals(4, ingest.path("files").asInt());
    assertEquals(1, ingest.path("files_by_reader").path("newsml").asInt());
    assertFalse(manifest.path("versions").path("spark").asText().isEmpty());
    assertFalse(Files.exists(out.resolve("_staging")), "staging is cleaned up");
  }

  @Test
  void rerunGivesTheSameRows() {
    String tass = Corpora.path("tass").toString();
    assertEquals(
        0,
        CliRunner.run(
                "ingest", "--input", tass, "--default-year", "2017", "--output", out.toString())
            .exitCode());
    List<Row> first = articles(out).orderBy(Articles.ARTICLE_ID).collectAsList();
    assertEquals(
        0,
        CliRunner.run(
                "ingest", "--input", tass, "--default-year", "2017", "--output", out.toString())
            .exitCode());
    List<Row> second = articles(out).orderBy(Articles.ARTICLE_ID).collectAsList();
    assertEquals(first, second);
  }

  /**
   * On the ingest of the 22 SGML files by glob that the other Reuters tests share (SharedOutputs).
   */
  @Test
  @Tag("corpus")
  void reutersCorpusEveryRecordAccountedForAndDatedInUtc() throws IOException {
    Path dir = Corpora.path("reuters21578");
    Path out = SharedOutputs.reutersIngested();
    Dataset<Row> a = articles(out);
    long articles = a.count();
    long rejects = rejects(out).count();
    assertEquals(21_578, articles + rejects);

    // Every DATE that parses, read here independently of Wirescope, gives the same UTC instant.
    Map<String, Instant> expected = ReutersDates.fromSgml(dir);
    Map<String, Instant> actual = new HashMap<>();
    for (Row r : a.select(Articles.SOURCE_RECORD, Articles.PUBLISHED_AT).collectAsList()) {
      Timestamp t = r.getTimestamp(1);
      actual.put(r.getString(0), t == null ? null : t.toInstant());
    }
    // Two records cannot be articles: NEWID 17192's DATE has hour 605, and NEWID 12793 is an
    // UNPROC record with no text at all.
    Map<String, String> rejected = new HashMap<>();
    for (Row r : rejects(out).collectAsList()) {
      rejected.put(r.getAs(Rejects.SOURCE_RECORD), r.getAs(Rejects.REASON));
    }
    assertEquals(Map.of("17192", Rejects.IMPOSSIBLE_DATE, "12793", Rejects.NO_CONTENT), rejected);
    assertTrue(expected.size() > 21_500, "expected dates: " + expected.size());
    for (Map.Entry<String, Instant> e : expected.entrySet()) {
      if (!rejected.containsKey(e.getKey())) {
        assertEquals(e.getValue(), actual.get(e.getKey()), "NEWID " + e.getKey());
      }
    }
    assertEquals(articles, actual.size());
  }

  @Test
  @Tag("corpus")
  void reutersFolderAsDistributedReadsOnlyItsArticles() throws IOException {
    Path dir = Corpora.path("reuters21578");
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", dir.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(21_576, articles(out).count());
    assertEquals(2, rejects(out).count());

    JsonNode ingest =
        new ObjectMapper()
            .readTree(out.resolve("_manifest.json").toFile())
            .path("stages")
            .path("ingest");
    assertEquals(21_578, ingest.path("records").asInt());
    assertEquals(22, ingest.path("files").asInt());
    Map<String, String> skipped = new HashMap<>();
    ingest
        .path("skipped_files")
        .fields()
        .forEachRemaining(
            e ->
                skipped.put(
                    e.getKey().substring(e.getKey().lastIndexOf('/') + 1), e.getValue().asText()));
    String beside = "beside 22 reuters files; name it in --input or pass --format text to read it";
    Map<String, String> expected = new HashMap<>();
    for (String txt :
        List.of(
            "all-exchanges-strings.lc.txt",
            "all-orgs-strings.lc.txt",
            "all-people-strings.lc.txt",
            "all-places-strings.lc.txt",
            "all-topics-strings.lc.txt",
            "cat-descriptions_120396.txt",
            "feldman-cia-worldfactbook-data.txt")) {
      expected.put(txt, beside);
    }
    expected.put("README.txt", "documentation, not an article");
    expected.put("PROVENANCE.md", "documentation, not an article");
    expected.put("lewis.dtd", "unknown extension");
    assertEquals(expected, skipped);
  }

  @Test
  @Tag("corpus")
  void polnearTextWithMetadata() throws IOException {
    Path data = Corpora.path("polnear-dev/data");
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", data.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    long txt;
    try (var files = Files.walk(data)) {
      txt = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    Dataset<Row> a = articles(out);
    assertEquals(txt, a.count());
    assertEquals(0, rejects(out).count());
    assertEquals(
        0,
        a.filter(col(Articles.PUBLISHED_AT).isNull()).count(),
        "metadata.tsv dates every article");
    Row r =
        a.filter(
                col(Articles.SOURCE_FILE)
                    .endsWith("breitbart_2016-09-12_stealth-over-health-hillary-clin.txt"))
            .first();
    assertEquals("breitbart", r.getAs(Articles.SOURCE));
    assertEquals(
        Timestamp.from(Instant.parse("2016-09-12T00:00:00Z")), r.getAs(Articles.PUBLISHED_AT));
    assertTrue(r.<String>getAs(Articles.TITLE).startsWith("Stealth Over Health"));
    assertNotNull(r.getAs(Articles.BODY));
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", "x", "--format", "docx", "--output", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown format 'docx'"), run.err());
  }

  @Test
  void missingInputFailsWithOneLine() {
    CliRunner.Run run =
        CliRunner.run(
            "ingest", "--input", out.resolve("nope").toString(), "--output", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("input not found"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }
}
