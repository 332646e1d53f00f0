package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Randomised subspace-iteration LSA on matrices whose singular values are known. */
class LsaTest {
  static final int TERMS = 20;

  /**
   * Three orthogonal term groups (terms 0-4, 5-9, 10-14; 15-19 unused), each row a multiple of its
   * group's unit vector. A is rank 3 with singular values 6 (4 rows x 3), 4 (4 rows x -2) and 2 (4
   * rows x 1), and right singular vectors +-GROUP_A, +-GROUP_B, +-GROUP_C. GROUP_A's largest entry
   * (term 0) is positive, GROUP_B's (term 6) negative, so the sign convention must flip it.
   */
  static final double[] GROUP_A = unit(3, -1, 2, -2, 1);

  static final double[] GROUP_B = unit(1, -4, 2, 1, -1);
  static final double[] GROUP_C = unit(2, 1, 1, -1, 1);

  static double[] unit(double... v) {
    return Vectors.normalised(v);
  }

  static Vocabulary.Sparse row(int first, double scale, double[] group) {
    int[] idx = new int[group.length];
    double[] val = new double[group.length];
    for (int i = 0; i < group.length; i++) {
      idx[i] = first + i;
      val[i] = scale * group[i];
    }
    return new Vocabulary.Sparse(idx, val);
  }

