package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.extract.PersonNames;
import org.wirescope.ingest.Format;
import org.wirescope.ingest.IngestRecord;
import org.wirescope.ingest.ReadOptions;
import org.wirescope.ingest.Readers;
import org.wirescope.ingest.SourceFile;
import org.wirescope.text.TextAnalyzer;
import picocli.CommandLine;

/**
 * {@link ReutersScaler} on the real Reuters-21578 corpus: 3,000 articles written by the real
 * command line, read back with the project's reader, and compared with the source records as the
 * same reader sees them. Skipped when the corpora are absent.
 */
@Tag("corpus")
class ReutersScalerTest {
  static final int ARTICLES = 3_000;
  static final long SEED = 7;
  static final Instant FROM = Instant.parse("1987-01-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("1992-01-01T00:00:00Z");

  /** The reference line as the reader leaves it at the end of a body. */
  static final Pattern REF_LINE = Pattern.compile("\n\n\\(ref (\\d+)\\)$");

  /** A month and day as datelines write them ("March 3", "Oct. 19", "APRIL 7"). */
  static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(?!\\d)");

  static final Pattern RECORD =
      Pattern.compile("<REUTERS [^>]*NEWID=\"(\\d+)\"[^>]*>.*?</REUTERS>", Pattern.DOTALL);
  static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  static final Configuration CONF = new Configuration();

  @TempDir static Path tmp;
  static Path corpora;
  static Path scaled;

  /** The output as the reader sees it, in NEWID order. */
  static List<IngestRecord> out;

  /** Usable source records (title and body) by title and body. */
  static Map<String, List<IngestRecord>> sourceByText;

  @BeforeAll
  static void scale() throws IOException {
    corpora = Corpora.root();
    Path reuters = Corpora.path("reuters21578");
    scaled = tmp.resolve("scaled");
    StringWriter err = new StringWriter();
    CommandLine cl = ReutersScaler.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "--corpora",
            corpora.toString(),
            "--articles",
            String.valueOf(ARTICLES),
            "--out",
            scaled.toString(),
            "--seed",
            String.valueOf(SEED));
    assertEquals(0, code, err.toString());

    out = new ArrayList<>();
    for (Path f : files(scaled, "reut2-\\d{6}\\.sgm")) {
      Readers.read(source(f), Format.REUTERS, ReadOptions.defaults(), CONF)
          .forEachRemaining(out::add);
    }
    out.sort(
        (a, b) ->
            Integer.compare(Integer.parseInt(a.sourceRecord), Integer.parseInt(b.sourceRecord)));

    sourceByText = new HashMap<>();
    for (Path f : files(reuters, "reut2-\\d{3}\\.sgm")) {
      Readers.read(source(f), Format.REUTERS, ReadOptions.defaults(), CONF)
          .forEachRemaining(
              r -> {
                if (!r.isReject() && r.title != null && r.body != null) {
                  sourceByText
                      .computeIfAbsent(r.title + "\u0000" + r.body, k -> new ArrayList<>())
                      .add(r);
                }
              });
    }
  }

  @Test
  void writesTheRequestedArticlesInFilesOfAThousand() throws IOException {
    assertEquals(
        List.of("reut2-000000.sgm", "reut2-000001.sgm", "reut2-000002.sgm"),
        files(scaled, ".*").stream().map(p -> p.getFileName().toString()).toList(),
        "the output folder holds the SGML files and nothing else");
    assertEquals(ARTICLES, out.size());
    assertEquals(
        0, out.stream().filter(IngestRecord::isReject).count(), "no output record is rejected");
    for (Path f : files(scaled, ".*")) {
      String s = Files.readString(f, StandardCharsets.ISO_8859_1);
      assertTrue(s.startsWith(ReutersScaler.PROLOG), f + " starts with the DOCTYPE line");
      assertEquals(1_000, RECORD.matcher(s).results().count(), f.toString());
    }
  }

  @Test
  void idsAndContentHashesAreUnique() {
    for (int i = 0; i < out.size(); i++) {
      assertEquals(String.valueOf(i + 1), out.get(i).sourceRecord, "NEWIDs run 1..N");
    }
    assertEquals(ARTICLES, out.stream().map(r -> r.articleId).distinct().count());
    // Ingest marks content duplicates by this hash: no copy may share it.
    assertEquals(ARTICLES, out.stream().map(r -> r.contentHash).distinct().count());
  }

  @Test
  void datesParseAndSpreadEvenlyOverTheSpan() {
    int[] tenths = new int[10];
    Instant previous = FROM;
    long span = Duration.between(FROM, UNTIL).toSeconds();
    for (IngestRecord r : out) {
      assertNotNull(r.publishedAt, r.sourceRecord);
      assertFalse(r.publishedAt.isBefore(FROM), r.publishedAt.toString());
      assertTrue(r.publishedAt.isBefore(UNTIL), r.publishedAt.toString());
      assertFalse(r.publishedAt.isBefore(previous), "dates rise with NEWID, at " + r.sourceRecord);
      previous = r.publishedAt;
      tenths[(int) (Duration.between(FROM, r.publishedAt).toSeconds() * 10 / span)]++;
    }
    for (int t : tenths) {
      assertTrue(
          Math.abs(t - ARTICLES / 10) <= 2,
          "each tenth of the span holds ~300 articles: " + java.util.Arrays.toString(tenths));
    }
  }

