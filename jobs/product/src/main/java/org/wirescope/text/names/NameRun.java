package org.wirescope.text.names;

import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/**
 * A run of capitalised words being read as a person's name, and what the reading has found so far:
 * the run [a, b) and the tagger's start, where the role ends ({@code r}, or -1) and a title before
 * the run ("Ambassador to", "Secretary of"), where the name starts, and its words. The reading goes
 * in steps, each a method here, in the order {@link PersonFinder} calls them: trim the run, find
 * where its role ends, scan the name's words, relieve it of a word a speech verb or an honorific
 * explains.
 */
final class NameRun {
  final ArticleNames names;
  final Tokens t;

  /** Whether the tagger found a person in the run: {@link #tagged} is where. */
  final boolean model;

  final boolean headline;
  int a;
  int b;
  int tagged;
  int r = -1;
  int titleBefore = -1;
  int ns;
  String name;
  String lowName;
  boolean known;
  int words;
  int lastWord;
  boolean bad;

  /** A word the lists call a place, people, month or common word. */
  boolean listed;

  boolean onlyTitles = true;
  boolean afterHonorific;
  boolean knownSurname;

  /** "Read said": a lone word next to a speech verb that is the surname of an earlier name. */
  boolean earlierSurname;

  NameRun(ArticleNames names, int a, int b, int tagged, boolean headline) {
    this.names = names;
    this.t = names.t;
    this.a = a;
    this.b = b;
    this.tagged = tagged;
    this.model = tagged >= 0;
    this.headline = headline;
  }

  /** Drops trailing dates and leading function words from the run; false when nothing is left. */
  static boolean trim(NameRun g) {
    Tokens t = g.t;
    // Drop trailing dates ("James Baker Monday").
    while (g.b - 1 > g.a
        && (Words.WEEKDAYS.contains(t.clean(g.b - 1))
            || (Words.MONTHS.contains(t.clean(g.b - 1)) && !t.clean(g.b - 1).equals("may")))) {
      g.b--;
    }
    // Drop leading function words ("The", "But", "When").
    // Keep a lone one that is the surname of an earlier name next to a speech verb ("Read said").
    // So do a speech verb and a function word opening the tagger's name ("Said Dorothy Poynter,
    // a neighbour: ...", "Besides Reagan's knowledge"), but not one that opens given names too.
    while (g.a < g.b
        && ((Words.NOT_NAME_START.contains(t.clean(g.a))
                && (!g.model
                    || g.a < g.tagged
                    || (g.a + 1 < g.b
                        && !Words.NAME_START_TOO.contains(t.clean(g.a))
                        && !NameShapes.isInitial(t.str(g.a)))))
            || (g.a + 1 < g.b
                && (Words.WEEKDAYS.contains(t.clean(g.a)) || Words.isSpeechVerb(t.clean(g.a)))))
        && !(g.b - g.a == 1
            && NameShapes.speechNear(t, g.a, g.b)
            && g.names.earlier.has(t.clean(g.a)))) {
      g.a++;
    }
    if (g.model && g.tagged < g.a) {
      g.tagged = g.a;
    }
    return g.a < g.b;
  }

  /** Where the run's role ends: its rightmost title word with something after it. */
  static void findRole(NameRun g) {
    Tokens t = g.t;
    for (int j = g.b - 2; j >= (g.model ? g.tagged : g.a); j--) {
      String w = t.clean(j);
      if (g.model && g.b - j <= 2 && !Words.HONORIFICS.contains(w)) {
        continue; // the tagger read "Dean Headley" as one name: a title word is not stripped from
        // it
      }
      if (((Words.isTitle(w) || (g.model && Words.SPORTS_ROLES.contains(w)))
              && !Words.NATIONALITIES.contains(w)
              && !Words.COUNTRY_WORDS.contains(w)
              && !NameShapes.allCaps(t.str(j)))
          || Words.HONORIFICS.contains(w)) {
        g.r = j;
        break;
      }
    }
    titleBeforeTheRun(g);
    if (g.model && g.r < g.tagged - 1 && g.tagged > g.a) {
      g.r = g.tagged - 1; // "Defender Hassan Abbas": the tagger's name starts after the role
    }
  }

