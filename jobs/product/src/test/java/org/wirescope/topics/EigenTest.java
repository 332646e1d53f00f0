package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Jacobi eigen-decomposition of small symmetric matrices. */
class EigenTest {
  /** The second-difference matrix: eigenvalues 2 + sqrt 2, 2, 2 - sqrt 2, with known vectors. */
  static final double[][] TRIDIAGONAL = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};

  /** v with its largest-magnitude entry made positive, so signs compare. */
  static double[] signed(double[] v) {
    int largest = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[largest]) + 1e-12) {
        largest = i;
      }
    }
    double[] out = v.clone();
    if (out[largest] < 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] = -out[i];
      }
    }
    return out;
  }

  static double[] times(double[][] a, double[] v) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Vectors.dot(a[i], v);
    }
    return out;
  }

  static double[][] randomSymmetric(int n, long seed) {
    Random r = new Random(seed);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i][j] = a[j][i] = r.nextGaussian();
      }
    }
    return a;
  }

  @Test
  void knownThreeByThreeValues() {
    Eigen e = Eigen.symmetric(TRIDIAGONAL);
    assertEquals(2 + Math.sqrt(2), e.value(0), 1e-12);
    assertEquals(2, e.value(1), 1e-12);
    assertEquals(2 - Math.sqrt(2), e.value(2), 1e-12);
  }

  @Test
  void knownThreeByThreeVectors() {
    Eigen e = Eigen.symmetric(TRIDIAGONAL);
    double r2 = Math.sqrt(2);
    assertArrayEquals(signed(new double[] {0.5, -r2 / 2, 0.5}), signed(e.vector(0)), 1e-12);
    assertArrayEquals(new double[] {1 / r2, 0, -1 / r2}, signed(e.vector(1)), 1e-12);
    assertArrayEquals(new double[] {0.5, r2 / 2, 0.5}, signed(e.vector(2)), 1e-12);
  }

  @Test
  void valuesComeLargestFirstNegativesLast() {
    Eigen e =
        Eigen.symmetric(new double[][] {{1, 0, 0, 0}, {0, -4, 0, 0}, {0, 0, 5, 0}, {0, 0, 0, 3}});
    assertArrayEquals(
        new double[] {5, 3, 1, -4}, new double[] {e.value(0), e.value(1), e.value(2), e.value(3)});
    assertArrayEquals(new double[] {0, 0, 1, 0}, signed(e.vector(0)));
    assertArrayEquals(new double[] {0, 1, 0, 0}, signed(e.vector(3)));
  }

  @Test
  void zeroDiagonalIsRotatedAway() {
    Eigen e = Eigen.symmetric(new double[][] {{0, 1}, {1, 0}});
    assertEquals(1, e.value(0), 1e-15);
    assertEquals(-1, e.value(1), 1e-15);
  }

  @Test
  void eachPairSatisfiesAvEqualsLambdaV() {
    double[][] a = randomSymmetric(12, 3);
    Eigen e = Eigen.symmetric(a);
    for (int k = 0; k < a.length; k++) {
      double[] v = e.vector(k);
      double[] av = times(a, v);
      for (int i = 0; i < v.length; i++) {
        assertEquals(e.value(k) * v[i], av[i], 1e-10, "pair " + k + ", row " + i);
      }
      if (k > 0) {
        assertTrue(e.value(k - 1) >= e.value(k), "values sorted at " + k);
      }
    }
  }

  @Test
  void vectorsAreOrthonormal() {
    Eigen e = Eigen.symmetric(randomSymmetric(9, 5));
    for (int a = 0; a < 9; a++) {
      for (int b = 0; b < 9; b++) {
        assertEquals(a == b ? 1 : 0, Vectors.dot(e.vector(a), e.vector(b)), 1e-12, a + "." + b);
      }
    }
  }

  @Test
  void traceIsTheSumOfValues() {
    double[][] a = randomSymmetric(7, 11);
    Eigen e = Eigen.symmetric(a);
    double trace = 0;
    double sum = 0;
    for (int i = 0; i < 7; i++) {
      trace += a[i][i];
      sum += e.value(i);
    }
    assertEquals(trace, sum, 1e-12);
  }

  @Test
  void inputIsLeftUnchanged() {
    double[][] a = randomSymmetric(5, 13);
    double[][] copy = new double[5][];
    for (int i = 0; i < 5; i++) {
      copy[i] = a[i].clone();
    }
    Eigen.symmetric(a);
    assertArrayEquals(copy, a);
  }

  @Test
  void vectorReturnsACopy() {
    Eigen e = Eigen.symmetric(TRIDIAGONAL);
    e.vector(0)[0] = 99;
    assertTrue(Math.abs(e.vector(0)[0]) < 1);
  }
}
