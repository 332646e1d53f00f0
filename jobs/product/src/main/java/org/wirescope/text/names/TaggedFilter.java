package org.wirescope.text.names;

import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/** A run in which the tagger found a person: it stands unless the word lists say surely not. */
final class TaggedFilter implements NameFilter {
  static final TaggedFilter INSTANCE = new TaggedFilter();

  private TaggedFilter() {}

  /**
   * The tagger's name that the word lists reject ("Memorandum on Maritime Safety") needs a sure
   * tagger. One with a word no person's name has ("Banque Indosuez", "Mths Shr"), or of words the
   * wire writes in lower case ("Value", "Domestic Product"), is never a person. A lone word of a
   * fuller name found earlier ("Bond" after "Beverly Bond") is that person's.
   */
  @Override
  public boolean rejects(NameRun g) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    boolean earlierWord = g.words == 1 && g.names.earlier.has(t.clean(b - 1));
    return !g.known
        && !g.afterHonorific
        && !earlierWord
        && ((g.bad && g.names.minMargin(g.tagged, b) < PersonFinder.LONE_MARGIN)
            || NameShapes.hasNonNameWord(t, ns, b)
            || NameShapes.allCommon(t, ns, b));
  }

  /**
   * A lone word with no fuller name to stand for is taken, and needs a sure tagger or context to be
   * contextual.
   */
  @Override
  public boolean takes(NameRun g, Found.Draft f) {
    if (g.words != 1) {
      return true;
    }
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    String w = t.clean(g.lastWord);
    boolean common =
        g.names.lowerWords.contains(w) || Words.TITLES.contains(w) || Words.ROLE_HEADS.contains(w);
    // in a title-case headline a lone word counts only as the short form of a fuller name
    // A role counts as context only when the word before the name is a person's title:
    // "Home Savings", "Senate Agriculture" and "House Banking" have none.
    String before = g.r >= 0 ? t.clean(ns - 1) : "";
    boolean titled =
        g.r >= 0
            && !Words.ORG_HEADS.contains(before)
            && !Words.PORTFOLIOS.contains(before)
            && (Words.isTitle(before)
                || Words.HONORIFICS.contains(before)
                || Words.SPORTS_ROLES.contains(before));
    // Capitals tell nothing about a lone word written in capitals in ordinary prose (the
    // "REUTER" sign-off). (Asking the same of a lone word opening a sentence cost CoNLL dev
    // recall 0.935 -> 0.909.)
    boolean positional = NameShapes.allCaps(t.str(g.lastWord)) && !NameShapes.capsParagraph(t, ns);
    f.contextual =
        !g.names.headlineStyle(ns)
            && (titled
                || g.knownSurname
                || (!g.listed && NameShapes.speechNear(t, ns, b))
                || (!common
                    && !g.listed
                    && !positional
                    && g.names.minMargin(g.tagged, b) >= PersonFinder.LONE_MARGIN));
    return true;
  }
}
