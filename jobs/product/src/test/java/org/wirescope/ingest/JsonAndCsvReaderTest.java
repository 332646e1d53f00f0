package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.tables.Rejects;

class JsonAndCsvReaderTest {
  @TempDir Path tmp;

  static List<IngestRecord> read(Path f, Format format, ReadOptions o) throws IOException {
    return TassTextReaderTest.read(f, format, o);
  }

  @Test
  void tassScraperJsonWorksOutOfTheBox() throws IOException {
    List<IngestRecord> out =
        read(
            Corpora.path("tass/tass-politics-2024-12-26.json"),
            Format.JSON,
            ReadOptions.defaults());
    assertEquals(20, out.size());
    assertTrue(out.stream().noneMatch(IngestRecord::isReject));
    IngestRecord first = out.get(0);
    assertEquals("1", first.sourceRecord);
    assertEquals("TASS", first.source);
    assertEquals("politics", first.section);
    assertEquals(Instant.parse("2024-12-26T18:09:18Z"), first.publishedAt);
    assertEquals("Europe/Moscow", first.sourceTz);
    assertTrue(first.lead.startsWith("Russia could use Oreshnik"), first.lead);
    // The lead is not repeated at the top of the body, and the dateline is cut off.
    assertTrue(
        first.body.startsWith(
            "Russia could use Oreshnik again if need be, but the country is seeking"
                + " to end the conflict in Ukraine, Russian President"),
        first.body);
    assertTrue(first.body.contains("\n\n"), "paragraphs kept");
    assertEquals(
        5,
        out.stream().map(r -> r.section).distinct().count(),
        "politics, world, economy, society, emergencies");
  }

  @Test
  void tassCsvMatchesTheJson() throws IOException {
    List<IngestRecord> json =
        read(
            Corpora.path("tass/tass-politics-2024-12-26.json"),
            Format.JSON,
            ReadOptions.defaults());
    List<IngestRecord> csv =
        read(Corpora.path("tass/tass-politics-2024-12-26.csv"), Format.CSV, ReadOptions.defaults());
    assertEquals(20, csv.size());
    for (int i = 0; i < 20; i++) {
      assertEquals(json.get(i).url, csv.get(i).url);
      assertEquals(json.get(i).title, csv.get(i).title);
      assertEquals(json.get(i).publishedAt, csv.get(i).publishedAt);
      assertEquals(json.get(i).dateline, csv.get(i).dateline);
    }
  }

  @Test
  void fieldMappingAndJsonLinesWithABadLine() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("feed.jsonl"),
            String.join(
                "\n",
                "{\"headline\": \"One\", \"story\": \"First body.\", \"meta\": {\"when\": \"2021-03-04T05:06:07+02:00\"}}",
                "{not json",
                "",
                "{\"headline\": \"Two\", \"story\": \"Second body.\", \"meta\": {\"when\": \"2021-03-05\"}, \"tags\": [\"a\", \"b\"]}",
                "{\"headline\": \"\", \"story\": \"\"}"));
    ReadOptions o =
        new ReadOptions(
            null,
            "Europe/Berlin",
            FieldMapping.parse(List.of("title=headline", "published_at=meta.when")),
            1 << 20,
            1 << 30,
            null,
            Map.of());
    List<IngestRecord> out = read(f, Format.JSONL, o);
    assertEquals(4, out.size());
    assertEquals("One", out.get(0).title);
    assertEquals("First body.", out.get(0).body);
    assertEquals(Instant.parse("2021-03-04T03:06:07Z"), out.get(0).publishedAt);
    assertEquals(Rejects.MALFORMED, out.get(1).rejectReason);
    assertEquals("2", out.get(1).sourceRecord);
    assertEquals(
        Instant.parse("2021-03-04T23:00:00Z"),
        out.get(2).publishedAt,
        "naive date in Europe/Berlin");
    assertEquals(List.of("a", "b"), out.get(2).topics);
    assertEquals(Rejects.NO_CONTENT, out.get(3).rejectReason);
  }

  @Test
  void csvWithMultiLineFieldsAndAnImpossibleDate() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("export.csv"),
            "title,body,date,topics\r\n"
                + "\"A, with comma\",\"Line one\nline \"\"two\"\"\",2020-01-02 03:04:05,x;y\r\n"
                + "B,Body,2020-02-30,\n"
                + "C,\"never closed,2020-01-01,\n");
    List<IngestRecord> out = read(f, Format.CSV, ReadOptions.defaults());
    assertEquals(3, out.size());
    assertEquals("A, with comma", out.get(0).title);
    assertEquals("Line one\nline \"two\"", out.get(0).body);
    assertEquals(List.of("x", "y"), out.get(0).topics);
    assertEquals(Instant.parse("2020-01-02T03:04:05Z"), out.get(0).publishedAt);
    assertEquals("UTC", out.get(0).sourceTz);
    assertEquals(Rejects.IMPOSSIBLE_DATE, out.get(1).rejectReason);
    assertEquals(Rejects.MALFORMED, out.get(2).rejectReason);
  }

  @Test
  void unknownFieldTargetIsRefusedWithTheKnownOnes() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> FieldMapping.parse(List.of("headline=title")));
    assertTrue(e.getMessage().contains("known: id, title"), e.getMessage());
  }

  @Test
  void plainArticleWithoutDateIsKeptUndated() throws IOException {
    Path f =
        Files.writeString(tmp.resolve("story.txt"), "Headline here\n\nBody text of the story.\n");
    IngestRecord r = read(f, Format.TEXT, ReadOptions.defaults()).get(0);
    assertNull(r.rejectReason);
    assertNull(r.publishedAt);
    assertEquals("Headline here", r.title);
    assertEquals("Body text of the story.", r.body);
  }
}
