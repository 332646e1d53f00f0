package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * PageRank and communities on graphs whose answers are known in closed form or by hand.
 *
 * <p>What the product computes ({@link NetworkMeasures#pagerank}): the graph is undirected and
 * weighted (a node sends rank to a neighbour in proportion to the edge weight over its strength);
 * with probability 1 - d, d = 0.85, the walker jumps to any of the N nodes uniformly; a node with
 * no edges (dangling) spreads its rank uniformly over all N nodes. Disconnected parts are joined
 * only through those jumps. Power iteration starts from 1/N everywhere, stops when the L1 change of
 * one step is below 1e-10, or after PAGERANK_ITERATIONS (200) steps.
 *
 * <p>The tolerance, from those settings. The step is r' = (1-d)/N + d M r with M column-stochastic
 * (dangling columns uniform), so the error e = r - r* shrinks as |e'|_1 <= d |e|_1. Hence after the
 * step cap |e|_1 <= d^steps |e_0|_1, and if the loop stops early on a change below 1e-10, |e|_1 <=
 * d/(1-d) * 1e-10. On bipartite graphs (a star) the walk has eigenvalue -1 and the error shrinks by
 * exactly d per step: with the cap of 50 the product once had, the star's ranks were off by about
 * 1e-4 (d^50 = 2.96e-4), which is why the cap is now 200 (d^200 = 7.6e-15). {@link #assertPagerank}
 * allows d^steps |e_0|_1 + 5.7e-10, computed from each graph's closed form, and no more.
 */
class NetworkMeasuresTest {
  /** The damping the product documents ("jumps anywhere with probability 1 - 0.85"). */
  private static final double D = 0.85;

  /** The product's iteration cap and stopping change, see the class comment. */
  private static final int STEPS = NetworkMeasures.PAGERANK_ITERATIONS;

  private static final double STOP = NetworkMeasures.TOLERANCE;

  /*
   * Closed form for a star inside a graph of N nodes. Let t be what every node receives from
   * jumps and from dangling nodes each step: t = (1-d)/N + d * (dangling rank)/N. A leaf i, joined
   * to the hub only with weight w_i, sends all its rank to the hub; the hub, of strength
   * W = sum w_i, sends a share w_i/W of its rank to leaf i. At the fixed point:
   *   hub:    h   = t + d * sum_i l_i
   *   leaf i: l_i = t + d * h * w_i / W
   * Summing the leaf equation over the L leaves gives sum_i l_i = L t + d h, so
   *   h = t + d L t + d^2 h   =>   h = t (1 + d L) / (1 - d^2),
   * which does not depend on the weights, and l_i = t + d h w_i / W. With equal weights
   *   l = t (L + d) / (L (1 - d^2)).
   * The star's total is h + L l = t (L + 1) / (1 - d): any part with k nodes and no dangling node
   * holds k t / (1 - d), whatever its shape (a walker inside it stays inside but for jumps).
   *
   * t itself: with m isolated nodes each holds x = t (receives t, keeps nothing), so the
   * dangling rank is m t and t = (1-d)/N + d m t / N, i.e. t = (1 - d) / (N - d m). A part of k
   * nodes then holds k / (N - d m) and each isolated node (1 - d) / (N - d m); together
   * (N - m) / (N - d m) + m (1 - d) / (N - d m) = 1. Without isolated nodes t = (1-d)/N and a
   * part of k nodes holds exactly k/N: the jumps split the mass by size.
   */

  /** Hub rank of a star of L leaves when every node receives t per step. */
  private static double hub(double t, int leaves) {
    return t * (1 + D * leaves) / (1 - D * D);
  }

  /** Rank of a leaf of weight w in a star of total weight W, given its hub's rank. */
  private static double leaf(double t, double hub, double w, double totalWeight) {
    return t + D * hub * w / totalWeight;
  }

  /** What each node receives per step from jumps and dangling nodes: N nodes, m isolated. */
  private static double perNode(int n, int isolated) {
    return (1 - D) / (n - D * isolated);
  }

  /** Fixture: a star, hub 0 joined to leaves 1, 2 and 3 with weight 1. Invariant: bipartite. */
  private static final int[] STAR_A = {0, 0, 0};

  private static final int[] STAR_B = {1, 2, 3};
  private static final double[] STAR_W = {1, 1, 1};

  @Test
  void starHubAndLeavesMatchTheClosedForm() {
    double[] r = NetworkMeasures.pagerank(4, STAR_A, STAR_B, STAR_W);
    double t = perNode(4, 0);
    double h = hub(t, 3);
    // h = 0.15/4 * 3.55 / 0.2775 = 0.47973, l = 0.15/4 * 3.85 / (3 * 0.2775) = 0.17342
    double l = t * (3 + D) / (3 * (1 - D * D));
    assertEquals(l, leaf(t, h, 1, 3), 1e-15, "the two leaf formulas agree");
    assertPagerank(new double[] {h, l, l, l}, r);
  }

  /** Fixture: a star whose edges weigh 1, 2 and 3 (articles shared with the hub). */
  @Test
  void weightedStarSplitsTheHubByEdgeWeight() {
    double[] r = NetworkMeasures.pagerank(4, STAR_A, STAR_B, new double[] {1, 2, 3});
    double t = perNode(4, 0);
    double h = hub(t, 3);
    assertPagerank(new double[] {h, leaf(t, h, 1, 6), leaf(t, h, 2, 6), leaf(t, h, 3, 6)}, r);
  }

  /** Fixtures: cycles of 5 and 6 nodes. Invariant: every node alike, so every rank 1/N. */
  @Test
  void cycleGivesEveryNodeOneOverN() {
    for (int n : new int[] {5, 6}) {
      int[] a = new int[n];
      int[] b = new int[n];
      double[] w = new double[n];
      for (int v = 0; v < n; v++) {
        a[v] = v;
        b[v] = (v + 1) % n;
        w[v] = 2;
      }
      double[] expected = new double[n];
      Arrays.fill(expected, 1.0 / n);
      assertPagerank(expected, NetworkMeasures.pagerank(n, a, b, w));
    }
  }

  /**
   * Fixture: three parts. A star 0-{1,2,3}, a single edge 4-5 and an isolated node 6: N = 7, one
   * dangling node. Invariant: no edge between parts, so mass moves between them only by jumps.
   */
  @Test
  void disconnectedPartsSplitTheMassByTheirSize() {
    double[] r =
        NetworkMeasures.pagerank(
            7, new int[] {0, 0, 0, 4}, new int[] {1, 2, 3, 5}, new double[] {1, 1, 1, 1});
    double t = perNode(7, 1); // 0.15 / 6.15
    double h = hub(t, 3);
    double l = leaf(t, h, 1, 3);
    // A single edge is a star of one leaf: both ends t (1 + d) / (1 - d^2) = t / (1 - d).
    double e = hub(t, 1);
    assertEquals(t / (1 - D), e, 1e-15);
    assertPagerank(new double[] {h, l, l, l, e, e, t}, r);
    // Masses: 4/6.15, 2/6.15 and 0.15/6.15.
    double bound = tolerance(new double[] {h, l, l, l, e, e, t});
    assertEquals(4 / (7 - D), r[0] + r[1] + r[2] + r[3], bound);
    assertEquals(2 / (7 - D), r[4] + r[5], bound);
    assertEquals((1 - D) / (7 - D), r[6], bound);
  }

  /**
   * Fixture: a triangle 0-1-2 and, apart, an edge 3-4. Invariant: no isolated node, so k/N per
   * part.
   */
  @Test
  void triangleAndSeparateEdgeHoldThreeFifthsAndTwoFifths() {
    double[] r =
        NetworkMeasures.pagerank(
            5, new int[] {0, 1, 2, 3}, new int[] {1, 2, 0, 4}, new double[] {1, 1, 1, 1});
    // Each part is regular, so its mass (3/5 and 2/5) spreads evenly: 1/5 per node.
    assertPagerank(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, r);
    assertEquals(0.6, r[0] + r[1] + r[2], 1e-9);
  }

  /**
   * Communities, traced by hand through the documented rule (visit 0..n-1, heaviest label, ties to
   * the smallest).
   */
  @Test
  void starCommunitiesFollowTheHeaviestEdge() {
    // Unweighted: the hub takes the smallest of its leaves' labels (1), then every leaf follows.
    assertArrayEquals(
        new int[] {1, 1, 1, 1}, NetworkMeasures.communities(4, STAR_A, STAR_B, STAR_W));
    // Weights 1, 2, 3: the hub takes the heaviest leaf's label (3).
    assertArrayEquals(
        new int[] {3, 3, 3, 3},
        NetworkMeasures.communities(4, STAR_A, STAR_B, new double[] {1, 2, 3}));
  }

  @Test
  void cycleIsOneCommunity() {
    // Node 0 takes 1 (tie 1/5), then each node in turn sees 1 behind it and takes it on a tie.
    int[] a = {0, 1, 2, 3, 4, 5};
    int[] b = {1, 2, 3, 4, 5, 0};
    assertArrayEquals(
        new int[] {1, 1, 1, 1, 1, 1},
        NetworkMeasures.communities(6, a, b, new double[] {1, 1, 1, 1, 1, 1}));
  }

  @Test
  void disconnectedPartsAreSeparateCommunitiesAndIsolatedNodesKeepTheirOwn() {
    assertArrayEquals(
        new int[] {1, 1, 1, 1, 5, 5, 6},
        NetworkMeasures.communities(
            7, new int[] {0, 0, 0, 4}, new int[] {1, 2, 3, 5}, new double[] {1, 1, 1, 1}));
  }

  /** Two triangles (0-1-2 and 3-4-5) joined by one light edge 2-3. */
  @Test
  void communitiesSplitTwoTrianglesAndAreDeterministic() {
    int[] a = {0, 0, 1, 3, 3, 4, 2};
    int[] b = {1, 2, 2, 4, 5, 5, 3};
    double[] w = {5, 5, 5, 5, 5, 5, 1};
    // Node 0 takes 1 (tie), 2 takes 1 (weight 10 against 1), 3 takes 4 (tie 4/5 at 5 beats 1 at 1).
    int[] c = NetworkMeasures.communities(6, a, b, w);
    assertArrayEquals(new int[] {1, 1, 1, 4, 4, 4}, c, Arrays.toString(c));
    assertArrayEquals(c, NetworkMeasures.communities(6, a, b, w));
  }

  /** The error bound of the class comment for a graph whose exact ranks are {@code expected}. */
  private static double tolerance(double[] expected) {
    double e0 = 0;
    for (double x : expected) {
      e0 += Math.abs(1.0 / expected.length - x);
    }
    return Math.pow(D, STEPS) * e0 + D / (1 - D) * STOP;
  }

  private static void assertPagerank(double[] expected, double[] actual) {
    assertEquals(1.0, Arrays.stream(expected).sum(), 1e-12, "the closed form sums to 1");
    assertEquals(expected.length, actual.length);
    double error = 0;
    for (int v = 0; v < actual.length; v++) {
      error += Math.abs(actual[v] - expected[v]);
    }
    double bound = tolerance(expected);
    assertTrue(
        error <= bound,
        "L1 error "
            + error
            + " > "
            + bound
            + ": expected "
            + Arrays.toString(expected)
            + ", got "
            + Arrays.toString(actual));
    assertEquals(1.0, Arrays.stream(actual).sum(), 1e-9);
  }
}
