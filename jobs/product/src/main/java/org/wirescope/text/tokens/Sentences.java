package org.wirescope.text.tokens;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.text.lexicon.Words;

/**
 * Sentence splitting by one scan over the characters. A sentence ends at a paragraph break, or at
 * ".", "?" or "!" (with any closing quotes and brackets after it) followed by white space and a
 * capital, digit or opening mark, except after an abbreviation ("Mr.", "Feb.", "Gen."), an initial
 * ("George W. Bush") or a dotted acronym ("U.S.") that is not followed by a common sentence opener.
 * Decimals ("3.5") never have white space after the period.
 */
public final class Sentences {
  private Sentences() {}

  /** The sentences of {@code text}, trimmed, in order; empty for null or blank text. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int begin = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = Paragraphs.breakEnd(text, i);
        if (j > i) {
          add(out, text, begin, i);
          begin = j;
          i = j;
          continue;
        }
      } else if (c == '.' || c == '?' || c == '!') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j < n
            && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0' || text.charAt(j) == '\t')
            && endsSentence(text, i, j)) {
          add(out, text, begin, j);
          begin = j;
          i = j;
          continue;
        }
        i = Math.max(i + 1, j);
        continue;
      }
      i++;
    }
    add(out, text, begin, n);
    return out;
  }

  static boolean isCloser(char c) {
    return c == '.' || c == '?' || c == '!' || c == '"' || c == '”' || c == '’' || c == '\''
        || c == '»' || c == ')' || c == ']' || c == '“';
  }

  /** Punctuation at {@code i}, white space at {@code j}: does the sentence end here? */
  private static boolean endsSentence(String s, int i, int j) {
    int n = s.length();
    int k = j;
    while (k < n
        && (s.charAt(k) == ' '
            || s.charAt(k) == '\u00a0'
            || s.charAt(k) == '\t'
            || s.charAt(k) == '\r')) {
      k++;
    }
    if (k >= n || s.charAt(k) == '\n') {
      return true;
    }
    char next = s.charAt(k);
    if (Character.isLowerCase(next)) {
      return false;
    }
    if (!(Character.isUpperCase(next)
        || Character.isDigit(next)
        || "\"“‘'«„([—–-".indexOf(next) >= 0
        || Character.isLetter(next))) {
      return false;
    }
    if (s.charAt(i) != '.' || j != i + 1) {
      return true; // "?", "!", or a period followed by a closing quote
    }
    // the word before the period
    int w = i;
    while (w > 0 && (Character.isLetterOrDigit(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
      w--;
      if (i - w > 20) {
        return true;
      }
    }
    if (w == i) {
      return true;
    }
    String word = s.substring(w, i);
    String low = Words.lower(word);
    if (Words.TITLE_ABBREVIATIONS.contains(low)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial
    }
    if (Words.ABBREVIATIONS.contains(low) || word.indexOf('.') > 0) {
      // "Feb. 12" never gets here (digit); "U.S. President" is not a sentence end, "U.S. The" is
      int e = k;
      while (e < n && Character.isLetter(s.charAt(e))) {
        e++;
      }
      return Words.SENTENCE_STARTERS.contains(Words.lower(s.substring(k, e)));
    }
    return true;
  }

  private static void add(List<Sentence> out, String s, int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      out.add(new Sentence(a, b));
    }
  }

  /** Index of the sentence containing {@code offset} (or the last one before it); -1 if none. */
  public static int indexOf(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }
}
