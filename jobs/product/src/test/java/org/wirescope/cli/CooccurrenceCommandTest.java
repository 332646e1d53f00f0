package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wirescope.Corpora;
import org.wirescope.SeedArticle;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Articles;
import org.wirescope.tables.PersonGroups;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;
import org.wirescope.tables.TableStore;

/** End-to-end: ingest, extract and cooccurrence through the real CLI. */
@Tag("e2e")
class CooccurrenceCommandTest {
  @TempDir Path out;

  void run(String... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void seedArticleGivesExactlyItsThreePairs() {
    run("ingest", "--input", SeedArticle.path().toString(), "--output", out.toString());
    run("extract", "--output", out.toString());
    run("cooccurrence", "--output", out.toString(), "--min-articles", "1");
    Set<String> pairs = new TreeSet<>();
    for (Row r :
        ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA).collectAsList()) {
      pairs.add(r.getAs(PersonPairs.PERSON_A) + " | " + r.getAs(PersonPairs.PERSON_B));
      assertEquals(1L, (long) r.<Long>getAs(PersonPairs.ARTICLES));
      assertEquals(
          1.0, r.<Double>getAs(PersonPairs.NPMI), 1e-9, "one article: every pair always together");
    }
    assertEquals(SeedArticle.personPairs(), pairs);
  }

