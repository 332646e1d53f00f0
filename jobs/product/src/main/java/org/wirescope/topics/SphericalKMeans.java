package org.wirescope.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k-means on the unit sphere: points and centres of length 1, closeness by cosine. Seeded k-means++
 * starts, Lloyd rounds to a fixed point, and the best of {@code restarts} runs by the summed cosine
 * of points to their centres. Plain Java over dense rows, for the driver's sample.
 */
public final class SphericalKMeans {
  static final int MAX_ROUNDS = 100;

  /** A run stops when at most one point in this many changed its centre in a round. */
  static final int SETTLED = 2000;

  private SphericalKMeans() {}

  /** Centres (length 1), each point's centre, and the summed cosine of points to their centres. */
  public record Result(double[][] centres, int[] assignment, double objective) {
    public int k() {
      return centres.length;
    }

    public long[] sizes() {
      long[] n = new long[centres.length];
      for (int a : assignment) {
        n[a]++;
      }
      return n;
    }
  }

  /**
   * The best of {@code restarts} seeded runs; equal seeds and points give equal results. The runs
   * go in parallel on the driver's cores: each has its own generator, split from the seed in order,
   * and ties go to the earlier run, so the answer never depends on which finished first.
   */
  public static Result fit(double[][] points, int k, int restarts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SplittableRandom> starts = new ArrayList<>();
    for (int r = 0; r < Math.max(1, restarts); r++) {
      starts.add(random.split());
    }
    List<Result> runs = starts.parallelStream().map(start -> run(points, k, start)).toList();
    Result best = null;
    for (Result run : runs) {
      if (best == null || run.objective() > best.objective() + 1e-9) {
        best = run;
      }
    }
    return best;
  }

  private static Result run(double[][] points, int k, SplittableRandom random) {
    int n = points.length;
    double[][] centres = plusPlus(points, k, random);
    int[] assignment = new int[n];
    java.util.Arrays.fill(assignment, -1);
    double objective = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int changed = 0;
      objective = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestCos = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double cos = Vectors.dot(points[i], centres[c]);
          if (cos > bestCos) {
            bestCos = cos;
            best = c;
          }
        }
        objective += bestCos;
        if (assignment[i] != best) {
          assignment[i] = best;
          changed++;
        }
      }
      // Settled: the last rounds of Lloyd move a few boundary points back and forth for long.
      if (changed <= n / SETTLED) {
        break;
      }
      centres = means(points, assignment, k);
      refillEmpty(points, assignment, centres);
    }
    return new Result(centres, assignment, objective);
  }

  /** Centres of the assigned points, each scaled to length 1 (an empty cluster's stays zero). */
  static double[][] means(double[][] points, int[] assignment, int k) {
    int d = points.length == 0 ? 0 : points[0].length;
    double[][] sums = new double[k][d];
    for (int i = 0; i < points.length; i++) {
      double[] s = sums[assignment[i]];
      double[] p = points[i];
      for (int j = 0; j < d; j++) {
        s[j] += p[j];
      }
    }
    for (int c = 0; c < k; c++) {
      sums[c] = Vectors.normalised(sums[c]);
    }
    return sums;
  }

  /** An empty cluster takes the point farthest from its own centre, so k centres stay k. */
  private static void refillEmpty(double[][] points, int[] assignment, double[][] centres) {
    long[] sizes = new long[centres.length];
    for (int a : assignment) {
      sizes[a]++;
    }
    for (int c = 0; c < centres.length; c++) {
      if (sizes[c] > 0) {
        continue;
      }
      int worst = -1;
      double worstCos = Double.POSITIVE_INFINITY;
      for (int i = 0; i < points.length; i++) {
        if (sizes[assignment[i]] < 2) {
          continue;
        }
        double cos = Vectors.dot(points[i], centres[assignment[i]]);
        if (cos < worstCos) {
          worstCos = cos;
          worst = i;
        }
      }
      if (worst >= 0) {
        sizes[assignment[worst]]--;
        assignment[worst] = c;
        sizes[c] = 1;
        centres[c] = points[worst].clone();
      }
    }
  }

  /** k-means++: each next centre drawn with probability proportional to its squared distance. */
  private static double[][] plusPlus(double[][] points, int k, SplittableRandom random) {
    int n = points.length;
    double[][] centres = new double[k][];
    centres[0] = points[random.nextInt(n)].clone();
    double[] d2 = new double[n];
    for (int i = 0; i < n; i++) {
      d2[i] = distance2(points[i], centres[0]);
    }
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double x : d2) {
        total += x;
      }
      int pick = 0;
      if (total > 0) {
        double target = random.nextDouble() * total;
        double run = 0;
        for (int i = 0; i < n; i++) {
          run += d2[i];
          if (run >= target) {
            pick = i;
            break;
          }
        }
      } else {
        pick = random.nextInt(n);
      }
      centres[c] = points[pick].clone();
      for (int i = 0; i < n; i++) {
        d2[i] = Math.min(d2[i], distance2(points[i], centres[c]));
      }
    }
    return centres;
  }

  /** Squared Euclidean distance between unit vectors: 2 - 2 cos (never below 0). */
  private static double distance2(double[] a, double[] b) {
    return Math.max(0, 2 - 2 * Vectors.dot(a, b));
  }
}
