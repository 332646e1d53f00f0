package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fixed decimals as Python and C print them; the expected strings are Python's f"{x:.Nf}". */
class FixedTest {
  @Test
  void roundsTheExactBinaryValueHalfToEven() {
    assertEquals(
        "0.062", Fixed.fixed(0.0625, 3), "an exact tie goes to even; Java's %.3f gives 0.063");
    assertEquals("0.875", Fixed.fixed(0.8745, 3), "0.8745 is a little above in binary");
    assertEquals("2.675", Fixed.fixed(2.675, 3));
    assertEquals("1.000", Fixed.fixed(1.0005, 3), "1.0005 is a little below in binary");
    assertEquals("0.123", Fixed.fixed(0.1235, 3));
    assertEquals("0.12", Fixed.fixed(0.125, 2));
    assertEquals("2.67", Fixed.fixed(2.675, 2));
  }

  @Test
  void negativesKeepTheirSignAtZero() {
    assertEquals("-0.000", Fixed.fixed(-0.0001, 3));
    assertEquals("-0.0", Fixed.fixed(-0.0, 1));
    assertEquals("0.0", Fixed.fixed(0.0, 1));
  }

  @Test
  void widthPadsOnTheLeft() {
    assertEquals("  12.2", Fixed.fixed(12.25, 1, 6));
    assertEquals("1234.5", Fixed.fixed(1234.5, 1, 6));
    assertEquals("nan", Fixed.fixed(Double.NaN, 3));
  }
}
