package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/**
 * Each kind of bad input ends as a reject row with its reason, or as an article whose repair is
 * counted, and the job still exits 0. Fixture: one folder, one file per failure.
 */
class BadInputTest {
  @TempDir static Path in;

  /** A well-formed TASS page; its date line carries no year. */
  static String page(String title, String name) {
    return title
        + "\n\nWorld\nMay 4, 12:00 UTC+3 MOSCOW\n\nA lead.\n\nMOSCOW, May 4. /TASS/. "
        + name
        + " spoke to reporters on Thursday about the harvest.\n\nTopics\nHarvest\nPersons\n"
        + name
        + "\n";
  }

  @BeforeAll
  static void writeFixtures() throws IOException {
    Path dir = Files.createDirectories(in.resolve("2023"));
    // Binary: an image-like header with NUL bytes.
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Files.write(dir.resolve("binary.txt"), binary);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    // A gzip cut in half.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(page("Truncated story", "Anna Petrova").repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
    // Invalid UTF-8: a lone continuation byte and a truncated sequence inside otherwise UTF-8 text.
    byte[] good = page("Stray bytes story", "Ivan Sidorov").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.write(good, 0, 40);
    bad.write(new byte[] {(byte) 0x80, (byte) 0xC3});
    bad.write(good, 40, good.length - 40);
    Files.write(dir.resolve("invalid-utf8.txt"), bad.toByteArray());
    // Latin-1: the whole file in ISO-8859-1.
    Files.write(
        dir.resolve("latin1.txt"),
        page("Latin-1 story", "Karl M\u00fcller").getBytes(StandardCharsets.ISO_8859_1));
    // A 20 MB body.
    Files.writeString(
        dir.resolve("huge.txt"), page("Huge story", "Olga Ivanova") + "word ".repeat(4_200_000));
    // NewsML with an external entity that must not be resolved.
    Files.writeString(
        dir.resolve("xxe.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE NewsML [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<NewsML><NewsItem><NewsManagement><FirstCreated>20230504T120000</FirstCreated></NewsManagement>"
            + "<NewsComponent><NewsLines><HeadLine>Entity story</HeadLine></NewsLines>"
            + "<ContentItem><DataContent><nitf><body><body.content><p>Before &xxe; after.</p>"
            + "</body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>\n");
    // A TASS page whose path holds no year, read without --default-year.
    Path undated = Files.createDirectories(in.resolve("undated"));
    Files.writeString(undated.resolve("tass-page.txt"), page("Yearless story", "Petr Orlov"));
  }

  @Test
  void everyBadFileIsRejectedOrRepairedAndTheJobSucceeds(@TempDir Path out) throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            "ingest",
            "--input",
            in.toString(),
            "--max-reject-fraction",
            "1",
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());

    Map<String, String> reasons = new HashMap<>();
    for (Row r : IngestCommandTest.rejects(out).collectAsList()) {
      String file = r.<String>getAs(Rejects.SOURCE_FILE);
      reasons.put(file.substring(file.lastIndexOf('/') + 1), r.getAs(Rejects.REASON));
      String excerpt = r.getAs(Rejects.EXCERPT);
      assertTrue(excerpt == null || excerpt.getBytes(StandardCharsets.UTF_8).length <= 1024, file);
    }
    assertEquals(
        Map.of(
            "binary.txt", Rejects.BINARY,
            "empty.txt", Rejects.EMPTY,
            "truncated.txt.gz", Rejects.CORRUPT_COMPRESSION,
            "huge.txt", Rejects.TOO_LARGE,
            "tass-page.txt", Rejects.NO_YEAR),
        reasons);

    List<Row> articles = IngestCommandTest.articles(out).orderBy(Articles.TITLE).collectAsList();
    assertEquals(
        List.of("Entity story", "Latin-1 story", "Stray bytes story"),
        articles.stream().map(r -> r.<String>getAs(Articles.TITLE)).toList());
    for (Row r : articles) {
      assertFalse(r.getList(r.fieldIndex(Articles.REPAIRS)).isEmpty(), "repair recorded: " + r);
    }
    Row latin = articles.get(1);
    assertTrue(latin.<String>getAs(Articles.BODY).contains("Karl M\u00fcller"));
    Row entity = articles.get(0);
    assertFalse(entity.<String>getAs(Articles.BODY).contains("root:"), "entity not resolved");

    var manifest =
        new ObjectMapper()
            .readTree(out.resolve("_manifest.json").toFile())
            .path("stages")
            .path("ingest");
    assertEquals(3, manifest.path("repaired").asInt());
    assertEquals(5, manifest.path("rejects").asInt());
    assertEquals(1, manifest.path("rejects_by_reason").path(Rejects.NO_YEAR).asInt());
  }

  @Test
  void tooManyRejectsFailTheRunAndPublishNothing(@TempDir Path out) {
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", in.toString(), "--output", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("over --max-reject-fraction 0.50"), run.err());
    assertTrue(run.err().contains("1 date has no year"), run.err());
    assertFalse(Files.exists(out.resolve("articles")));
  }

  @Test
  void defaultYearRescuesTheYearlessPage(@TempDir Path out) {
    CliRunner.Run run =
        CliRunner.run(
            "ingest",
            "--input",
            in.resolve("undated").toString(),
            "--default-year",
            "2022",
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Row r =
        IngestCommandTest.articles(out)
            .filter(col(Articles.TITLE).equalTo("Yearless story"))
            .first();
    assertEquals(
        java.sql.Timestamp.from(java.time.Instant.parse("2022-05-04T09:00:00Z")),
        r.getAs(Articles.PUBLISHED_AT));
  }
}
