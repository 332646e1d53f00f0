package org.wirescope.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed count of decimals as C's printf and Python's {@code f"{x:.3f}"} write them:
 * the exact binary value rounded half to even. Java's {@code %.3f} rounds the shortest decimal form
 * half up instead, so 0.0625 gives 0.063 there and 0.062 here; the evaluations printed their
 * figures through Python, awk and bash before they moved to Java, and print the same digits still.
 */
final class Fixed {
  private Fixed() {}

  /**
   * {@code x} with {@code decimals} digits after the point, e.g. {@code fixed(0.8745, 3)} =
   * "0.874".
   */
  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    // -0.0 and small negatives keep their sign, as printf's do: -0.0001 is "-0.000".
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    return negative && !s.startsWith("-") ? "-" + s : s;
  }

  /** {@link #fixed} right-aligned in {@code width} characters, as {@code %6.1f}. */
  static String fixed(double x, int decimals, int width) {
    String s = fixed(x, decimals);
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
