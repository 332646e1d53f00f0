package org.wirescope.text.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.wirescope.text.tokens.Tokens;

/**
 * The tagger's labels and the model the product ships (its training is tested in bench:
 * NameTrainingTest).
 */
class NameTaggerTest {
  @Test
  void anInsideLabelOnlyContinuesItsKind() {
    assertFalse(NameTagger.allowed(NameTagger.O, NameTagger.I_PER));
    assertFalse(NameTagger.allowed(NameTagger.B_ORG, NameTagger.I_PER));
    assertTrue(NameTagger.allowed(NameTagger.B_PER, NameTagger.I_PER));
    assertTrue(NameTagger.allowed(NameTagger.I_ORG, NameTagger.B_PER));
  }

  @Test
  void theShippedModelLoadsAndStaysSmall() throws Exception {
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.RESOURCE)) {
      assertTrue(in != null, "the model resource is on the class path");
      assertTrue(in.readAllBytes().length <= 20 << 20, "the model is at most 20 MB");
    }
    NameTagger t = NameTagger.shipped();
    assertEquals(62_373, t.size(), "the features of the model jobs/bin/train-names wrote");
    Tokens tokens = Tokens.of("Results\n\nJohn Smith said the company would grow.");
    int[] labels = t.tag(tokens, new boolean[] {false, false});
    assertEquals(NameTagger.B_PER, labels[1], "John");
    assertEquals(NameTagger.I_PER, labels[2], "Smith");
  }
}
