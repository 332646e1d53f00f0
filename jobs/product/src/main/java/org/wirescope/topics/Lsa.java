package org.wirescope.topics;

import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Latent semantic analysis: the {@code d} leading right singular vectors of the articles' TF-IDF
 * matrix, and an article's coordinates along them.
 *
 * <p>Found by randomised subspace iteration (Halko, Martinsson and Tropp 2011): a seeded Gaussian
 * block of {@code d + }{@link #OVERSAMPLE} columns, {@link #POWER_ITERATIONS} rounds of
 * multiplying by A'A and orthonormalising, then the exact eigenvectors of the small projected
 * Gram matrix. Each round is one pass over the sparse rows; nothing of size terms x terms is ever
 * formed, so a vocabulary of tens of thousands of terms costs megabytes. Plain Java: the
 * projection is fitted on the driver from a bounded sample and shipped to the executors.
 *
 * <p>The oversampling and the rounds are generous on purpose: with 10 and 4 the trailing
 * dimensions still moved with the seed, and k-means, which amplifies small differences, then cut
 * Reuters differently from seed to seed (R8 partitions of two seeds agreed at NMI 0.91-0.96;
 * with 30 and 8, 0.98-0.99; see NOTES.md).
 *
 * <p>Sign and order are fixed (largest singular value first; each vector's largest entry
 * positive), so the same rows and seed give the same coordinates in any JVM.
 */
public final class Lsa implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int OVERSAMPLE = 30;
  static final int POWER_ITERATIONS = 8;

  /** terms x d, column-major by dimension: projection[k][term]. */
  private final double[][] projection;
  private final double[] singularValues;

  private Lsa(double[][] projection, double[] singularValues) {
    this.projection = projection;
    this.singularValues = singularValues;
  }

  public int dimensions() {
    return projection.length;
  }

  public double[] singularValues() {
    return singularValues.clone();
  }

  /** The LSA space of {@code rows} (TF-IDF vectors over {@code terms} terms), {@code d} dimensions. */
  public static Lsa fit(List<Vocabulary.Sparse> rows, int terms, int d, long seed) {
    int dims = Math.max(1, Math.min(d, Math.min(terms, rows.size()) - 1));
    int l = Math.min(dims + OVERSAMPLE, terms);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] q = new double[l][terms]; // column j of the terms x l block, as q[j]
    for (double[] column : q) {
      for (int t = 0; t < terms; t++) {
        column[t] = gaussian(random);
      }
    }
    orthonormalise(q);
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      q = gramTimes(rows, q, terms);
      orthonormalise(q);
    }
    // B = A Q (n x l); B'B = Q' A'A Q, whose eigenvectors W rotate Q onto the singular vectors.
    double[][] aq = new double[l][l];
    double[] y = new double[l];
    for (Vocabulary.Sparse r : rows) {
      times(r, q, y);
      for (int a = 0; a < l; a++) {
        for (int b = a; b < l; b++) {
          aq[a][b] += y[a] * y[b];
        }
      }
    }
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < a; b++) {
        aq[a][b] = aq[b][a];
      }
    }
    Eigen e = Eigen.symmetric(aq);
    double[][] projection = new double[dims][terms];
    double[] sv = new double[dims];
    for (int k = 0; k < dims; k++) {
      double[] w = e.vector(k);
      double[] p = projection[k];
      for (int j = 0; j < l; j++) {
        double wj = w[j];
        double[] qj = q[j];
        for (int t = 0; t < terms; t++) {
          p[t] += wj * qj[t];
        }
      }
      int largest = 0;
      for (int t = 1; t < terms; t++) {
        if (Math.abs(p[t]) > Math.abs(p[largest])) {
          largest = t;
        }
      }
      if (p[largest] < 0) {
        for (int t = 0; t < terms; t++) {
          p[t] = -p[t];
        }
      }
      sv[k] = Math.sqrt(Math.max(0, e.value(k)));
    }
    return new Lsa(projection, sv);
  }

  /** The article's LSA coordinates scaled to length 1 (all zero for an empty vector). */
  public double[] embed(Vocabulary.Sparse v) {
    double[] z = new double[projection.length];
    times(v, projection, z);
    return Vectors.normalised(z);
  }

  /** y[j] = row . columns[j]. */
  private static void times(Vocabulary.Sparse row, double[][] columns, double[] y) {
    int[] idx = row.indices();
    double[] val = row.values();
    for (int j = 0; j < columns.length; j++) {
      double[] c = columns[j];
      double s = 0;
      for (int k = 0; k < idx.length; k++) {
        s += val[k] * c[idx[k]];
      }
      y[j] = s;
    }
  }

  /** A'A Q, one pass over the rows: for each row a, a' (a Q). */
  private static double[][] gramTimes(List<Vocabulary.Sparse> rows, double[][] q, int terms) {
    int l = q.length;
    double[][] out = new double[l][terms];
    double[] y = new double[l];
    for (Vocabulary.Sparse r : rows) {
      times(r, q, y);
      int[] idx = r.indices();
      double[] val = r.values();
      for (int j = 0; j < l; j++) {
        double yj = y[j];
        if (yj == 0) {
          continue;
        }
        double[] o = out[j];
        for (int k = 0; k < idx.length; k++) {
          o[idx[k]] += val[k] * yj;
        }
      }
    }
    return out;
  }

  /** Modified Gram-Schmidt in place; a column that vanishes becomes zero. */
  static void orthonormalise(double[][] columns) {
    for (int j = 0; j < columns.length; j++) {
      double[] c = columns[j];
      for (int pass = 0; pass < 2; pass++) { // twice is enough (Giraud et al.)
        for (int i = 0; i < j; i++) {
          double dot = Vectors.dot(c, columns[i]);
          double[] ci = columns[i];
          for (int t = 0; t < c.length; t++) {
            c[t] -= dot * ci[t];
          }
        }
      }
      double norm = Math.sqrt(Vectors.dot(c, c));
      for (int t = 0; t < c.length; t++) {
        c[t] = norm > 1e-12 ? c[t] / norm : 0;
      }
    }
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
