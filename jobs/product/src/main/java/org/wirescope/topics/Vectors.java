package org.wirescope.topics;

/** Small dense-vector helpers for the topic space. */
final class Vectors {
  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
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
