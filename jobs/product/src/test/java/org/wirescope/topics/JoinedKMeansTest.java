package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spherical k-means whose search also starts from joined k-means parts. */
class JoinedKMeansTest {
  /**
   * Five tight clusters of different sizes (80, 80, 40, 15 and 15 points) around e0 to e4 in 8
   * dimensions, noise 0.1 per coordinate: each in its own cluster is the best partition into five,
   * but a single k-means++ start often puts two centres in one large cluster and one centre on two
   * small ones, and Lloyd's rounds stay there.
   */
  static SphericalKMeansTest.Clusters fiveUneven(long seed) {
    int[] sizes = {80, 80, 40, 15, 15};
    Random r = new Random(seed);
    int n = 230;
    double[][] points = new double[n][];
    int[] truth = new int[n];
    int i = 0;
    for (int c = 0; c < sizes.length; c++) {
      for (int j = 0; j < sizes[c]; j++, i++) {
        double[] p = new double[8];
        for (int x = 0; x < p.length; x++) {
          p[x] = 0.1 * r.nextGaussian();
        }
        p[c] += 1;
        points[i] = Vectors.normalised(p);
        truth[i] = c;
      }
    }
    return new SphericalKMeansTest.Clusters(points, truth);
  }

  static boolean recovers(SphericalKMeansTest.Clusters c, int[] topics) {
    return java.util.Arrays.equals(
        SphericalKMeansTest.canonical(c.truth()), SphericalKMeansTest.canonical(topics));
  }

  @Test
  void joinedStartsFindTheOptimumThatOneKMeansPlusPlusStartMisses() {
    SphericalKMeansTest.Clusters c = fiveUneven(1);
    int missed = 0;
    for (long seed = 1; seed <= 20; seed++) {
      if (!recovers(c, SphericalKMeans.fit(c.points(), 5, 1, seed).assignment())) {
        missed++;
      }
      assertTrue(
          recovers(c, JoinedKMeans.fit(c.points(), 5, 1, seed).assignment()), "seed " + seed);
    }
    // The premise, so the assertion above can fail: k-means++ alone misses for some seeds.
    assertTrue(missed > 0, "one k-means++ start found the five clusters for all 20 seeds");
  }

  @Test
  void theOptimumIsNeverWorseThanKMeansPlusPlusAlone() {
    double[][] points = SphericalKMeansTest.spread(3);
    for (long seed = 1; seed <= 3; seed++) {
      double plain = SphericalKMeans.fit(points, 6, 10, seed).objective();
      double joined = JoinedKMeans.fit(points, 6, 10, seed).objective();
      assertTrue(joined >= plain - 1e-9, "seed " + seed + ": " + joined + " < " + plain);
    }
  }

  @Test
  void equalSeedsGiveEqualCentres() {
    double[][] points = SphericalKMeansTest.spread(4);
    SphericalKMeans.Result a = JoinedKMeans.fit(points, 5, 3, 7);
    SphericalKMeans.Result b = JoinedKMeans.fit(points, 5, 3, 7);
    assertArrayEquals(a.assignment(), b.assignment());
    for (int t = 0; t < 5; t++) {
      assertArrayEquals(a.centres()[t], b.centres()[t], 0);
    }
  }

  @Test
  void partsAreJoinedByTheMeanCosineBetweenTheirPoints() {
    // Parts 0 and 2 point the same way, part 1 elsewhere: two groups, {0, 2} and {1}.
    double[][] points = {{1, 0}, {0.9, Math.sqrt(0.19)}, {0, 1}, {1, 0}, {0.8, 0.6}};
    int[] part = {0, 0, 1, 2, 2};
    assertArrayEquals(new int[] {0, 0, 1, 0, 0}, JoinedKMeans.joinParts(points, part, 3, 2));
  }

  @Test
  void anEmptyPartJoinsAnotherAndLeavesNoGroupEmpty() {
    double[][] points = {{1, 0}, {0.9, Math.sqrt(0.19)}, {0, 1}};
    int[] part = {0, 0, 2};
    assertArrayEquals(new int[] {0, 0, 1}, JoinedKMeans.joinParts(points, part, 3, 2));
  }
}
