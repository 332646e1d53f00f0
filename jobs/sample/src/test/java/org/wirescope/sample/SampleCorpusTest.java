package org.wirescope.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample corpus (data/sample) is exactly what {@link SampleCorpus} writes for 180
 * articles and seed 42, the generator is deterministic, and GOLD agrees with the files.
 *
 * <p>After changing the generator on purpose, regenerate the committed files with {@code
 * WIRESCOPE_GENERATE_GOLDEN_FILES=1 mvn -B -o -q test -Dtest=SampleCorpusTest}: the test then
 * rewrites data/sample instead of comparing against it. Review the diff before committing.
 */
class SampleCorpusTest {
  static final int ARTICLES = 180;
  static final long SEED = 42;

  @TempDir static Path tmp;
  static Path fresh;
  static JsonNode gold;

  @BeforeAll
  static void generate() throws IOException {
    fresh = tmp.resolve("fresh");
    SampleCorpus.generate(fresh, ARTICLES, SEED);
    gold = new ObjectMapper().readTree(fresh.resolve("GOLD.json").toFile());
  }

  /**
   * The repository root: surefire's {@code wirescope.repo}, else two folders up from this module.
   */
  static Path repo() {
    String p = System.getProperty("wirescope.repo");
    return (p != null ? Paths.get(p) : Paths.get("../..")).toAbsolutePath().normalize();
  }

  @Test
  void generatingTwiceGivesIdenticalFiles() throws IOException {
    Path again = tmp.resolve("again");
    SampleCorpus.generate(again, ARTICLES, SEED);
    assertSameTree(fresh, again);
  }

  @Test
  void committedSampleIsWhatTheGeneratorWrites() throws IOException {
    Path sample = repo().resolve("data/sample");
    if ("1".equals(System.getenv("WIRESCOPE_GENERATE_GOLDEN_FILES"))) {
      // Regeneration requested: rewrite the committed corpus instead of comparing with it.
      SampleCorpus.generate(sample, ARTICLES, SEED);
      return;
    }
    assertTrue(
        Files.isDirectory(sample),
        sample + " is missing; generate it with WIRESCOPE_GENERATE_GOLDEN_FILES=1");
    assertSameTree(fresh, sample);
  }

  @Test
  void goldCountsMatchTheFiles() throws IOException {
    JsonNode files = gold.get("files");
    assertEquals(
        files.get("tass").get("txt_files").asInt(), list(fresh.resolve("tass"), ".txt").size());
    assertEquals(
        files.get("tass").get("records").asInt(), list(fresh.resolve("tass"), ".txt").size());
    int jsonl = 0;
    for (JsonNode f : files.get("jsonl").get("files")) {
      int lines =
          Files.readAllLines(fresh.resolve(f.get("path").asText()), StandardCharsets.UTF_8).size();
      assertEquals(f.get("records").asInt(), lines, f.toString());
      jsonl += lines;
    }
    assertEquals(files.get("jsonl").get("records").asInt(), jsonl);
    int csv = 0;
    for (JsonNode f : files.get("csv").get("files")) {
      List<List<String>> rows =
          csvRows(Files.readString(fresh.resolve(f.get("path").asText()), StandardCharsets.UTF_8));
      assertEquals(List.of(WireFormats.CSV_HEADER.split(",")), rows.get(0));
      assertEquals(f.get("records").asInt(), rows.size() - 1, f.toString());
      csv += rows.size() - 1;
    }
    assertEquals(files.get("csv").get("records").asInt(), csv);

    JsonNode ingest = gold.get("ingest");
    int txt = files.get("tass").get("records").asInt();
    assertEquals(txt + jsonl + csv, ingest.get("records_read").asInt());
    assertEquals(
        ingest.get("records_read").asInt(),
        ingest.get("articles").asInt() + ingest.get("rejects").asInt());
    assertEquals(ingest.get("articles").asInt(), gold.get("articles").size());
    int duplicates = 0;
    for (JsonNode a : gold.get("articles")) {
      duplicates += a.get("duplicate_of").isNull() ? 0 : 1;
    }
    assertEquals(ingest.get("duplicates").asInt(), duplicates);
    assertEquals(gold.get("duplicates").size(), duplicates);
    assertEquals(ingest.get("unique_articles").asInt(), gold.get("articles").size() - duplicates);
    assertEquals(ingest.get("rejects").asInt(), gold.get("rejects").size());
    Map<String, Integer> reasons = new TreeMap<>();
    gold.get("rejects").forEach(r -> reasons.merge(r.get("reason").asText(), 1, Integer::sum));
    assertEquals(
        Map.of(
            "date has no year",
            1,
            "empty file",
            1,
            "impossible date",
            1,
            "malformed record",
            1,
            "missing title and body",
            1),
        reasons);
    for (JsonNode r : gold.get("rejects")) {
      assertTrue(Files.exists(fresh.resolve(r.get("file").asText())), r.toString());
    }
    assertEquals(0, Files.size(fresh.resolve(SampleCorpus.EMPTY)));
  }

