package org.wirescope.topics;

import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Latent semantic analysis: the {@code d} leading right singular vectors of the articles' TF-IDF
 * matrix, and an article's coordinates along them.
 *
 * <p>Found by randomised subspace iteration (Halko, Martinsson and Tropp 2011): a seeded Gaussian
 * block of {@code d + }{@link #OVERSAMPLE} columns, {@link #POWER_ITERATIONS} rounds of multiplying
 * by A'A and orthonormalising, then the exact eigenvectors of the small projected Gram matrix. Each
 * round is one pass over the sparse rows; nothing of size terms x terms is ever formed, so a
 * vocabulary of tens of thousands of terms costs megabytes. Plain Java: the projection is fitted on
 * the driver from a bounded sample and shipped to the executors.
 *
 * <p>The oversampling and the rounds are generous on purpose: with 10 and 4 the trailing dimensions
 * still moved with the seed, and k-means, which amplifies small differences, then cut Reuters
 * differently from seed to seed (R8 partitions of two seeds agreed at NMI 0.91-0.96; with 30 and 8,
 * 0.98-0.99; see NOTES.md).
 *
 * <p>Sign and order are fixed (largest singular value first; each vector's largest entry positive),
 * so the same rows and seed give the same coordinates in any JVM.
 */
public final class Lsa implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int OVERSAMPLE = 30;
  static final int POWER_ITERATIONS = 8;

  /**
   * terms x d: byTerm[term][k], the term's entry in the k-th singular vector. One term's d entries
   * are contiguous, so embedding an article reads one short row per term it holds; the d x terms
   * layout read d scattered entries per term and was most of the cost of scoring a million articles
   * (bench NOTES, 2026-12-07).
   */
  private final double[][] byTerm;

  /** One per dimension, largest first. */
  private final double[] singularValues;

  private Lsa(double[][] byTerm, double[] singularValues) {
    this.byTerm = byTerm;
    this.singularValues = singularValues;
  }

  public int dimensions() {
    return singularValues.length;
  }

  public double[] singularValues() {
    return singularValues.clone();
  }

  /**
   * The LSA space of {@code rows} (TF-IDF vectors over {@code terms} terms), {@code d} dimensions.
   */
  public static Lsa fit(List<Vocabulary.Sparse> rows, int terms, int d, long seed) {
    int dims = Math.max(1, Math.min(d, Math.min(terms, rows.size()) - 1));
    int l = Math.min(dims + OVERSAMPLE, terms);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] q = new double[terms][l]; // terms x l, row-major: one term's row is contiguous
    for (double[] row : q) {
      for (int j = 0; j < l; j++) {
        row[j] = gaussian(random);
      }
    }
    orthonormalise(q, l);
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      q = gramTimes(rows, q, terms, l);
      orthonormalise(q, l);
    }
    // B = A Q (n x l); B'B = Q' A'A Q, whose eigenvectors W rotate Q onto the singular vectors.
    double[][] basis = q;
    double[][] bb = new double[l][l];
    for (double[][] part :
        inChunks(
            rows,
            chunk -> {
              double[][] g = new double[l][l];
              double[] y = new double[l];
              for (Vocabulary.Sparse r : chunk) {
                times(r, basis, y);
                for (int a = 0; a < l; a++) {
                  double ya = y[a];
                  double[] ga = g[a];
                  for (int b = a; b < l; b++) {
                    ga[b] += ya * y[b];
                  }
                }
              }
              return g;
            })) {
      add(bb, part);
    }
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < a; b++) {
        bb[a][b] = bb[b][a];
      }
    }
    Eigen e = Eigen.symmetric(bb);
    double[][] byTerm = new double[terms][dims];
    double[] sv = new double[dims];
    for (int k = 0; k < dims; k++) {
      double[] w = e.vector(k);
      int largest = 0;
      for (int t = 0; t < terms; t++) {
        double[] qt = q[t];
        double sum = 0;
        for (int j = 0; j < l; j++) {
          sum += w[j] * qt[j];
        }
        byTerm[t][k] = sum;
        if (Math.abs(sum) > Math.abs(byTerm[largest][k])) {
          largest = t;
        }
      }
      if (byTerm[largest][k] < 0) {
        for (int t = 0; t < terms; t++) {
          byTerm[t][k] = -byTerm[t][k];
        }
      }
      sv[k] = Math.sqrt(Math.max(0, e.value(k)));
    }
    return new Lsa(byTerm, sv);
  }

  /** The article's LSA coordinates scaled to length 1 (all zero for an empty vector). */
  public double[] embed(Vocabulary.Sparse v) {
    // Each z[k] adds the terms in the same order as a dot product with the k-th vector would.
    double[] z = new double[singularValues.length];
    int[] idx = v.indices();
    double[] val = v.values();
    for (int i = 0; i < idx.length; i++) {
      double x = val[i];
      double[] p = byTerm[idx[i]];
      for (int k = 0; k < z.length; k++) {
        z[k] += x * p[k];
      }
    }
    return Vectors.normalised(z);
  }

  /** y = row . Q, with Q row-major (terms x l). */
  private static void times(Vocabulary.Sparse row, double[][] q, double[] y) {
    java.util.Arrays.fill(y, 0);
    int[] idx = row.indices();
    double[] val = row.values();
    for (int k = 0; k < idx.length; k++) {
      double v = val[k];
      double[] qt = q[idx[k]];
      for (int j = 0; j < y.length; j++) {
        y[j] += v * qt[j];
      }
    }
  }

  /**
   * Rows per chunk of the parallel passes: fixed, so the sums are added in the same order on any
   * machine.
   */
  static final int CHUNK = 2048;

  /** {@code work} on consecutive chunks of the rows, in parallel; the results in chunk order. */
  private static List<double[][]> inChunks(
      List<Vocabulary.Sparse> rows,
      java.util.function.Function<List<Vocabulary.Sparse>, double[][]> work) {
    int chunks = (rows.size() + CHUNK - 1) / CHUNK;
    return java.util.stream.IntStream.range(0, chunks)
        .parallel()
        .mapToObj(c -> work.apply(rows.subList(c * CHUNK, Math.min(rows.size(), (c + 1) * CHUNK))))
        .toList();
  }

  private static void add(double[][] into, double[][] part) {
    for (int i = 0; i < into.length; i++) {
      double[] a = into[i];
      double[] b = part[i];
      for (int j = 0; j < a.length; j++) {
        a[j] += b[j];
      }
    }
  }

  /** A'A Q, one pass over the rows: for each row a, a' (a Q). */
  private static double[][] gramTimes(
      List<Vocabulary.Sparse> rows, double[][] q, int terms, int l) {
    double[][] out = null;
    for (double[][] part :
        inChunks(
            rows,
            chunk -> {
              double[][] o = new double[terms][l];
              double[] y = new double[l];
              for (Vocabulary.Sparse r : chunk) {
                times(r, q, y);
                int[] idx = r.indices();
                double[] val = r.values();
                for (int k = 0; k < idx.length; k++) {
                  double v = val[k];
                  double[] ot = o[idx[k]];
                  for (int j = 0; j < l; j++) {
                    ot[j] += v * y[j];
                  }
                }
              }
              return o;
            })) {
      if (out == null) {
        out = part;
      } else {
        add(out, part);
      }
    }
    return out == null ? new double[terms][l] : out;
  }

  /**
   * Orthonormal columns of a row-major terms x l matrix, in place: Cholesky QR twice (CholeskyQR2,
   * Fukaya et al. 2014), which is as accurate as Householder for the well-conditioned blocks a
   * power round leaves and streams the tall matrix row by row. A column that vanishes becomes zero.
   */
  static void orthonormalise(double[][] m, int l) {
    for (int pass = 0; pass < 2; pass++) {
      double[][] g = new double[l][l];
      for (double[] row : m) {
        for (int a = 0; a < l; a++) {
          double ra = row[a];
          if (ra == 0) {
            continue;
          }
          double[] ga = g[a];
          for (int b = a; b < l; b++) {
            ga[b] += ra * row[b];
          }
        }
      }
      // G = R'R, R upper triangular.
      double[][] r = new double[l][l];
      boolean[] dead = new boolean[l];
      for (int i = 0; i < l; i++) {
        double diag = g[i][i];
        for (int k = 0; k < i; k++) {
          diag -= r[k][i] * r[k][i];
        }
        if (diag <= 1e-24 * Math.max(1, g[i][i])) {
          dead[i] = true;
          continue;
        }
        r[i][i] = Math.sqrt(diag);
        for (int j = i + 1; j < l; j++) {
          double v = g[i][j];
          for (int k = 0; k < i; k++) {
            v -= r[k][i] * r[k][j];
          }
          r[i][j] = v / r[i][i];
        }
      }
      // Each row x of M becomes x R^-1 (forward substitution with R').
      for (double[] row : m) {
        for (int j = 0; j < l; j++) {
          if (dead[j]) {
            row[j] = 0;
            continue;
          }
          double v = row[j];
          for (int k = 0; k < j; k++) {
            v -= row[k] * r[k][j];
          }
          row[j] = v / r[j][j];
        }
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