  /**
   * Reuters-21578 with persons from PEOPLE tags only: every tag pair's article count equals a count
   * made here straight from the SGML, for the articles ingest kept (not duplicates, not rejects).
   */
  @Test
  @Tag("corpus")
  void reutersTagPairsMatchAnIndependentCount() throws Exception {
    Path dir = Corpora.path("reuters21578");
    Path out = SharedOutputs.copy(SharedOutputs.reutersIngested());
    run("extract", "--output", out.toString(), "--persons", "tags");
    long start = System.nanoTime();
    run("cooccurrence", "--output", out.toString(), "--min-articles", "1");
    System.out.printf(
        "cooccurrence stage on Reuters-21578 (tags): %.1f s%n", (System.nanoTime() - start) / 1e9);

    Set<String> kept = new HashSet<>();
    ExtractCommandTest.table(out, Articles.NAME, Articles.SCHEMA)
        .filter(col(Articles.DUPLICATE_OF).isNull())
        .select(Articles.SOURCE_RECORD)
        .collectAsList()
        .forEach(r -> kept.add(r.getString(0)));
    Map<String, Long> expected = new TreeMap<>();
    // Each pair's UTC months, for the spells of its edge in the GEXF export.
    Map<String, TreeSet<YearMonth>> months = new TreeMap<>();
    Map<String, java.time.Instant> dates = ReutersDates.fromSgml(dir);
    Pattern record =
        Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    Pattern people = Pattern.compile("<PEOPLE>(.*?)</PEOPLE>", Pattern.DOTALL);
    Pattern d = Pattern.compile("<D>(.*?)</D>");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "reut2-*.sgm")) {
      for (Path f : files) {
        Matcher m = record.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        while (m.find()) {
          if (!kept.contains(m.group(1))) {
            continue;
          }
          Matcher p = people.matcher(m.group(2));
          TreeSet<String> names = new TreeSet<>();
          if (p.find()) {
            Matcher dm = d.matcher(p.group(1));
            while (dm.find()) {
              names.add(dm.group(1).replace('-', ' '));
            }
          }
          List<String> list = new ArrayList<>(names);
          for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
              expected.merge(list.get(i) + " | " + list.get(j), 1L, Long::sum);
              months
                  .computeIfAbsent(list.get(i) + " | " + list.get(j), k -> new TreeSet<>())
                  .add(YearMonth.from(dates.get(m.group(1)).atZone(ZoneOffset.UTC)));
            }
          }
        }
      }
    }
    Map<String, Long> actual = new TreeMap<>();
    for (Row r :
        ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA).collectAsList()) {
      String a = r.<String>getAs(PersonPairs.PERSON_A).toLowerCase(Locale.ROOT);
      String b = r.<String>getAs(PersonPairs.PERSON_B).toLowerCase(Locale.ROOT);
      String key = a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
      actual.put(key, r.getAs(PersonPairs.ARTICLES));
    }
    assertTrue(expected.size() > 100, "tag pairs: " + expected.size());
    assertEquals(expected, actual);

    // The period table sums back to the pair totals (every Reuters article is dated).
    Row sums =
        ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA)
            .agg(sum(PersonPairsByPeriod.ARTICLES))
            .first();
    Row totals =
        ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA)
            .agg(sum(PersonPairs.ARTICLES))
            .first();
    assertEquals(totals.getLong(0), sums.getLong(0));
    for (Row r :
        ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA)
            .groupBy(PersonPairsByPeriod.PERSON_A, PersonPairsByPeriod.PERSON_B)
            .agg(sum(PersonPairsByPeriod.ARTICLES))
            .join(
                ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA),
                new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B})
            .collectAsList()) {
      assertEquals((long) r.<Long>getAs(PersonPairs.ARTICLES), r.getLong(2), r.toString());
    }
    // One edge per pair (--min-articles 1), one spell per run of consecutive months it occurs in.
    long spells = 0;
    for (TreeSet<YearMonth> pairMonths : months.values()) {
      YearMonth previous = null;
      for (YearMonth ym : pairMonths) {
        spells += previous != null && previous.plusMonths(1).equals(ym) ? 0 : 1;
        previous = ym;
      }
    }
    assertGexfIsValid(out.resolve("exports/person_network.gexf"), "month", expected.size(), spells);
    assertTrue(Files.size(out.resolve("exports/person_pairs.csv")) > 1000);
    assertEquals(
        actual.size() + 1,
        Files.readAllLines(out.resolve("exports/person_pairs.csv")).size(),
        "header + one line per pair");
  }

  /** The sample corpus: network, groups and the Moscow week grain. */
  @Test
  void sampleNetworkGroupsAndWeeks() throws Exception {
    Path sample = Path.of(System.getProperty("wirescope.sample"));
    run(
        "ingest",
        "--input",
        sample.resolve("tass").toString(),
        sample.resolve("feeds").toString(),
        "--output",
        out.toString());
    run("extract", "--output", out.toString());
    run(
        "cooccurrence",
        "--output",
        out.toString(),
        "--grain",
        "week",
        "--time-zone",
        "Europe/Moscow");
    List<Row> network =
        ExtractCommandTest.table(out, PersonNetwork.NAME, PersonNetwork.SCHEMA)
            .orderBy(col(PersonNetwork.PAGERANK).desc())
            .collectAsList();
    // GOLD: the pairs named together in 2 or more articles (--min-articles) and their persons.
    Set<String> edges = SampleGold.pairsWithAtLeast(2);
    Set<String> persons = new TreeSet<>();
    edges.forEach(e -> persons.addAll(List.of(e.split(" & "))));
    assertEquals(
        persons,
        new TreeSet<>(network.stream().map(r -> r.<String>getAs(PersonNetwork.PERSON)).toList()),
        "the network's persons are those of the published pairs");
    assertEquals(
        1.0,
        network.stream().mapToDouble(r -> r.<Double>getAs(PersonNetwork.PAGERANK)).sum(),
        1e-6);
    assertEquals(
        "Vladimir Putin",
        network.get(0).getAs(PersonNetwork.PERSON),
        "the most connected person ranks first");
    for (Row r :
        ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA)
            .collectAsList()) {
      assertEquals("week", r.getAs(PersonPairsByPeriod.GRAIN));
      assertEquals(
          java.time.DayOfWeek.MONDAY,
          r.<java.sql.Date>getAs(PersonPairsByPeriod.PERIOD_START).toLocalDate().getDayOfWeek());
    }
    // Groups do not depend on the grain: GOLD's closed groups of 3 to 5 sharing 2+ articles.
    assertEquals(SampleGold.closedGroups(2, 5), groupsOf(out));
    assertGexfIsValid(
        out.resolve("exports/person_network.gexf"),
        "week",
        edges.size(),
        SampleGold.spells(edges, SampleGold::moscowWeek, d -> d.plusWeeks(1)));
  }

  /** P01 .. P25: the names of one list, as results tables and re-sent round-ups carry them. */
  static List<String> list25() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      names.add(String.format("P%02d", i));
    }
    return names;
  }

  /**
   * Fixture "a repeated list": two articles name the same 25 persons. Every subset of 3+ of them
   * shares those two articles, but only the subsets that other articles also name have more support
   * than the whole list, so only they are closed: {P01,P02,P03} (4 articles) and {P01..P04} (3);
   * {P10,P11,P12} (4) and {P10..P13} (3); {P15..P19} (3, exactly the maximum size of 5); {P20..P25}
   * (3) is closed but has 6 persons. U, V, W are a group outside the list (3 articles; T, X, Y, Q
   * and Z are each named once and join no group).
   */
  static Map<String, List<String>> repeatedList() {
    Map<String, List<String>> a = new TreeMap<>();
    a.put("list-1", list25());
    a.put("list-2", list25());
    a.put("a3", List.of("P01", "P02", "P03", "X"));
    a.put("a4", List.of("P01", "P02", "P03", "P04"));
    a.put("a5", List.of("P10", "P11", "P12", "P13"));
    a.put("a6", List.of("P10", "P11", "P12", "Q"));
    a.put("a7", List.of("P20", "P21", "Y", "Z"));
    a.put("a8", List.of("P15", "P16", "P17", "P18", "P19"));
    a.put("a9", List.of("P20", "P21", "P22", "P23", "P24", "P25"));
    a.put("b1", List.of("U", "V", "W"));
    a.put("b2", List.of("W", "V", "U"));
    a.put("b3", List.of("U", "V", "W", "T"));
    a.put("c1", List.of("Y"));
    return a;
  }

  /**
   * Writes {@code articles} and {@code mentions} as extract would leave them: one dated,
   * non-duplicate article per entry, and one text mention per person, each in its own sentence.
   */
  static void writeArticlesAndMentions(Path out, Map<String, List<String>> corpus) {
    var spark = SparkTestSession.get();
    List<Row> articles = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    int day = 1;
    for (Map.Entry<String, List<String>> e : corpus.entrySet()) {
      Timestamp t = Timestamp.valueOf(String.format("1987-03-%02d 12:00:00", day++ % 28 + 1));
      String id = e.getKey();
      articles.add(
          RowFactory.create(
              id,
              "test",
              id + ".txt",
              null,
              null,
              "title " + id,
              null,
              null,
              t,
              "UTC",
              null,
              "en",
              "body",
              List.of(),
              List.of(),
              1,
              "hash-" + id,
              List.of(),
              null,
              1987,
              3));
      int sentence = 0;
      for (String person : e.getValue()) {
        mentions.add(
            RowFactory.create(id, person, person, sentence++, 0, person.length(), "text", null, t));
      }
    }
    TableStore store = new TableStore(spark, out.toString());
    store.write(Articles.NAME, spark.createDataFrame(articles, Articles.SCHEMA));
    store.write(
        org.wirescope.tables.Mentions.NAME,
        spark.createDataFrame(mentions, org.wirescope.tables.Mentions.SCHEMA));
  }

  static JsonNode cooccurrenceManifest(Path out) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("_manifest.json").toFile())
        .path("stages")
        .path("cooccurrence");
  }

  static Map<String, Long> groupsOf(Path out) {
    Map<String, Long> groups = new TreeMap<>();
    for (Row g :
        ExtractCommandTest.table(out, PersonGroups.NAME, PersonGroups.SCHEMA).collectAsList()) {
      List<String> persons = g.getList(g.fieldIndex(PersonGroups.PERSONS));
      assertEquals(persons.size(), (int) g.<Integer>getAs(PersonGroups.SIZE));
      groups.put(String.join(",", persons), g.getAs(PersonGroups.ARTICLES));
    }
    return groups;
  }

  /**
   * Two articles sharing 25 names used to give 2^25 frequent groups in one task: with FPGrowth this
   * stage was still in that task after 240 s. Closed groups list only the subsets other articles
   * make more frequent, and count the list: the manifest's count of closed groups over the size
   * limit, with the list's 25 names as the largest, is what shows that the list was seen whole
   * rather than taken apart into its subsets. No stopwatch: the machines are shared, and a relapse
   * into enumerating 2^25 subsets never finishes (surefire's fork timeout ends it).
   */
  @Test
  void repeatedListGivesOnlyItsClosedSubsets() throws Exception {
    writeArticlesAndMentions(out, repeatedList());
    run("cooccurrence", "--output", out.toString());
    Map<String, Long> expected =
        new TreeMap<>(
            Map.of(
                "P01,P02,P03",
                4L,
                "P01,P02,P03,P04",
                3L,
                "P10,P11,P12",
                4L,
                "P10,P11,P12,P13",
                3L,
                "P15,P16,P17,P18,P19",
                3L,
                "U,V,W",
                3L));
    assertEquals(expected, groupsOf(out));
    JsonNode m = cooccurrenceManifest(out);
    assertEquals(6, m.path("groups").asLong());
    assertEquals(6, m.path("groups_found").asLong());
    assertEquals(0, m.path("groups_cut").asLong());
    assertEquals(2, m.path("groups_over_max_size").asLong(), "the 25-name list and {P20..P25}");
    assertEquals(25, m.path("largest_group_over_max_size").asLong());
    assertEquals(5, m.path("max_group_size").asLong());
  }

  /**
   * The repeated list again with --max-groups 3: the two trios of 4 articles, then, of the four
   * groups of 3 articles, the first by persons: every group here is only ever named with its own
   * pairs, so each has lift 1 and the tie falls to the names. The manifest counts the 3 cut.
   */
  @Test
  void maxGroupsKeepsTheBestAndCountsTheCut() throws Exception {
    writeArticlesAndMentions(out, repeatedList());
    run("cooccurrence", "--output", out.toString(), "--max-groups", "3");
    List<Row> rows =
        ExtractCommandTest.table(out, PersonGroups.NAME, PersonGroups.SCHEMA).collectAsList();
    assertEquals(
        List.of("P01,P02,P03", "P10,P11,P12", "P01,P02,P03,P04"),
        rows.stream().map(r -> String.join(",", r.<String>getList(0))).toList());
    for (Row r : rows) {
      assertEquals(1.0, r.<Double>getAs(PersonGroups.LIFT), 1e-12, r.toString());
    }
    JsonNode m = cooccurrenceManifest(out);
    assertEquals(3, m.path("groups").asLong());
    assertEquals(6, m.path("groups_found").asLong());
    assertEquals(3, m.path("groups_cut").asLong());
    assertEquals(3, m.path("max_groups").asLong());
  }

  @Test
  void groupOptionsAreValidated() {
    CliRunner.Run small =
        CliRunner.run("cooccurrence", "--output", out.toString(), "--max-group-size", "2");
    assertEquals(2, small.exitCode(), "a usage error");
    assertTrue(small.err().contains("--max-group-size must be at least 3"), small.err());
    CliRunner.Run none =
        CliRunner.run("cooccurrence", "--output", out.toString(), "--max-groups", "0");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("--max-groups must be at least 1"), none.err());
  }

  /**
   * A real parser check of GEXF 1.3: the namespace and version, declared attributes, every attvalue
   * pointing at a declared attribute, every edge between declared nodes with a positive weight, and
   * every spell an ordered pair of ISO dates; and exactly {@code edges} edges (one per published
   * pair) and {@code spells} spells (one per run of consecutive periods of an edge).
   */
  static void assertGexfIsValid(Path file, String grain, long edges, long spells) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(file.toFile());
    Element root = doc.getDocumentElement();
    assertEquals("gexf", root.getLocalName());
    assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
    assertEquals("1.3", root.getAttribute("version"));
    Element graph = (Element) root.getElementsByTagNameNS("http://gexf.net/1.3", "graph").item(0);
    assertEquals("dynamic", graph.getAttribute("mode"));
    assertEquals("undirected", graph.getAttribute("defaultedgetype"));
    Set<String> attributes = new HashSet<>();
    NodeList attrs = doc.getElementsByTagNameNS("http://gexf.net/1.3", "attribute");
    for (int i = 0; i < attrs.getLength(); i++) {
      attributes.add(((Element) attrs.item(i)).getAttribute("id"));
    }
    NodeList values = doc.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
    for (int i = 0; i < values.getLength(); i++) {
      assertTrue(attributes.contains(((Element) values.item(i)).getAttribute("for")));
    }
    Set<String> nodes = new HashSet<>();
    NodeList ns = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    for (int i = 0; i < ns.getLength(); i++) {
      assertTrue(nodes.add(((Element) ns.item(i)).getAttribute("id")), "node ids are unique");
      assertFalse(((Element) ns.item(i)).getAttribute("label").isEmpty());
    }
    NodeList es = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    assertEquals(edges, es.getLength(), "edges");
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      assertTrue(
          nodes.contains(e.getAttribute("source")) && nodes.contains(e.getAttribute("target")));
      assertTrue(Double.parseDouble(e.getAttribute("weight")) > 0);
    }
    NodeList spellList = doc.getElementsByTagNameNS("http://gexf.net/1.3", "spell");
    assertEquals(
        spells, spellList.getLength(), "spells: one per run of consecutive periods of each edge");
    for (int i = 0; i < spellList.getLength(); i++) {
      Element s = (Element) spellList.item(i);
      LocalDate a = LocalDate.parse(s.getAttribute("start"));
      LocalDate b = LocalDate.parse(s.getAttribute("end"));
      assertFalse(b.isBefore(a));
      if (grain.equals("week")) {
        assertEquals(java.time.DayOfWeek.MONDAY, a.getDayOfWeek());
      }
    }
  }
}