  static List<Vocabulary.Sparse> threeGroups() {
    List<Vocabulary.Sparse> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(row(0, 3, GROUP_A));
      rows.add(row(5, -2, GROUP_B));
      rows.add(row(10, 1, GROUP_C));
    }
    return rows;
  }

  /**
   * 60 dense rows over 40 terms: three groups of strength 10, 6 and 3 plus N(0, 0.01) noise
   * everywhere.
   */
  static List<Vocabulary.Sparse> noisyGroups() {
    Random r = new Random(17);
    int terms = 40;
    List<Vocabulary.Sparse> rows = new ArrayList<>();
    double[] strength = {10, 6, 3};
    for (int i = 0; i < 60; i++) {
      int g = i % 3;
      int[] idx = new int[terms];
      double[] val = new double[terms];
      for (int t = 0; t < terms; t++) {
        idx[t] = t;
        val[t] =
            0.01 * r.nextGaussian()
                + (t / 10 == g ? strength[g] * (1 + 0.3 * r.nextGaussian()) / Math.sqrt(10) : 0);
      }
      rows.add(new Vocabulary.Sparse(idx, val));
    }
    return rows;
  }

  static Vocabulary.Sparse oneTerm(int t) {
    return new Vocabulary.Sparse(new int[] {t}, new double[] {1});
  }

  /** Singular values of the rows by the exact eigenvalues of A'A. */
  static double[] exactSingularValues(List<Vocabulary.Sparse> rows, int terms) {
    double[][] gram = new double[terms][terms];
    for (Vocabulary.Sparse r : rows) {
      for (int a = 0; a < r.indices().length; a++) {
        for (int b = 0; b < r.indices().length; b++) {
          gram[r.indices()[a]][r.indices()[b]] += r.values()[a] * r.values()[b];
        }
      }
    }
    Eigen e = Eigen.symmetric(gram);
    double[] sv = new double[terms];
    for (int k = 0; k < terms; k++) {
      sv[k] = Math.sqrt(Math.max(0, e.value(k)));
    }
    return sv;
  }

  @Test
  void singularValuesOfOrthogonalGroupsAreExact() {
    double[] sv = Lsa.fit(threeGroups(), TERMS, 3, 1).singularValues();
    assertEquals(3, sv.length);
    assertEquals(6, sv[0], 6e-6);
    assertEquals(4, sv[1], 4e-6);
    assertEquals(2, sv[2], 2e-6);
  }

  @Test
  void singularValuesMatchAnExactDecompositionOnNoisyRows() {
    List<Vocabulary.Sparse> rows = noisyGroups();
    double[] exact = exactSingularValues(rows, 40);
    double[] sv = Lsa.fit(rows, 40, 3, 5).singularValues();
    for (int k = 0; k < 3; k++) {
      assertEquals(exact[k], sv[k], 1e-6 * exact[k], "singular value " + k);
    }
  }

  @Test
  void largestEntryOfEachSingularVectorIsPositive() {
    // embed(e_t) is row t of the projection, scaled: its k-th coordinate has the sign of vector k
    // at t.
    for (long seed = 0; seed < 5; seed++) {
      Lsa lsa = Lsa.fit(threeGroups(), TERMS, 3, seed);
      assertArrayEquals(
          new double[] {1, 0, 0}, lsa.embed(oneTerm(0)), 1e-9, "term 0, seed " + seed);
      assertArrayEquals(
          new double[] {0, 1, 0}, lsa.embed(oneTerm(6)), 1e-9, "term 6, seed " + seed);
      assertArrayEquals(
          new double[] {0, 0, 1}, lsa.embed(oneTerm(10)), 1e-9, "term 10, seed " + seed);
      // Entries of the opposite sign keep it.
      assertArrayEquals(
          new double[] {-1, 0, 0}, lsa.embed(oneTerm(1)), 1e-9, "term 1, seed " + seed);
      assertArrayEquals(
          new double[] {0, -1, 0}, lsa.embed(oneTerm(5)), 1e-9, "term 5, seed " + seed);
    }
  }

  @Test
  void embedReturnsUnitVectors() {
    List<Vocabulary.Sparse> rows = noisyGroups();
    Lsa lsa = Lsa.fit(rows, 40, 5, 3);
    for (Vocabulary.Sparse r : rows) {
      double[] z = lsa.embed(r);
      assertEquals(5, z.length);
      assertEquals(1.0, Vectors.dot(z, z), 1e-12);
    }
  }

  @Test
  void emptyVectorEmbedsAtZero() {
    Lsa lsa = Lsa.fit(threeGroups(), TERMS, 3, 1);
    assertArrayEquals(new double[3], lsa.embed(new Vocabulary.Sparse(new int[0], new double[0])));
  }

  @Test
  void unusedTermEmbedsAtZero() {
    Lsa lsa = Lsa.fit(threeGroups(), TERMS, 3, 1);
    assertArrayEquals(new double[3], lsa.embed(oneTerm(17)), 1e-9);
  }

  @Test
  void sameSeedGivesIdenticalProjections() {
    List<Vocabulary.Sparse> rows = noisyGroups();
    Lsa a = Lsa.fit(rows, 40, 6, 99);
    Lsa b = Lsa.fit(rows, 40, 6, 99);
    assertArrayEquals(a.singularValues(), b.singularValues(), 0);
    for (int t = 0; t < 40; t++) {
      assertArrayEquals(a.embed(oneTerm(t)), b.embed(oneTerm(t)), 0, "term " + t);
    }
  }

  @Test
  void otherSeedsGiveTheSameProjectionsWhereTheSpectrumIsClear() {
    // With distinct leading singular values and the sign fixed, the seed changes the coordinates
    // only by what subspace iteration leaves of the noise directions (about 1e-7 here).
    List<Vocabulary.Sparse> rows = noisyGroups();
    Lsa a = Lsa.fit(rows, 40, 3, 1);
    Lsa b = Lsa.fit(rows, 40, 3, 2);
    for (Vocabulary.Sparse r : rows) {
      assertArrayEquals(a.embed(r), b.embed(r), 1e-5);
    }
  }

  @Test
  void dimensionsAreCappedBelowTheRank() {
    assertEquals(11, Lsa.fit(threeGroups(), TERMS, 50, 1).dimensions()); // 12 rows
    assertEquals(3, Lsa.fit(threeGroups(), TERMS, 3, 1).dimensions());
    assertEquals(1, Lsa.fit(threeGroups().subList(0, 1), TERMS, 3, 1).dimensions());
  }

  @Test
  void singularValuesComeLargestFirst() {
    double[] sv = Lsa.fit(noisyGroups(), 40, 8, 4).singularValues();
    for (int k = 1; k < sv.length; k++) {
      assertEquals(true, sv[k - 1] >= sv[k], "at " + k);
    }
  }
}
