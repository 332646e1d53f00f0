package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring articles with a model fitted on a three-theme corpus whose every coarse topic has fine
 * topics.
 */
class TopicModelTest {
  /** 90, 60 and 45 articles: each coarse topic is split in two fine topics. */
  static ThemeCorpus corpus;

  static TopicModel model;

  @BeforeAll
  static void fit() {
    corpus = ThemeCorpus.of(11, 90, 60, 45);
    TopicFit.Fitted f =
        TopicFit.fit(
            corpus.docs(),
            new TopicFit.Settings(3, 2, 8, 100, 30000, 0.3, 10, 42),
            new StringBuilder());
    assertNotNull(f);
    model = f.model();
    assertEquals(6, model.fineTopics());
  }

  static void assertNoScores(String reason, TopicModel.Scores s) {
    assertEquals(reason, s.reason());
    assertEquals(0, s.coarse().length);
    assertEquals(0, s.fine().length);
  }

  /** Texts mixing words of two themes, so the best coarse topic is a close call. */
  static List<String> mixedTexts() {
    Random r = new Random(3);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<String> words = new ArrayList<>();
      int a = r.nextInt(3);
      int b = (a + 1 + r.nextInt(2)) % 3;
      for (int w = 0; w < 4; w++) {
        words.add(ThemeCorpus.THEMES[a][r.nextInt(20)]);
        words.add(ThemeCorpus.THEMES[b][r.nextInt(20)]);
      }
      Collections.shuffle(words, r);
      out.add(String.join(". ", words));
    }
    return out;
  }

  @Test
  void noTextGivesNoText() {
    assertNoScores(TopicModel.NO_TEXT, model.score(null));
    assertNoScores(TopicModel.NO_TEXT, model.score(""));
    assertNoScores(TopicModel.NO_TEXT, model.score(" \n\t "));
  }

  @Test
  void fewerThanThreeDistinctTermsGiveTooShort() {
    assertNoScores(TopicModel.TOO_SHORT, model.score("Crude, oil."));
    assertNoScores(TopicModel.TOO_SHORT, model.score("Oil. Oil. Oil. Crude, crude, crude."));
    assertNoScores(
        TopicModel.TOO_SHORT, model.score("It was said on Monday that the cat sat there."));
    assertEquals("fewer than 3 distinct topic terms", TopicModel.TOO_SHORT);
  }

  @Test
  void threeDistinctTermsAreEnough() {
    TopicModel.Scores s = model.score("Crude, oil, opec.");
    assertNull(s.reason());
    assertEquals(3, s.coarse().length);
    assertEquals(6, s.fine().length);
  }

  @Test
  void aThemesWordsScoreHighestOnItsTopic() {
    int[] topicOf = new int[3];
    for (int t = 0; t < 3; t++) {
      topicOf[t] = model.score(String.join(", ", ThemeCorpus.THEMES[t])).bestCoarse();
    }
    assertEquals(3, java.util.Arrays.stream(topicOf).distinct().count());
    for (int i = 0; i < corpus.docs().size(); i++) {
      assertEquals(
          topicOf[corpus.theme()[i]],
          model.score(corpus.texts().get(i)).bestCoarse(),
          "article " + i);
    }
  }

  @Test
  void theBestFineTopicAlwaysBelongsToTheBestCoarseTopic() {
    List<String> texts = new ArrayList<>(corpus.texts());
    texts.addAll(mixedTexts());
    for (String text : texts) {
      TopicModel.Scores s = model.score(text);
      assertTrue(s.bestFine() >= 0, text);
      assertEquals(s.bestCoarse(), model.parentOf(s.bestFine()), text);
    }
  }

  @Test
  void fineScoresOutsideTheBestCoarseTopicAreZero() {
    for (String text : mixedTexts()) {
      TopicModel.Scores s = model.score(text);
      for (int f = 0; f < model.fineTopics(); f++) {
        if (model.parentOf(f) != s.bestCoarse()) {
          assertEquals(0.0, s.fine()[f], 0, text);
        } else {
          assertTrue(s.fine()[f] > 0, text);
        }
      }
    }
  }

  @Test
  void coarseScoresAreCosines() {
    for (String text : mixedTexts()) {
      for (double c : model.score(text).coarse()) {
        assertTrue(c >= -1 - 1e-12 && c <= 1 + 1e-12, text + ": " + c);
      }
    }
  }

  @Test
  void aSerialisedCopyScoresAlike() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(model);
    }
    TopicModel copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (TopicModel) in.readObject();
    }
    for (String text : corpus.texts().subList(0, 20)) {
      assertArrayEquals(model.score(text).coarse(), copy.score(text).coarse(), 0);
      assertArrayEquals(model.score(text).fine(), copy.score(text).fine(), 0);
    }
    assertEquals(model.coarseLabel(0), copy.coarseLabel(0));
  }

  @Test
  void bestFineIsMinusOneWhenTheCoarseTopicHasNone() {
    TopicModel.Scores s = new TopicModel.Scores(null, new double[] {0.2, 0.9}, new double[] {0, 0});
    assertEquals(1, s.bestCoarse());
    assertEquals(-1, s.bestFine());
  }
}
