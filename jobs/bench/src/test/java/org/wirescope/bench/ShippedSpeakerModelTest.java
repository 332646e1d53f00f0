package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;

/**
 * The speaker ranker the product ships is what jobs/bin/train-speakers writes from PolNeAR train:
 * the same data ({@link SpeakerData}: the product's text analysis with the rules alone deciding,
 * labelled by speakers.py with the shared scorer's matching) and the same training (all rows, the
 * default penalty). The ranker's features come from the text code, so a change there that moves a
 * feature value shows here, not only in the scores. About 25 s: 15 s of text analysis over the 840
 * train articles, 6 s of labelling in Python, under a second of training.
 *
 * <p>Needs the corpora (skipped without them, see {@link Corpora}), python3 and the shared scorer
 * ({@code -Dwirescope.eval}, else the eval folder beside the corpora folder); skipped without those
 * too, unless WIRESCOPE_REQUIRE_CORPORA=1.
 */
@Tag("corpus")
class ShippedSpeakerModelTest {
  static final String RESOURCE = "/org/wirescope/text/speakers.model";
  static final String RETRAIN = "jobs/bin/train-speakers";

  @TempDir Path work;

  @Test
  void theShippedModelIsAFreshTrainingRun() throws Exception {
    Path gold = Corpora.path("polnear-dev/data/train");
    SpeakerData.Labeller labeller = SpeakerData.Labeller.in(repo(), evalFolder());
    require(Files.isRegularFile(labeller.script()), "the labeller " + labeller.script());
    require(python3(), "python3 on the PATH");

    TrainSpeakers.Data data = TrainSpeakers.read(SpeakerData.write(labeller, gold, work));
    String fresh = TrainSpeakers.modelFile(data, TrainSpeakers.L2);

    String shipped;
    try (InputStream in = TrainSpeakers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        fail("no " + RESOURCE + " on the class path: the product ships no speaker ranker");
      }
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        shipped,
        fresh,
        "the shipped speaker ranker (jobs/product/src/main/resources"
            + RESOURCE
            + ") differs from a fresh training run on PolNeAR train; if the change is meant, rerun "
            + RETRAIN
            + " (it also redraws jobs/bench/speakers-pr.csv and .png), rebuild, and commit the model with the"
            + " scores it moves");
  }

  /** The repository root: surefire's wirescope.repo, else two folders up from the module. */
  private static Path repo() {
    return Paths.get(System.getProperty("wirescope.repo", "../..")).toAbsolutePath().normalize();
  }

  /** The shared scorer's folder: wirescope.eval, else "eval" beside the corpora folder. */
  private static Path evalFolder() {
    String property = System.getProperty("wirescope.eval");
    Path eval =
        property != null
            ? Paths.get(property).toAbsolutePath().normalize()
            : Corpora.root().resolveSibling("eval");
    require(
        Files.isRegularFile(eval.resolve("score_quotes.py")),
        "the shared scorer " + eval.resolve("score_quotes.py") + " (set -Dwirescope.eval=...)");
    return eval;
  }

  private static boolean python3() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** As {@link Corpora}: skipped when absent, failed when WIRESCOPE_REQUIRE_CORPORA=1. */
  private static void require(boolean present, String what) {
    String message = what + " not found";
    if (!present && "1".equals(System.getenv("WIRESCOPE_REQUIRE_CORPORA"))) {
      fail(message + " and WIRESCOPE_REQUIRE_CORPORA=1");
    }
    Assumptions.assumeTrue(present, message);
  }
}
