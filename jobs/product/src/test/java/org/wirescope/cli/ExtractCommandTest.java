package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;

/** End-to-end: ingest then extract through the real CLI, checked against gold facts. */
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
  void seedArticleGivesSixPeskovQuotesAndItsThreePersons() throws IOException {
    ingestAndExtract(Corpora.path("tass/tass-kremlin-2017-11-12.txt").toString());
    List<Row> quotes = table(out, Quotes.NAME, Quotes.SCHEMA).orderBy(Quotes.CHAR_START).collectAsList();
    assertEquals(6, quotes.size(), quotes.toString());
    for (Row q : quotes) {
      assertEquals("Dmitry Peskov", q.getAs(Quotes.SPEAKER), q.toString());
    }
    assertTrue(quotes.get(5).<Boolean>getAs(Quotes.IS_CONTINUATION), "the last quote continues the one before");
    Set<String> persons = new HashSet<>();
    table(out, Mentions.NAME, Mentions.SCHEMA).select(Mentions.PERSON).distinct()
        .collectAsList().forEach(r -> persons.add(r.getString(0)));
    assertTrue(persons.containsAll(Set.of("Donald Trump", "Dmitry Peskov", "Vladimir Putin")), persons.toString());

    // The export is the table as it is: the scorer's doc and quote columns belong to the bench
    // module's ScorerExport, not to the product.
    Path jsonl = out.resolve("quotes.jsonl");
    CliRunner.Run run = CliRunner.run("export", "--output", out.toString(), "--table", "quotes",
        "--format", "jsonl", "--to", jsonl.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(jsonl);
    assertEquals(6, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertFalse(first.has("doc") || first.has("quote"), first.toString());
    assertEquals("Dmitry Peskov", first.path("speaker").asText());
    assertTrue(first.path(Quotes.QUOTE_TEXT).asText().startsWith("In fact, President Trump wondered"), first.toString());
  }

  @Test
  void tassScraperQuotesMostlyHaveSpeakers() {
    ingestAndExtract(Corpora.path("tass/tass-politics-2024-12-26.json").toString());
    List<Row> quotes = table(out, Quotes.NAME, Quotes.SCHEMA).collectAsList();
    int long4 = 0;
    int attributed = 0;
    for (Row q : quotes) {
      String text = q.getAs(Quotes.QUOTE_TEXT);
      if (text.strip().split("\\s+").length >= 4) {
        long4++;
        attributed += q.getAs(Quotes.SPEAKER) != null ? 1 : 0;
        System.out.printf("TASS quote speaker: %-22s | %s%n", (Object) q.getAs(Quotes.SPEAKER),
            text.length() > 90 ? text.substring(0, 90) + "..." : text);
      }
    }
    System.out.printf("TASS JSON: %d of %d quotes of 4+ words have a speaker (%.1f%%)%n",
        attributed, long4, 100.0 * attributed / Math.max(long4, 1));
    assertTrue(long4 >= 40, "quoted spans of 4+ words: " + long4);
    assertTrue(attributed >= 0.9 * long4, attributed + " of " + long4);
  }

  @Test
  void reutersPeopleTagsAreFoundInTextAlone() {
    Path dir = Corpora.path("reuters21578");
    ingestAndExtract(dir.resolve("reut2-*.sgm").toString(), "--persons", "text");
    // Independent of Wirescope's own matching: a tag is "named in the body" when its last word
    // appears capitalised in the body, and "found" when a text mention ends with that word.
    Map<String, Set<String>> found = new HashMap<>();
    for (Row r : table(out, Mentions.NAME, Mentions.SCHEMA).select(Mentions.ARTICLE_ID, Mentions.PERSON, Mentions.METHOD)
        .collectAsList()) {
      assertTrue(!r.getString(2).equals(Mentions.METHOD_TAG), "--persons text gives no tag mentions");
      String[] w = r.getString(1).split(" ");
      found.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(w[w.length - 1].toLowerCase());
    }
    int named = 0;
    int hit = 0;
    for (Row a : table(out, Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull())
        .select(Articles.ARTICLE_ID, Articles.PERSONS, Articles.BODY).collectAsList()) {
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
    System.out.printf("Reuters PEOPLE tags named in the body and found by text extraction: %d of %d (%.1f%%)%n",
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
    Row baker = table(out, Persons.NAME, Persons.SCHEMA).filter(col(Persons.PERSON).equalTo("James Baker")).first();
    assertTrue(baker.getList(baker.fieldIndex(Persons.ALIASES)).contains("james-baker"));
  }
}