  @Test
  void tassPersonsAreNamedInFullInTheBody() throws IOException {
    int checked = 0;
    for (JsonNode a : gold.get("articles")) {
      if (!a.get("format").asText().equals("tass")) {
        continue;
      }
      String text = Files.readString(fresh.resolve(a.get("file").asText()), StandardCharsets.UTF_8);
      String body = body(text);
      List<String> persons = new ArrayList<>();
      a.get("persons").forEach(p -> persons.add(p.asText()));
      assertFalse(persons.isEmpty(), a.get("key").asText());
      for (String p : persons) {
        assertTrue(
            body.contains(p), a.get("key").asText() + " does not name " + p + " in its body");
      }
      // The Persons block holds every name on one line, separated by single spaces.
      assertTrue(
          text.endsWith("\nPersons\n" + String.join(" ", persons) + "\n"), a.get("key").asText());
      checked++;
    }
    assertEquals(gold.get("files").get("tass").get("txt_files").asInt() - 2, checked);
  }

  @Test
  void tassFilesHaveThePageLayout() throws IOException {
    for (Path f : list(fresh.resolve("tass"), ".txt")) {
      if (f.endsWith(SampleCorpus.EMPTY.substring(SampleCorpus.EMPTY.lastIndexOf('/') + 1))) {
        continue;
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      assertFalse(text.contains("\r"), f.toString());
      assertEquals("", lines[1], f.toString());
      assertTrue(
          lines[3].matches("[A-Z][a-z]+ \\d{1,2}, \\d\\d:\\d\\d UTC\\+3 [A-Z. ]+"),
          f + ": " + lines[3]);
      assertEquals("", lines[4], f.toString());
      assertTrue(text.contains(". /TASS/. "), f.toString());
      assertTrue(text.contains("\n\nTopics\n"), f.toString());
      if (!f.toString().contains("undated")) {
        assertTrue(
            f.getFileName().toString().matches("tass-2025-\\d\\d-\\d\\d-\\d{4}\\.txt"),
            f.toString());
      }
    }
  }

  @Test
  void everyQuotationIsInItsArticleAndSpokenByANamedPerson() throws IOException {
    Map<String, String> feedBodies = feedBodies();
    for (JsonNode a : gold.get("articles")) {
      String text =
          a.get("format").asText().equals("tass")
              ? Files.readString(fresh.resolve(a.get("file").asText()), StandardCharsets.UTF_8)
              : feedBodies.get(a.get("key").asText());
      Set<String> persons = new HashSet<>();
      a.get("persons").forEach(p -> persons.add(p.asText()));
      for (JsonNode q : a.get("quotes")) {
        for (String part : q.get("text").asText().split("\n\n")) {
          assertTrue(text.contains(part), a.get("key").asText() + " lacks quotation " + part);
        }
        assertTrue(persons.contains(q.get("speaker").asText()), a.get("key").asText() + ": " + q);
      }
      for (JsonNode x : a.get("not_quotations")) {
        assertTrue(text.contains(x.get("text").asText()), a.get("key").asText() + ": " + x);
      }
    }
  }

  @Test
  void designedFactsAreThere() {
    JsonNode carried = gold.get("quotes").get("carried_statement");
    assertEquals(4, carried.get("articles").size());
    Set<String> days = new HashSet<>();
    for (JsonNode k : carried.get("articles")) {
      days.add(article(k.asText()).get("published_at").asText().substring(0, 10));
    }
    assertEquals(4, days.size(), "the carried statement appears on four different days");
    assertEquals(2, gold.get("quotes").get("distinct_statements").get("articles").size());
    double max = gold.get("quotes").get("max_similarity_between_other_quotations").asDouble();
    assertTrue(
        max < carried.get("similarity_min").asDouble(),
        "other quotations stay below the carried ones");
    assertEquals(0, gold.get("quotes").get("quotations_forced_past_similarity_limit").asInt());
    assertTrue(gold.get("month_boundary").size() >= 1);
    for (JsonNode m : gold.get("month_boundary")) {
      assertFalse(m.get("month_utc").asText().equals(m.get("month_moscow").asText()));
    }
    Set<String> forms = new HashSet<>();
    Set<String> marks = new HashSet<>();
    gold.get("quotes").get("by_form").fieldNames().forEachRemaining(forms::add);
    gold.get("quotes").get("by_marks").fieldNames().forEachRemaining(marks::add);
    assertEquals(
        Set.of(
            "after",
            "said_x",
            "colon",
            "according_to",
            "role",
            "pronoun",
            "split",
            "continuation",
            "multi_paragraph",
            "fragment"),
        forms);
    assertEquals(Set.of("straight", "curly", "guillemets", "doubled_apostrophes"), marks);
  }

  @Test
  void atLeast150ArticlesOverAtLeastSixMonths() {
    assertTrue(gold.get("ingest").get("unique_articles").asInt() >= 150);
    int months = 0;
    for (JsonNode n : gold.get("articles_by_month_utc")) {
      months += n.asInt() > 0 ? 1 : 0;
    }
    assertTrue(months >= 6, months + " months");
  }

  // ---- helpers ----

  private static JsonNode article(String key) {
    for (JsonNode a : gold.get("articles")) {
      if (a.get("key").asText().equals(key)) {
        return a;
      }
    }
    throw new AssertionError("no article " + key);
  }

  /** The body of a TASS page: from the dateline paragraph up to the Topics block. */
  private static String body(String text) {
    int start = text.indexOf(". /TASS/. ");
    int end = text.indexOf("\n\nTopics\n");
    return text.substring(text.lastIndexOf("\n\n", start) + 2, end);
  }

  /** Title, lead and body of every feed record, by id. */
  private static Map<String, String> feedBodies() throws IOException {
    Map<String, String> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (JsonNode f : gold.get("files").get("jsonl").get("files")) {
      for (String line :
          Files.readAllLines(fresh.resolve(f.get("path").asText()), StandardCharsets.UTF_8)) {
        try {
          JsonNode r = json.readTree(line);
          out.put(
              r.get("id").asText(),
              r.get("title").asText()
                  + "\n"
                  + r.get("lead").asText()
                  + "\n"
                  + r.get("body").asText());
        } catch (IOException e) {
          // The one malformed line, a designed reject.
        }
      }
    }
    for (JsonNode f : gold.get("files").get("csv").get("files")) {
      List<List<String>> rows =
          csvRows(Files.readString(fresh.resolve(f.get("path").asText()), StandardCharsets.UTF_8));
      for (List<String> r : rows.subList(1, rows.size())) {
        out.put(r.get(0), r.get(1) + "\n" + r.get(2) + "\n" + r.get(3));
      }
    }
    return out;
  }

  /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> csvRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      fail("CSV does not end with a complete record");
    }
    return rows;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  /** Same relative paths, same bytes; hidden files (.gitkeep and the like) are ignored. */
  private static void assertSameTree(Path expected, Path actual) throws IOException {
    Map<String, Path> e = tree(expected);
    Map<String, Path> a = tree(actual);
    assertEquals(e.keySet(), a.keySet(), "files under " + actual);
    for (Map.Entry<String, Path> f : e.entrySet()) {
      if (!java.util.Arrays.equals(
          Files.readAllBytes(f.getValue()), Files.readAllBytes(a.get(f.getKey())))) {
        fail(
            f.getKey()
                + " differs from a fresh generation; regenerate with WIRESCOPE_GENERATE_GOLDEN_FILES=1");
      }
    }
  }

  private static Map<String, Path> tree(Path root) throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                  out.put(rel, p);
                }
              });
    }
    return out;
  }
}
