package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.SeedArticle;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Organizations;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;

/** End-to-end: ingest then extract through the real CLI, checked against gold facts. */
@Tag("e2e")
class ExtractCommandTest {
  @TempDir Path out;

  static Dataset<Row> table(Path out, String name, org.apache.spark.sql.types.StructType schema) {
    return SparkTestSession.get().read().schema(schema).parquet(out.resolve(name).toString());
  }

  void ingestAndExtract(String input, String... extractArgs) {
    CliRunner.Run run = CliRunner.run("ingest", "--input", input, "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] args = new String[extractArgs.length + 3];
    args[0] = "extract";
    args[1] = "--output";
    args[2] = out.toString();
    System.arraycopy(extractArgs, 0, args, 3, extractArgs.length);
    run = CliRunner.run(args);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void theTaggerReadsTheSeedArticleAloneAndWritesTheEvidence() throws IOException {
    ingestAndExtract(SeedArticle.path().toString(), "--persons", "text", "--names", "tagger");
    Set<String> persons = new HashSet<>();
    table(out, Mentions.NAME, Mentions.SCHEMA)
        .select(Mentions.PERSON)
        .distinct()
        .collectAsList()
        .forEach(r -> persons.add(r.getString(0)));
    assertEquals(Set.copyOf(SeedArticle.PERSONS), persons);
    List<Row> quotes = table(out, Quotes.NAME, Quotes.SCHEMA).collectAsList();
    assertEquals(SeedArticle.QUOTES, quotes.size());
    quotes.forEach(q -> assertEquals(SeedArticle.SPEAKER, q.getAs(Quotes.SPEAKER), q.toString()));
    // The evidence is per name. The article writes the full name twice, both times after a title:
    // "Press Secretary Dmitry Peskov added" in the lead and "... Dmitry Peskov said" in the body
    // (its two "Peskov said" are uses of the name "Peskov"). So 2 person uses and 2 person cues,
    // nothing else, and confidence (2 + 2 + 1) / (2 + 2 + 2).
    Row peskov =
        table(out, Persons.NAME, Persons.SCHEMA)
            .filter(col(Persons.PERSON).equalTo("Dmitry Peskov"))
            .first();
    assertEquals(
        List.of(2L, 0L, 0L, 0L, 2L, 0L),
        List.of(
            peskov.<Long>getAs(Persons.PERSON_USES),
            peskov.<Long>getAs(Persons.ORGANIZATION_USES),
            peskov.<Long>getAs(Persons.PLACE_USES),
            peskov.<Long>getAs(Persons.OTHER_USES),
            peskov.<Long>getAs(Persons.PERSON_CUES),
            peskov.<Long>getAs(Persons.ORGANIZATION_CUES)),
        "uses and cues: " + peskov);
    assertEquals(5.0 / 6, peskov.<Double>getAs(Persons.CONFIDENCE), 1e-12, peskov.toString());
    // Organisations: names the article writes, none of them a person. Read by hand, its
    // organisations are the Kremlin, the Kremlin Administration and TASS; how well the tagger
    // picks them is for the text evaluations to measure, so only what follows from the input is
    // fixed here.
    Set<String> orgs = new HashSet<>();
    table(out, Organizations.NAME, Organizations.SCHEMA)
        .select(Organizations.ORGANIZATION)
        .collectAsList()
        .forEach(r -> orgs.add(r.getString(0)));
    String article = Files.readString(SeedArticle.path());
    assertFalse(orgs.isEmpty());
    assertTrue(
        orgs.stream()
            .allMatch(
                o -> Pattern.compile("\\b" + Pattern.quote(o) + "\\b").matcher(article).find()),
        "every organisation is a name in the article: " + orgs);
    assertTrue(orgs.stream().noneMatch(persons::contains), orgs.toString());
  }

  @Test
  void seedArticleGivesSixPeskovQuotesAndItsThreePersons() throws IOException {
    ingestAndExtract(SeedArticle.path().toString());
    List<Row> quotes =
        table(out, Quotes.NAME, Quotes.SCHEMA).orderBy(Quotes.CHAR_START).collectAsList();
    assertEquals(SeedArticle.QUOTES, quotes.size(), quotes.toString());
    for (Row q : quotes) {
      assertEquals(SeedArticle.SPEAKER, q.getAs(Quotes.SPEAKER), q.toString());
    }
    assertTrue(
        quotes.get(SeedArticle.QUOTES - 1).<Boolean>getAs(Quotes.IS_CONTINUATION),
        "the last quote continues the one before");
    Set<String> persons = new HashSet<>();
    table(out, Mentions.NAME, Mentions.SCHEMA)
        .select(Mentions.PERSON)
        .distinct()
        .collectAsList()
        .forEach(r -> persons.add(r.getString(0)));
    assertEquals(Set.copyOf(SeedArticle.PERSONS), persons);

    // The export is the table as it is: the scorer's doc and quote columns belong to the bench
    // module's ScorerExport, not to the product.
    Path jsonl = out.resolve("quotes.jsonl");
    CliRunner.Run run =
        CliRunner.run(
            "export",
            "--output",
            out.toString(),
            "--table",
            "quotes",
            "--format",
            "jsonl",
            "--to",
            jsonl.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(jsonl);
    assertEquals(6, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertFalse(first.has("doc") || first.has("quote"), first.toString());
    assertEquals("Dmitry Peskov", first.path("speaker").asText());
    assertTrue(
        first.path(Quotes.QUOTE_TEXT).asText().startsWith("In fact, President Trump wondered"),
        first.toString());
  }

  /** The hand-checked speakers, see the header of the resource file for how they were checked. */
  static final String TASS_SPEAKERS = "/tass-politics-2024-12-26-speakers.tsv";

  /** The key of a quotation in the hand-checked list: its article's url and first 8 words. */
  static String quoteKey(String url, String text) {
    String[] words = text.strip().split("\\s+");
    return url + "\t" + String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
  }

  /**
   * "Never a guess": every quotation of 4+ words in the TASS scraper file is compared with the
   * speaker a reader finds in the article (the resource {@link #TASS_SPEAKERS}). A right speaker
   * counts as correct, a null one as missed (allowed, but it lowers the share), any other as wrong:
   * a guess. Measured on 2026-12-02: 56 correct, 4 wrong, 3 missed of 63. The list must stay
   * complete, so a quotation that appears or disappears fails the test until the list is updated.
   */
  @Test
  void tassQuoteSpeakersMatchTheHandCheckedList() throws IOException {
    Map<String, String> checked = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream(TASS_SPEAKERS)) {
      assertTrue(in != null, TASS_SPEAKERS + " not on the test classpath");
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("url\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, "url, quote_start, speaker, evidence: " + line);
        assertTrue(
            checked.put(quoteKey(f[0], f[1]), f[2].isEmpty() ? null : f[2]) == null,
            "listed twice: " + line);
      }
    }

    ingestAndExtract(Corpora.path("tass/tass-politics-2024-12-26.json").toString());
    Dataset<Row> articles =
        table(out, Articles.NAME, Articles.SCHEMA).select(Articles.ARTICLE_ID, Articles.URL);
    List<Row> quotes =
        table(out, Quotes.NAME, Quotes.SCHEMA)
            .join(articles, Quotes.ARTICLE_ID)
            .orderBy(Articles.URL, Quotes.CHAR_START)
            .select(Articles.URL, Quotes.QUOTE_TEXT, Quotes.SPEAKER)
            .collectAsList();

    int all = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row q : quotes) {
      String text = q.getString(1);
      if (text.strip().split("\\s+").length < 4) {
        continue;
      }
      String key = quoteKey(q.getString(0), text);
      String speaker = q.getString(2);
      if (!checked.containsKey(key)) {
        unlisted.add(key + "\t" + (speaker == null ? "" : speaker));
        continue;
      }
      seen.add(key);
      all++;
      String right = checked.get(key);
      if (Objects.equals(right, speaker)) {
        correct++;
      } else if (speaker == null) {
        missed.add(key + ": none, should be " + right);
      } else {
        wrong.add(key + ": " + speaker + ", should be " + (right == null ? "none" : right));
      }
    }
    List<String> gone = checked.keySet().stream().filter(k -> !seen.contains(k)).toList();
    System.out.printf(
        "TASS JSON speakers against the hand-checked list: %d correct, %d wrong, %d missed of %d%n",
        correct, wrong.size(), missed.size(), all);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    missed.forEach(m -> System.out.println("  missed: " + m));

    assertTrue(
        unlisted.isEmpty(),
        "quotations of 4+ words not in "
            + TASS_SPEAKERS
            + " (check their speakers by hand and add them):\n"
            + String.join("\n", unlisted));
    assertTrue(
        gone.isEmpty(),
        "quotations in " + TASS_SPEAKERS + " no longer extracted:\n" + String.join("\n", gone));
    // Today: 61 of 63 (0.968), with the statement-list rule and the ranker; 60 would still pass.
    assertTrue(
        correct >= 0.95 * all,
        correct + " of " + all + " correct; wrong: " + wrong + "; missed: " + missed);
    // Today: 1 (a misspelt name, Koronolli); a second is let through, a third fails.
    assertTrue(wrong.size() <= 2, wrong.size() + " wrong speakers:\n" + String.join("\n", wrong));
  }

  /** On the shared Reuters-21578 ingest and extract with --persons text (SharedOutputs). */
  @Test
  @Tag("corpus")
  void reutersPeopleTagsAreFoundInTextAlone() {
    Path out = SharedOutputs.reutersExtractedFromText();
    // Independent of Wirescope's own matching: a tag is "named in the body" when its last word
    // appears capitalised in the body, and "found" when a text mention ends with that word.
    Map<String, Set<String>> found = new HashMap<>();
    for (Row r :
        table(out, Mentions.NAME, Mentions.SCHEMA)
            .select(Mentions.ARTICLE_ID, Mentions.PERSON, Mentions.METHOD)
            .collectAsList()) {
      assertTrue(
          !r.getString(2).equals(Mentions.METHOD_TAG), "--persons text gives no tag mentions");
      String[] w = r.getString(1).split(" ");
      found
          .computeIfAbsent(r.getString(0), k -> new HashSet<>())
          .add(w[w.length - 1].toLowerCase());
    }
    int named = 0;
    int hit = 0;
    for (Row a :
        table(out, Articles.NAME, Articles.SCHEMA)
            .filter(col(Articles.DUPLICATE_OF).isNull())
            .select(Articles.ARTICLE_ID, Articles.PERSONS, Articles.BODY)
            .collectAsList()) {
      String body = a.getString(2) == null ? "" : a.getString(2);
      for (Object tag : a.getList(1)) {
        String[] parts = tag.toString().split("-");
        String surname = parts[parts.length - 1];
        String cap = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
        if (Pattern.compile("\\b" + Pattern.quote(cap) + "\\b").matcher(body).find()) {
          named++;
          hit += found.getOrDefault(a.getString(0), Set.of()).contains(surname) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        "Reuters PEOPLE tags named in the body and found by text extraction: %d of %d (%.1f%%)%n",
        hit, named, 100.0 * hit / named);
    assertTrue(named > 1000, "tags named in bodies: " + named);
    assertTrue(hit >= 0.9 * named, hit + " of " + named);
  }

  @Test
  void tagsOnlyGivesDisplayNamesAndNoTextMentions() {
    Path dir = Corpora.path("reuters21578");
    ingestAndExtract(dir.resolve("reut2-000.sgm").toString(), "--persons", "tags");
    Dataset<Row> m = table(out, Mentions.NAME, Mentions.SCHEMA);
    assertEquals(0, m.filter(col(Mentions.METHOD).notEqual(Mentions.METHOD_TAG)).count());
    Row baker =
        table(out, Persons.NAME, Persons.SCHEMA)
            .filter(col(Persons.PERSON).equalTo("James Baker"))
            .first();
    assertTrue(baker.getList(baker.fieldIndex(Persons.ALIASES)).contains("james-baker"));
  }
}
