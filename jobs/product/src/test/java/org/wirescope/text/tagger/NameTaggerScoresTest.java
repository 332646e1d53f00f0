package org.wirescope.text.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wirescope.text.tokens.Tokens;

/**
 * The tagger looks each token's text-only features up once for both passes; its labels and margins
 * must stay those of summing {@link FeatureDoc#features} key by key, to the bit.
 */
class NameTaggerScoresTest {
  private static final String[] ARTICLES = {
    "Results at Calder Steel\n\nJohn Smith, chairman of Calder Steel, said on Monday that sales "
        + "rose. Smith's deputy, Ursula von der Leyen, and Mr. J. R. Ewing of the U.S. firm "
        + "said the president-elect met Senators in Paris.\n\nSMITH SAID SALES ROSE IN MAY",
    "Mohammed bin Salman met Jean-Claude Juncker in Brussels; Juncker told the Kremlin’s envoy "
        + "that the European Commission would wait. \"We will see,\" said Juncker.\n\n"
        + "Smith, Juncker and bin Salman: the 3.5 pct rise in the St. Louis Fed's index.",
    "the company said it expected earnings of 1.20 dlrs a share.\n\nIt said that the van der "
        + "Berg plant would close, according to Reuters and Dow Jones."
  };

  @Test
  void labelsAndMarginsAreThoseOfSummingEveryFeature() {
    NameTagger tagger = NameTagger.shipped();
    for (String text : ARTICLES) {
      Tokens t = Tokens.of(text);
      boolean[] headline = Tokens.titleCaseParagraphs(t, true);
      float[] margins = new float[t.size];
      float[] expectedMargins = new float[t.size];
      int[] labels = tagger.tag(t, headline, margins);
      int[] expected = summingEveryFeature(tagger, t, headline, expectedMargins);
      assertArrayEquals(expected, labels, text);
      for (int k = 0; k < t.size; k++) {
        assertEquals(
            Float.floatToRawIntBits(expectedMargins[k]),
            Float.floatToRawIntBits(margins[k]),
            "margin of token " + k + " of " + text);
      }
      assertTrue(Arrays.stream(labels).anyMatch(l -> l != NameTagger.O), "some names found");
    }
  }

  /** Both passes as the tagger once ran them: every feature hashed and looked up every time. */
  private static int[] summingEveryFeature(
      NameTagger tagger, Tokens t, boolean[] headline, float[] margins) {
    FeatureDoc doc = new FeatureDoc(t, headline);
    int[] labels = pass(tagger, doc, null);
    doc.secondPass(labels);
    return pass(tagger, doc, margins);
  }

  private static int[] pass(NameTagger tagger, FeatureDoc doc, float[] margins) {
    Tokens t = doc.t;
    int[] labels = new int[t.size];
    int[] keys = new int[Features.MAX];
    float[] score = new float[NameTagger.L];
    for (int k = 0; k < t.size; k++) {
      int prev = k > 0 && t.para[k - 1] == t.para[k] ? labels[k - 1] : NameTagger.O;
      if (!doc.scored(k, prev)) {
        continue;
      }
      tagger.scores(keys, doc.features(k, labels, keys), score);
      labels[k] = NameTagger.best(score, prev);
      if (margins != null) {
        float other = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < NameTagger.L; l++) {
          if (l != labels[k] && NameTagger.allowed(prev, l)) {
            other = Math.max(other, score[l]);
          }
        }
        margins[k] = score[labels[k]] - other;
      }
      doc.labelled(k, labels[k]);
    }
    return labels;
  }
}
