package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Normalised mutual information between two partitions. */
class PartitionsTest {
  @Test
  void identicalPartitionsScoreOne() {
    int[] a = {0, 0, 1, 1, 2, 2, 2};
    assertEquals(1.0, Partitions.nmi(a, a.clone()), 1e-12);
  }

  @Test
  void relabelledPartitionsScoreOne() {
    assertEquals(
        1.0, Partitions.nmi(new int[] {0, 0, 1, 1, 2, 2}, new int[] {7, 7, 0, 0, 3, 3}), 1e-12);
  }

  @Test
  void crossedPartitionsScoreZero() {
    // Every (a, b) pair occurs equally often: knowing a says nothing of b.
    int[] a = new int[400];
    int[] b = new int[400];
    for (int i = 0; i < 400; i++) {
      a[i] = i % 2;
      b[i] = (i / 2) % 4;
    }
    assertEquals(0.0, Partitions.nmi(a, b), 1e-12);
  }

  @Test
  void independentRandomPartitionsScoreNearZero() {
    Random r = new Random(42);
    int[] a = new int[20000];
    int[] b = new int[20000];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextInt(4);
      b[i] = r.nextInt(5);
    }
    double nmi = Partitions.nmi(a, b);
    assertTrue(nmi >= 0 && nmi < 0.001, "nmi " + nmi);
  }

  @Test
  void handComputedValue() {
    // a = {0,0,1,1}, b = {0,0,0,1}: H(a) = ln 2, H(b) = -(3/4 ln 3/4 + 1/4 ln 1/4),
    // I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2; NMI = 2 I / (H(a) + H(b)) = 0.343711...
    assertEquals(
        0.3437110184854508, Partitions.nmi(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}), 1e-12);
  }

  @Test
  void isSymmetric() {
    int[] a = {0, 1, 1, 2, 2, 2, 0, 1};
    int[] b = {1, 1, 0, 0, 2, 2, 2, 0};
    assertEquals(Partitions.nmi(a, b), Partitions.nmi(b, a), 1e-15);
  }

  @Test
  void oneClusterAgainstSeveralScoresZero() {
    assertEquals(0.0, Partitions.nmi(new int[] {5, 5, 5, 5}, new int[] {0, 1, 0, 1}), 1e-12);
  }

  @Test
  void twoSingleClustersScoreOne() {
    assertEquals(1.0, Partitions.nmi(new int[] {3, 3, 3}, new int[] {0, 0, 0}), 0);
  }

  @Test
  void noItemsScoreOne() {
    assertEquals(1.0, Partitions.nmi(new int[0], new int[0]), 0);
  }

  @Test
  void negativeAndLargeLabelsAreDistinctClusters() {
    // Labels are packed two to a long; -1 and a large label must not collide.
    assertEquals(
        1.0,
        Partitions.nmi(
            new int[] {-1, -1, Integer.MAX_VALUE, Integer.MAX_VALUE}, new int[] {0, 0, 1, 1}),
        1e-12);
  }
}
