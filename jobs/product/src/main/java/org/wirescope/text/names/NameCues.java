package org.wirescope.text.names;

import java.util.Set;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/**
 * What the words around a name say it is, one use at a time; the corpus adds them up (see {@code
 * extract.NameEvidence}). A firm: a company word after it ("Merrill Lynch and Co", "Kidder Peabody
 * Inc") or a firm's context before it ("analysts at Morgan Stanley", "shares of Chrysler", "the
 * brokerage Drexel"). A person: a title or honorific before it ("Chairman Paul Volcker", "Mr.
 * Icahn") or a role after its comma ("Volcker, the Fed chairman").
 */
public final class NameCues {
  private NameCues() {}

  /** Words before "at", "with" or "from" that say the name after is a firm. */
  private static final Set<String> WORKS_AT =
      Set.of(
          "analyst",
          "analysts",
          "economist",
          "economists",
          "strategist",
          "strategists",
          "trader",
          "traders",
          "dealer",
          "dealers",
          "partner",
          "partners");

  /** Words before "of" or "in" that say the name after is a firm. */
  private static final Set<String> PART_OF =
      Set.of(
          "shares",
          "unit",
          "subsidiary",
          "division",
          "stake",
          "stock",
          "chairman",
          "president",
          "spokesman",
          "spokeswoman",
          "executive",
          "officials",
          "acquisition",
          "takeover",
          "merger");

  /** Lower-case nouns right before a firm's name. */
  private static final Set<String> FIRM_NOUNS =
      Set.of(
          "firm",
          "brokerage",
          "bank",
          "company",
          "house",
          "group",
          "retailer",
          "airline",
          "insurer",
          "conglomerate",
          "maker",
          "bid",
          "investment");

  public static int organisation(Tokens t, int a, int b) {
    // "Exxon Corp", "Merrill Lynch and Co": a legal form ending the name itself
    int n = b - a >= 2 && t.word[b - 1] && Orgs.isLegalForm(t.clean(b - 1)) ? 1 : 0;
    if (b < t.size && t.para[b] == t.para[a]) {
      String next = t.word[b] ? t.clean(b) : t.str(b);
      if ((t.word[b] && Character.isUpperCase(t.first(b)) && Words.COMPANY_WORDS.contains(next))
          || ((next.equals("and") || next.equals("&"))
              && b + 1 < t.size
              && t.lower(b + 1).startsWith("co"))) {
        n++;
      }
    }
    if (a >= 1 && t.word[a - 1] && t.para[a - 1] == t.para[a]) {
      String p1 = t.lower(a - 1);
      String p2 = a >= 2 && t.word[a - 2] ? t.lower(a - 2) : "";
      // "Rosario Ilacqua of L.F. Rothschild said": "of" after a capitalised name (not a title:
      // "Secretary of State") puts the person in the firm, or the place, named after it
      boolean afterName =
          p1.equals("of")
              && a >= 2
              && t.word[a - 2]
              && Character.isUpperCase(t.first(a - 2))
              && !Words.isTitle(t.clean(a - 2))
              && !Words.PORTFOLIOS.contains(t.clean(a - 2));
      if (((p1.equals("at") || p1.equals("with") || p1.equals("from")) && WORKS_AT.contains(p2))
          || ((p1.equals("of") || p1.equals("in")) && PART_OF.contains(p2))
          || FIRM_NOUNS.contains(p1)
          || afterName) {
        n++;
      }
    }
    return n;
  }

  public static int person(Tokens t, int a, int b) {
    int n = 0;
    if (a >= 1 && t.word[a - 1] && t.para[a - 1] == t.para[a]) {
      String p1 = t.clean(a - 1);
      if (Words.HONORIFICS.contains(p1)
          || (Words.isTitle(p1)
              && !Words.NATIONALITIES.contains(p1)
              && !Words.COUNTRY_WORDS.contains(p1))) {
        n++;
      }
    }
    // "Volcker, the Fed chairman,", "Lind, who ...": a role head within four words of the comma
    if (b + 1 < t.size && t.isPunct(b, ',')) {
      for (int m = b + 1; m < t.size && m <= b + 4 && t.word[m] && t.para[m] == t.para[a]; m++) {
        String w = t.clean(m);
        if (Words.ROLE_HEADS.contains(w) || (m == b + 1 && w.equals("who"))) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
