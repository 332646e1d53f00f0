package org.wirescope.text.names;

import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * What a run of words looks like as a person's name, read from the words alone and the tokens
 * around them: capitals, initials, particles, given names, a speech verb beside it, a quoted title
 * around it. No state; {@link PersonFinder} and its steps ask.
 */
final class NameShapes {
  private NameShapes() {}

  /**
   * The words of tokens [a, b) in lower case, possessive dropped: how the corpus evidence keys a
   * name.
   */
  public static String nameKey(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(Words.lower(j == b - 1 ? WordForms.stripPossessive(t.str(j)) : t.str(j)));
    }
    return s.toString();
  }

  /** The last word of a name that is not a suffix ("Jr."), cleaned; null when none. */
  static String surnameKey(String[] parts) {
    for (int i = parts.length - 1; i >= 0; i--) {
      String w = WordForms.clean(parts[i]);
      if (!w.isEmpty() && !Words.NAME_SUFFIXES.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** Whether {@code w} is a listed given name. */
  static boolean isGivenName(String w) {
    String c = WordForms.clean(w);
    return Words.GIVEN_NAMES.contains(c);
  }

  /**
   * Whether [a, b) stands inside a short quoted phrase written in title case ("Memorandum on
   * Maritime Safety in the Black Sea"): the name of a document, treaty or operation, not a person.
   */
  static boolean inQuotedTitle(Tokens t, int a, int b) {
    int open = -1;
    for (int j = a - 1; j >= 0 && t.para[j] == t.para[a] && a - j <= 12; j--) {
      if (!t.word[j] && "\"“«„".indexOf(t.first(j)) >= 0) {
        open = j;
        break;
      }
      if (!t.word[j] && "”»".indexOf(t.first(j)) >= 0) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (int j = open + 1; j < t.size && t.para[j] == t.para[a] && j - open <= 16; j++) {
      if (!t.word[j]) {
        if ("\"”»".indexOf(t.first(j)) >= 0) {
          return j >= b && words >= 3 && caps * 10 >= words * 6;
        }
        continue;
      }
      String w = t.lower(j);
      boolean small = Character.isLowerCase(t.first(j)) && w.length() <= 3;
      if (!small && !Words.TITLE_SMALL_WORDS.contains(w)) {
        words++;
        caps += Character.isUpperCase(t.first(j)) ? 1 : 0;
      }
    }
    return false;
  }

  /**
   * "Crime Bill": a lone word the tagger called a person after capitalised words it called nothing,
   * none of them a title, is the end of a title-case phrase.
   */
  static boolean inTitleCasePhrase(Tokens t, int from, int k, int e, int[] labels) {
    if (e - k != 1 || k == from) {
      return false;
    }
    for (int j = from; j < k; j++) {
      String w = t.clean(j);
      if (labels[j] != NameTagger.O
          || Words.isTitle(w)
          || Words.HONORIFICS.contains(w)
          || Words.SPORTS_ROLES.contains(w)
          || isGivenName(t.str(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the article insists that the name at [a, b) is a person, whatever the corpus says of
   * the name elsewhere: "Mr." before it, or a given name (or an initial) and a surname next to a
   * speech verb. "Merrill Lynch said" does not insist: firms speak too.
   */
  public static boolean insists(Tokens t, int a, int b) {
    boolean honorific =
        a >= 1
            && t.word[a - 1]
            && t.para[a - 1] == t.para[a]
            && Words.PERSONAL_HONORIFICS.contains(t.clean(a - 1));
    boolean given = b - a >= 2 && (isGivenName(t.str(a)) || isInitial(t.str(a)));
    return honorific || (given && speechNear(t, a, b));
  }

  /** A capitalised word, or "al-"/"el-" before a capital ("al-Assad"). */
  static boolean isCap(Tokens t, int k) {
    if (!t.word[k]) {
      return false;
    }
    char c = t.first(k);
    if (Character.isUpperCase(c)) {
      return true;
    }
    int s = t.start[k];
    int len = t.end[k] - s;
    // al-Assad, el-Sisi
    return len > 3
        && (c == 'a' || c == 'e')
        && t.text.charAt(s + 1) == 'l'
        && t.text.charAt(s + 2) == '-'
        && Character.isUpperCase(t.text.charAt(s + 3));
  }

  /** A lower-case particle inside names: "von", "de", "bin". */
  static boolean isParticle(Tokens t, int k) {
    // most lower-case words are longer than any particle: no substring and no hash for them
    return t.word[k]
        && t.end[k] - t.start[k] <= LONGEST_PARTICLE
        && Character.isLowerCase(t.first(k))
        && Words.PARTICLES.contains(t.str(k));
  }

  private static final int LONGEST_PARTICLE =
      Words.PARTICLES.stream().mapToInt(String::length).max().orElse(0);

  /** Two or more letters, none in lower case. */
  static boolean allCaps(String w) {
    return WordForms.capitalLetters(w, 0, w.length()) >= 2;
  }

  /** "W." or "J.R.". */
  static boolean isInitial(String w) {
    return (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.')
        || (w.length() >= 4 && w.charAt(1) == '.' && w.endsWith("."));
  }

  /**
   * Whether [a, b) has a word of {@link Words#ORG_ONLY} or a word of three letters or more and no
   * vowel ("Mths").
   */
  static boolean hasNonNameWord(Tokens t, int a, int b) {
    for (int j = a; j < b; j++) {
      String w = t.clean(j);
      if (Words.ORG_ONLY.contains(w)
          || (w.length() >= 3
              && !allCaps(t.str(j))
              && w.chars().allMatch(Character::isLetter)
              && w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word of [a, b) but particles and initials is a {@link CommonWords common word}. A
   * one-letter initial makes it a person's name whatever the words ("J. J. Price", "C. Walsh").
   */
  static boolean allCommon(Tokens t, int a, int b) {
    boolean any = false;
    for (int j = a; j < b; j++) {
      String raw = t.str(j);
      if (raw.length() == 2 && isInitial(raw)) {
        return false;
      }
      if (isParticle(t, j) || isInitial(raw)) {
        continue;
      }
      if (!CommonWords.contains(t.clean(j))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether most words of token k's paragraph are in capitals (a wire headline). */
  static boolean capsParagraph(Tokens t, int k) {
    int words = 0;
    int caps = 0;
    for (int j = k; j >= 0 && t.para[j] == t.para[k]; j--) {
      if (t.word[j] && Character.isLetter(t.first(j))) {
        words++;
        caps += allCaps(t.str(j)) ? 1 : 0;
      }
    }
    for (int j = k + 1; j < t.size && t.para[j] == t.para[k]; j++) {
      if (t.word[j] && Character.isLetter(t.first(j))) {
        words++;
        caps += allCaps(t.str(j)) ? 1 : 0;
      }
    }
    return words >= 2 && caps * 3 >= words * 2;
  }

  /** Every word in capitals ("VLADIMIR PUTIN" in a headline). */
  static boolean allCapsName(String name) {
    for (String w : name.split(" ")) {
      if (!allCaps(w) && !isInitial(w)) {
        return false;
      }
    }
    return true;
  }

  /** "VLADIMIR PUTIN" as "Vladimir Putin", "MCDONALD" as "Mcdonald". */
  static String titleCase(String name) {
    StringBuilder s = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      s.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return s.toString();
  }

  /** Whether {@code s} has a digit. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A speech verb right after the name or "said"/"according to" right before it. */
  static boolean speechNear(Tokens t, int ns, int b) {
    int m = b;
    if (m < t.size
        && t.word[m]
        && (t.lower(m).endsWith("ly") || t.lower(m).equals("also") || t.lower(m).equals("later"))) {
      m++;
    }
    // Within the name's own paragraph: a headline ending "..., Peskov says" says nothing about
    // the lead's first word.
    if (m < t.size && t.word[m] && t.para[m] == t.para[ns] && Words.isSpeechVerb(t.lower(m))) {
      return true;
    }
    // "Trump: ‘We are going to win so much’": a name, a colon and a quote
    if (m + 1 < t.size
        && t.isPunct(m, ':')
        && t.para[m + 1] == t.para[ns]
        && !t.word[m + 1]
        && "\"“‘'«„".indexOf(t.first(m + 1)) >= 0) {
      return true;
    }
    if (ns >= 1 && t.word[ns - 1] && t.para[ns - 1] == t.para[ns]) {
      String p = t.lower(ns - 1);
      if (Words.isSpeechVerb(p) || p.equals("asked")) {
        return true;
      }
      if (p.equals("to") && ns >= 2 && t.lower(ns - 2).equals("according")) {
        return true;
      }
    }
    return false;
  }

  /** Tokens [a, b) as written, one space apart, the last one's possessive dropped. */
  static String joinName(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(j == b - 1 ? WordForms.stripPossessive(t.str(j)) : t.str(j));
    }
    return s.toString();
  }
}
