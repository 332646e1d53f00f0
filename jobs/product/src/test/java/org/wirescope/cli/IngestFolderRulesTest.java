package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/**
 * With {@code --format auto}, plain-text files beside structured files are not taken for articles;
 * TASS pages and text folders are. Fixture: three folders under one root, each with its invariant
 * in a comment.
 */
class IngestFolderRulesTest {
  static final String BESIDE_FEED =
      "beside 1 json file; name it in --input or pass --format text to read it";

  @TempDir static Path in;

  @BeforeAll
  static void writeFixtures() throws IOException {
    // feed/: a JSON Lines feed of two articles and a word list beside it (skipped).
    write(
        "feed/wire.jsonl",
        "{\"title\": \"Grain talks resume\", \"body\": \"Talks on grain exports resumed on Monday.\","
            + " \"published_at\": \"2023-05-04T10:00:00Z\"}\n"
            + "{\"title\": \"Port reopens\", \"body\": \"The port reopened after repairs.\","
            + " \"published_at\": \"2023-05-05T10:00:00Z\"}\n");
    write("feed/stopwords.txt", "the\nand\nof\nto\nin\n");
    // ... and an empty one, which is rejected for what it is rather than skipped.
    write("feed/lost.txt", "");
    // tass/: two TASS pages beside a feed of one article; all three are read.
    write("tass/tass-2023-05-04-a.txt", BadInputTest.page("Harvest on track", "Anna Petrova"));
    write("tass/tass-2023-05-06-b.txt", BadInputTest.page("Harvest ahead of plan", "Ivan Sidorov"));
    write(
        "tass/extra.jsonl",
        "{\"title\": \"Rail link opens\", \"body\": \"The new rail link opened.\","
            + " \"published_at\": \"2023-05-06T10:00:00Z\"}\n");
    // plain/: text articles and nothing structured; both are read.
    write(
        "plain/one.txt", "Bridge repairs finished\n\nThe bridge reopened to traffic on Friday.\n");
    write("plain/two.txt", "School year starts early\n\nClasses begin a week earlier this year.\n");
  }

  static void write(String rel, String text) throws IOException {
    Path p = in.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  static JsonNode ingestEntry(Path out) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("_manifest.json").toFile())
        .path("stages")
        .path("ingest");
  }

  static List<String> titles(Path out) {
    return IngestCommandTest.articles(out).orderBy(Articles.TITLE).collectAsList().stream()
        .map(r -> r.<String>getAs(Articles.TITLE))
        .toList();
  }

  @Test
  void autoSkipsTheWordListAndReadsTassPagesAndTextFolders(@TempDir Path out) throws IOException {
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", in.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "Bridge repairs finished",
            "Grain talks resume",
            "Harvest ahead of plan",
            "Harvest on track",
            "Port reopens",
            "Rail link opens",
            "School year starts early"),
        titles(out));

    assertEquals(
        List.of("lost.txt empty file"),
        IngestCommandTest.rejects(out).collectAsList().stream()
            .map(
                r ->
                    r.<String>getAs(Rejects.SOURCE_FILE).replaceFirst(".*/", "")
                        + " "
                        + r.getAs(Rejects.REASON))
            .toList());

    JsonNode ingest = ingestEntry(out);
    assertEquals(8, ingest.path("records").asInt());
    assertEquals(7, ingest.path("files").asInt());
    Map<String, Integer> byReader = new TreeMap<>();
    ingest
        .path("files_by_reader")
        .fields()
        .forEachRemaining(e -> byReader.put(e.getKey(), e.getValue().asInt()));
    assertEquals(Map.of("jsonl", 2, "tass", 2, "text", 3), byReader);
    Map<String, String> skipped = new TreeMap<>();
    ingest
        .path("skipped_files")
        .fields()
        .forEachRemaining(e -> skipped.put(e.getKey(), e.getValue().asText()));
    assertEquals(
        Map.of(
            in.resolve("feed/stopwords.txt").toUri().toString().replaceFirst("^file:///", "file:/"),
            BESIDE_FEED),
        skipped);
  }

  @Test
  void formatTextReadsTheWordList(@TempDir Path out) throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            "ingest",
            "--input",
            in.resolve("feed").toString(),
            "--format",
            "text",
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<Row> rows = IngestCommandTest.articles(out).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("the", rows.get(0).getAs(Articles.TITLE));
    assertEquals(1, IngestCommandTest.rejects(out).count());
    assertTrue(ingestEntry(out).path("skipped_files").toString().contains("not a text file name"));
  }

  @Test
  void aWordListNamedOnTheCommandLineIsRead(@TempDir Path out) throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            "ingest",
            "--input",
            in.resolve("feed").toString(),
            "--input",
            in.resolve("feed/stopwords.txt").toString(),
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Grain talks resume", "Port reopens", "the"), titles(out));
    assertEquals(0, ingestEntry(out).path("skipped_files").size());
  }
}
