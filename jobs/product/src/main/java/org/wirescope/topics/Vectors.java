package org.wirescope.topics;

/** Small dense-vector helpers for the topic space. */
final class Vectors {
  private Vectors() {}

  /**
   * Four running sums, so the multiplications do not wait on each other's additions (k-means spends
   * its time here); the order of the additions is fixed, so the result is too.
   */
  static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** A copy of {@code v} of length 1, or of zeros when {@code v} is zero. */
  static double[] normalised(double[] v) {
    double n = Math.sqrt(dot(v, v));
    double[] out = new double[v.length];
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = v[i] / n;
      }
    }
    return out;
  }
}