  /**
   * "Ambassador to Hanoi Gennady Bezdetko", "Secretary of State Marco Rubio", "Chancellor of the
   * Exchequer Nigel Lawson": the place or portfolio at the run's start belongs to the title before
   * it.
   */
  private static void titleBeforeTheRun(NameRun g) {
    Tokens t = g.t;
    int a = g.a;
    if (g.r < 0
        && a >= 2
        && t.word[a - 1]
        && t.word[a - 2]
        && NameShapes.isCap(t, a - 2)
        && (t.str(a - 1).equals("to") || t.str(a - 1).equals("in"))
        && Words.TITLES.contains(t.clean(a - 2))) {
      int pe = a;
      while (pe < g.b - 2
          && (Words.PLACES.contains(t.clean(pe)) || Words.COUNTRY_WORDS.contains(t.clean(pe)))) {
        pe++;
      }
      if (pe > a) {
        g.r = pe - 1;
        g.titleBefore = a - 2;
      }
    }
    int of = a >= 1 && t.word[a - 1] && t.str(a - 1).equals("the") ? a - 2 : a - 1;
    if (g.titleBefore < 0
        && of >= 1
        && t.word[of]
        && t.word[of - 1]
        && t.str(of).equals("of")
        && Words.TITLES.contains(t.clean(of - 1))) {
      if (g.r < 0) {
        int pe = a;
        while (pe < g.b - 2 && Words.PORTFOLIOS.contains(t.clean(pe))) {
          pe++;
        }
        if (pe > a) {
          g.r = pe - 1;
          g.titleBefore = of - 1;
        }
      } else if (Words.PORTFOLIOS.contains(t.clean(a))) {
        g.titleBefore = of - 1;
      }
    }
  }

  /** Counts the name's words and notes any that a person's name does not have. */
  static void scanName(NameRun g) {
    Tokens t = g.t;
    for (int j = g.ns; j < g.b; j++) {
      String raw = t.str(j);
      String w = t.clean(j);
      if (NameShapes.isParticle(t, j)
          || NameShapes.isInitial(raw)
          || Words.NAME_SUFFIXES.contains(w)) {
        continue;
      }
      g.words++;
      g.lastWord = j;
      g.onlyTitles &= Words.isTitle(w);
      boolean placeOrThing =
          Words.COUNTRY_WORDS.contains(w)
              || Words.PLACES.contains(w)
              || Words.NATIONALITIES.contains(w)
              || Words.NON_PERSON.contains(w);
      if (placeOrThing
          || (Words.NOT_NAME_START.contains(w) && (j == g.ns || !Words.LATE_NAME_OK.contains(w)))
          || (j == g.ns && (Words.MONTHS.contains(w) || Words.WEEKDAYS.contains(w)))
          || (NameShapes.allCaps(raw) && !g.headline)
          || NameShapes.hasDigit(raw)) {
        g.bad = true;
      }
      // "Azeris", "Iraqis", "Scots": a people, not a person; "I'm": a contraction
      g.listed |=
          placeOrThing
              || Words.NOT_NAME_START.contains(w)
              || Words.MONTHS.contains(w)
              || Words.WEEKDAYS.contains(w)
              || (w.endsWith("s") && Words.NATIONALITIES.contains(w.substring(0, w.length() - 1)))
              || w.contains("'m")
              || w.contains("’m");
      if (w.indexOf('-') > 0) {
        for (String part : w.split("-")) {
          if (Words.COUNTRY_WORDS.contains(part) || Words.NATIONALITIES.contains(part)) {
            g.bad = true;
          }
        }
      }
    }
  }

  /**
   * What clears a name of a word it should not have: a speech verb next to a name of two or more
   * words ("Kathleen Hall Jamieson said"), a personal honorific before one word ("Mr. English").
   * Also notes a lone word next to a speech verb that is the surname of an earlier name.
   */
  static void relieve(NameRun g) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    if (g.bad && g.words >= 2 && !g.headline && NameShapes.speechNear(t, ns, b)) {
      // Next to a speech verb a name may hold a place-like word ("Kathleen Hall Jamieson said")
      String last = t.clean(b - 1);
      String firstWord = t.clean(ns);
      g.bad =
          Words.NON_PERSON.contains(last)
              || Words.COUNTRY_WORDS.contains(last)
              || Words.PLACES.contains(last)
              || Words.NATIONALITIES.contains(last)
              || Words.NOT_NAME_START.contains(firstWord)
              || Words.COUNTRY_WORDS.contains(firstWord)
              || Words.PLACES.contains(firstWord)
              || NameShapes.allCaps(t.str(b - 1));
    }
    // "Read said", "Israel said": a lone common or place-like word next to a speech verb is the
    // surname of a fuller name found earlier ("Ian Read")
    g.earlierSurname =
        g.words == 1 && NameShapes.speechNear(t, ns, b) && g.names.earlier.has(t.clean(b - 1));
    // "Mr. English", "Ms. French", "Dr. Hall": after a personal honorific one word is a surname
    if (g.bad
        && g.words == 1
        && g.afterHonorific
        && !NameShapes.allCaps(t.str(g.lastWord))
        && !Words.NOT_NAME_START.contains(t.clean(g.lastWord))) {
      g.bad = false;
    }
  }
}
