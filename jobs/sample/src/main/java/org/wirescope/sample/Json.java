package org.wirescope.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Just enough JSON writing for the feed records and GOLD.json, so the generator runs from the
 * project's classes alone (no Jackson on the class path). Maps keep their insertion order.
 */
public final class Json {
  private Json() {}

  /** A JSON string literal; non-ASCII text stays as UTF-8, control characters are escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** One line, no spaces: a JSON Lines record. */
  static String compact(Object v) {
    StringBuilder b = new StringBuilder();
    compact(v, b);
    return b.toString();
  }

  private static void compact(Object v, StringBuilder b) {
    if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(first ? "" : ",").append(quote(e.getKey().toString())).append(':');
        compact(e.getValue(), b);
        first = false;
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ",");
        compact(l.get(i), b);
      }
      b.append(']');
    } else {
      b.append(scalar(v));
    }
  }

  /**
   * Indented by two spaces per level. Lists of scalars, and small maps of scalars, stay on one line
   * so that GOLD.json reads like a table where it is one.
   */
  public static String pretty(Object v, int level) {
    StringBuilder b = new StringBuilder();
    pretty(v, level, b);
    return b.toString();
  }

  private static void pretty(Object v, int level, StringBuilder b) {
    if (inline(v)) {
      b.append(compactSpaced(v));
      return;
    }
    String pad = "  ".repeat(level + 1);
    String end = "  ".repeat(level);
    if (v instanceof Map<?, ?> m) {
      b.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(pad).append(quote(e.getKey().toString())).append(": ");
        pretty(e.getValue(), level + 1, b);
        b.append(++i < m.size() ? ",\n" : "\n");
      }
      b.append(end).append('}');
    } else {
      List<?> l = (List<?>) v;
      b.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        b.append(pad);
        pretty(l.get(i), level + 1, b);
        b.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      b.append(end).append(']');
    }
  }

  private static boolean inline(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().allMatch(Json::isScalar);
    }
    if (v instanceof Map<?, ?> m) {
      return m.isEmpty()
          || (m.size() <= 12
              && m.values().stream().allMatch(Json::isScalar)
              && compactSpaced(v).length() <= 120);
    }
    return true;
  }

  private static boolean isScalar(Object v) {
    return !(v instanceof Map) && !(v instanceof List);
  }

  private static String compactSpaced(Object v) {
    if (v instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(i++ == 0 ? "" : ", ")
            .append(quote(e.getKey().toString()))
            .append(": ")
            .append(scalar(e.getValue()));
      }
      return b.append('}').toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(scalar(l.get(i)));
      }
      return b.append(']').toString();
    }
    return scalar(v);
  }

  private static String scalar(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return "null"; // a ratio over a zero time (DuckDB's CPU on a tiny input rounds to 0)
      }
      // Three decimals, independent of the default locale.
      return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass());
  }
}