  @Test
  void everyBodyEndsInItsReferenceLine() {
    for (IngestRecord r : out) {
      Matcher m = REF_LINE.matcher(r.body);
      assertTrue(
          m.find(),
          "no reference line at the end of "
              + r.sourceRecord
              + ": ..."
              + r.body.substring(Math.max(0, r.body.length() - 80)));
      assertEquals(r.sourceRecord, m.group(1));
    }
  }

  @Test
  void personsTopicsTitleAndPlaceAreTheSourceRecords() {
    for (IngestRecord r : out) {
      List<IngestRecord> candidates = sourceOf(r);
      assertTrue(
          candidates.stream()
              .anyMatch(
                  s ->
                      s.persons.equals(r.persons)
                          && s.topics.equals(r.topics)
                          && s.title.equals(r.title)
                          && withoutDate(s.dateline).equals(withoutDate(r.dateline))),
          "record "
              + r.sourceRecord
              + " ("
              + r.title
              + ") has persons "
              + r.persons
              + ", topics "
              + r.topics
              + ", place "
              + r.dateline
              + "; its source has "
              + candidates.get(0).persons
              + ", "
              + candidates.get(0).topics
              + ", "
              + candidates.get(0).dateline);
    }
    assertTrue(out.stream().anyMatch(r -> !r.persons.isEmpty()), "some copies carry person tags");
  }

  @Test
  void referenceLineAddsNoMentionOrQuote() {
    TextAnalyzer analyzer = new TextAnalyzer(Set.of());
    int mentions = 0;
    for (IngestRecord r : out.subList(0, 1_000)) {
      IngestRecord s = sourceOf(r).get(0);
      List<String> tags = r.persons.stream().map(PersonNames::display).toList();
      TextAnalyzer.Analysis copy = analyzer.analyze(r.title, r.lead, r.body, tags);
      TextAnalyzer.Analysis original = analyzer.analyze(s.title, s.lead, s.body, tags);
      assertEquals(original.mentions(), copy.mentions(), "mentions of " + r.sourceRecord);
      assertEquals(original.quotes(), copy.quotes(), "quotes of " + r.sourceRecord);
      mentions += copy.mentions().size();
    }
    assertTrue(mentions > 0);
  }

