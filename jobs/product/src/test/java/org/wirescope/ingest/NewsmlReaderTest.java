package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.tables.Rejects;

/** The NewsML/NITF reader: the real TASS item, and hostile or odd documents written by the test. */
class NewsmlReaderTest {
  private static final Configuration CONF = new Configuration();

  @TempDir Path dir;

  static List<IngestRecord> read(Path p) throws IOException {
    List<IngestRecord> out = new ArrayList<>();
    SourceFile file =
        new SourceFile(p.toUri().toString(), p.getFileName().toString(), Files.size(p));
    Readers.read(file, Format.NEWSML, ReadOptions.defaults(), CONF).forEachRemaining(out::add);
    return out;
  }

  private Path write(String name, String xml) throws IOException {
    return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
  }

  private static IngestRecord only(List<IngestRecord> out) {
    assertEquals(
        1,
        out.size(),
        () -> out.stream().map(r -> r.rejectReason + " " + r.rejectDetail).toList().toString());
    return out.get(0);
  }

  @Test
  void tassItem() throws IOException {
    Path p = Corpora.path("tass/tass-newsml-2019-01-21.xml");
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    IngestRecord r = only(read(p));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("Kremlin has 'negative reaction' to upcoming EU sanctions", r.title);
    assertEquals("TASS", r.source);
    assertEquals("MOSCOW", r.dateline);
    // FirstCreated 20190121T102708 has no zone: TASS writes Moscow time, UTC+3 in 2019.
    assertTrue(raw.contains("<FirstCreated>20190121T102708</FirstCreated>"));
    assertEquals(Instant.parse("2019-01-21T07:27:08Z"), r.publishedAt);
    assertEquals("Europe/Moscow", r.sourceTz);
    assertEquals("en", r.language);
    assertEquals("Economy", r.section);
    assertEquals("16AAC34CE1C503AE4325838900396A95", r.sourceRecord);
    assertFalse(r.body.startsWith("MOSCOW"), r.body);
    assertTrue(r.body.startsWith("The Kremlin does not support"), r.body);
    assertTrue(r.body.contains("EU\u2019s"), r.body);
    assertFalse(r.body.contains("?s "), r.body);
    // Three <p> elements, three paragraphs.
    assertEquals(raw.split("<p>", -1).length - 1, r.body.split("\n\n").length);
    long mangled = Pattern.compile("\\p{L}\\?s\\b").matcher(raw).results().count();
    assertEquals(2, mangled, "EU?s and Russia?s");
    assertEquals(List.of("apostrophes: " + mangled + " restored"), r.repairs);
    assertTrue(r.articleId != null && r.wordCount > 100);
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path p =
        write(
            "xxe.xml",
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE NewsML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <NewsML><NewsItem>
        <NewsComponent Duid="X1"><NewsLines><HeadLine>Entity test</HeadLine></NewsLines>
        <ContentItem><DataContent><nitf><body><body.content>
        <p>LONDON, March 3 (Reuters) - Before &xxe; after.</p>
        </body.content></body></nitf></DataContent></ContentItem>
        </NewsComponent></NewsItem></NewsML>
        """);
    IngestRecord r = only(read(p));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("Entity test", r.title);
    assertEquals("LONDON", r.dateline);
    assertEquals("Before after.", r.body);
    assertFalse(r.body.contains("root:"));
    assertTrue(r.repairs.contains("external entity not resolved: xxe"), r.repairs.toString());
  }

  @Test
  void externalDtdAndParameterEntityAreNeverFetched() throws IOException {
    // Port 9 (discard) on this host: a fetch would fail the parse, so success proves no fetch.
    Path p =
        write(
            "dtd.xml",
            """
        <?xml version="1.0"?>
        <!DOCTYPE NewsML SYSTEM "http://127.0.0.1:9/NewsML_1.2.dtd" [
          <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
          %remote;
        ]>
        <NewsML><NewsItem><NewsComponent><HeadLine>DTD test</HeadLine>
        <ContentItem><DataContent><nitf><body><body.content><p>Text&mdash;with a dash.</p>
        </body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>
        """);
    IngestRecord r = only(read(p));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("Text\u2014with a dash.", r.body);
    assertTrue(r.repairs.contains("external entity not resolved: %remote"), r.repairs.toString());
  }

  @Test
  void entityBombStaysInert() throws IOException {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    Path p =
        write(
            "bomb.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [\n"
                + dtd
                + "]>\n"
                + "<nitf><body><body.head><hedline><hl1>Bomb</hl1></hedline></body.head>"
                + "<body.content><p>Start &lol9; end.</p></body.content></body></nitf>\n");
    // No stopwatch: an expanded bomb cannot end as "Start end." (nor fit in the heap).
    IngestRecord r = only(read(p));
    if (r.isReject()) {
      assertEquals(Rejects.MALFORMED, r.rejectReason);
    } else {
      // Not expanded: a billion "lol"s never reach memory, and the loss is on record.
      assertEquals("Start end.", r.body);
      assertTrue(r.repairs.contains("entity not expanded: lol9"), r.repairs.toString());
    }
  }

  @Test
  void malformedXmlIsRejectedWithTheParserMessage() throws IOException {
    Path p =
        write(
            "bad.xml",
            "<?xml version=\"1.0\"?>\n<NewsML><NewsItem><HeadLine>x</HeadLine>\n<p>open</NewsItem></NewsML>\n");
    IngestRecord r = only(read(p));
    assertTrue(r.isReject());
    assertEquals(Rejects.MALFORMED, r.rejectReason);
    assertTrue(r.rejectDetail.contains("line 3"), r.rejectDetail);
    assertTrue(r.rejectDetail.contains("must be terminated"), r.rejectDetail);
  }

  @Test
  void everyNewsItemWithTextIsAnArticle() throws IOException {
    String item =
        """
        <NewsItem>
        <Identification><NewsIdentifier><ProviderId>www.example.org</ProviderId></NewsIdentifier></Identification>
        <NewsManagement><FirstCreated>%s</FirstCreated></NewsManagement>
        <NewsComponent Duid="%s" xml:lang="de"><NewsLines><HeadLine>%s</HeadLine></NewsLines>
        <ContentItem><DataContent><nitf><body><body.content><p>%s</p><p>Zweiter Absatz.</p></body.content></body></nitf></DataContent></ContentItem>
        </NewsComponent></NewsItem>
        """;
    Path p =
        write(
            "two.xml",
            "<?xml version=\"1.0\"?>\n<NewsML>\n"
                + item.formatted(
                    "20240102T030405+0100",
                    "A1",
                    "Erste Meldung",
                    "BERLIN, 2. Januar - Der erste Text.")
                + item.formatted("20240102T050000", "A2", "Zweite Meldung", "Ohne Ortsmarke.")
                + "<NewsItem><NewsComponent><HeadLine>Photo only</HeadLine></NewsComponent></NewsItem>\n"
                + "</NewsML>\n");
    List<IngestRecord> out = read(p);
    assertEquals(2, out.size());
    IngestRecord a = out.get(0);
    IngestRecord b = out.get(1);
    assertEquals("Erste Meldung", a.title);
    assertEquals("Zweite Meldung", b.title);
    assertEquals("A1", a.sourceRecord);
    assertEquals("A2", b.sourceRecord);
    assertNotEquals(a.articleId, b.articleId);
    assertEquals("www.example.org", a.source);
    assertEquals("de", a.language);
    assertEquals(Instant.parse("2024-01-02T02:04:05Z"), a.publishedAt);
    // Naive, and no known source: UTC.
    assertEquals(Instant.parse("2024-01-02T05:00:00Z"), b.publishedAt);
    assertEquals("Ohne Ortsmarke.\n\nZweiter Absatz.", b.body);
    assertNull(b.section);
  }

  @Test
  void bareNitfDocument() throws IOException {
    Path p =
        write(
            "story.nitf",
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <nitf><head><title>Head title</title><docdata><doc-id id-string="story-42"/>
        <date.issue norm="20240315T120000Z"/></docdata></head>
        <body><body.head><hedline><hl1>The headline</hl1></hedline>
        <abstract><p>A short summary.</p></abstract></body.head>
        <body.content><p>WASHINGTON (AP) &#8212; The story itself.</p></body.content></body></nitf>
        """);
    IngestRecord r = only(read(p));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("The headline", r.title);
    assertEquals("A short summary.", r.lead);
    assertEquals("WASHINGTON", r.dateline);
    assertEquals("The story itself.", r.body);
    assertEquals("story-42", r.sourceRecord);
    assertEquals(Instant.parse("2024-03-15T12:00:00Z"), r.publishedAt);
  }

