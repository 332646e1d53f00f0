package org.wirescope.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The terms topics are told apart by, with their inverse document frequencies, and an article's
 * TF-IDF vector over them.
 *
 * <p>A term is kept when it occurs in at least {@code minDocs} articles (rarer ones are typos and
 * one-off names) and in at most {@code maxShare} of them (commoner ones say nothing of a topic); of
 * those, the {@code maxTerms} in the most articles, ties by the term. The weight of a term in an
 * article is (1 + ln tf) * idf, idf = ln((1 + n) / (1 + df)) + 1, and the vector has length 1:
 * sublinear counts keep one word said ten times from outweighing ten words said once.
 */
public final class Vocabulary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] terms;
  private final double[] idf;
  private final Map<String, Integer> index;

  Vocabulary(String[] terms, double[] idf) {
    this.terms = terms;
    this.idf = idf;
    this.index = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      index.put(terms[i], i);
    }
  }

  /** An article as term indices and weights, indices ascending; length 1 unless empty. */
  public record Sparse(int[] indices, double[] values) implements Serializable {
    public boolean isEmpty() {
      return indices.length == 0;
    }

    /** Distinct vocabulary terms: one entry each. */
    public int terms() {
      return indices.length;
    }
  }

  /** The vocabulary of {@code docs} (each a list of terms, repeats included). */
  public static Vocabulary fit(
      List<List<String>> docs, long minDocs, double maxShare, int maxTerms) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> doc : docs) {
      for (String t : new HashSet<>(doc)) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = docs.size();
    double maxDocs = Math.floor(maxShare * n + 1e-9); // 0.29 x 100 is 28.999...
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= minDocs && e.getValue() <= maxDocs) {
        kept.add(e);
      }
    }
    kept.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    if (kept.size() > maxTerms) {
      kept = kept.subList(0, maxTerms);
    }
    kept.sort(Map.Entry.comparingByKey());
    String[] terms = new String[kept.size()];
    double[] idf = new double[kept.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = kept.get(i).getKey();
      idf[i] = Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1;
    }
    return new Vocabulary(terms, idf);
  }

  public int size() {
    return terms.length;
  }

  public String term(int i) {
    return terms[i];
  }

  /** The term's index, or -1. */
  public int indexOf(String term) {
    Integer i = index.get(term);
    return i == null ? -1 : i;
  }

  /** The article's TF-IDF vector, of unit length (empty when no term is in the vocabulary). */
  public Sparse tfidf(List<String> docTerms) {
    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : docTerms) {
      Integer i = index.get(t);
      if (i != null) {
        tf.merge(i, 1, Integer::sum);
      }
    }
    int[] idx = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] val = new double[idx.length];
    double norm = 0;
    for (int k = 0; k < idx.length; k++) {
      val[k] = (1 + Math.log(tf.get(idx[k]))) * idf[idx[k]];
      norm += val[k] * val[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < val.length; k++) {
      val[k] /= norm;
    }
    return new Sparse(idx, val);
  }

  @Override
  public String toString() {
    return terms.length
        + " terms"
        + (terms.length > 0
            ? ", e.g. " + Arrays.asList(terms).subList(0, Math.min(5, terms.length))
            : "");
  }
}
