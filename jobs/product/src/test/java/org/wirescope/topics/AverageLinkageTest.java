package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Average linkage, cut at k groups. */
class AverageLinkageTest {
  static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /**
   * The textbook algorithm, written out slowly: join the most similar pair of groups, where a
   * pair's similarity is the weighted mean over their items' pairs, until k groups remain.
   */
  static int[] slow(double[][] s, double[] w, int k) {
    int m = w.length;
    int[] group = new int[m];
    for (int i = 0; i < m; i++) {
      group[i] = i;
    }
    for (int groups = m; groups > k; groups--) {
      double best = Double.NEGATIVE_INFINITY;
      int ga = -1;
      int gb = -1;
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m; b++) {
          if (!isGroup(group, a) || !isGroup(group, b)) {
            continue;
          }
          double sum = 0;
          double weight = 0;
          for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
              if (group[x] == a && group[y] == b) {
                sum += w[x] * w[y] * s[x][y];
                weight += w[x] * w[y];
              }
            }
          }
          if (sum / weight > best) {
            best = sum / weight;
            ga = a;
            gb = b;
          }
        }
      }
      for (int x = 0; x < m; x++) {
        if (group[x] == gb) {
          group[x] = ga;
        }
      }
    }
    return SphericalKMeansTest.canonical(group);
  }

  private static boolean isGroup(int[] group, int g) {
    for (int x : group) {
      if (x == g) {
        return true;
      }
    }
    return false;
  }

  @Test
  void twoObviousGroupsAndANumberingByFirstItem() {
    double[][] s = {
      {1, 0.1, 0.9, 0.2},
      {0.1, 1, 0.0, 0.8},
      {0.9, 0.0, 1, 0.1},
      {0.2, 0.8, 0.1, 1},
    };
    assertArrayEquals(
        new int[] {0, 1, 0, 1}, AverageLinkage.cut(copy(s), new double[] {1, 1, 1, 1}, 2));
    assertArrayEquals(
        new int[] {0, 1, 0, 2}, AverageLinkage.cut(copy(s), new double[] {1, 1, 1, 1}, 3));
    assertArrayEquals(
        new int[] {0, 1, 2, 3}, AverageLinkage.cut(copy(s), new double[] {1, 1, 1, 1}, 4));
  }

  @Test
  void weightsDecideWhichGroupAnItemJoins() {
    // Item 2 is as close to 0 as to 1 on average only when 0 and 1 weigh the same: with 0 and 1
    // joined first, 2's similarity to {0, 1} is weighted; 3 stands apart.
    double[][] s = {
      {1, 0.9, 0.8, 0.0},
      {0.9, 1, 0.0, 0.0},
      {0.8, 0.0, 1, 0.5},
      {0.0, 0.0, 0.5, 1},
    };
    // Equal weights: 2 to {0,1} is (0.8 + 0.0) / 2 = 0.4 < 0.5 to 3.
    assertArrayEquals(
        new int[] {0, 0, 1, 1}, AverageLinkage.cut(copy(s), new double[] {1, 1, 1, 1}, 2));
    // Item 0 weighs 9: 2 to {0,1} is (9 * 0.8 + 0) / 10 = 0.72 > 0.5.
    assertArrayEquals(
        new int[] {0, 0, 0, 1}, AverageLinkage.cut(copy(s), new double[] {9, 1, 1, 1}, 2));
  }

  @Test
  void theChainFindsTheSameCutsAsTheTextbookAlgorithm() {
    Random r = new Random(11);
    for (int trial = 0; trial < 40; trial++) {
      int m = 3 + r.nextInt(12);
      double[][] s = new double[m][m];
      double[] w = new double[m];
      for (int i = 0; i < m; i++) {
        w[i] = 1 + r.nextInt(5);
        for (int j = i + 1; j < m; j++) {
          s[i][j] = s[j][i] = r.nextDouble();
        }
      }
      for (int k = 1; k <= m; k++) {
        assertArrayEquals(
            slow(s, w, k),
            AverageLinkage.cut(copy(s), w, k),
            "trial " + trial + ", " + m + " items, k " + k);
      }
    }
  }

  @Test
  void kOutsideOneToTheItemsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AverageLinkage.cut(new double[2][2], new double[] {1, 1}, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> AverageLinkage.cut(new double[2][2], new double[] {1, 1}, 0));
  }
}
