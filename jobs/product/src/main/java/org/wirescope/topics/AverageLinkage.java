package org.wirescope.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative clustering by average linkage (UPGMA) over a similarity matrix, cut at k groups.
 * The merges come from the nearest-neighbour chain, which finds the same hierarchy as joining the
 * most similar pair each time in time proportional to the items squared (Murtagh 1983); the cut
 * replays the merges from the most similar down until k groups remain.
 */
final class AverageLinkage {
  private AverageLinkage() {}

  private record Merge(int a, int b, double similarity, int order) {}

  /**
   * Each item's group, 0 to k - 1, numbered by the group's first item. {@code weights} are the
   * items' sizes (a group's similarity to another is the mean over their members, weighted); {@code
   * similarity} is symmetric and is overwritten.
   */
  static int[] cut(double[][] similarity, double[] weights, int k) {
    int m = weights.length;
    if (k < 1 || k > m) {
      throw new IllegalArgumentException("cannot cut " + m + " items into " + k + " groups");
    }
    List<Merge> merges = chain(similarity, weights);
    merges.sort(
        (x, y) ->
            x.similarity() != y.similarity()
                ? Double.compare(y.similarity(), x.similarity())
                : Integer.compare(x.order(), y.order()));
    int[] root = new int[m];
    for (int i = 0; i < m; i++) {
      root[i] = i;
    }
    for (int j = 0; j < m - k; j++) {
      Merge merge = merges.get(j);
      root[find(root, merge.a())] = find(root, merge.b());
    }
    int[] group = new int[m];
    int[] number = new int[m];
    Arrays.fill(number, -1);
    int groups = 0;
    for (int i = 0; i < m; i++) {
      int r = find(root, i);
      if (number[r] < 0) {
        number[r] = groups++;
      }
      group[i] = number[r];
    }
    return group;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  /** All m - 1 merges, each with the similarity it joined at. */
  private static List<Merge> chain(double[][] similarity, double[] weights) {
    int m = weights.length;
    double[] weight = new double[m];
    for (int i = 0; i < m; i++) {
      // An empty item weighs (almost) nothing, so it never moves the mean of what it joins.
      weight[i] = Math.max(weights[i], 1e-12);
    }
    boolean[] alive = new boolean[m];
    Arrays.fill(alive, true);
    int[] stack = new int[m];
    int top = 0;
    List<Merge> merges = new ArrayList<>(m);
    int next = 0;
    while (merges.size() < m - 1) {
      if (top == 0) {
        while (!alive[next]) {
          next++;
        }
        stack[top++] = next;
      }
      int a = stack[top - 1];
      int previous = top >= 2 ? stack[top - 2] : -1;
      int b = previous;
      double best = previous >= 0 ? similarity[a][previous] : Double.NEGATIVE_INFINITY;
      for (int y = 0; y < m; y++) {
        if (alive[y] && y != a && (b < 0 || similarity[a][y] > best)) {
          best = similarity[a][y];
          b = y;
        }
      }
      if (b != previous) {
        stack[top++] = b;
        continue;
      }
      top -= 2;
      // The joined group keeps the lower index; the other is gone.
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      merges.add(new Merge(keep, gone, best, merges.size()));
      double total = weight[keep] + weight[gone];
      for (int y = 0; y < m; y++) {
        if (alive[y] && y != keep && y != gone) {
          double s =
              (weight[keep] * similarity[keep][y] + weight[gone] * similarity[gone][y]) / total;
          similarity[keep][y] = s;
          similarity[y][keep] = s;
        }
      }
      weight[keep] = total;
      alive[gone] = false;
    }
    return merges;
  }
}
