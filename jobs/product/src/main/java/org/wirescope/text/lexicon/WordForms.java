package org.wirescope.text.lexicon;

/**
 * The forms of one written word that the name and speaker code compares: lower case, possessive
 * dropped.
 */
public final class WordForms {
  private WordForms() {}

  /** Lower case, possessive and trailing period dropped. */
  public static String clean(String w) {
    String s = stripPossessive(w);
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return Words.lower(s);
  }

  /** The word without a possessive "'s", "’s" or a trailing apostrophe. */
  public static String stripPossessive(String w) {
    int n = w.length();
    if (n > 2
        && (w.charAt(n - 2) == '’' || w.charAt(n - 2) == '\'')
        && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      return w.substring(0, n - 2);
    }
    if (n > 1 && (w.charAt(n - 1) == '’' || w.charAt(n - 1) == '\'')) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** Whether the word ends in a possessive. */
  public static boolean isPossessive(String w) {
    return !stripPossessive(w).equals(w);
  }

  /**
   * How many letters {@code s[a, b)} has when none is in lower case ("NATO" 4, "U.S." 2), else -1.
   */
  public static int capitalLetters(String s, int a, int b) {
    int letters = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return -1;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters;
  }
}
