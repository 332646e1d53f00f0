package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.DiscoveredTopics;
import org.wirescope.tables.Tables;

/**
 * The default pipeline on corpora far smaller than a wire: no tags, a handful of articles, or words
 * that carry no topic. Topic discovery switches itself on for untagged corpora; it must then shrink
 * or skip, say why, and let every later stage run.
 */
@Tag("e2e")
class SmallCorporaTest {
  @TempDir Path in;
  @TempDir Path out;

  /** Ten untagged plain-text stories on five subjects, two each; written here, not copied. */
  static final String[][] STORIES = {
    {
      "Harbour cranes idle as dock strike enters third week",
      "Dock workers at the northern harbour kept cranes idle for a third week, union leader Maria Ostrova said on Monday. Container ships queued outside the harbour while shipping lines rerouted cargo."
    },
    {
      "Shipping lines reroute cargo around striking harbour",
      "Two shipping lines said they would send container cargo to southern ports until the dock strike ends. Harbour officials met union leader Maria Ostrova again without a deal."
    },
    {
      "Wheat harvest beats forecasts after late rains",
      "Farmers in the river valley brought in a wheat harvest well above forecasts, agriculture minister Paul Dorrin said. Late rains filled the grain and prices for flour fell."
    },
    {
      "Grain prices fall as wheat silos fill",
      "Grain traders cut wheat prices for a second day as silos filled across the valley. Millers said flour would be cheaper by autumn, and Paul Dorrin welcomed the harvest."
    },
    {
      "Central bank holds interest rates steady",
      "The central bank kept its interest rate unchanged, citing slowing inflation. \"Inflation is easing faster than we expected this spring,\" governor Ines Calvo told reporters. Bond markets rallied on the decision."
    },
    {
      "Bond yields drop after rate decision",
      "Government bond yields dropped after the central bank held rates, and traders priced in a cut next quarter. Governor Ines Calvo said inflation was easing."
    },
    {
      "City marathon draws record field of runners",
      "A record field of runners crossed the finish line of the city marathon on Sunday. Winner Tomas Berg set a course record in cool weather."
    },
    {
      "Marathon winner plans to defend his title",
      "Tomas Berg, who won the city marathon with a course record, said he would return next year. Runners praised the cool weather and the crowds."
    },
    {
      "Museum reopens with restored medieval tapestries",
      "The national museum reopened its medieval hall with six restored tapestries, curator Lena Voss said. Visitors queued for the tapestries on the first morning."
    },
    {
      "Restorers spent four years on museum tapestries",
      "Restorers worked four years on the medieval tapestries now back on show at the national museum, curator Lena Voss told visitors."
    },
  };

  private static void write(Path dir, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(
          dir.resolve(String.format("story-%02d.txt", i)),
          STORIES[i][0] + "\n\n" + STORIES[i][1] + "\n");
    }
  }

  private static JsonNode stage(Path out, String stage) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("_manifest.json").toFile())
        .path("stages")
        .path(stage);
  }

  /**
   * Twelve files, ten articles, no tags: discovery turns itself on, shrinks to what ten articles
   * allow, says so, and every table down to the report is written.
   */
  @Test
  void tenUntaggedArticlesRunToTheEnd() throws IOException {
    write(in, 10);
    Files.writeString(
        in.resolve("metadata.tsv"),
        "filename\tdate\nstory-00.txt\t2024-03-04\nstory-01.txt\t2024-03-05\n");
    Files.writeString(in.resolve("README.md"), "Ten stories written for a test.\n");
    CliRunner.Run run =
        CliRunner.run("pipeline", "--input", in.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode topics = stage(out, "topics");
    assertEquals("auto", topics.path("discover").asText(), "switched on by default: " + topics);
    assertTrue(topics.path("discover_when_untagged").asBoolean(), topics.toString());
    int found = topics.path("discovered").asInt();
    assertEquals(2, found, "ten articles allow two topics of five articles: " + topics);
    assertTrue(
        topics
            .path("discover_note")
            .asText()
            .startsWith("10 articles with enough terms allow at most 2 topics"),
        topics.toString());
    for (String table : Tables.all().keySet()) {
      assertTrue(Files.isDirectory(out.resolve(table)), table + " written");
    }
    assertTrue(Files.exists(out.resolve("report/index.html")));
    assertEquals(
        found,
        ExtractCommandTest.table(out, DiscoveredTopics.NAME, DiscoveredTopics.SCHEMA)
            .filter(
                org.apache
                    .spark
                    .sql
                    .functions
                    .col(DiscoveredTopics.LEVEL)
                    .equalTo(DiscoveredTopics.COARSE))
            .count());
    // Eight of the ten stories have no date: their quotes belong to no period, yet the summary
    // counts every quote and names its speakers.
    long quotes =
        ExtractCommandTest.table(
                out, org.wirescope.tables.Quotes.NAME, org.wirescope.tables.Quotes.SCHEMA)
            .count();
    assertTrue(quotes > 0, "the fixture quotes the governor");
    String speakers = run.out().substring(run.out().indexOf("quoted speakers"));
    assertTrue(speakers.lines().skip(1).findFirst().orElse("").contains("Ines Calvo"), run.out());
  }

  /** One article: nothing to discover, no failure; the manifest says why. */
  @Test
  void oneArticleSkipsDiscovery() throws IOException {
    write(in, 1);
    CliRunner.Run run =
        CliRunner.run("pipeline", "--input", in.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode topics = stage(out, "topics");
    assertEquals(0, topics.path("discovered").asInt());
    assertTrue(
        topics.path("discover_note").asText().contains("at least 10 are needed for 2 topics"),
        topics.toString());
    assertTrue(Files.exists(out.resolve("report/index.html")));
  }

  /** Articles whose words are all stop words, numbers or too short: an empty vocabulary. */
  @Test
  void anEmptyVocabularySkipsDiscovery() throws IOException {
    for (int i = 0; i < 12; i++) {
      Files.writeString(
          in.resolve("n" + i + ".txt"),
          "It is " + i + "\n\nAnd so it was, as it is: 1, 2, 3 " + i + ".\n");
    }
    CliRunner.Run run = CliRunner.run("topics", "--output", out.toString(), "--discover", "4");
    assertEquals(1, run.exitCode(), "no articles table yet: " + run.err());
    assertEquals(
        0,
        CliRunner.run("ingest", "--input", in.toString(), "--output", out.toString()).exitCode());
    run = CliRunner.run("topics", "--output", out.toString(), "--discover", "4");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode topics = stage(out, "topics");
    assertEquals(0, topics.path("discovered").asInt());
    assertTrue(
        topics
            .path("discover_note")
            .asText()
            .startsWith("0 of 12 sampled articles have 3 or more distinct " + "topic terms"),
        topics.toString());
    assertFalse(run.err().contains("maxDF"), run.err());
  }
}
