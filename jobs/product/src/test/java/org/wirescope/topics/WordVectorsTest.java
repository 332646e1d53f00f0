package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word vectors from co-occurrence: words used alike are close though they never meet. */
class WordVectorsTest {
  /**
   * Four kinds of article, ten of each. "dividend" and "shr" never share an article but share all
   * their neighbours (record, payable, quarterly, board); so do "goal" and "penalty" (striker,
   * match, league, club). The two groups share no neighbour.
   */
  static List<List<String>> docs() {
    TopicTerms terms = TopicTerms.standard();
    String[] kinds = {
      "dividend record payable quarterly board",
      "shr record payable quarterly board",
      "goal striker match league club",
      "penalty striker match league club"
    };
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      for (String kind : kinds) {
        docs.add(terms.terms(kind));
      }
    }
    return docs;
  }

  static Vocabulary vocabulary(List<List<String>> docs) {
    return Vocabulary.fit(docs, 2, TopicFit.MAX_SHARE, 1000);
  }

  static double cos(WordVectors w, Vocabulary v, String a, String b) {
    return Vectors.dot(w.vector(v.indexOf(a)), w.vector(v.indexOf(b)));
  }

  @Test
  void wordsWithTheSameNeighboursAreCloseThoughTheyNeverMeet() {
    List<List<String>> docs = docs();
    Vocabulary v = vocabulary(docs);
    WordVectors w = WordVectors.fit(docs, v, 4, 1);
    double same = cos(w, v, "dividend", "shr");
    double sport = cos(w, v, "goal", "penalty");
    double across = cos(w, v, "dividend", "goal");
    assertTrue(same > 0.9, "dividend ~ shr: " + same);
    assertTrue(sport > 0.9, "goal ~ penalty: " + sport);
    assertTrue(Math.abs(across) < 0.2, "dividend ~ goal: " + across);
  }

  @Test
  void articlesWithoutACommonTermAreCloseThroughTheirWords() {
    List<List<String>> docs = docs();
    Vocabulary v = vocabulary(docs);
    WordVectors w = WordVectors.fit(docs, v, 4, 1);
    double[] dividend = w.embed(v.tfidf(List.of("dividend")));
    double[] shr = w.embed(v.tfidf(List.of("shr")));
    double[] goal = w.embed(v.tfidf(List.of("goal")));
    assertTrue(Vectors.dot(dividend, shr) > 0.9);
    assertTrue(Math.abs(Vectors.dot(dividend, goal)) < 0.2);
  }

  @Test
  void phrasesHaveNoVectorAndAnArticleOfPhrasesEmbedsAsZeros() {
    List<List<String>> docs = docs();
    Vocabulary v = vocabulary(docs);
    WordVectors w = WordVectors.fit(docs, v, 4, 1);
    int phrase = v.indexOf("record payable");
    assertTrue(phrase >= 0, v.toString());
    assertNull(w.vector(phrase));
    assertArrayEquals(new double[4], w.embed(v.tfidf(List.of("record payable"))));
  }

  @Test
  void theSameDocumentsAndSeedGiveTheSameVectors() {
    List<List<String>> docs = docs();
    Vocabulary v = vocabulary(docs);
    WordVectors a = WordVectors.fit(docs, v, 4, 7);
    WordVectors b = WordVectors.fit(new ArrayList<>(docs), v, 4, 7);
    for (int t = 0; t < v.size(); t++) {
      double[] x = a.vector(t);
      double[] y = b.vector(t);
      if (x == null) {
        assertNull(y, v.term(t));
      } else {
        assertArrayEquals(x, y, 0, v.term(t));
      }
    }
  }
}
