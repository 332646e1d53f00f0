package org.wirescope.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels that tell topics apart: class-based TF-IDF (as BERTopic's c-TF-IDF) over the terms of each
 * topic's articles, so a term ranks high when it is frequent in this topic and rare across the
 * others, not merely frequent.
 *
 * <ul>
 *   <li>score(t, c) = (count of t in c / terms in c) * ln(1 + mean terms per topic / count of t in
 *       all topics);
 *   <li>a term may describe only the topic where its share of the terms is highest, and never when
 *       it is an amount, unit or month ({@link TopicTerms#labels});
 *   <li>a two-word phrase stands for its word when it makes up at least {@link #PHRASE_SHARE} of
 *       the word's uses in the topic ("interest rates" for "rates");
 *   <li>the label is the first {@link #LABEL_TERMS} terms, taken in turns, topic by topic, so that
 *       no word stands in the labels of two topics of the same level, nor twice in one label (a
 *       plural counts as its singular).
 * </ul>
 */
public final class TopicLabels {
  public static final int LABEL_TERMS = 3;
  public static final int TOP_TERMS = 10;
  static final double PHRASE_SHARE = 0.5;

  private TopicLabels() {}

  /** A topic's label and its ranked terms with their scores. */
  public record Label(String label, List<String> terms, List<Double> weights)
      implements java.io.Serializable {}

  /**
   * Labels for {@code k} topics, given each document's vocabulary term counts (a map from term
   * index to count) and topic. A topic left without terms is called "topic N" (1-based).
   */
  public static List<Label> of(
      List<Map<Integer, Integer>> docs,
      int[] topic,
      int k,
      Vocabulary vocabulary,
      TopicTerms terms) {
    int v = vocabulary.size();
    double[][] counts = new double[k][];
    for (int c = 0; c < k; c++) {
      counts[c] = new double[v];
    }
    double[] totals = new double[k];
    double[] all = new double[v];
    for (int d = 0; d < docs.size(); d++) {
      int c = topic[d];
      if (c < 0) {
        continue;
      }
      for (Map.Entry<Integer, Integer> e : docs.get(d).entrySet()) {
        counts[c][e.getKey()] += e.getValue();
        totals[c] += e.getValue();
        all[e.getKey()] += e.getValue();
      }
    }
    double mean = 0;
    for (double t : totals) {
      mean += t / k;
    }
    // Where each term's share is highest: the only topic it may describe.
    int[] home = new int[v];
    for (int t = 0; t < v; t++) {
      int best = -1;
      double bestShare = 0;
      for (int c = 0; c < k; c++) {
        double share = totals[c] > 0 ? counts[c][t] / totals[c] : 0;
        if (share > bestShare) {
          bestShare = share;
          best = c;
        }
      }
      home[t] = best;
    }
    List<List<Integer>> ranked = new ArrayList<>();
    double[][] score = new double[k][v];
    for (int c = 0; c < k; c++) {
      for (int t = 0; t < v; t++) {
        score[c][t] =
            totals[c] > 0 && all[t] > 0
                ? counts[c][t] / totals[c] * Math.log(1 + mean / all[t])
                : 0;
      }
      ranked.add(candidates(c, score[c], counts[c], home, vocabulary, terms));
    }
    // Labels in turns: each topic takes its next candidate whose words no other topic's label
    // holds.
    Map<String, Integer> owner = new HashMap<>();
    List<List<Integer>> chosen = new ArrayList<>();
    int[] next = new int[k];
    for (int c = 0; c < k; c++) {
      chosen.add(new ArrayList<>());
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int c = 0; c < k; c++) {
        List<Integer> mine = chosen.get(c);
        if (mine.size() >= LABEL_TERMS) {
          continue;
        }
        while (next[c] < ranked.get(c).size()) {
          int t = ranked.get(c).get(next[c]++);
          String[] words = vocabulary.term(t).split(" ");
          boolean free = true;
          for (String w : words) {
            // Taken by any topic, this one included: "shares / share" or "offer / tender offer"
            // says
            // one thing twice.
            if (owner.containsKey(stem(w))) {
              free = false;
            }
          }
          if (free) {
            for (String w : words) {
              owner.put(stem(w), c);
            }
            mine.add(t);
            progress = true;
            break;
          }
        }
      }
    }
    List<Label> out = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      LinkedHashSet<Integer> top = new LinkedHashSet<>(chosen.get(c));
      for (int t : ranked.get(c)) {
        if (top.size() >= TOP_TERMS) {
          break;
        }
        top.add(t);
      }
      List<String> names = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int t : top) {
        names.add(vocabulary.term(t));
        weights.add(score[c][t]);
      }
      List<String> label = new ArrayList<>();
      for (int t : chosen.get(c)) {
        label.add(vocabulary.term(t));
      }
      out.add(
          new Label(
              label.isEmpty() ? "topic " + (c + 1) : String.join(" / ", label), names, weights));
    }
    return out;
  }

  /** A word without a plural ending, so "share" and "shares" count as one word in labels. */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** The topic's label candidates, best first, with phrases standing for the words they hold. */
  private static List<Integer> candidates(
      int c, double[] score, double[] count, int[] home, Vocabulary vocabulary, TopicTerms terms) {
    List<Integer> own = new ArrayList<>();
    for (int t = 0; t < score.length; t++) {
      if (home[t] == c && score[t] > 0 && terms.labels(vocabulary.term(t))) {
        own.add(t);
      }
    }
    own.sort(Comparator.<Integer>comparingDouble(t -> -score[t]).thenComparing(vocabulary::term));
    // The best phrase of each word, when it makes up enough of the word's uses here.
    Map<String, Integer> phraseFor = new HashMap<>();
    for (int t : own) {
      String term = vocabulary.term(t);
      int space = term.indexOf(' ');
      if (space < 0) {
        continue;
      }
      for (String w : new String[] {term.substring(0, space), term.substring(space + 1)}) {
        int wi = vocabulary.indexOf(w);
        if (wi >= 0 && count[t] >= PHRASE_SHARE * count[wi] && !phraseFor.containsKey(w)) {
          phraseFor.put(w, t);
        }
      }
    }
    LinkedHashSet<Integer> out = new LinkedHashSet<>();
    Set<Integer> absorbed = new HashSet<>();
    for (int t : own) {
      String term = vocabulary.term(t);
      Integer phrase = term.indexOf(' ') < 0 ? phraseFor.get(term) : null;
      if (phrase != null) {
        absorbed.add(t);
        out.add(phrase);
      } else {
        out.add(t);
      }
    }
    out.removeAll(absorbed);
    return new ArrayList<>(out);
  }
}
