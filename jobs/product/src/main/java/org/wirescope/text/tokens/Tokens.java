package org.wirescope.text.tokens;

import java.util.Arrays;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;

/**
 * The words and punctuation of an article, with paragraph numbers, found by one hand-written pass
 * (no regular expressions, so linear in the text length).
 *
 * <p>A word starts at a letter or digit and runs on through letters, digits, and apostrophes,
 * hyphens or periods that stand between two letters or digits ("don’t", "Jean-Claude", "3.5",
 * "U.S"). A period after an initial, an abbreviation or a dotted acronym belongs to the word ("W.",
 * "Mr.", "U.S."). Every other non-space character is a token of its own.
 */
public final class Tokens {
  public final String text;
  public int size;
  public int[] start = new int[64];
  public int[] end = new int[64];

  /** Paragraph number of each token. */
  public int[] para = new int[64];

  /** True for word tokens. */
  public boolean[] word = new boolean[64];

  private Tokens(String text) {
    this.text = text;
  }

  public static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    return t;
  }

  private void add(int s, int e, int p, boolean w) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      para = Arrays.copyOf(para, n);
      word = Arrays.copyOf(word, n);
    }
    start[size] = s;
    end[size] = e;
    para[size] = p;
    word[size] = w;
    size++;
  }

  /** White space, including the no-break and thin spaces that web copy carries. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑';
  }

  private void scan() {
    String s = text;
    int n = s.length();
    int p = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        int j = Paragraphs.breakEnd(s, i);
        if (j > i) {
          p++;
          i = j;
          continue;
        }
        i++;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        add(i, i + 1, p, false);
        i++;
        continue;
      }
      int j = i + 1;
      boolean dotted = false;
      while (j < n) {
        char d = s.charAt(j);
        if (isWordChar(d)) {
          j++;
        } else if (isJoiner(d) && j + 1 < n && isWordChar(s.charAt(j + 1))) {
          if (d == '.') {
            dotted = true;
          }
          j += 2;
        } else {
          break;
        }
      }
      if (j < n && s.charAt(j) == '.' && periodBelongs(s, i, j, dotted)) {
        j++;
      }
      add(i, j, p, true);
      i = j;
    }
  }

  /**
   * Whether the period at {@code j} belongs to the word [i, j): initials, abbreviations, acronyms.
   */
  private static boolean periodBelongs(String s, int i, int j, boolean dotted) {
    int len = j - i;
    if (len == 1 && Character.isLetter(s.charAt(i))) {
      return true; // "W." and "a." in "p.m."
    }
    if (dotted) {
      // "U.S", "p.m": single letters between the periods
      for (int k = i; k < j; k++) {
        char c = s.charAt(k);
        if (c != '.' && !Character.isLetter(c)) {
          return false;
        }
        if (c != '.' && k + 1 < j && s.charAt(k + 1) != '.') {
          return false;
        }
      }
      return true;
    }
    return len <= 5 && Words.ABBREVIATIONS.contains(Words.lower(s.substring(i, j)));
  }

  /*
   * The word lists look a token up many times per article, in several spellings: each is made
   * once per token and kept (a String also keeps its hash), so the lookups allocate nothing.
   */
  private String[] strs;
  private String[] lowers;
  private String[] cleans;

  public String str(int k) {
    if (strs == null) {
      strs = new String[size];
    }
    return strs[k] != null ? strs[k] : (strs[k] = text.substring(start[k], end[k]));
  }

  /** {@link Words#lower} of token {@code k}. */
  public String lower(int k) {
    if (lowers == null) {
      lowers = new String[size];
    }
    return lowers[k] != null ? lowers[k] : (lowers[k] = Words.lower(str(k)));
  }

  /** {@link PersonFinder#clean} of token {@code k}: lower case, without "'s" or a final period. */
  public String clean(int k) {
    if (cleans == null) {
      cleans = new String[size];
    }
    return cleans[k] != null ? cleans[k] : (cleans[k] = WordForms.clean(str(k)));
  }

  public char first(int k) {
    return text.charAt(start[k]);
  }

  public boolean isPunct(int k, char c) {
    return k >= 0 && k < size && !word[k] && text.charAt(start[k]) == c;
  }

  /** The first token starting at or after {@code offset} (binary search). */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Headline-style paragraphs: most of their longer words capitalised. */
  public static boolean[] titleCaseParagraphs(Tokens t, boolean hasTitle) {
    int paras = t.size == 0 ? 0 : t.para[t.size - 1] + 1;
    int[] cap = new int[paras];
    int[] all = new int[paras];
    for (int k = 0; k < t.size; k++) {
      if (t.word[k] && t.end[k] - t.start[k] > 3) {
        all[t.para[k]]++;
        if (Character.isUpperCase(t.first(k))) {
          cap[t.para[k]]++;
        }
      }
    }
    // Only a title (the first of several paragraphs) is read as a headline.
    boolean[] out = new boolean[paras];
    if (paras > 1 && hasTitle) {
      out[0] = all[0] >= 3 && cap[0] * 10 >= all[0] * 7;
    }
    return out;
  }
}
