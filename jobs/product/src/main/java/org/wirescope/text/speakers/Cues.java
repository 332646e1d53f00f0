package org.wirescope.text.speakers;

import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.tokens.Tokens;

/**
 * Finds the speech verb (the cue) that claims a quote: in the clause after it ("“…,” Peskov said"),
 * in the sentence before it ("Peskov said: “…”"), or a signature dash ("“…” ― Lavrov"). Also the
 * small tests on a quote's own text that the cues depend on.
 */
public final class Cues extends ArticleTextReader {
  /** Words after a quote in which its speaker and verb may stand: the clause's. */
  static final int CLAUSE_WORDS = 8;

  /**
   * ... or, after a name that goes on in an apposition ("Bree Maxwell, a volunteer in ... , said").
   */
  static final int APPOSITION_WORDS = 30;

  /** Tokens of a parenthesis skipped after a name: "Rep. Jim McDermott (D-Wash.) said". */
  static final int PARENTHESIS_TOKENS = 12;

  /** Tokens before a quote in which its speech verb may stand. */
  static final int VERB_BEFORE_TOKENS = 12;

  public Cues(ArticleText a) {
    super(a);
  }

  /** A speech verb in the clause right after a quote, or -1. */
  int afterCue(int k, int para, int nextStartTok, String quoteText) {
    int n = t.size;
    boolean skipped = false;
    // a stray closing mark first: the third apostrophe of "by that?'''", the ’ of "it,’”"
    while (k < n
        && t.para[k] == para
        && !t.word[k]
        && "'’\"”".indexOf(t.first(k)) >= 0
        && k < nextStartTok) {
      k++;
    }
    while (k < n && t.para[k] == para && !t.word[k] && ",—–-:;?!".indexOf(t.first(k)) >= 0) {
      k++;
      skipped = true;
    }
    if (k >= n || t.para[k] != para || k >= nextStartTok) {
      return -1;
    }
    boolean newSentence = !skipped && !endPunctInside(quoteText);
    int words = 0;
    // "“…,” Bree Maxwell, a volunteer in Richland County who …, said": a long apposition
    int limit = mentionAt[k] >= 0 && !newSentence ? APPOSITION_WORDS : CLAUSE_WORDS;
    for (int m = k; m < n && m < nextStartTok && t.para[m] == para && words <= limit; m++) {
      if (!t.word[m]) {
        char c = t.first(m);
        if (c == '(') {
          // "Rep. Jim McDermott (D-Wash.) said": skip the parenthesis
          int close = m + 1;
          while (close < n
              && close < m + PARENTHESIS_TOKENS
              && t.para[close] == para
              && !t.isPunct(close, ')')) {
            close++;
          }
          if (close < n && t.isPunct(close, ')')) {
            m = close;
          }
          continue;
        }
        // "Sanders' campaign manager", "Cambridge, Mass., said"
        boolean apostrophe = c == '\'' || c == '’';
        boolean abbreviation = c == '.' && m + 1 < n && t.isPunct(m + 1, ',');
        if (c != ',' && c != ')' && !apostrophe && !abbreviation) {
          return -1;
        }
        continue;
      }
      if (a.isVerbAt(m)) {
        if (newSentence && !shortClause(m)) {
          return -1;
        }
        return m;
      }
      words++;
    }
    return -1;
  }

  /**
   * "“…,” Toomey fumed", "“…!” Trump barked": a name (or he, she, an organisation) right after a
   * quote that ends in a comma, question or exclamation mark, followed by a verb in the past or
   * present tense, is the speaker whatever the verb. Returns the verb token or -1.
   */
  int nameThenVerb(int k, int para, int nextStartTok, String quoteText) {
    if (!endPunctInside(quoteText) && !(k < t.size && !t.word[k] && ",".indexOf(t.first(k)) >= 0)) {
      return -1;
    }
    while (k < t.size && t.para[k] == para && !t.word[k] && ",—–-".indexOf(t.first(k)) >= 0) {
      k++;
    }
    if (k >= t.size || t.para[k] != para || k >= nextStartTok || !t.word[k]) {
      return -1;
    }
    int e;
    if (mentionAt[k] >= 0) {
      e = mentions.get(mentionAt[k]).nameEnd;
    } else if (orgAt[k] >= 0) {
      e = orgs.get(orgAt[k]).end();
    } else {
      String w = t.lower(k);
      if (!Words.isPersonPronoun(w)) {
        return -1;
      }
      e = k + 1;
    }
    if (e >= t.size || e >= nextStartTok || t.para[e] != para || !t.word[e]) {
      return -1;
    }
    String v = t.str(e);
    String lv = Words.lower(v);
    if (!Character.isLowerCase(v.charAt(0))
        || Words.NOT_NAME_START.contains(lv)
        || !(lv.endsWith("ed") || (lv.endsWith("s") && !lv.endsWith("ss")))) {
      return -1;
    }
    return e;
  }

