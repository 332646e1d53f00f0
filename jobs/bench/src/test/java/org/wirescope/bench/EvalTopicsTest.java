package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eval-topics' report lines; the expected strings are what its Python printed for the same inputs.
 */
class EvalTopicsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCORES =
      "{\"nmi\": 0.6125, \"ari\": 0.41849, \"purity\": 0.8005, \"inverse_purity\": 0.5, \"coverage\": 1.0}";

  @TempDir Path dir;

  @Test
  void aSettingsLineWithTheStagesReason() throws Exception {
    String topics =
        "{\"discovered\": 8, \"seconds\": 12.25, \"discover_seconds\": 3.05,"
            + " \"discover_k_reason\": \"the largest K whose fits agree\"}";
    assertEquals(
        "auto     K 8   NMI 0.613  ARI 0.418  purity 0.800  inverse purity 0.500  coverage 1.000"
            + "  topics 12.2 s (discovery 3.0 s)  [the largest K whose fits agree]",
        EvalTopics.line("auto", JSON.readTree(topics), JSON.readTree(SCORES)));
  }

  @Test
  void aSettingsLineWithoutDiscoveryOrReason() throws Exception {
    assertEquals(
        "k4       K 0   NMI 0.613  ARI 0.418  purity 0.800  inverse purity 0.500  coverage 1.000"
            + "  topics 7.3 s (discovery 0.0 s)",
        EvalTopics.line(
            "k4",
            JSON.readTree("{\"seconds\": 7.35, \"discover_k_reason\": \"\"}"),
            JSON.readTree(SCORES)));
    assertEquals(
        "k4       K 4   NMI 0.613  ARI 0.418  purity 0.800  inverse purity 0.500  coverage 1.000"
            + "  topics 7.3 s (discovery 0.0 s)  [discovery is off]",
        EvalTopics.line(
            "k4",
            JSON.readTree(
                "{\"discovered\": 4, \"seconds\": 7.35, \"discover_note\": \"discovery is off\"}"),
            JSON.readTree(SCORES)));
  }

  @Test
  void theScoresAreTheLastLineOfTheScorersOutput() throws Exception {
    assertEquals(
        0.6125, EvalTopics.scores("topics: NMI 0.613 ...\n" + SCORES + "\n").get("nmi").asDouble());
  }

  @Test
  void oneSeedsTopicsStandAsLabelsWithNoneForNoTopic() throws Exception {
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(
        pred,
        "{\"doc\":\"a\",\"topic\":\"t1\"}\n\n{\"doc\":\"b\",\"topic\":null}\n{\"doc\":\"c\"}\n");
    Path gold = dir.resolve("gold.jsonl");
    EvalTopics.labelsFrom(pred, gold);
    assertEquals(
        List.of(
            "{\"doc\":\"a\",\"label\":\"t1\"}",
            "{\"doc\":\"b\",\"label\":\"(none)\"}",
            "{\"doc\":\"c\",\"label\":\"(none)\"}"),
        Files.readAllLines(gold));
  }

  @Test
  void articlesAreTheGoldFilesLines() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{}\n{}\n{}");
    assertEquals(
        2, EvalTopics.lines(gold), "as wc -l: a last line without a newline is not counted");
  }
}
