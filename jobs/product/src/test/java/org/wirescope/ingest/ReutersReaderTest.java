package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.tables.Rejects;

/**
 * The Reuters-21578 reader on the real corpus. Expectations are computed here from the raw files
 * with plain string searches, never through the reader.
 */
class ReutersReaderTest {
  private static final Configuration CONF = new Configuration();
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Set<String> DATE_REASONS =
      Set.of(Rejects.UNPARSEABLE_DATE, Rejects.IMPOSSIBLE_DATE, Rejects.NO_YEAR);

  /** One raw {@code <REUTERS>} element as the test sees it, read as Latin-1. */
  record Raw(String file, String newId, String sgml) {}

  // The corpus as the test reads it (raw) and as the reader does (records), read once.
  private static List<Path> files;
  private static List<Raw> raw;
  private static List<IngestRecord> records;
  private static Map<String, IngestRecord> byNewId;

  /**
   * Reads the corpus once, for the tests that need it; skips them (not the tests on files written
   * here) when it is absent.
   */
  static synchronized void requireCorpus() throws IOException {
    if (records != null) {
      return;
    }
    Path dir = Corpora.path("reuters21578");
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm")).sorted().toList();
    }
    raw = new ArrayList<>();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String part : text.split("(?=<REUTERS )")) {
        if (part.startsWith("<REUTERS ")) {
          Matcher m = NEWID.matcher(part.substring(0, part.indexOf('>')));
          raw.add(new Raw(f.getFileName().toString(), m.find() ? m.group(1) : null, part));
        }
      }
    }

    long t0 = System.nanoTime();
    List<IngestRecord> read = new ArrayList<>();
    for (Path f : files) {
      Readers.read(source(f), Format.REUTERS, ReadOptions.defaults(), CONF)
          .forEachRemaining(read::add);
    }
    System.out.printf(
        "ReutersReaderTest: %,d records from %d files in %,d ms (reader + finisher)%n",
        read.size(), files.size(), (System.nanoTime() - t0) / 1_000_000);
    byNewId = new HashMap<>();
    for (IngestRecord r : read) {
      byNewId.put(r.sourceRecord, r);
    }
    records = read;
  }

  /** The suite shares one JVM with Spark: let the ~150 MB of corpus go. */
  @AfterAll
  static synchronized void releaseCorpus() {
    files = null;
    raw = null;
    records = null;
    byNewId = null;
  }

  static SourceFile source(Path p) throws IOException {
    return new SourceFile(p.toUri().toString(), p.getFileName().toString(), Files.size(p));
  }

  @Test
  @Tag("corpus")
  void everyRecordOfEveryFileComesBackOnce() throws IOException {
    requireCorpus();
    assertEquals(22, files.size());
    assertEquals(21_578, raw.size(), "the corpus documents 21,578 <REUTERS> elements");
    assertEquals(raw.size(), records.size());
    // Each NEWID once, and the same NEWIDs the files hold.
    assertEquals(raw.size(), byNewId.size());
    assertEquals(raw.stream().map(Raw::newId).collect(Collectors.toSet()), byNewId.keySet());
    for (IngestRecord r : records) {
      assertEquals("reuters", r.reader);
      if (!r.isReject()) {
        assertNotNull(r.articleId);
        assertEquals("Reuters", r.source);
        assertEquals("en", r.language);
        assertNull(r.url);
      }
    }
  }

  @Test
  @Tag("corpus")
  void firstArticle() throws IOException {
    requireCorpus();
    IngestRecord r = byNewId.get("1");
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("BAHIA COCOA REVIEW", r.title);
    assertEquals("SALVADOR", r.dateline);
    assertEquals(List.of("cocoa"), r.topics);
    assertEquals(List.of(), r.persons);
    assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), r.publishedAt);
    assertEquals("UTC", r.sourceTz);
    assertTrue(r.body.startsWith("Showers continued throughout the week in"), r.body);
    assertTrue(r.body.endsWith("carnival which ends midday on February 27."), r.body);
    assertEquals(List.of(), r.repairs);
  }

  @Test
  @Tag("corpus")
  void peopleTagsBecomePersons() throws IOException {
    requireCorpus();
    Pattern d = Pattern.compile("<D>([^<]*)</D>");
    int checked = 0;
    for (Raw x : raw) {
      int at = x.sgml().indexOf("<PEOPLE><D>");
      if (at < 0) {
        continue;
      }
      String people = x.sgml().substring(at, x.sgml().indexOf("</PEOPLE>", at));
      List<String> expected = new ArrayList<>();
      for (Matcher m = d.matcher(people); m.find(); ) {
        expected.add(m.group(1));
      }
      IngestRecord r = byNewId.get(x.newId());
      if (!r.isReject()) {
        assertEquals(expected, r.persons, "NEWID " + x.newId());
        checked++;
      }
    }
    assertTrue(checked > 1000, "records with PEOPLE: " + checked);
    assertTrue(records.stream().anyMatch(r -> r.persons.contains("james-baker")));
  }

  @Test
  @Tag("corpus")
  void impossibleDateIsRejectedNotGuessed() throws IOException {
    requireCorpus();
    List<Raw> bad =
        raw.stream()
            .filter(x -> x.sgml().contains("<DATE>31-MAR-1987 605:12:19.12</DATE>"))
            .toList();
    assertEquals(1, bad.size());
    assertEquals("reut2-017.sgm", bad.get(0).file());
    IngestRecord r = byNewId.get(bad.get(0).newId());
    assertTrue(r.isReject());
    assertTrue(DATE_REASONS.contains(r.rejectReason), r.rejectReason);
    assertTrue(r.rejectDetail.contains("605:12:19.12"), r.rejectDetail);
    assertTrue(r.excerpt.contains("NEWID=\"" + bad.get(0).newId() + "\""), r.excerpt);
  }

  @Test
  @Tag("corpus")
  void everyOtherDateIsRead() throws IOException {
    requireCorpus();
    // Some DATEs carry wire codes after the time, or an editor's note; the date itself is sound.
    Instant first = Instant.parse("1987-02-26T00:00:00Z");
    Instant last = Instant.parse("1987-10-21T00:00:00Z");
    for (IngestRecord r : records) {
      if (r.isReject()) {
        continue;
      }
      assertNotNull(r.publishedAt, r.sourceRecord);
      assertTrue(
          !r.publishedAt.isBefore(first) && r.publishedAt.isBefore(last),
          r.sourceRecord + " " + r.publishedAt);
    }
  }

  @Test
  @Tag("corpus")
  void theOnlyRejectsAreTheBadDateAndEmptyRecords() throws IOException {
    requireCorpus();
    for (IngestRecord r : records) {
      if (!r.isReject()) {
        continue;
      }
      String sgml =
          raw.stream()
              .filter(x -> x.newId().equals(r.sourceRecord))
              .findFirst()
              .orElseThrow()
              .sgml();
      if (DATE_REASONS.contains(r.rejectReason)) {
        assertTrue(sgml.contains("605:12"), r.sourceRecord + ": " + r.rejectDetail);
      } else {
        assertEquals(Rejects.NO_CONTENT, r.rejectReason, r.sourceRecord + ": " + r.rejectDetail);
        String text = sgml.substring(sgml.indexOf("<TEXT"), sgml.indexOf("</TEXT>"));
        assertFalse(
            text.replaceAll("&#\\d+;|<[^>]*>", "").chars().anyMatch(Character::isLetter), sgml);
      }
    }
  }

  @Test
  @Tag("corpus")
  void strayByteRepairsOnlyItsOwnRecord() throws IOException {
    requireCorpus();
    Path f =
        files.stream()
            .filter(p -> p.getFileName().toString().equals("reut2-017.sgm"))
            .findFirst()
            .orElseThrow();
    byte[] bytes = Files.readAllBytes(f);
    int at = -1;
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0xFF) == 0xFC) {
        assertEquals(-1, at, "a second 0xFC byte");
        at = i;
      }
    }
    assertTrue(at > 0);
    String before = new String(bytes, 0, at, StandardCharsets.ISO_8859_1);
    Matcher m = NEWID.matcher(before.substring(before.lastIndexOf("<REUTERS ")));
    assertTrue(m.find());
    IngestRecord r = byNewId.get(m.group(1));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals(1, r.repairs.size(), r.repairs.toString());
    assertTrue(r.repairs.get(0).startsWith("encoding: 1 bytes"), r.repairs.toString());
    assertTrue(r.body.contains("\u00FC"), "0xFC read as windows-1252 u-umlaut");
    long repaired = records.stream().filter(x -> !x.repairs.isEmpty()).count();
    assertEquals(1, repaired, "only the record holding the byte is repaired");
  }

  @Test
  @Tag("corpus")
  void briefRecordsHaveATitleOnly() throws IOException {
    requireCorpus();
    List<Raw> briefs =
        raw.stream().filter(x -> x.sgml().contains("<TEXT TYPE=\"BRIEF\">")).toList();
    assertEquals(1_798, briefs.size());
    for (Raw x : briefs) {
      IngestRecord r = byNewId.get(x.newId());
      assertFalse(r.isReject(), () -> x.newId() + ": " + r.rejectDetail);
      assertNotNull(r.title, x.newId());
      assertNull(r.body, x.newId());
    }
  }

  @Test
  @Tag("corpus")
  void unprocessedRecordsAreAllBody() throws IOException {
    requireCorpus();
    List<Raw> unproc =
        raw.stream().filter(x -> x.sgml().contains("<TEXT TYPE=\"UNPROC\">")).toList();
    assertEquals(737, unproc.size());
    int articles = 0;
    for (Raw x : unproc) {
      IngestRecord r = byNewId.get(x.newId());
      if (r.isReject()) {
        continue; // an empty one; see theOnlyRejectsAreTheBadDateAndEmptyRecords
      }
      articles++;
      assertNull(r.title, x.newId());
      assertNotNull(r.body, x.newId());
      // The body starts with the first words of the raw text after its start-of-text control.
      String text =
          x.sgml()
              .substring(x.sgml().indexOf("<TEXT TYPE=\"UNPROC\">") + 20)
              .replace("&#2;", "")
              .strip();
      String firstWord = text.split("\\s+")[0].replace("&lt;", "<").replace("&amp;", "&");
      assertTrue(r.body.startsWith(firstWord), x.newId() + ": " + firstWord + " / " + r.body);
    }
    assertTrue(articles >= 730, "UNPROC articles: " + articles);
    IngestRecord fed = byNewId.get(unproc.get(0).newId());
    assertTrue(fed.body.startsWith("FEDERAL RESERVE WEEKLY REPORT"), fed.body);
  }

  @Test
  @Tag("corpus")
  void noMarkupEntitiesOrControlsSurvive() throws IOException {
    requireCorpus();
    Pattern signOff = Pattern.compile("(?i)(?<![a-z])reuter\\W*$");
    for (IngestRecord r : records) {
      for (String s : new String[] {r.title, r.body, r.dateline}) {
        if (s == null) {
          continue;
        }
        assertFalse(
            s.contains("&#") || s.contains("&lt;") || s.contains("&amp;"),
            r.sourceRecord + ": " + s);
        assertFalse(
            s.contains("<BODY>") || s.contains("</TITLE>") || s.contains("<TEXT"),
            r.sourceRecord + ": " + s);
        assertTrue(
            s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
            r.sourceRecord + " holds a control character");
      }
      if (r.body != null) {
        assertFalse(
            signOff.matcher(r.body).find(), r.sourceRecord + " keeps its sign-off: " + r.body);
      }
    }
    // "<" came in as &lt; in thousands of records and must be back as a character.
    assertTrue(records.stream().filter(r -> r.body != null && r.body.contains("<")).count() > 1000);
  }

  @Test
  void entitiesDecodeAndControlsDrop() {
    assertEquals("a<b>&\"'c", ReutersReader.entities("a&lt;b&gt;&amp;&quot;&apos;c"));
    assertEquals("AB", ReutersReader.entities("&#2;A&#3;&#5;&#22;&#31;&#127;B&#1;"));
    assertEquals("x\ty\nz", ReutersReader.entities("x&#9;y&#10;z"));
    assertEquals("\u00E9A", ReutersReader.entities("&#233;&#x41;"));
    assertEquals("&lt; & &nbsp; &#zz; &", ReutersReader.entities("&amp;lt; & &nbsp; &#zz; &"));
  }

  @Test
  void signOffsAreStrippedButTheAgencyNamedInProseStays() {
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\n Reuter\n"));
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\nREUTER...\r\n"));
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\nREUTER\n Reuter\n"));
    assertEquals(
        "Gold futures remained idle.",
        ReutersReader.stripSignOff("Gold futures remained idle. REUTER"));
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\nREUTER11:43/VB"));
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\nREUTER TAW"));
    assertEquals("Text.", ReutersReader.stripSignOff("Text.\nREUTERS"));
    assertEquals(
        "the spokesman told Reuters.", ReutersReader.stripSignOff("the spokesman told Reuters.\n"));
    assertEquals("Reuterswerke said so.", ReutersReader.stripSignOff("Reuterswerke said so."));
    assertNull(ReutersReader.stripSignOff(" Reuter\n"));
  }

  @Test
  void inPlainTextOnlyASignOffAloneOnItsLineIsStripped() {
    assertEquals("Text.", ReutersReader.stripSignOffLine("Text.\n REUTER\n"));
    assertEquals("Text.", ReutersReader.stripSignOffLine("Text.\nREUTER\n Reuter\n"));
    assertEquals(
        "Gold futures remained idle. REUTER",
        ReutersReader.stripSignOffLine("Gold futures remained idle. REUTER"));
    assertEquals(
        "said chairman Edzard Reuter.",
        ReutersReader.stripSignOffLine("said chairman Edzard Reuter.\n"));
    assertNull(ReutersReader.stripSignOffLine(null));
  }

  private static final String RECORD =
      """
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="%d">
      <DATE> 2-MAR-1987 10:00:00.00</DATE>
      <TOPICS><D>grain</D></TOPICS>
      <PEOPLE></PEOPLE>
      <TEXT>&#2;
      <TITLE>TEST RECORD %d &amp; MORE</TITLE>
      <DATELINE>    LONDON, March 2 - </DATELINE><BODY>Written by the test, not taken from the corpus.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      """;

  @Test
  void truncatedFileEndsWithAMalformedReject(@TempDir Path dir) throws IOException {
    String whole = RECORD.formatted(1, 1) + RECORD.formatted(2, 2) + RECORD.formatted(3, 3);
    Path f = dir.resolve("reut2-999.sgm");
    Files.writeString(
        f,
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" + whole.substring(0, whole.length() - 60),
        StandardCharsets.US_ASCII);
    List<IngestRecord> out = new ArrayList<>();
    Readers.read(source(f), Format.REUTERS, ReadOptions.defaults(), CONF)
        .forEachRemaining(out::add);
    assertEquals(3, out.size());
    assertEquals("TEST RECORD 1 & MORE", out.get(0).title);
    assertEquals("LONDON", out.get(0).dateline);
    assertEquals(Instant.parse("1987-03-02T10:00:00Z"), out.get(0).publishedAt);
    assertEquals("Written by the test, not taken from the corpus.", out.get(1).body);
    IngestRecord last = out.get(2);
    assertTrue(last.isReject());
    assertEquals(Rejects.MALFORMED, last.rejectReason);
    assertEquals("3", last.sourceRecord);
    assertTrue(last.rejectDetail.contains("</REUTERS>"), last.rejectDetail);
  }

  @Test
  void sizeLimits(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("reut2-998.sgm");
    String big =
        RECORD
            .formatted(2, 2)
            .replace("Written by the test", "Written ".repeat(500) + "by the test");
    Files.writeString(
        f, RECORD.formatted(1, 1) + big + RECORD.formatted(3, 3), StandardCharsets.US_ASCII);
    ReadOptions recordLimit =
        new ReadOptions(null, null, Map.of(), 2_000, 1L << 20, null, Map.of());
    List<IngestRecord> out = new ArrayList<>();
    Readers.read(source(f), Format.REUTERS, recordLimit, CONF).forEachRemaining(out::add);
    assertEquals(3, out.size());
    assertFalse(out.get(0).isReject());
    assertEquals(Rejects.TOO_LARGE, out.get(1).rejectReason);
    assertEquals("2", out.get(1).sourceRecord);
    assertFalse(out.get(2).isReject());

    ReadOptions fileLimit = new ReadOptions(null, null, Map.of(), 1L << 20, 2_000, null, Map.of());
    Iterator<IngestRecord> it = Readers.read(source(f), Format.REUTERS, fileLimit, CONF);
    IngestRecord whole = it.next();
    assertFalse(it.hasNext());
    assertEquals(Rejects.TOO_LARGE, whole.rejectReason);
  }
}
