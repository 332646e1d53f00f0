package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Class-based TF-IDF labels, on term counts written out per topic. */
class TopicLabelsTest {
  static final TopicTerms TERMS = TopicTerms.standard();

  /** Topics given as term counts: one document per topic, topic i is document i. */
  static final class Counts {
    final List<Map<String, Integer>> topics = new ArrayList<>();

    Counts topic(Object... termThenCount) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < termThenCount.length; i += 2) {
        m.put((String) termThenCount[i], (Integer) termThenCount[i + 1]);
      }
      topics.add(m);
      return this;
    }

    Vocabulary vocabulary() {
      Set<String> all = new HashSet<>();
      topics.forEach(m -> all.addAll(m.keySet()));
      String[] terms = all.stream().sorted().toArray(String[]::new);
      return new Vocabulary(terms, new double[terms.length]);
    }

    List<TopicLabels.Label> labels() {
      Vocabulary v = vocabulary();
      List<Map<Integer, Integer>> docs = new ArrayList<>();
      for (Map<String, Integer> m : topics) {
        Map<Integer, Integer> d = new HashMap<>();
        m.forEach((t, c) -> d.put(v.indexOf(t), c));
        docs.add(d);
      }
      int[] topic = new int[docs.size()];
      Arrays.setAll(topic, i -> i);
      return TopicLabels.of(docs, topic, docs.size(), v, TERMS);
    }
  }

  static List<String> labelTerms(TopicLabels.Label l) {
    return l.label().startsWith("topic ") ? List.of() : List.of(l.label().split(" / "));
  }

  /** Three topics of three own terms (4 each) and "news" in all (6 each, the commonest in each). */
  static Counts newsInEveryTopic() {
    return new Counts()
        .topic("oil", 4, "crude", 4, "opec", 4, "news", 6)
        .topic("goal", 4, "match", 4, "league", 4, "news", 6)
        .topic("virus", 4, "vaccine", 4, "clinic", 4, "news", 6);
  }

  @Test
  void aTermFrequentInEveryTopicLabelsNone() {
    List<TopicLabels.Label> labels = newsInEveryTopic().labels();
    assertEquals("crude / oil / opec", labels.get(0).label());
    assertEquals("goal / league / match", labels.get(1).label());
    assertEquals("clinic / vaccine / virus", labels.get(2).label());
  }

  @Test
  void weightIsTheClassBasedTfIdf() {
    TopicLabels.Label oil = newsInEveryTopic().labels().get(0);
    // 4 of the topic's 18 terms, times ln(1 + 18 mean terms per topic / 4 uses overall).
    assertEquals(
        4.0 / 18 * Math.log(1 + 18.0 / 4), oil.weights().get(oil.terms().indexOf("oil")), 1e-12);
    // "news": 6 of 18, 18 uses overall.
    assertEquals(6.0 / 18 * Math.log(2), oil.weights().get(oil.terms().indexOf("news")), 1e-12);
  }

  @Test
  void aTermLabelsOnlyTheTopicWhereItsShareIsHighest() {
    // "bank" is 10 of topic 0's 50 terms (share 0.2) and 6 of topic 1's 20 (share 0.3): more uses
    // in topic 0, but it belongs to topic 1. Without that rule it would be topic 0's third term.
    List<TopicLabels.Label> labels =
        new Counts()
            .topic("oil", 20, "crude", 20, "bank", 10)
            .topic("goal", 7, "match", 7, "bank", 6)
            .labels();
    assertEquals("crude / oil", labels.get(0).label());
    assertFalse(labels.get(0).terms().contains("bank"));
    assertEquals("goal / match / bank", labels.get(1).label());
  }

  @Test
  void aWordStandsInTheLabelOfOneTopicOnly() {
    // Both topics' best term holds "rates"; topic 0 picks first, so topic 1 does without it.
    List<TopicLabels.Label> labels =
        new Counts()
            .topic("interest rates", 8, "inflation", 4, "central", 4)
            .topic("mortgage rates", 8, "housing", 4, "homes", 4)
            .labels();
    assertEquals("interest rates / central / inflation", labels.get(0).label());
    assertEquals("homes / housing", labels.get(1).label());
  }

  @Test
  void noWordIsInTwoLabelsOfOneCall() {
    // Random counts over words and phrases of shared words: whatever the counts, the labels'
    // words never overlap.
    String[] words = {
      "oil", "rates", "bank", "gold", "trade", "tax", "crop", "ship", "steel", "coal"
    };
    Random r = new Random(8);
    for (int round = 0; round < 20; round++) {
      Counts counts = new Counts();
      for (int c = 0; c < 5; c++) {
        List<Object> tc = new ArrayList<>();
        for (String a : words) {
          tc.add(a);
          tc.add(1 + r.nextInt(10));
          String b = words[r.nextInt(words.length)];
          if (!b.equals(a)) {
            tc.add(a + " " + b);
            tc.add(1 + r.nextInt(10));
          }
        }
        counts.topic(dedupe(tc));
      }
      Set<String> used = new HashSet<>();
      for (TopicLabels.Label l : counts.labels()) {
        Set<String> mine = new HashSet<>();
        for (String term : labelTerms(l)) {
          mine.addAll(List.of(term.split(" ")));
        }
        for (String w : mine) {
          assertTrue(used.add(w), "round " + round + ": \"" + w + "\" labels two topics");
        }
      }
    }
  }

  /** The term-count pairs with later repeats of a term dropped. */
  static Object[] dedupe(List<Object> termThenCount) {
    List<Object> out = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < termThenCount.size(); i += 2) {
      if (seen.add(termThenCount.get(i))) {
        out.add(termThenCount.get(i));
        out.add(termThenCount.get(i + 1));
      }
    }
    return out.toArray();
  }

  @Test
  void aPhraseReplacesItsWordWhenItMakesUpHalfItsUses() {
    // "interest rates" is 5 of the 10 uses of "rates": exactly the threshold.
    List<TopicLabels.Label> labels =
        new Counts()
            .topic("rates", 10, "interest rates", 5, "inflation", 3, "central", 2)
            .topic("goal", 5, "match", 5)
            .labels();
    assertEquals("interest rates / inflation / central", labels.get(0).label());
    assertFalse(labels.get(0).terms().contains("rates"));
  }

  @Test
  void aPhraseUnderHalfItsWordsUsesLeavesTheWord() {
    List<TopicLabels.Label> labels =
        new Counts()
            .topic("rates", 10, "interest rates", 4, "inflation", 3, "central", 2)
            .topic("goal", 5, "match", 5)
            .labels();
    // "interest rates" would say "rates" twice: the next term takes its place.
    assertEquals("rates / inflation / central", labels.get(0).label());
  }

  @Test
  void amountsUnitsAndMonthsNeverLabel() {
    List<TopicLabels.Label> labels =
        new Counts()
            .topic(
                "mln",
                10,
                "march",
                8,
                "mln dlrs",
                6,
                "march exports",
                6,
                "oil",
                3,
                "crude",
                3,
                "opec",
                3)
            .topic("goal", 5, "match", 5, "league", 5)
            .labels();
    assertEquals("crude / oil / opec", labels.get(0).label());
    assertEquals(List.of("crude", "oil", "opec"), labels.get(0).terms());
  }

  @Test
  void aTopicWithoutDocumentsIsCalledTopicN() {
    Vocabulary v = new Vocabulary(new String[] {"goal", "match", "oil"}, new double[3]);
    List<Map<Integer, Integer>> docs = List.of(Map.of(2, 3), Map.of(0, 2, 1, 2));
    List<TopicLabels.Label> labels = TopicLabels.of(docs, new int[] {0, 2}, 3, v, TERMS);
    assertEquals("oil", labels.get(0).label());
    assertEquals("topic 2", labels.get(1).label());
    assertEquals(List.of(), labels.get(1).terms());
    assertEquals("goal / match", labels.get(2).label());
  }

  @Test
  void aTopicWhoseTermsAllBelongElsewhereIsCalledTopicN() {
    // Topic 1 is half "oil", half "goal"; "oil" has a higher share in topic 0, "goal" in topic 2.
    List<TopicLabels.Label> labels =
        new Counts()
            .topic("oil", 3, "crude", 2)
            .topic("oil", 1, "goal", 1)
            .topic("goal", 3, "match", 2)
            .labels();
    assertEquals("topic 2", labels.get(1).label());
    assertEquals(List.of(), labels.get(1).terms());
    // crude: 2/5 ln(1 + 4/2) = 0.44 beats oil: 3/5 ln(1 + 4/4) = 0.42, as oil is also used in topic
    // 1.
    assertEquals("crude / oil", labels.get(0).label());
  }

  @Test
  void aTopicOfOnlyAmountsAndMonthsIsCalledTopicN() {
    List<TopicLabels.Label> labels =
        new Counts().topic("oil", 3, "crude", 2).topic("mln", 4, "march", 2).labels();
    assertEquals("topic 2", labels.get(1).label());
  }

  @Test
  void documentsWithoutATopicAreIgnored() {
    Vocabulary v = new Vocabulary(new String[] {"crude", "goal", "match", "oil"}, new double[4]);
    List<Map<Integer, Integer>> docs =
        new ArrayList<>(List.of(Map.of(0, 2, 3, 2), Map.of(1, 2, 2, 2)));
    List<TopicLabels.Label> without = TopicLabels.of(docs, new int[] {0, 1}, 2, v, TERMS);
    docs.add(Map.of(1, 100, 3, 50));
    List<TopicLabels.Label> with = TopicLabels.of(docs, new int[] {0, 1, -1}, 2, v, TERMS);
    assertEquals(without, with);
  }

  @Test
  void labelsHoldAtMostThreeTermsAndTermsAtMostTen() {
    Counts counts = new Counts();
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      many.add("term" + (char) ('a' + i));
      many.add(20 - i);
    }
    counts.topic(many.toArray()).topic("goal", 5);
    TopicLabels.Label l = counts.labels().get(0);
    assertEquals("terma / termb / termc", l.label());
    assertEquals(TopicLabels.TOP_TERMS, l.terms().size());
    assertEquals("termj", l.terms().get(9));
  }
}
