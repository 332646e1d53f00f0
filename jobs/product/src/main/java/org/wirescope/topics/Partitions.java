package org.wirescope.topics;

import java.util.HashMap;
import java.util.Map;

/** Agreement between two partitions of the same items. */
final class Partitions {
  private Partitions() {}

  /**
   * Normalised mutual information, arithmetic normalisation (2 I / (H(a) + H(b)), as the shared
   * scorer and scikit-learn compute it); 1 when both partitions are a single cluster.
   */
  static double nmi(int[] a, int[] b) {
    int n = a.length;
    if (n == 0) {
      return 1;
    }
    Map<Long, Integer> joint = new HashMap<>();
    Map<Integer, Integer> ca = new HashMap<>();
    Map<Integer, Integer> cb = new HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
      ca.merge(a[i], 1, Integer::sum);
      cb.merge(b[i], 1, Integer::sum);
    }
    double ha = entropy(ca, n);
    double hb = entropy(cb, n);
    double mi = 0;
    for (Map.Entry<Long, Integer> e : joint.entrySet()) {
      int x = (int) (e.getKey() >> 32);
      int y = (int) (e.getKey() & 0xffffffffL);
      double p = e.getValue() / (double) n;
      mi += p * Math.log(p / (ca.get(x) / (double) n * cb.get(y) / (double) n));
    }
    return ha + hb == 0 ? 1 : Math.max(0, 2 * mi / (ha + hb));
  }

  private static double entropy(Map<Integer, Integer> counts, int n) {
    double h = 0;
    for (int c : counts.values()) {
      double p = c / (double) n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
