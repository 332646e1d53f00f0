package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SeedArticle;
import org.wirescope.tables.Rejects;

class TassTextReaderTest {
  @TempDir Path tmp;

  static List<IngestRecord> read(Path file, Format format, ReadOptions options) throws IOException {
    SourceFile f =
        new SourceFile(file.toUri().toString(), file.getFileName().toString(), Files.size(file));
    List<IngestRecord> out = new ArrayList<>();
    Readers.read(f, format, options, new Configuration()).forEachRemaining(out::add);
    return out;
  }

  /** A synthetic page in the TASS form, with the date line given. */
  static String page(String dateLine) {
    return "Minister meets envoys\n\nWorld\n"
        + dateLine
        + "\n\nThe minister met three envoys.\n\n"
        + "KAZAN, March 3. /TASS/. Foreign Minister Sergey Lavrov met the envoys on Monday. "
        + "\"We talked for an hour,\" Lavrov said.\n\nTopics\nDiplomacy\nPersons\nSergey Lavrov\n";
  }

  @Test
  void seedArticleGivesItsGoldFacts() throws IOException {
    List<IngestRecord> out =
        read(SeedArticle.path(), Format.TASS, ReadOptions.defaults().withDefaultYear(2017));
    assertEquals(1, out.size());
    IngestRecord r = out.get(0);
    assertNull(r.rejectReason, r.rejectDetail);
    assertEquals(SeedArticle.PUBLISHED, r.publishedAt);
    assertEquals("+03:00", r.sourceTz);
    assertEquals("Russian Politics & Diplomacy", r.section);
    assertEquals(SeedArticle.DATELINE, r.dateline);
    assertEquals(List.of("Russia-US cyber scandal"), r.topics);
    assertEquals(SeedArticle.PERSONS, r.persons);
    assertEquals("TASS", r.source);
    assertTrue(r.title.startsWith("Putin refuses to understand"), r.title);
    assertTrue(r.lead.startsWith("The Russian president"), r.lead);
    assertTrue(r.body.startsWith("Russia\u2019s President Vladimir Putin"), r.body);
    assertFalse(r.body.contains("/TASS/"));
    assertFalse(r.body.contains("Topics"));
    assertEquals("en", r.language);
    assertEquals(16, r.articleId.length());
  }

  @Test
  void yearComesFromThePathWhenNotGiven() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("2024"));
    Path f = Files.writeString(dir.resolve("page.txt"), page("March 3, 10:00 UTC+3 KAZAN"));
    IngestRecord r = read(f, Format.TASS, ReadOptions.defaults()).get(0);
    assertEquals(Instant.parse("2024-03-03T07:00:00Z"), r.publishedAt);
    assertEquals("KAZAN", r.dateline);
    assertEquals(List.of("Sergey Lavrov"), r.persons);
  }

  @Test
  void yearlessPageWithoutDefaultYearIsRejectedNotGuessed() throws IOException {
    Path f = Files.writeString(tmp.resolve("page.txt"), page("March 3, 10:00 UTC+3 KAZAN"));
    IngestRecord r = read(f, Format.TASS, ReadOptions.defaults()).get(0);
    assertEquals(Rejects.NO_YEAR, r.rejectReason);
    assertTrue(r.rejectDetail.contains("--default-year"), r.rejectDetail);
    assertTrue(r.excerpt.startsWith("Minister meets envoys"));
  }

  @Test
  void impossibleDayIsRejected() throws IOException {
    Path f = Files.writeString(tmp.resolve("page.txt"), page("February 30, 10:00 UTC+3 KAZAN"));
    IngestRecord r = read(f, Format.TASS, ReadOptions.defaults().withDefaultYear(2023)).get(0);
    assertEquals(Rejects.IMPOSSIBLE_DATE, r.rejectReason);
  }

  @Test
  void fullDateInPathPicksTheNearestYear() {
    // A New Year's Eve story saved in a file dated the next day belongs to the old year.
    assertEquals(2017, TassTextReader.yearFromPath("/x/tass-2018-01-01.txt", 12, 31));
    assertEquals(2018, TassTextReader.yearFromPath("/x/tass-2018-01-01.txt", 1, 1));
    assertEquals(2019, TassTextReader.yearFromPath("/2019/may/x.txt", 5, 2));
    assertNull(TassTextReader.yearFromPath("/x/y/page.txt", 5, 2));
    // Only the path below the input root and the root's own name count.
    assertEquals(
        "corpus/page.txt",
        TassTextReader.nearPath("/home/ann/2024-projects/corpus/page.txt", "page.txt"));
    assertEquals(
        "tass-2017/a/page.txt",
        TassTextReader.nearPath("/data/tass-2017/a/page.txt", "a/page.txt"));
  }

  @Test
  void personsLineIsCutIntoNamesFoundInTheText() {
    String text = "Recep Tayyip Erdogan met Vladimir Putin and Ursula von der Leyen.";
    assertEquals(
        List.of("Recep Tayyip Erdogan", "Vladimir Putin", "Ursula von der Leyen"),
        TassTextReader.splitPersons(
            List.of("Recep Tayyip Erdogan Vladimir Putin Ursula von der Leyen"), text));
    // Names absent from the text fall back to pairs of words.
    assertEquals(
        List.of("Anna Smith", "John Doe"),
        TassTextReader.splitPersons(List.of("Anna Smith John Doe"), "nobody here"));
  }

  @Test
  void naiveTimeIsMoscowTimeForTass() throws IOException {
    Path f =
        Files.write(
            tmp.resolve("tass-2021-06-01.txt"),
            page("June 1, 09:15 KAZAN").getBytes(StandardCharsets.UTF_8));
    IngestRecord r = read(f, Format.TASS, ReadOptions.defaults()).get(0);
    assertEquals(Instant.parse("2021-06-01T06:15:00Z"), r.publishedAt);
    assertEquals("Europe/Moscow", r.sourceTz);
  }
}
