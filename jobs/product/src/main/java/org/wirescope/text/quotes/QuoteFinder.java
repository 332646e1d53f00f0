package org.wirescope.text.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.text.tokens.Tokens;

/**
 * Finds quoted spans: “ ” " " « » „ “ ‘ ’ ‹ › and the doubled apostrophe '' ''. One forward scan
 * per paragraph, so linear in the text length:
 *
 * <ul>
 *   <li>only top-level marks count; marks of another kind inside a quote are nested quotes;
 *   <li>apostrophes (don’t, Russia’s, ’90s) are not marks: a single-quote opener must follow a
 *       non-letter and precede a letter, a closer must not be followed by a letter;
 *   <li>a quote runs over several paragraphs when each following paragraph reopens with a mark and
 *       only the last one closes (the wire convention);
 *   <li>an unclosed double mark ends at its paragraph's end unless the next paragraph reopens; an
 *       unclosed single mark is an apostrophe after all and is skipped.
 * </ul>
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  /** One quoted span. {@code text} is what stands between the marks. */
  public record Span(
      int start,
      int end,
      int contentStart,
      int contentEnd,
      String text,
      int firstPara,
      int lastPara,
      boolean closed) {}

  private static final int NONE = -1;
  private static final int DOUBLE_CURLY = 0; // “ … ” (also „ … “)
  private static final int STRAIGHT = 1; // " … "
  private static final int GUILLEMET = 2; // « … »
  private static final int SINGLE_CURLY = 3; // ‘ … ’
  private static final int TWO_APOS = 4; // '' … '' and `` … ''
  private static final int SINGLE_STRAIGHT = 5; // ' … '
  private static final int ANGLE_SINGLE = 6; // ‹ … ›
  private static final int FAMILIES = 7;

  /**
   * The quoted spans of {@code text}, whose paragraphs are {@code paragraphs} ([start, end) each),
   * in order.
   */
  public static List<Span> find(String text, List<int[]> paragraphs) {
    List<Span> out = new ArrayList<>();
    int np = paragraphs.size();
    int pi = 0;
    int i = np > 0 ? paragraphs.get(0)[0] : 0;
    int[] failedFrom = new int[FAMILIES];
    int failedPara = -1;
    while (pi < np) {
      int[] par = paragraphs.get(pi);
      if (failedPara != pi) {
        java.util.Arrays.fill(failedFrom, Integer.MAX_VALUE);
        failedPara = pi;
      }
      int pe = par[1];
      if (i < par[0]) {
        i = par[0];
      }
      if (i >= pe) {
        pi++;
        continue;
      }
      int fam = openerAt(text, i, par[0]);
      if (fam == NONE) {
        i++;
        continue;
      }
      int openLen = fam == TWO_APOS ? 2 : 1;
      int contentStart = i + openLen;
      if (contentStart >= failedFrom[fam]) {
        i++;
        continue;
      }
      int close = findCloser(text, contentStart, pe, fam);
      if (close >= 0 && text.substring(contentStart, close).isBlank()) {
        i = close + closeLen(fam);
        continue;
      }
      if (close >= 0) {
        out.add(span(text, i, close + closeLen(fam), contentStart, close, pi, pi, true));
        i = close + closeLen(fam);
        continue;
      }
      if (fam == SINGLE_CURLY || fam == SINGLE_STRAIGHT || fam == ANGLE_SINGLE) {
        failedFrom[fam] = contentStart; // no closer after here in this paragraph
        i++;
        continue;
      }
      // Unclosed double mark: continue into reopening paragraphs, else stop at paragraph end.
      Span multi = acrossParagraphs(text, paragraphs, pi, i, contentStart, fam);
      out.add(multi);
      pi = multi.lastPara();
      i = multi.end();
      if (i >= paragraphs.get(pi)[1]) {
        pi = pi + 1;
      }
    }
    return out;
  }

  /**
   * A quotation opened at {@code open} in paragraph {@code pi} and not closed there: it goes on
   * through the paragraphs that reopen it with the same family of mark ("“... / “... ”"), and ends
   * where one closes it or at the last such paragraph's end.
   */
  private static Span acrossParagraphs(
      String text, List<int[]> paragraphs, int pi, int open, int contentStart, int fam) {
    int np = paragraphs.size();
    int pe = paragraphs.get(pi)[1];
    StringBuilder b = new StringBuilder();
    b.append(text, contentStart, pe);
    int q = pi;
    int end = pe;
    int contentEnd = pe;
    boolean closed = false;
    while (q + 1 < np) {
      int[] next = paragraphs.get(q + 1);
      int reFam = openerAt(text, next[0], next[0]);
      if (!sameFamily(fam, reFam)) {
        break;
      }
      q++;
      int cs = next[0] + (reFam == TWO_APOS ? 2 : 1);
      int c2 = findCloser(text, cs, next[1], fam);
      b.append("\n\n");
      if (c2 >= 0) {
        b.append(text, cs, c2);
        end = c2 + closeLen(fam);
        contentEnd = c2;
        closed = true;
        break;
      }
      b.append(text, cs, next[1]);
      end = next[1];
      contentEnd = next[1];
    }
    return new Span(open, end, contentStart, contentEnd, b.toString().strip(), pi, q, closed);
  }

  private static Span span(String text, int s, int e, int cs, int ce, int p1, int p2, boolean c) {
    return new Span(s, e, cs, ce, text.substring(cs, ce).strip(), p1, p2, c);
  }

  private static boolean sameFamily(int fam, int other) {
    if (other == NONE) {
      return false;
    }
    if (fam == DOUBLE_CURLY || fam == STRAIGHT) {
      return other == DOUBLE_CURLY || other == STRAIGHT;
    }
    return fam == other;
  }

  private static int closeLen(int fam) {
    return fam == TWO_APOS ? 2 : 1;
  }

  /** The family of an opening mark at {@code i}, or NONE. */
  static int openerAt(String s, int i, int paraStart) {
    int n = s.length();
    if (i >= n) {
      return NONE;
    }
    char c = s.charAt(i);
    char prev = i > paraStart ? s.charAt(i - 1) : ' ';
    char next = i + 1 < n ? s.charAt(i + 1) : ' ';
    switch (c) {
      case '“':
        return Character.isLetterOrDigit(prev) && Tokens.isSpace(next) ? NONE : DOUBLE_CURLY;
      case '„':
        return DOUBLE_CURLY;
      case '«':
        return GUILLEMET;
      case '‹':
        return ANGLE_SINGLE;
      case '"':
        return Tokens.isSpace(next) && i + 1 < n ? NONE : STRAIGHT;
      case '‘':
        return Character.isLetterOrDigit(prev) || !startsQuotedWord(next) ? NONE : SINGLE_CURLY;
      case '`':
        return next == '`' ? TWO_APOS : NONE;
      case '\'':
        if (next == '\'') {
          return Character.isLetterOrDigit(prev) ? NONE : TWO_APOS;
        }
        if (Character.isLetterOrDigit(prev) || prev == '\'' || !Character.isUpperCase(next)) {
          return NONE;
        }
        return SINGLE_STRAIGHT;
      default:
        return NONE;
    }
  }

  private static boolean startsQuotedWord(char c) {
    return Character.isLetter(c) || c == '[' || c == '…' || c == '.';
  }

  /** The offset of the closing mark for {@code fam} in [from, to), or -1. */
  private static int findCloser(String s, int from, int to, int fam) {
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      switch (fam) {
        case DOUBLE_CURLY:
          // “…” and the mixed “…," and “…“ (a straight or reversed closer after the last word)
          if (c == '”'
              || ((c == '“' || c == '"')
                  && j > from
                  && !Tokens.isSpace(s.charAt(j - 1))
                  && (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1))))) {
            return j;
          }
          break;
        case STRAIGHT:
          // "…" and the mixed "…,” (a curly closer after the last word)
          if (c == '"' || (c == '”' && j > from && !Tokens.isSpace(s.charAt(j - 1)))) {
            return j;
          }
          break;
        case GUILLEMET:
          if (c == '»') {
            return j;
          }
          break;
        case ANGLE_SINGLE:
          if (c == '›') {
            return j;
          }
          break;
        case SINGLE_CURLY:
        case SINGLE_STRAIGHT:
          if ((fam == SINGLE_CURLY ? c == '’' : c == '\'')
              && j > from
              && !Tokens.isSpace(s.charAt(j - 1))
              && (j + 1 >= s.length() || !Character.isLetter(s.charAt(j + 1)))) {
            return j;
          }
          break;
        case TWO_APOS:
          if (c == '\'' && j + 1 < to && s.charAt(j + 1) == '\'') {
            return j;
          }
          break;
        default:
          return -1;
      }
    }
    return -1;
  }
}
