package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The driver-side fit, on a synthetic three-theme corpus ({@link ThemeCorpus}). */
class TopicFitTest {
  /** The CLI's defaults, with K and the seed given. */
  static TopicFit.Settings settings(int k, long seed) {
    return new TopicFit.Settings(k, 2, 8, 100, 30000, TopicFit.MAX_SHARE, 10, seed);
  }

  static TopicFit.Fitted fit(List<TopicFit.Doc> docs, TopicFit.Settings s) {
    TopicFit.Fitted f = TopicFit.fit(docs, s, new StringBuilder());
    assertNotNull(f);
    return f;
  }

  /** Each article's coarse topic as the fitted model scores it. */
  static int[] topics(TopicFit.Fitted f, ThemeCorpus c) {
    return c.texts().stream().mapToInt(t -> f.model().score(t).bestCoarse()).toArray();
  }

  static int[] fineTopics(TopicFit.Fitted f, ThemeCorpus c) {
    return c.texts().stream().mapToInt(t -> f.model().score(t).bestFine()).toArray();
  }

  static int[] canonical(int[] labels) {
    return SphericalKMeansTest.canonical(labels);
  }

  static List<String> labels(TopicFit.Fitted f) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < f.model().coarseTopics(); i++) {
      out.add(f.model().coarseLabel(i).label());
    }
    return out;
  }

  @Test
  void threeThemesAreRecoveredWithKThree() {
    ThemeCorpus c = ThemeCorpus.of(1, 40, 40, 40);
    TopicFit.Fitted f = fit(c.docs(), settings(3, 42));
    assertEquals(3, f.k());
    assertEquals(3, f.model().coarseTopics());
    assertArrayEquals(canonical(c.theme()), canonical(topics(f, c)));
    assertEquals(120, f.sampled());
    assertEquals(120, f.fitted());
  }

  @Test
  void eachCoarseLabelHoldsAWordOfItsTheme() {
    ThemeCorpus c = ThemeCorpus.of(2, 40, 40, 40);
    TopicFit.Fitted f = fit(c.docs(), settings(3, 42));
    int[] topic = topics(f, c);
    for (int i = 0; i < topic.length; i++) {
      Set<String> themeWords = Set.of(ThemeCorpus.THEMES[c.theme()[i]]);
      String label = f.model().coarseLabel(topic[i]).label();
      assertTrue(
          List.of(label.split(" / | ")).stream().anyMatch(themeWords::contains),
          "article " + i + " of theme " + c.theme()[i] + " under \"" + label + "\"");
    }
  }

  @Test
  void kAutoChoosesThreeOnThreeThemes() {
    ThemeCorpus c = ThemeCorpus.of(3, 40, 40, 40);
    TopicFit.Fitted f = fit(c.docs(), settings(0, 42));
    assertEquals(3, f.k());
    assertArrayEquals(canonical(c.theme()), canonical(topics(f, c)));
  }

  /** One sample whose fits fell apart does not move K's agreement; half of them do. */
  @Test
  void theAgreementIsTheMedianOverTheSamples() {
    assertEquals(0.96, TopicFit.median(new double[] {0.97, 0.55, 0.95, 0.98}), 1e-12);
    assertEquals(0.775, TopicFit.median(new double[] {0.55, 0.95, 0.60, 0.98}), 1e-12);
    assertEquals(0.5, TopicFit.median(new double[] {0.9, 0.5, 0.1}), 1e-12);
  }

  @Test
  void kAutoSaysWhyAndMeasuresEveryCandidate() {
    ThemeCorpus c = ThemeCorpus.of(3, 40, 40, 40);
    TopicFit.Fitted f = fit(c.docs(), settings(0, 42));
    assertTrue(
        f.why()
            .startsWith(
                "K 3 of 2-8: the largest whose k-means fits from different seeds (8 on all 120 "
                    + "articles) agree at median ARI 1.000"),
        f.why());
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), new ArrayList<>(f.stability().keySet()));
    assertEquals(1.0, f.stability().get(3), 1e-9);
    for (int k = 4; k <= 8; k++) {
      assertTrue(
          f.stability().get(k) < TopicFit.NEARLY * f.stability().get(3),
          "K " + k + " agreement " + f.stability().get(k));
    }
  }

  @Test
  void givenKMeasuresNoStability() {
    TopicFit.Fitted f = fit(ThemeCorpus.of(1, 40, 40, 40).docs(), settings(3, 42));
    assertTrue(f.stability().isEmpty());
    assertEquals("", f.why());
  }

  @Test
  void inputOrderChangesNeitherLabelsNorAssignments() {
    ThemeCorpus c = ThemeCorpus.of(4, 40, 40, 40);
    TopicFit.Fitted a = fit(c.docs(), settings(3, 42));
    List<TopicFit.Doc> shuffled = new ArrayList<>(c.docs());
    Collections.shuffle(shuffled, new Random(5));
    TopicFit.Fitted b = fit(shuffled, settings(3, 42));
    assertEquals(labels(a), labels(b));
    assertArrayEquals(topics(a, c), topics(b, c));
    for (int i = 0; i < 3; i++) {
      assertEquals(a.model().coarseLabel(i), b.model().coarseLabel(i));
    }
  }

  @Test
  void anotherSeedGivesTheSamePartition() {
    ThemeCorpus c = ThemeCorpus.of(5, 40, 40, 40);
    int[] first = canonical(topics(fit(c.docs(), settings(3, 42)), c));
    for (long seed : new long[] {1, 7, 2024}) {
      assertArrayEquals(
          first, canonical(topics(fit(c.docs(), settings(3, seed)), c)), "seed " + seed);
    }
  }

  @Test
  void coarseTopicsAreNumberedLargestFirst() {
    ThemeCorpus c = ThemeCorpus.of(6, 20, 50, 35);
    TopicFit.Fitted f = fit(c.docs(), settings(3, 42));
    long[] sizes = new long[3];
    int[] topic = topics(f, c);
    for (int i = 0; i < topic.length; i++) {
      sizes[topic[i]]++;
      // theme 1 (50 articles) is topic 0, theme 2 (35) topic 1, theme 0 (20) topic 2
      assertEquals(new int[] {2, 0, 1}[c.theme()[i]], topic[i], "article " + i);
    }
    assertArrayEquals(new long[] {50, 35, 20}, sizes);
  }

  @Test
  void coarseTopicsLargeEnoughAreSplitIntoFineTopicsInsideThem() {
    // Fine topics per coarse: round(sqrt(articles / 20)), so 90 -> 2, 40 -> 1 (not split).
    ThemeCorpus c = ThemeCorpus.of(7, 90, 40, 40);
    TopicFit.Fitted f = fit(c.docs(), settings(3, 42));
    assertEquals(2, f.model().fineTopics());
    assertEquals(0, f.model().parentOf(0));
    assertEquals(0, f.model().parentOf(1));
    int[] coarse = topics(f, c);
    int[] fine = fineTopics(f, c);
    long[] fineSizes = new long[2];
    for (int i = 0; i < coarse.length; i++) {
      if (coarse[i] == 0) {
        assertTrue(
            fine[i] == 0 || fine[i] == 1, "article " + i + " in topic 0 has fine topic " + fine[i]);
        fineSizes[fine[i]]++;
      } else {
        assertEquals(-1, fine[i], "article " + i + " in unsplit topic " + coarse[i]);
      }
    }
    assertTrue(
        fineSizes[0] > 0 && fineSizes[1] > 0, "fine sizes " + fineSizes[0] + ", " + fineSizes[1]);
  }

  @Test
  void aSampleTooSmallForTwoTopicsReturnsNullAndSaysWhy() {
    StringBuilder why = new StringBuilder();
    List<TopicFit.Doc> docs = ThemeCorpus.of(8, 3, 3, 3).docs();
    assertNull(TopicFit.fit(docs, settings(3, 42), why));
    assertTrue(
        why.toString()
            .endsWith(
                "of 9 sampled articles have 3 or more distinct topic terms; at least 10 are "
                    + "needed for 2 topics"),
        why.toString());
  }

  @Test
  void articlesWithoutTopicTermsDoNotCountTowardsTheSample() {
    List<TopicFit.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      docs.add(
          new TopicFit.Doc(
              "empty-" + i, i % 2 == 0 ? "It was said on Monday, Reuters reported." : null));
    }
    StringBuilder why = new StringBuilder();
    assertNull(TopicFit.fit(docs, settings(0, 42), why));
    assertEquals(
        "0 of 50 sampled articles have 3 or more distinct topic terms; at least 10 are needed for 2 topics",
        why.toString());
  }

  @Test
  void givenKIsCappedByTheArticlesAndSaysSo() {
    // 30 articles allow 30 / 5 = 6 topics at most.
    ThemeCorpus c = ThemeCorpus.of(9, 10, 10, 10);
    StringBuilder why = new StringBuilder();
    TopicFit.Fitted f = TopicFit.fit(c.docs(), settings(8, 42), why);
    assertNotNull(f);
    assertEquals(6, f.k());
    assertEquals("30 articles with enough terms allow at most 6 topics (5 each)", f.why());
  }

  @Test
  void settingsRejectImpossibleValues() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TopicFit.Settings(1, 2, 8, 100, 30000, 0.3, 10, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TopicFit.Settings(0, 5, 4, 100, 30000, 0.3, 10, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TopicFit.Settings(0, 1, 4, 100, 30000, 0.3, 10, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new TopicFit.Settings(0, 2, 4, 1, 30000, 0.3, 10, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new TopicFit.Settings(0, 2, 4, 100, 9, 0.3, 10, 1));
  }
}