  /**
   * "“…” ― Pamela Padilla", "“…” / - Bernie Sanders.": a dash right after the quote (or opening the
   * next paragraph) and then a name that ends the line or is set off by a comma: the signature of a
   * quote collection or a fact check. Returns the mention or -1.
   */
  public int dashSpeaker(int k, int lastPara) {
    while (k < t.size && t.para[k] == lastPara && !t.word[k] && ".,".indexOf(t.first(k)) >= 0) {
      k++;
    }
    // the dash follows on the quote's line, or opens the next paragraph
    if (k >= t.size
        || t.word[k]
        || !isDash(t.first(k))
        || (t.para[k] != lastPara && t.para[k] != lastPara + 1)) {
      return -1;
    }
    int para = t.para[k];
    while (k < t.size && t.para[k] == para && !t.word[k] && isDash(t.first(k))) {
      k++;
    }
    if (k >= t.size || t.para[k] != para || mentionAt[k] < 0) {
      return -1;
    }
    Found f = mentions.get(mentionAt[k]);
    if (f.roleStart != k || f.inQuote) {
      return -1;
    }
    return a.endsPhrase(f.nameEnd) ? mentionAt[k] : -1;
  }

  static boolean isDash(char c) {
    return c == '―' || c == '—' || c == '–' || c == '-';
  }

  /**
   * "“This is fantastic!” beamed Donald Hartley of Madison": after a quote that ends in a comma,
   * question or exclamation mark, a past-tense verb and then a name that ends its phrase. The verb
   * need not be a speech verb. Returns the verb token or -1.
   */
  int verbThenName(int k, int para, int nextStartTok, String quoteText) {
    if (!endPunctInside(quoteText)
        || k + 1 >= t.size
        || k + 1 >= nextStartTok
        || t.para[k] != para
        || t.para[k + 1] != para
        || !t.word[k]) {
      return -1;
    }
    String v = t.str(k);
    String lv = Words.lower(v);
    if (!Character.isLowerCase(v.charAt(0))
        || !lv.endsWith("ed")
        || Words.NOT_NAME_START.contains(lv)
        || Words.DESCRIPTOR_STOPS.contains(lv)) {
      return -1;
    }
    int mi = mentionAt[k + 1];
    if (mi < 0) {
      return -1;
    }
    Found f = mentions.get(mi);
    return f.roleStart == k + 1 && !f.inQuote && a.endsPhrase(f.nameEnd) ? k : -1;
  }

  /** After a verb: the clause ends within a few words and says no "that". */
  boolean shortClause(int v) {
    int words = 0;
    for (int m = v + 1; m < t.size && t.para[m] == t.para[v]; m++) {
      if (!t.word[m]) {
        if (".?!".indexOf(t.first(m)) >= 0) {
          return true;
        }
        if ("\"“«„".indexOf(t.first(m)) >= 0) {
          return false;
        }
        continue;
      }
      if (t.lower(m).equals("that") || ++words > 6) {
        return false;
      }
    }
    return true;
  }

  /** The speech verb nearest before a quote, in its sentence, or -1. */
  public int beforeCue(int from, int openTok) {
    for (int m = openTok - 1; m >= from && m >= openTok - VERB_BEFORE_TOKENS; m--) {
      if (a.isVerbAt(m)) {
        return m;
      }
    }
    return -1;
  }

  /** The last character that is neither space nor a nested quote's closing mark. */
  static int lastMeaningful(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Tokens.isSpace(text.charAt(i)) || "'’\"”".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i;
  }

  static boolean endsWithPunct(String text) {
    int i = lastMeaningful(text);
    return i >= 0 && ".,?!—–-…:;".indexOf(text.charAt(i)) >= 0;
  }

  static boolean endPunctInside(String text) {
    int i = lastMeaningful(text);
    return i >= 0 && ",?!—–-".indexOf(text.charAt(i)) >= 0;
  }

  static boolean startsCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c) || Character.isDigit(c);
      }
      if (c == '[') {
        return true;
      }
    }
    return false;
  }
}
