package org.wirescope.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.min;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;
import org.wirescope.cli.SharedOutputs;
import org.wirescope.tables.Grain;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.QuoteCounts;

/**
 * The peer on the bundled sample: the pipeline runs once, then Wirescope and DuckDB compute the
 * three aggregates over its tables. One warm-up and one timed run per side keep it quick.
 */
@Tag("e2e")
class PeerTest {
  private static final Peer.Settings ONE_RUN = new Peer.Settings(Grain.MONTH, "UTC", 60, 2, 1);

  static Path out;
  static Map<String, Peer.Result> results;

  /** The sample's pipeline, as the product's tests made it this build (a copy, for writing). */
  @BeforeAll
  static void pipelineOnTheSampleThenPeer() {
    out = SharedOutputs.copy(SharedOutputs.samplePipeline());
    results = byName(Peer.compare(SparkTestSession.get(), out.toString(), ONE_RUN));
  }

  private static Map<String, Peer.Result> byName(List<Peer.Result> list) {
    assertEquals(
        List.of("pair_counts", "topic_shares", "quote_counts"),
        list.stream().map(Peer.Result::name).toList());
    return list.stream().collect(Collectors.toMap(Peer.Result::name, Function.identity()));
  }

  @Test
  void allThreeAggregatesAgreeExactly() {
    for (Peer.Result r : results.values()) {
      assertTrue(r.agree(), r.name() + " differs: " + r.differences());
      assertEquals(0, r.differingRows(), r.name());
      assertTrue(r.differences().isEmpty(), r.name());
      assertTrue(r.wirescopeRows() > 0, r.name());
      assertEquals(r.wirescopeRows(), r.duckdbRows(), r.name());
      assertEquals(1, r.wirescopeRuns().size(), r.name());
      assertTrue(r.wirescopeSeconds() > 0 && r.duckdbSeconds() > 0, r.name());
      assertEquals(r.wirescopeSeconds() / r.duckdbSeconds(), r.ratio(), 1e-12, r.name());
      assertEquals(1, r.wirescopeCpuRuns().size(), r.name());
      assertTrue(r.wirescopeCpuSeconds() > 0 && r.duckdbCpuSeconds() >= 0, r.name());
    }
  }

  /**
   * The rows are the ones the jobs made: all pairs before --min-articles, every trend and count
   * row.
   */
  @Test
  void rowsAreTheJobsRows() throws IOException {
    JsonNode stages =
        new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).path("stages");
    assertEquals(
        stages.path("cooccurrence").path("pairs").asLong(),
        results.get("pair_counts").wirescopeRows());
    assertEquals(
        stages.path("topics").path("trend_rows").asLong(),
        results.get("topic_shares").wirescopeRows());
    long quoteCounts =
        SparkTestSession.get()
            .read()
            .schema(QuoteCounts.SCHEMA)
            .parquet(out.resolve(QuoteCounts.NAME).toString())
            .count();
    assertEquals(quoteCounts, results.get("quote_counts").wirescopeRows());
  }

  /**
   * DuckDB reads a copy of the tables whose mentions lack one person of an article naming several:
   * that person's pairs lose an article, and the comparison must say so, row by row.
   */
  @Test
  void aRemovedMentionIsReportedAsADisagreement(@TempDir Path altered) throws IOException {
    SparkSession spark = SparkTestSession.get();
    for (String table : Peer.INPUTS) {
      if (!table.equals(Mentions.NAME)) {
        Folders.copyTree(out.resolve(table), altered.resolve(table));
      }
    }
    Dataset<Row> mentions =
        spark.read().schema(Mentions.SCHEMA).parquet(out.resolve(Mentions.NAME).toString());
    Row victim =
        mentions
            .groupBy(Mentions.ARTICLE_ID)
            .agg(countDistinct(col(Mentions.PERSON)).as("n"), min(col(Mentions.PERSON)).as("p"))
            .filter(col("n").geq(2))
            .orderBy(Mentions.ARTICLE_ID)
            .first();
    String article = victim.getString(0);
    String person = victim.getString(2);
    mentions
        .filter(
            col(Mentions.ARTICLE_ID).notEqual(article).or(col(Mentions.PERSON).notEqual(person)))
        .write()
        .parquet(altered.resolve(Mentions.NAME).toString());

    Map<String, Peer.Result> r =
        byName(Peer.compare(spark, out.toString(), altered.toString(), ONE_RUN));

    Peer.Result pairs = r.get("pair_counts");
    assertFalse(pairs.agree());
    assertTrue(pairs.differingRows() > 0);
    assertFalse(pairs.differences().isEmpty());
    assertTrue(
        pairs.differences().stream()
            .allMatch(d -> d.startsWith("wirescope only:") || d.startsWith("duckdb only:")),
        pairs.differences().toString());
    assertTrue(
        pairs.differences().stream()
            .anyMatch(
                d ->
                    d.startsWith("wirescope only:")
                        && (d.contains("person_a=" + person + " ")
                            || d.contains("person_b=" + person + " "))),
        person + " in " + pairs.differences());
    assertTrue(r.get("topic_shares").agree(), "topics do not read mentions");
    assertTrue(r.get("quote_counts").agree(), "quote counts do not read mentions");

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Peer.print(List.copyOf(r.values()), new PrintStream(printed, true, StandardCharsets.UTF_8));
    String table = printed.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("NO (" + pairs.differingRows() + " rows differ)"), table);
    assertTrue(table.contains("pair_counts: first " + pairs.differences().size()), table);
  }

  @Test
  void printsAnAlignedTableAndJson() throws IOException {
    List<Peer.Result> list =
        List.of(
            results.get("pair_counts"), results.get("topic_shares"), results.get("quote_counts"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Peer.print(list, new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("aggregate"));
    int agreeColumn = lines.get(0).indexOf("agree");
    for (String line : lines.subList(1, 4)) {
      assertEquals("yes", line.substring(agreeColumn).strip(), line);
    }

    JsonNode doc =
        new ObjectMapper()
            .readTree(Peer.toJson(list, out.toString(), ONE_RUN, SparkTestSession.get()));
    assertEquals("month", doc.path("grain").asText());
    assertEquals(3, doc.path("aggregates").size());
    for (JsonNode a : doc.path("aggregates")) {
      assertTrue(a.path("agree").asBoolean(), a.toString());
      assertEquals(
          results.get(a.path("aggregate").asText()).wirescopeRows(),
          a.path("wirescope_rows").asLong());
      assertEquals(1, a.path("wirescope_runs").size());
    }
  }

  @Test
  void aFolderWithoutTablesIsAClearError(@TempDir Path empty) {
    SparkTestSession.get();
    picocli.CommandLine cl = Peer.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(1, cl.execute("--output", empty.toString(), "--repeat", "1"));
    assertTrue(err.toString().contains("table articles not found"), err.toString());
  }

  @Test
  void badSettingsNameTheOption() {
    picocli.CommandLine cl = Peer.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(2, cl.execute("--output", out.toString(), "--repeat", "0"));
    assertTrue(err.toString().contains("--repeat must be at least 1"), err.toString());
  }
}
