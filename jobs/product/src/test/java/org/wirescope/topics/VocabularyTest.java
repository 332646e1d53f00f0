package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vocabulary: which terms are kept, their idf, and an article's TF-IDF vector. */
class VocabularyTest {
  /**
   * Ten documents. Document frequencies: rare 1, pair 2, trio 3, quad 4, every 10; "alpha" and
   * "beta" in 2 each, so they tie with "pair".
   */
  static List<List<String>> tenDocs() {
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<String> d = new ArrayList<>(List.of("every"));
      if (i == 0) {
        d.add("rare");
      }
      if (i < 2) {
        d.add("pair");
        d.add("beta");
      }
      if (i >= 8) {
        d.add("alpha");
      }
      if (i < 3) {
        d.add("trio");
      }
      if (i < 4) {
        d.add("quad");
        d.add("quad"); // repeats in one document count once
      }
      docs.add(d);
    }
    return docs;
  }

  static List<String> terms(Vocabulary v) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(v.term(i));
    }
    return out;
  }

  @Test
  void keepsTermsInAtLeastMinDocsAndAtMostMaxShare() {
    // 0.4 of 10 is 4 documents: "quad" stays, "every" (10) goes, "rare" (1) is under minDocs 2.
    assertEquals(
        List.of("alpha", "beta", "pair", "quad", "trio"),
        terms(Vocabulary.fit(tenDocs(), 2, 0.4, 100)));
  }

  @Test
  void maxShareIsAnUpperBoundInDocuments() {
    // 0.3 of 10 is 3 documents: "quad" (4) goes, "trio" (3) stays.
    assertEquals(
        List.of("alpha", "beta", "pair", "trio"), terms(Vocabulary.fit(tenDocs(), 2, 0.3, 100)));
  }

  @Test
  void maxTermsKeepsTheCommonestTermsTiesByTerm() {
    // quad 4, trio 3, then alpha, beta and pair tie at 2: alpha wins the last place.
    assertEquals(List.of("alpha", "quad", "trio"), terms(Vocabulary.fit(tenDocs(), 2, 0.5, 3)));
  }

  @Test
  void termsAreInAlphabeticalOrderWhateverTheDocumentOrder() {
    List<List<String>> docs = tenDocs();
    List<String> first = terms(Vocabulary.fit(docs, 1, 0.5, 100));
    assertEquals(List.of("alpha", "beta", "pair", "quad", "rare", "trio"), first);
    Collections.shuffle(docs, new Random(7));
    for (List<String> d : docs) {
      Collections.shuffle(d, new Random(11));
    }
    assertEquals(first, terms(Vocabulary.fit(docs, 1, 0.5, 100)));
  }

  @Test
  void idfIsSmoothedLogPlusOne() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 1, 0.5, 100);
    // "quad" (df 4) and "rare" (df 1) once each: their weights are their idfs, scaled to length 1.
    double idfQuad = Math.log(11.0 / 5) + 1;
    double idfRare = Math.log(11.0 / 2) + 1;
    Vocabulary.Sparse s = v.tfidf(List.of("quad", "rare"));
    assertArrayEquals(new int[] {v.indexOf("quad"), v.indexOf("rare")}, s.indices());
    double norm = Math.hypot(idfQuad, idfRare);
    assertArrayEquals(new double[] {idfQuad / norm, idfRare / norm}, s.values(), 1e-12);
  }

  @Test
  void termFrequencyIsSublinear() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 1, 0.5, 100);
    // "trio" (df 3) said three times weighs (1 + ln 3) idf, not 3 idf; "pair" (df 2) once weighs
    // its idf.
    double trio = (1 + Math.log(3)) * (Math.log(11.0 / 4) + 1);
    double pair = 1 * (Math.log(11.0 / 3) + 1);
    Vocabulary.Sparse s = v.tfidf(List.of("trio", "pair", "trio", "trio"));
    double norm = Math.hypot(trio, pair);
    // indices ascending: "pair" (2) before "trio" (5)
    assertArrayEquals(new int[] {2, 5}, s.indices());
    assertArrayEquals(new double[] {pair / norm, trio / norm}, s.values(), 1e-12);
  }

  @Test
  void tfidfHasUnitLength() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 1, 0.5, 100);
    Vocabulary.Sparse s =
        v.tfidf(List.of("alpha", "beta", "beta", "quad", "rare", "rare", "rare", "trio"));
    double sum = 0;
    for (double x : s.values()) {
      sum += x * x;
    }
    assertEquals(1.0, sum, 1e-12);
    assertEquals(5, s.indices().length);
  }

  @Test
  void unknownWordsGiveAnEmptyVector() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 2, 0.5, 100);
    Vocabulary.Sparse s = v.tfidf(List.of("every", "rare", "unseen"));
    assertTrue(s.isEmpty());
    assertEquals(0, s.values().length);
    assertTrue(v.tfidf(List.of()).isEmpty());
  }

  @Test
  void indexOfAnUnknownTermIsMinusOne() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 2, 0.5, 100);
    assertEquals(-1, v.indexOf("every"));
    assertEquals(2, v.indexOf("pair"));
  }

  @Test
  void tfidfTermsCountEachVocabularyTermOnce() {
    Vocabulary v = Vocabulary.fit(tenDocs(), 2, 0.5, 100);
    assertEquals(2, v.tfidf(List.of("pair", "pair", "trio", "every", "rare", "unseen")).terms());
    assertEquals(0, v.tfidf(List.of()).terms());
  }

  @Test
  void noDocumentsGiveAnEmptyVocabulary() {
    Vocabulary v = Vocabulary.fit(List.of(), 1, 0.5, 100);
    assertEquals(0, v.size());
    assertTrue(v.tfidf(List.of("oil")).isEmpty());
  }
}
