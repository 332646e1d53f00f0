package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.OutputLock;

/**
 * The output folder cannot hurt its owner, through the real commands: a user's folder at a table's
 * path, an output inside the input, a second run on a folder in use, and tables left behind by an
 * earlier corpus.
 */
@Tag("e2e")
class OutputFolderTest {
  @TempDir Path dir;

  static Path sample() {
    return Path.of(System.getProperty("wirescope.sample"));
  }

  /** Three untagged stories, enough for a corpus that is not the sample. */
  private Path otherCorpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("other"));
    Files.writeString(
        in.resolve("a.txt"),
        "Harbour strike ends\n\nUnion leader Maria Ostrova said the dock strike was over.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Harvest beats forecasts\n\nMinister Paul Dorrin said the wheat harvest was large.\n");
    Files.writeString(
        in.resolve("c.txt"),
        "Rates held\n\nGovernor Ines Calvo said the bank kept rates unchanged.\n");
    return in;
  }

  @Test
  void ingestIntoTheFolderThatHoldsTheCorpusIsRefused() throws Exception {
    Path news = Files.createDirectories(dir.resolve("news"));
    Path articles = Files.createDirectories(news.resolve("articles"));
    Files.writeString(articles.resolve("story.txt"), "Title\n\nMy own story, not Wirescope's.\n");
    CliRunner.Run run =
        CliRunner.run("ingest", "--input", articles.toString(), "--output", news.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("inside the output's articles folder"), run.err());
    assertEquals(
        "Title\n\nMy own story, not Wirescope's.\n",
        Files.readString(articles.resolve("story.txt")));

    // The same folder with the corpus elsewhere: the user's 'articles' folder still stops the run.
    CliRunner.Run other =
        CliRunner.run("ingest", "--input", otherCorpus().toString(), "--output", news.toString());
    assertEquals(1, other.exitCode(), other.err());
    assertTrue(
        other.err().contains(articles.toString())
            && other.err().contains("not written by Wirescope"),
        other.err());
    try (var left = Files.list(articles)) {
      assertEquals(1, left.count(), "nothing added to or removed from the user's folder");
    }
  }

  @Test
  void anOutputInsideTheInputIsRefused() throws Exception {
    Path corpus = otherCorpus();
    CliRunner.Run run =
        CliRunner.run(
            "pipeline", "--input", corpus.toString(), "--output", corpus.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("inside the input"), run.err());
    assertFalse(Files.exists(corpus.resolve("out/articles")));
  }

  /**
   * While a pipeline runs, a second run on its folder fails at once, naming the first. "At once" is
   * shown by what the second run never gets to, not by a stopwatch: its input does not exist, so a
   * run that looked at its input before the lock would fail on the input instead.
   */
  @Test
  void aSecondRunOnAFolderInUseFailsAtOnce() throws Exception {
    Path out = dir.resolve("out");
    CompletableFuture<CliRunner.Run> first =
        CompletableFuture.supplyAsync(() -> CliRunner.run("pipeline", "--output", out.toString()));
    Path lock = out.resolve(OutputLock.FILE);
    while (!Files.exists(lock) && !first.isDone()) {
      Thread.sleep(20);
    }
    assertTrue(Files.exists(lock), "the first run holds the lock");
    JsonNode holder = new ObjectMapper().readTree(Files.readString(lock));
    Path missing = dir.resolve("never-written");
    CliRunner.Run second =
        CliRunner.run("ingest", "--input", missing.toString(), "--output", out.toString());
    assertEquals(1, second.exitCode(), second.err());
    assertTrue(
        second.err().contains("in use by run " + holder.path("run_id").asText())
            && second.err().contains(holder.path("started_at").asText()),
        second.err());
    assertFalse(
        second.err().contains(missing.toString()),
        "refused before its input was looked at: " + second.err());
    CliRunner.Run done = first.get();
    assertEquals(0, done.exitCode(), done.err());
    assertFalse(Files.exists(lock), "released at the end");
  }

  /**
   * Ingesting another corpus into a sample run's folder leaves the sample's later tables behind:
   * the manifest, tables, sql and the report all say they are stale; rerunning from extract clears
   * it.
   */
  @Test
  void tablesOfAnEarlierCorpusAreReportedStale() throws Exception {
    Path out = SharedOutputs.copy(SharedOutputs.samplePipeline());
    CliRunner.Run ingest =
        CliRunner.run("ingest", "--input", otherCorpus().toString(), "--output", out.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    JsonNode stale =
        new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).path("stale_tables");
    for (String t :
        new String[] {
          "mentions", "quotes", "persons", "person_pairs", "topic_trends", "voice_share"
        }) {
      assertTrue(stale.has(t), t + " is stale: " + stale);
    }
    assertFalse(stale.has("articles") || stale.has("rejects"), stale.toString());
    assertTrue(
        stale.path("mentions").asText().contains("has rewritten articles"), stale.toString());

    CliRunner.Run tables = CliRunner.run("tables", "--output", out.toString());
    assertEquals(0, tables.exitCode(), tables.err());
    assertTrue(tables.out().contains("WARNING") && tables.out().contains("STALE"), tables.out());
    assertTrue(
        tables.out().lines().anyMatch(l -> l.startsWith("mentions (") && l.contains("STALE")),
        tables.out());
    assertTrue(
        tables.out().lines().anyMatch(l -> l.startsWith("articles (") && !l.contains("STALE")),
        tables.out());

    CliRunner.Run report = CliRunner.run("report", "--output", out.toString());
    assertEquals(0, report.exitCode(), report.err());
    assertTrue(
        Files.readString(out.resolve("report/index.html")).contains("tables that no longer match"));

    assertEquals(
        0, CliRunner.run("pipeline", "--output", out.toString(), "--from", "extract").exitCode());
    assertEquals(
        0,
        new ObjectMapper()
            .readTree(out.resolve("_manifest.json").toFile())
            .path("stale_tables")
            .size());
    assertFalse(
        Files.readString(out.resolve("report/index.html")).contains("tables that no longer match"));
  }
}
