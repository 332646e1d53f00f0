package org.wirescope.text.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of an article: text between blank lines, or between lines where the next one is
 * indented (the Reuters layout). A paragraph break always ends a sentence and bounds a quotation
 * unless the next paragraph reopens it.
 */
public final class Paragraphs {
  private Paragraphs() {}

  /**
   * If a paragraph break starts at the newline at {@code i}, the offset of the next paragraph's
   * first non-space character (or the text end); else {@code i}.
   */
  static int breakEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    int spaces = 0;
    boolean blank = false;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '\n') {
        blank = true;
        spaces = 0;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\u00a0') {
        spaces += c == '\t' ? 4 : 1;
      } else {
        break;
      }
      j++;
    }
    if (blank || spaces >= 2 || j == n) {
      return j;
    }
    return i;
  }

  /** [start, end) of each non-empty paragraph, trimmed. */
  public static List<int[]> of(String s) {
    List<int[]> out = new ArrayList<>();
    int n = s.length();
    int begin = 0;
    int i = 0;
    while (i < n) {
      if (s.charAt(i) == '\n') {
        int j = breakEnd(s, i);
        if (j > i) {
          addTrimmed(out, s, begin, i);
          begin = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    addTrimmed(out, s, begin, n);
    return out;
  }

  private static void addTrimmed(List<int[]> out, String s, int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      out.add(new int[] {a, b});
    }
  }
}
