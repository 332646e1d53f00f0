package org.wirescope.topics;

import java.util.SplittableRandom;

/**
 * Coarse topics that may differ in size: spherical k-means started from a hierarchy rather than
 * from k-means++. k-means's objective pays the same for every article, so from k-means++ starts it
 * cuts a large, varied topic (a wire's earnings reports) into several and lumps small distinct
 * topics together. A joined start cuts the points into 2K parts by k-means and joins the parts to K
 * by average linkage (the mean cosine between two parts' points), so the parts of one broad topic
 * join each other before two unrelated small topics do; Lloyd's rounds then consolidate it, as
 * hierarchical clustering is consolidated by k-means in HCPC (Husson, Josse and Pagès 2010). The
 * result is the best, by the summed cosine of points to their centres, of {@code starts} joined
 * starts: the seeds then agree because the same best start is found by each.
 */
final class JoinedKMeans {
  /** Parts per topic that a joined start cuts the points into before joining them. */
  static final int PARTS_PER_TOPIC = 2;

  /** k-means++ starts for each start's cut into parts (the best is kept). */
  static final int PART_RESTARTS = 5;

  private JoinedKMeans() {}

  /**
   * The best of {@code starts} joined starts; equal points, k, starts and seed give equal results,
   * and ties go to the earlier start. With fewer than 2K points, plain k-means from {@code starts}
   * k-means++ starts.
   */
  static SphericalKMeans.Result fit(double[][] points, int k, int starts, long seed) {
    int parts = PARTS_PER_TOPIC * k;
    if (points.length < parts) {
      return SphericalKMeans.fit(points, k, starts, seed);
    }
    SplittableRandom random = new SplittableRandom(seed);
    SphericalKMeans.Result best = null;
    for (int s = 0; s < Math.max(1, starts); s++) {
      SphericalKMeans.Result cut =
          SphericalKMeans.fit(points, parts, PART_RESTARTS, random.nextLong());
      int[] joined = joinParts(points, cut.assignment(), parts, k);
      SphericalKMeans.Result refined = SphericalKMeans.refine(points, joined, k);
      if (best == null || refined.objective() > best.objective() + 1e-9) {
        best = refined;
      }
    }
    return best;
  }

  /**
   * Parts joined by average linkage to k groups: the mean cosine between two groups' points is the
   * dot product of their sums over the product of their sizes. Returns each point's group, 0 to k -
   * 1.
   */
  static int[] joinParts(double[][] points, int[] part, int parts, int k) {
    int d = points.length == 0 ? 0 : points[0].length;
    double[][] sums = new double[parts][d];
    double[] sizes = new double[parts];
    for (int i = 0; i < points.length; i++) {
      sizes[part[i]]++;
      double[] s = sums[part[i]];
      for (int j = 0; j < d; j++) {
        s[j] += points[i][j];
      }
    }
    double[][] similarity = new double[parts][parts];
    for (int a = 0; a < parts; a++) {
      for (int b = a + 1; b < parts; b++) {
        // An empty part (k-means left it so) joins first and weighs nothing: no group stays empty.
        double s =
            sizes[a] == 0 || sizes[b] == 0
                ? 2
                : Vectors.dot(sums[a], sums[b]) / (sizes[a] * sizes[b]);
        similarity[a][b] = s;
        similarity[b][a] = s;
      }
    }
    int[] group = AverageLinkage.cut(similarity, sizes, k);
    int[] out = new int[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = group[part[i]];
    }
    return out;
  }
}
