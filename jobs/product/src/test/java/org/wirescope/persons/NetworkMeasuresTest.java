package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetworkMeasuresTest {
  /** A star: node 0 joined to 1, 2 and 3 with weight 1; node 4 isolated. */
  @Test
  void pagerankFavoursTheHubAndSumsToOne() {
    double[] r = NetworkMeasures.pagerank(5, new int[] {0, 0, 0}, new int[] {1, 2, 3}, new double[] {1, 1, 1});
    assertEquals(1.0, Arrays.stream(r).sum(), 1e-9);
    assertTrue(r[0] > r[1] && r[1] > r[4], Arrays.toString(r));
    assertEquals(r[1], r[2], 1e-12);
  }

  /** Two triangles (0-1-2 and 3-4-5) joined by one light edge 2-3. */
  @Test
  void communitiesSplitTwoTrianglesAndAreDeterministic() {
    int[] a = {0, 0, 1, 3, 3, 4, 2};
    int[] b = {1, 2, 2, 4, 5, 5, 3};
    double[] w = {5, 5, 5, 5, 5, 5, 1};
    int[] c = NetworkMeasures.communities(6, a, b, w);
    assertEquals(c[0], c[1]);
    assertEquals(c[1], c[2]);
    assertEquals(c[3], c[4]);
    assertEquals(c[4], c[5]);
    assertTrue(c[0] != c[3], Arrays.toString(c));
    assertArrayEquals(c, NetworkMeasures.communities(6, a, b, w));
  }
}