  @Test
  void undeclaredLatin1BytesAreDecodedAndRepaired() throws IOException {
    Path p = dir.resolve("latin.xml");
    Files.write(
        p,
        ("<?xml version=\"1.0\"?>\n<nitf><body><body.head><hedline><hl1>Caf\u00E9 society</hl1></hedline>"
                + "</body.head><body.content><p>The caf\u00E9 opened.</p></body.content></body></nitf>\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    IngestRecord r = only(read(p));
    assertFalse(r.isReject(), () -> r.rejectDetail);
    assertEquals("Caf\u00E9 society", r.title);
    assertEquals("The caf\u00E9 opened.", r.body);
    assertEquals(List.of("encoding: 2 bytes read as windows-1252"), r.repairs);
  }

  @Test
  void declaredEncodingIsHonoured() throws IOException {
    Path p = dir.resolve("declared.xml");
    Files.write(
        p,
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<nitf><body><body.content>"
                + "<p>Na\u00EFve caf\u00E9 text.</p></body.content></body></nitf>\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    IngestRecord r = only(read(p));
    assertEquals("Na\u00EFve caf\u00E9 text.", r.body);
    assertEquals(List.of(), r.repairs);
  }

  @Test
  void documentWithoutTextIsOneReject() throws IOException {
    IngestRecord r =
        only(
            read(
                write(
                    "empty.xml",
                    "<NewsML><NewsItem><HeadLine>Photo</HeadLine></NewsItem></NewsML>")));
    assertEquals(Rejects.NO_CONTENT, r.rejectReason);
    IngestRecord other = only(read(write("other.xml", "<rss><channel/></rss>")));
    assertEquals(Rejects.MALFORMED, other.rejectReason);
  }

  @Test
  void mangledApostrophes() {
    NewsmlReader.Repaired r =
        NewsmlReader.restoreApostrophes(
            "EU?s move, Russia?s view: they?re sure we?ll see. Don?t! I?m. Why? So. Is it?s? Q?A x?sy");
    assertEquals(
        "EU\u2019s move, Russia\u2019s view: they\u2019re sure we\u2019ll see. Don\u2019t! I\u2019m."
            + " Why? So. Is it\u2019s? Q?A x?sy",
        r.text());
    assertEquals(7, r.count());
    assertEquals(0, NewsmlReader.restoreApostrophes("What? Really?").count());
  }
}
