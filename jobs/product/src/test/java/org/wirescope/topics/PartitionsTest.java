package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The adjusted Rand index between two partitions. */
class PartitionsTest {
  @Test
  void identicalPartitionsScoreOne() {
    int[] a = {0, 0, 1, 1, 2, 2, 2};
    assertEquals(1.0, Partitions.ari(a, a.clone()), 1e-12);
  }

  @Test
  void relabelledPartitionsScoreOne() {
    assertEquals(
        1.0, Partitions.ari(new int[] {0, 0, 1, 1, 2, 2}, new int[] {7, 7, 0, 0, 3, 3}), 1e-12);
  }

  @Test
  void crossedPartitionsScoreZeroOrJustBelow() {
    // Every (a, b) pair occurs equally often: knowing a says nothing of b. 8 cells of 50 give
    // 8 x 1,225 = 9,800 pairs together in both; within a 2 x 19,900, within b 4 x 4,950, of 79,800.
    // Chance expects a little more than 9,800 together, so the index is a hair below zero.
    int[] a = new int[400];
    int[] b = new int[400];
    for (int i = 0; i < 400; i++) {
      a[i] = i % 2;
      b[i] = (i / 2) % 4;
    }
    double expected = 39_800.0 * 19_800 / 79_800;
    double ari = Partitions.ari(a, b);
    assertEquals((9_800 - expected) / (29_800 - expected), ari, 1e-12);
    assertTrue(ari <= 0 && ari > -0.01, "ari " + ari);
  }

  @Test
  void independentRandomPartitionsScoreNearZero() {
    Random r = new Random(42);
    int n = 20_000;
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextInt(4);
      b[i] = r.nextInt(5);
    }
    double ari = Partitions.ari(a, b);
    assertTrue(Math.abs(ari) < 0.002, "ari " + ari);
  }

  @Test
  void handComputedValue() {
    // a = {0,0,0,1,1,1}, b = {0,0,1,1,2,2}: pairs together in both 1 + 1 = 2; within a's clusters
    // 3 + 3 = 6, within b's 1 + 1 + 1 = 3, of 15 pairs in all. Expected by chance 6 x 3 / 15 = 1.2,
    // the most (6 + 3) / 2 = 4.5: ARI = (2 - 1.2) / (4.5 - 1.2) = 0.2424...
    assertEquals(
        0.8 / 3.3,
        Partitions.ari(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}),
        1e-12);
  }

  @Test
  void aFinerCutOfTheSamePartitionScoresBelowOne() {
    // Splitting one of two clusters in half: together-in-both 2 x 3 + 2 x 1 = 8 pairs; within a
    // 2 x 6 = 12, within b 6 + 1 + 1 = 8, of 28. Expected 12 x 8 / 28, the most 10.
    double expected = 12 * 8 / 28.0;
    assertEquals(
        (8 - expected) / (10 - expected),
        Partitions.ari(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, new int[] {0, 0, 0, 0, 1, 1, 2, 2}),
        1e-12);
  }

  @Test
  void isSymmetric() {
    int[] a = {0, 1, 1, 2, 2, 2, 0, 1};
    int[] b = {1, 1, 0, 0, 2, 2, 2, 0};
    assertEquals(Partitions.ari(a, b), Partitions.ari(b, a), 1e-15);
  }

  @Test
  void oneClusterAgainstSeveralScoresZero() {
    assertEquals(0.0, Partitions.ari(new int[] {5, 5, 5, 5}, new int[] {0, 1, 0, 1}), 1e-12);
  }

  @Test
  void twoSingleClustersScoreOne() {
    assertEquals(1.0, Partitions.ari(new int[] {3, 3, 3}, new int[] {0, 0, 0}), 0);
  }

  @Test
  void noItemsAndOneItemScoreOne() {
    assertEquals(1.0, Partitions.ari(new int[0], new int[0]), 0);
    assertEquals(1.0, Partitions.ari(new int[] {4}, new int[] {9}), 0);
  }

  @Test
  void negativeAndLargeLabelsAreDistinctClusters() {
    // Labels are packed two to a long; -1 and a large label must not collide.
    assertEquals(
        1.0,
        Partitions.ari(
            new int[] {-1, -1, Integer.MAX_VALUE, Integer.MAX_VALUE}, new int[] {0, 0, 1, 1}),
        1e-12);
  }
}
