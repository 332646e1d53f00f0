package org.wirescope.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wirescope.Corpora;
import org.wirescope.tables.Articles;
import org.wirescope.tables.PersonGroups;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.PersonPairsByPeriod;

/** End-to-end: ingest, extract and cooccurrence through the real CLI. */
class CooccurrenceCommandTest {
  @TempDir Path out;

  void run(String... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void seedArticleGivesExactlyItsThreePairs() {
    run("ingest", "--input", Corpora.path("tass/tass-kremlin-2017-11-12.txt").toString(), "--output", out.toString());
    run("extract", "--output", out.toString());
    run("cooccurrence", "--output", out.toString(), "--min-articles", "1");
    Set<String> pairs = new TreeSet<>();
    for (Row r : ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA).collectAsList()) {
      pairs.add(r.getAs(PersonPairs.PERSON_A) + " | " + r.getAs(PersonPairs.PERSON_B));
      assertEquals(1L, (long) r.<Long>getAs(PersonPairs.ARTICLES));
      assertEquals(1.0, r.<Double>getAs(PersonPairs.NPMI), 1e-9, "one article: every pair always together");
    }
    assertEquals(Set.of("Dmitry Peskov | Donald Trump", "Donald Trump | Vladimir Putin",
        "Dmitry Peskov | Vladimir Putin"), pairs);
  }

  /**
   * Reuters-21578 with persons from PEOPLE tags only: every tag pair's article count equals a
   * count made here straight from the SGML, for the articles ingest kept (not duplicates, not
   * rejects).
   */
  @Test
  void reutersTagPairsMatchAnIndependentCount() throws Exception {
    Path dir = Corpora.path("reuters21578");
    run("ingest", "--input", dir.resolve("reut2-*.sgm").toString(), "--output", out.toString());
    run("extract", "--output", out.toString(), "--persons", "tags");
    long start = System.nanoTime();
    run("cooccurrence", "--output", out.toString(), "--min-articles", "1");
    System.out.printf("cooccurrence stage on Reuters-21578 (tags): %.1f s%n", (System.nanoTime() - start) / 1e9);

    Set<String> kept = new HashSet<>();
    ExtractCommandTest.table(out, Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull())
        .select(Articles.SOURCE_RECORD).collectAsList().forEach(r -> kept.add(r.getString(0)));
    Map<String, Long> expected = new TreeMap<>();
    Pattern record = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
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
            }
          }
        }
      }
    }
    Map<String, Long> actual = new TreeMap<>();
    for (Row r : ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA).collectAsList()) {
      String a = r.<String>getAs(PersonPairs.PERSON_A).toLowerCase(Locale.ROOT);
      String b = r.<String>getAs(PersonPairs.PERSON_B).toLowerCase(Locale.ROOT);
      String key = a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
      actual.put(key, r.getAs(PersonPairs.ARTICLES));
    }
    assertTrue(expected.size() > 100, "tag pairs: " + expected.size());
    assertEquals(expected, actual);

    // The period table sums back to the pair totals (every Reuters article is dated).
    Row sums = ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA)
        .agg(sum(PersonPairsByPeriod.ARTICLES)).first();
    Row totals = ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA).agg(sum(PersonPairs.ARTICLES)).first();
    assertEquals(totals.getLong(0), sums.getLong(0));
    for (Row r : ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA)
        .groupBy(PersonPairsByPeriod.PERSON_A, PersonPairsByPeriod.PERSON_B).agg(sum(PersonPairsByPeriod.ARTICLES))
        .join(ExtractCommandTest.table(out, PersonPairs.NAME, PersonPairs.SCHEMA),
            new String[] {PersonPairs.PERSON_A, PersonPairs.PERSON_B}).collectAsList()) {
      assertEquals((long) r.<Long>getAs(PersonPairs.ARTICLES), r.getLong(2), r.toString());
    }
    assertGexfIsValid(out.resolve("exports/person_network.gexf"), "month");
    assertTrue(Files.size(out.resolve("exports/person_pairs.csv")) > 1000);
    assertEquals(actual.size() + 1, Files.readAllLines(out.resolve("exports/person_pairs.csv")).size(), "header + one line per pair");
  }

  /** The sample corpus: network, groups and the Moscow week grain. */
  @Test
  void sampleNetworkGroupsAndWeeks() throws Exception {
    Path sample = Path.of(System.getProperty("wirescope.sample"));
    run("ingest", "--input", sample.resolve("tass").toString(), sample.resolve("feeds").toString(), "--output", out.toString());
    run("extract", "--output", out.toString());
    run("cooccurrence", "--output", out.toString(), "--grain", "week", "--time-zone", "Europe/Moscow");
    List<Row> network = ExtractCommandTest.table(out, PersonNetwork.NAME, PersonNetwork.SCHEMA)
        .orderBy(col(PersonNetwork.PAGERANK).desc()).collectAsList();
    assertFalse(network.isEmpty());
    assertEquals(1.0, network.stream().mapToDouble(r -> r.<Double>getAs(PersonNetwork.PAGERANK)).sum(), 1e-6);
    assertEquals("Vladimir Putin", network.get(0).getAs(PersonNetwork.PERSON), "the most connected person ranks first");
    for (Row r : ExtractCommandTest.table(out, PersonPairsByPeriod.NAME, PersonPairsByPeriod.SCHEMA).collectAsList()) {
      assertEquals("week", r.getAs(PersonPairsByPeriod.GRAIN));
      assertEquals(java.time.DayOfWeek.MONDAY, r.<java.sql.Date>getAs(PersonPairsByPeriod.PERIOD_START).toLocalDate().getDayOfWeek());
    }
    List<Row> groups = ExtractCommandTest.table(out, PersonGroups.NAME, PersonGroups.SCHEMA).collectAsList();
    assertFalse(groups.isEmpty(), "the sample names trios together");
    for (Row g : groups) {
      assertTrue(g.<Integer>getAs(PersonGroups.SIZE) >= 3);
      assertTrue(g.<Long>getAs(PersonGroups.ARTICLES) >= 2);
    }
    assertGexfIsValid(out.resolve("exports/person_network.gexf"), "week");
  }

  /**
   * A real parser check of GEXF 1.3: the namespace and version, declared attributes, every
   * attvalue pointing at a declared attribute, every edge between declared nodes with a positive
   * weight, and every spell an ordered pair of ISO dates.
   */
  static void assertGexfIsValid(Path file, String grain) throws Exception {
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
    assertTrue(es.getLength() > 0);
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      assertTrue(nodes.contains(e.getAttribute("source")) && nodes.contains(e.getAttribute("target")));
      assertTrue(Double.parseDouble(e.getAttribute("weight")) > 0);
    }
    NodeList spells = doc.getElementsByTagNameNS("http://gexf.net/1.3", "spell");
    assertTrue(spells.getLength() > 0, "dynamic edges carry spells");
    for (int i = 0; i < spells.getLength(); i++) {
      Element s = (Element) spells.item(i);
      LocalDate a = LocalDate.parse(s.getAttribute("start"));
      LocalDate b = LocalDate.parse(s.getAttribute("end"));
      assertFalse(b.isBefore(a));
      if (grain.equals("week")) {
        assertEquals(java.time.DayOfWeek.MONDAY, a.getDayOfWeek());
      }
    }
  }

}
