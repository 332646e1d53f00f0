package org.wirescope.persons;

import java.util.Arrays;

/**
 * PageRank and communities on the weighted, undirected person graph, in plain Java. The graph is
 * the published pairs: thousands to a few million edges, which fit in arrays on the driver, where
 * an iterative algorithm runs in milliseconds instead of one Spark job per iteration.
 *
 * <p>Nodes are 0..n-1; edge k joins {@code a[k]} and {@code b[k]} with weight {@code w[k]}.
 */
public final class NetworkMeasures {
  static final double DAMPING = 0.85;

  /**
   * Enough for the error to fall below the tolerance even on bipartite graphs (stars), where it
   * shrinks by only the damping per step: 0.85^200 = 7.6e-15 (50 left stars 1e-4 off).
   */
  static final int PAGERANK_ITERATIONS = 200;

  static final double TOLERANCE = 1e-10;
  static final int LABEL_ITERATIONS = 30;

  private NetworkMeasures() {}

  /**
   * Weighted PageRank: a walker follows an edge with probability proportional to its weight, and
   * jumps anywhere with probability 1 - 0.85; isolated nodes spread their rank evenly. The ranks
   * sum to 1.
   */
  public static double[] pagerank(int n, int[] a, int[] b, double[] w) {
    double[] strength = new double[n];
    for (int k = 0; k < a.length; k++) {
      strength[a[k]] += w[k];
      strength[b[k]] += w[k];
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    for (int it = 0; it < PAGERANK_ITERATIONS; it++) {
      double dangling = 0;
      for (int v = 0; v < n; v++) {
        if (strength[v] == 0) {
          dangling += rank[v];
        }
      }
      double[] next = new double[n];
      Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
      for (int k = 0; k < a.length; k++) {
        next[b[k]] += DAMPING * rank[a[k]] * w[k] / strength[a[k]];
        next[a[k]] += DAMPING * rank[b[k]] * w[k] / strength[b[k]];
      }
      double delta = 0;
      for (int v = 0; v < n; v++) {
        delta += Math.abs(next[v] - rank[v]);
      }
      rank = next;
      if (delta < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  /**
   * Communities by weighted label propagation. Every node starts with its own label (its index, in
   * name order); nodes are visited in index order and take the label with the largest total edge
   * weight among their neighbours, ties going to the smallest label, until nothing changes. Same
   * input, same communities.
   */
  public static int[] communities(int n, int[] a, int[] b, double[] w) {
    int[][] adj = new int[n][];
    double[][] adjW = new double[n][];
    int[] deg = new int[n];
    for (int k = 0; k < a.length; k++) {
      deg[a[k]]++;
      deg[b[k]]++;
    }
    for (int v = 0; v < n; v++) {
      adj[v] = new int[deg[v]];
      adjW[v] = new double[deg[v]];
    }
    int[] fill = new int[n];
    for (int k = 0; k < a.length; k++) {
      adj[a[k]][fill[a[k]]] = b[k];
      adjW[a[k]][fill[a[k]]++] = w[k];
      adj[b[k]][fill[b[k]]] = a[k];
      adjW[b[k]][fill[b[k]]++] = w[k];
    }
    int[] label = new int[n];
    for (int v = 0; v < n; v++) {
      label[v] = v;
    }
    java.util.HashMap<Integer, Double> votes = new java.util.HashMap<>();
    for (int it = 0; it < LABEL_ITERATIONS; it++) {
      boolean changed = false;
      for (int v = 0; v < n; v++) {
        if (adj[v].length == 0) {
          continue;
        }
        votes.clear();
        for (int i = 0; i < adj[v].length; i++) {
          votes.merge(label[adj[v][i]], adjW[v][i], Double::sum);
        }
        int best = label[v];
        double bestVote = votes.getOrDefault(best, 0.0);
        for (var e : votes.entrySet()) {
          if (e.getValue() > bestVote + 1e-12
              || (Math.abs(e.getValue() - bestVote) <= 1e-12 && e.getKey() < best)) {
            best = e.getKey();
            bestVote = e.getValue();
          }
        }
        if (best != label[v]) {
          label[v] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return label;
  }
}