  @Test
  void rawBodiesKeepTheSourceBytes() throws IOException {
    Set<String> sourceBodies = new HashSet<>();
    for (Path f : files(corpora.resolve("reuters21578"), "reut2-\\d{3}\\.sgm")) {
      BODY.matcher(Files.readString(f, StandardCharsets.ISO_8859_1))
          .results()
          .forEach(m -> sourceBodies.add(m.group(1)));
    }
    int entities = 0;
    for (Path f : files(scaled, ".*")) {
      Matcher m = BODY.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String body = m.group(1).replaceFirst("\n\n    \\(ref \\d+\\)", "");
        assertTrue(
            sourceBodies.contains(body),
            "a body that is no source body plus its reference line: "
                + m.group(1).substring(0, Math.min(200, m.group(1).length())));
        entities += body.contains("&#3;") && body.contains("&lt;") ? 1 : 0;
      }
    }
    assertTrue(entities > 0, "entities such as &lt; and &#3; are kept as written");
  }

  @Test
  void datelineAndDateAgree() throws IOException {
    Pattern date =
        Pattern.compile("<DATE> ?(\\d{1,2})-([A-Z]{3})-\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{2}");
    Pattern dateline = Pattern.compile("<DATELINE>([^<]*)</DATELINE>");
    int checked = 0;
    for (Path f : files(scaled, ".*")) {
      Matcher r = RECORD.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (r.find()) {
        Matcher d = date.matcher(r.group());
        assertTrue(d.find(), "DATE in the source's format in record " + r.group(1));
        Matcher l = dateline.matcher(r.group());
        Matcher md = l.find() ? MONTH_DAY.matcher(l.group(1)) : null;
        if (md != null && md.find()) {
          assertEquals(d.group(1), md.group(2), "day of dateline and DATE in record " + r.group(1));
          assertEquals(
              d.group(2),
              md.group(1).toUpperCase(java.util.Locale.ROOT),
              "month of dateline and DATE in record " + r.group(1));
          checked++;
        }
      }
    }
    assertTrue(checked > ARTICLES * 9 / 10, checked + " datelines carry the new date");
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    ReutersScaler.Sources sources = sources();
    Path again = tmp.resolve("again");
    Path other = tmp.resolve("other");
    ReutersScaler.write(sources, settings(ARTICLES, SEED), again, quiet());
    ReutersScaler.write(sources, settings(ARTICLES, SEED + 1), other, quiet());
    for (Path f : files(scaled, ".*")) {
      byte[] a = Files.readAllBytes(f);
      assertArrayEquals(
          a, Files.readAllBytes(again.resolve(f.getFileName())), f.getFileName().toString());
      assertFalse(
          java.util.Arrays.equals(a, Files.readAllBytes(other.resolve(f.getFileName()))),
          f.getFileName() + " with another seed");
    }
  }

  @Test
  void rewritingRemovesOnlyEarlierOutput() throws IOException {
    ReutersScaler.Sources sources = sources();
    Path dir = tmp.resolve("rewrite");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("reut2-000007.sgm"), "stale");
    Files.writeString(dir.resolve("reut2-000.sgm"), "a source name, not ours");
    Files.writeString(dir.resolve("notes.txt"), "kept");
    ReutersScaler.Result r = ReutersScaler.write(sources, settings(5, SEED), dir, quiet());
    assertEquals(1, r.files());
    assertEquals(
        List.of("notes.txt", "reut2-000.sgm", "reut2-000000.sgm"),
        files(dir, ".*").stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(
        r.bytes(),
        Files.size(dir.resolve("reut2-000000.sgm")),
        "the reported bytes are the bytes written");
  }

  @Test
  void referenceLineGoesBeforeTheSignOff() {
    // Inline bodies, one per shape of ending the corpus has.
    String signOffLine = "Prices rose.\n Reuter\n&#3;";
    String sameLine = "A tenth of an ounce. REUTER\n&#3;";
    String twice = "Net 5 vs 4.\n REUTER\n Reuter\n&#3;";
    String none = "More follows.\n&#3;";
    assertEquals(
        "Prices rose.".length(), ReutersScaler.refLineAt(signOffLine, 0, signOffLine.length()));
    assertEquals(
        "A tenth of an ounce.".length(), ReutersScaler.refLineAt(sameLine, 0, sameLine.length()));
    assertEquals("Net 5 vs 4.".length(), ReutersScaler.refLineAt(twice, 0, twice.length()));
    assertEquals("More follows.".length(), ReutersScaler.refLineAt(none, 0, none.length()));
  }

  @Test
  void badOptionsFailWithAMessage() {
    assertEquals(
        2,
        execute(
            "--corpora",
            corpora.toString(),
            "--articles",
            "0",
            "--out",
            tmp.resolve("x").toString()));
    assertEquals(
        2,
        execute(
            "--corpora",
            corpora.toString(),
            "--articles",
            "10",
            "--out",
            tmp.resolve("x").toString(),
            "--start",
            "1987-13-01"));
    assertEquals(
        2,
        execute(
            "--corpora",
            corpora.toString(),
            "--articles",
            "10",
            "--out",
            tmp.resolve("x").toString(),
            "--start",
            "2199-01-01"));
    assertEquals(
        2,
        execute("--articles", "10", "--out", tmp.resolve("x").toString()),
        "--corpora is required");
    assertEquals(
        1,
        execute(
            "--corpora", tmp.toString(), "--articles", "10", "--out", tmp.resolve("x").toString()),
        "a corpora folder without reuters21578/");
    assertEquals(
        2,
        execute(
            "--corpora",
            corpora.toString(),
            "--articles",
            "10",
            "--out",
            corpora.resolve("reuters21578").toString()),
        "writing into the source folder");
  }

  // ---- helpers ----

  private static ReutersScaler.Sources sources;

  /** The scaler's sources, loaded once for the tests that call its API directly. */
  static synchronized ReutersScaler.Sources sources() throws IOException {
    if (sources == null) {
      sources = ReutersScaler.Sources.load(corpora.resolve("reuters21578"));
    }
    return sources;
  }

  /** The source records with the copy's title and body (without its reference line). */
  static List<IngestRecord> sourceOf(IngestRecord r) {
    String body = REF_LINE.matcher(r.body).replaceFirst("");
    List<IngestRecord> s = sourceByText.get(r.title + "\u0000" + body);
    if (s == null) {
      fail(
          "no source record has the title and body of record "
              + r.sourceRecord
              + " ("
              + r.title
              + ")");
    }
    return s;
  }

  /** A dateline's place with its month and day taken out: what a copy shares with its source. */
  static String withoutDate(String place) {
    return place == null ? "" : MONTH_DAY.matcher(place).replaceFirst("");
  }

  static ReutersScaler.Settings settings(int articles, long seed) {
    return new ReutersScaler.Settings(articles, seed, 1_000, LocalDate.of(1987, 1, 1), 5);
  }

  static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }

  static int execute(String... args) {
    CommandLine cl = ReutersScaler.commandLine();
    cl.setErr(quiet());
    cl.setOut(quiet());
    return cl.execute(args);
  }

  static List<Path> files(Path dir, String nameRegex) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(nameRegex)).sorted().toList();
    }
  }

  static SourceFile source(Path p) throws IOException {
    return new SourceFile(p.toUri().toString(), p.getFileName().toString(), Files.size(p));
  }
}
