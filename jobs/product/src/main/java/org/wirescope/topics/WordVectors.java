package org.wirescope.topics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word vectors learned on the corpus, and an article as the TF-IDF-weighted sum of its words'
 * vectors.
 *
 * <p>Words that occur near the same words get near vectors, so two articles can be close without
 * sharing a term: a dividend notice ("qtly div record pay") and a results table ("shr net revs")
 * are both earnings news, which TF-IDF and LSA over whole articles tell apart (NOTES.md, sixth
 * round). The vectors are the positive pointwise mutual information (PPMI) of each vocabulary word
 * with the words within {@link #WINDOW} of it, factored by the same randomised SVD as {@link Lsa}:
 * a word's vector is its row of U Σ^{@link #EIGEN_WEIGHT}. The settings are the published defaults
 * for PPMI with SVD (Levy, Goldberg and Dagan 2015, "Improving distributional similarity with
 * lessons learned from word embeddings": context counts smoothed to the power {@link
 * #CONTEXT_SMOOTHING}, the symmetric eigenvalue weight 0.5), not tuned on the dev corpora.
 *
 * <p>Plain Java on the driver, deterministic for the same documents and seed: co-occurrences are
 * counted in the documents' order, and each word's row is read in term order.
 */
public final class WordVectors implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words on either side that count as a word's context. */
  static final int WINDOW = 5;

  /** Context counts are raised to this power, so rare contexts do not get inflated PMI. */
  static final double CONTEXT_SMOOTHING = 0.75;

  /** A word's vector is U Σ^this: 1 is LSA's weighting, 0.5 the symmetric one. */
  static final double EIGEN_WEIGHT = 0.5;

  /** Vocabulary index to the word's unit vector; null for phrases and words without contexts. */
  private final double[][] byTerm;

  private final int dimensions;

  private WordVectors(double[][] byTerm, int dimensions) {
    this.byTerm = byTerm;
    this.dimensions = dimensions;
  }

  public int dimensions() {
    return dimensions;
  }

  /** The unit vector of vocabulary term {@code term}, or null when it has none. */
  double[] vector(int term) {
    return byTerm[term] == null ? null : byTerm[term].clone();
  }

  /**
   * Vectors of {@code d} dimensions for the single words of {@code vocabulary}, from the word
   * sequences of {@code docs} (each article's terms as {@link TopicTerms#terms} gives them: the
   * words in reading order, then the phrases, which are skipped). Words outside the vocabulary keep
   * their place, so the window counts positions in the text.
   */
  public static WordVectors fit(List<List<String>> docs, Vocabulary vocabulary, int d, long seed) {
    int v = vocabulary.size();
    @SuppressWarnings("unchecked")
    Map<Integer, Integer>[] pairs = new Map[v];
    long[] counts = new long[v];
    long total = 0;
    int[] seq = new int[64];
    for (List<String> doc : docs) {
      int len = 0;
      for (String t : doc) {
        if (t.indexOf(' ') >= 0) {
          break; // the phrases come after the words
        }
        if (len == seq.length) {
          seq = Arrays.copyOf(seq, len * 2);
        }
        seq[len++] = vocabulary.indexOf(t);
      }
      for (int a = 0; a < len; a++) {
        int x = seq[a];
        if (x < 0) {
          continue;
        }
        for (int b = Math.max(0, a - WINDOW); b <= Math.min(len - 1, a + WINDOW); b++) {
          int y = seq[b];
          if (b == a || y < 0) {
            continue;
          }
          if (pairs[x] == null) {
            pairs[x] = new HashMap<>();
          }
          pairs[x].merge(y, 1, Integer::sum);
          counts[x]++;
          total++;
        }
      }
    }
    double[] context = new double[v];
    double contextTotal = 0;
    for (int i = 0; i < v; i++) {
      context[i] = Math.pow(counts[i], CONTEXT_SMOOTHING);
      contextTotal += context[i];
    }
    List<Vocabulary.Sparse> rows = new java.util.ArrayList<>(v);
    for (int x = 0; x < v; x++) {
      rows.add(ppmiRow(pairs[x], counts[x], total, context, contextTotal));
    }
    Lsa lsa = Lsa.fit(rows, v, d, seed);
    double[] sv = lsa.singularValues();
    double[][] byTerm = new double[v][];
    for (int x = 0; x < v; x++) {
      if (rows.get(x).isEmpty()) {
        continue;
      }
      double[] e = lsa.embed(rows.get(x)); // U Σ, scaled
      for (int k = 0; k < e.length; k++) {
        e[k] = sv[k] > 0 ? e[k] / Math.pow(sv[k], 1 - EIGEN_WEIGHT) : 0;
      }
      byTerm[x] = Vectors.normalised(e);
    }
    return new WordVectors(byTerm, lsa.dimensions());
  }

  /** One word's PPMI with its contexts, contexts ascending. */
  private static Vocabulary.Sparse ppmiRow(
      Map<Integer, Integer> pairs, long count, long total, double[] context, double contextTotal) {
    if (pairs == null) {
      return new Vocabulary.Sparse(new int[0], new double[0]);
    }
    int[] contexts = pairs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] idx = new int[contexts.length];
    double[] val = new double[contexts.length];
    int n = 0;
    for (int c : contexts) {
      double pmi =
          Math.log(
              (pairs.get(c) / (double) total)
                  / ((count / (double) total) * (context[c] / contextTotal)));
      if (pmi > 0) {
        idx[n] = c;
        val[n++] = pmi;
      }
    }
    return new Vocabulary.Sparse(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }

  /**
   * The article's words' vectors summed with their TF-IDF weights, scaled to length 1 (zeros when
   * none of its words has a vector).
   */
  public double[] embed(Vocabulary.Sparse v) {
    double[] z = new double[dimensions];
    int[] idx = v.indices();
    double[] val = v.values();
    for (int i = 0; i < idx.length; i++) {
      double[] w = byTerm[idx[i]];
      if (w == null) {
        continue;
      }
      double x = val[i];
      for (int k = 0; k < z.length; k++) {
        z[k] += x * w[k];
      }
    }
    return Vectors.normalised(z);
  }
}
