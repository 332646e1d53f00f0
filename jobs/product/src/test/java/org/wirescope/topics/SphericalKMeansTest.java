package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spherical k-means on points of length 1. */
class SphericalKMeansTest {
  /** Points of length 1 and the cluster each was drawn from. */
  record Clusters(double[][] points, int[] truth) {}

  /**
   * Three tight clusters around e0, e1 and e2 in 6 dimensions (noise 0.1 per coordinate, so cosines
   * within a cluster are about 0.95 and across about 0.1), 15 points each, interleaved.
   */
  static Clusters threeClusters(long seed) {
    Random r = new Random(seed);
    int n = 45;
    double[][] points = new double[n][];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      truth[i] = r.nextInt(3);
      double[] p = new double[6];
      for (int j = 0; j < 6; j++) {
        p[j] = 0.1 * r.nextGaussian();
      }
      p[truth[i]] += 1;
      points[i] = Vectors.normalised(p);
    }
    return new Clusters(points, truth);
  }

  /** 300 points spread over the sphere in 3 dimensions: no clusters, many local optima. */
  static double[][] spread(long seed) {
    Random r = new Random(seed);
    double[][] points = new double[300][];
    for (int i = 0; i < points.length; i++) {
      points[i] =
          Vectors.normalised(new double[] {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()});
    }
    return points;
  }

  /** The partition with clusters numbered by first appearance, so numbering does not matter. */
  static int[] canonical(int[] labels) {
    Map<Integer, Integer> seen = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = seen.computeIfAbsent(labels[i], l -> seen.size());
    }
    return out;
  }

  @Test
  void wellSeparatedClustersAreRecovered() {
    for (long seed = 0; seed < 10; seed++) {
      Clusters c = threeClusters(seed);
      SphericalKMeans.Result r = SphericalKMeans.fit(c.points(), 3, 5, seed);
      assertArrayEquals(canonical(c.truth()), canonical(r.assignment()), "seed " + seed);
    }
  }

  @Test
  void centresHaveUnitLengthAndPointTheirClustersWay() {
    Clusters c = threeClusters(1);
    SphericalKMeans.Result r = SphericalKMeans.fit(c.points(), 3, 5, 1);
    for (int k = 0; k < 3; k++) {
      assertEquals(1.0, Vectors.dot(r.centres()[k], r.centres()[k]), 1e-12);
    }
    for (int i = 0; i < c.points().length; i++) {
      double[] centre = r.centres()[r.assignment()[i]];
      assertTrue(centre[c.truth()[i]] > 0.9, "point " + i);
    }
  }

  @Test
  void everyPointSitsWithItsNearestCentre() {
    double[][] points = spread(2);
    SphericalKMeans.Result r = SphericalKMeans.fit(points, 5, 3, 2);
    for (int i = 0; i < points.length; i++) {
      double own = Vectors.dot(points[i], r.centres()[r.assignment()[i]]);
      for (double[] centre : r.centres()) {
        assertTrue(own >= Vectors.dot(points[i], centre) - 1e-12, "point " + i);
      }
    }
  }

  @Test
  void objectiveIsTheSummedCosineToTheCentres() {
    double[][] points = spread(3);
    SphericalKMeans.Result r = SphericalKMeans.fit(points, 4, 2, 3);
    double sum = 0;
    for (int i = 0; i < points.length; i++) {
      sum += Vectors.dot(points[i], r.centres()[r.assignment()[i]]);
    }
    assertEquals(sum, r.objective(), 1e-9);
  }

  @Test
  void sameSeedGivesTheSameResult() {
    double[][] points = spread(4);
    SphericalKMeans.Result a = SphericalKMeans.fit(points, 6, 4, 123);
    SphericalKMeans.Result b = SphericalKMeans.fit(points, 6, 4, 123);
    assertArrayEquals(a.assignment(), b.assignment());
    assertArrayEquals(a.centres(), b.centres());
    assertEquals(a.objective(), b.objective(), 0);
  }

  @Test
  void emptyClustersAreRefilledSoThereAreAlwaysKCentres() {
    // Two distinct points, five copies each, and k 3: k-means++ must start the third centre on a
    // copy of one of them, which then wins no point (ties go to the lower centre) and empties.
    double[][] points = new double[10][];
    for (int i = 0; i < 10; i++) {
      points[i] = i % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1};
    }
    for (long seed = 0; seed < 5; seed++) {
      SphericalKMeans.Result r = SphericalKMeans.fit(points, 3, 1, seed);
      assertEquals(3, r.k());
      for (int k = 0; k < 3; k++) {
        assertEquals(
            1.0,
            Vectors.dot(r.centres()[k], r.centres()[k]),
            1e-12,
            "centre " + k + ", seed " + seed);
        assertTrue(r.sizes()[k] > 0, "cluster " + k + " empty, seed " + seed);
      }
    }
  }

  @Test
  void restartsKeepTheBestObjectiveOfTheirRuns() {
    // fit(.., R, seed) runs the first R of the same seeded runs, so more restarts can only do as
    // well or better; on points with many local optima they do better somewhere.
    double[][] points = spread(5);
    double previous = Double.NEGATIVE_INFINITY;
    double first = SphericalKMeans.fit(points, 7, 1, 9).objective();
    double last = first;
    for (int restarts = 1; restarts <= 12; restarts++) {
      last = SphericalKMeans.fit(points, 7, restarts, 9).objective();
      assertTrue(last >= previous, "restarts " + restarts + ": " + last + " < " + previous);
      previous = last;
    }
    assertTrue(last > first + 1e-6, "12 restarts found nothing better than 1: " + last);
  }

  @Test
  void sizesCountEachCluster() {
    SphericalKMeans.Result r =
        new SphericalKMeans.Result(new double[3][2], new int[] {2, 0, 2, 2}, 0);
    assertArrayEquals(new long[] {1, 0, 3}, r.sizes());
  }
}
