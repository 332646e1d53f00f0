package org.wirescope.text.speakers.ranker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.speakers.rules.SpeakerRules;

/** The speaker model's file: weights by feature name, checked against the code's features. */
class SpeakerModelTest {
  private static SpeakerModel read(String text, List<String> names) throws IOException {
    return SpeakerModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), names);
  }

  @Test
  void scoresTheLogisticOfTheWeightedSum() throws IOException {
    SpeakerModel m =
        read("# a comment\nbias\t-1.0\nnear\t2.0\nsieve\t0.5\n", List.of("sieve", "near"));
    assertEquals(
        1 / (1 + Math.exp(-(-1.0 + 0.5 * 1 + 2.0 * 0.25))), m.score(new double[] {1, 0.25}), 1e-12);
    assertEquals(0.5, read("bias\t0\nsieve\t0\n", List.of("sieve")).score(new double[] {7}), 1e-12);
  }

  @Test
  void aModelForOtherFeaturesIsRefusedWithTheFeatureNamed() {
    IOException missing =
        assertThrows(
            IOException.class, () -> read("bias\t0\nsieve\t1\n", List.of("sieve", "near")));
    assertTrue(missing.getMessage().contains("'near'"), missing.getMessage());
    IOException extra =
        assertThrows(
            IOException.class, () -> read("bias\t0\nsieve\t1\nold_feature\t3\n", List.of("sieve")));
    assertTrue(extra.getMessage().contains("old_feature"), extra.getMessage());
    assertThrows(IOException.class, () -> read("sieve\t1\n", List.of("sieve")));
    assertThrows(IOException.class, () -> read("bias 0\n", List.of()));
  }

  @Test
  void theShippedModelCoversEveryFeature() {
    SpeakerModel m = SpeakerModel.shipped();
    double s = m.score(new double[SpeakerFeatures.NAMES.size()]);
    assertTrue(s > 0 && s < 1, "score " + s);
    assertEquals(SpeakerFeatures.NAMES.size(), SpeakerFeatures.NAMES.stream().distinct().count());
  }

  @Test
  void everyRuleOfTheSieveIsAFeatureAndHasItsOwnLabel() {
    for (Attribution r : SpeakerRules.SIEVE) {
      assertTrue(SpeakerFeatures.RULES.contains(r), r + " has no feature");
      assertEquals(r, Attribution.ofLabel(r.label()));
    }
    assertEquals(SpeakerRules.SIEVE.size(), SpeakerFeatures.RULES.size());
  }
}
