package org.wirescope.topics;

import java.util.HashMap;
import java.util.Map;

/** Agreement between two partitions of the same items. */
final class Partitions {
  private Partitions() {}

  /**
   * The adjusted Rand index (Hubert and Arabie 1985): the share of item pairs the two partitions
   * treat alike (together in both, or apart in both), corrected for chance, so that 1 is the same
   * partition and 0 is what unrelated partitions of these cluster sizes score on average (it may go
   * a little below). Unlike mutual information it does not rise by chance as the clusters get more
   * and smaller. 1 when neither partition has two items to tell apart.
   */
  static double ari(int[] a, int[] b) {
    int n = a.length;
    Map<Long, Integer> joint = new HashMap<>();
    Map<Integer, Integer> ca = new HashMap<>();
    Map<Integer, Integer> cb = new HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
      ca.merge(a[i], 1, Integer::sum);
      cb.merge(b[i], 1, Integer::sum);
    }
    double together = pairs(joint.values());
    double inA = pairs(ca.values());
    double inB = pairs(cb.values());
    double expected = n < 2 ? 0 : inA * inB / (n * (n - 1) / 2.0);
    double most = (inA + inB) / 2;
    return most == expected ? 1 : (together - expected) / (most - expected);
  }

  /** The pairs within clusters of these sizes. */
  private static double pairs(Iterable<Integer> sizes) {
    double p = 0;
    for (int c : sizes) {
      p += c * (c - 1) / 2.0;
    }
    return p;
  }
}
