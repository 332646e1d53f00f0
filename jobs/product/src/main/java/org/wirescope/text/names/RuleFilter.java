package org.wirescope.text.names;

import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * A run in which the tagger found no person, or an article read without the tagger: the word lists,
 * known names and context decide.
 */
final class RuleFilter implements NameFilter {
  static final RuleFilter INSTANCE = new RuleFilter();

  private RuleFilter() {}

  /**
   * Without the tagger's say-so only known names and "Mr. X" make a person of two or more words; a
   * lone word still needs the context {@link #takes} asks for. "U.S. Trade Representative Clayton
   * Yeutter said", read as one organisation: a title before two or more words next to a speech verb
   * names a person all the same.
   */
  @Override
  public boolean rejects(NameRun g) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    boolean titledSpeaker =
        g.r >= 0
            && g.titleBefore < 0
            && Words.isTitle(t.clean(g.r))
            && NameShapes.speechNear(t, ns, b);
    if (g.names.tagged()
        && !g.known
        && !g.afterHonorific
        && g.words >= 2
        && !titledSpeaker
        && !NameShapes.isGivenName(t.str(ns))
        && !(NameShapes.speechNear(t, ns, b) && !g.names.surelyOther(ns, b))) {
      return true; // "Kathleen Hall Jamieson said": a full name with a speech verb the tagger
      // missed
    }
    return g.bad && !g.known && !(g.words == 1 && g.knownSurname) && !g.earlierSurname;
  }

  @Override
  public boolean takes(NameRun g, Found.Draft f) {
    if (!lowerCaseWordsAllowed(g)) {
      return false;
    }
    return g.words != 1 || g.known || loneWordByRules(g, f);
  }

  /**
   * A name of two or more words whose first word the article writes in lower case, opening a
   * sentence or with its last word in lower case too, is no name.
   */
  private static boolean lowerCaseWordsAllowed(NameRun g) {
    if (g.words >= 2 && !g.known && !g.headline) {
      Tokens t = g.t;
      int ns = g.ns;
      boolean sentenceStart =
          ns == 0
              || t.para[ns - 1] != t.para[ns]
              || (!t.word[ns - 1] && ".?!\"“”:".indexOf(t.first(ns - 1)) >= 0);
      String last = t.clean(g.b - 1);
      return !(g.names.lowerWords.contains(t.clean(ns))
          && (sentenceStart || g.names.lowerWords.contains(last)));
    }
    return true;
  }

  /** A lone word needs a role, a known surname or a speech verb. */
  private static boolean loneWordByRules(NameRun g, Found.Draft f) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    // a speech verb makes a person of a lone word the tagger did not call a firm or place
    // With the tagger, a lone word it surely reads as no person ("Savings" in "Federal Savings
    // and Loan") takes more than a role word before it.
    float[] margins = g.names.margins;
    boolean denied =
        margins != null
            && g.names.labels[ns] != NameTagger.B_PER
            && margins[ns] >= PersonFinder.LONE_MARGIN;
    boolean context =
        (g.r >= 0 && !denied)
            || g.knownSurname
            || (NameShapes.speechNear(t, ns, b)
                && (margins == null || !g.names.surelyOther(ns, b)));
    // the one word that is not an initial: "Butterfield" in "G.K. Butterfield"
    String w = t.clean(g.lastWord);
    boolean common =
        g.names.lowerWords.contains(w) || Words.TITLES.contains(w) || Words.ROLE_HEADS.contains(w);
    if (common && g.r < 0 && !g.knownSurname && !g.earlierSurname) {
      return false;
    }
    if (NameShapes.allCaps(t.str(g.lastWord)) && !g.knownSurname) {
      return false;
    }
    // A lone capitalised word opening a sentence ("Shipping through the Red Sea has fallen",
    // "Contracts with partners ...") is capitalised by position, not as a name: without a
    // role, a known surname or a speech verb it is not taken.
    boolean sentenceStart =
        ns == 0
            || t.para[ns - 1] != t.para[ns]
            || (!t.word[ns - 1] && ".?!:“«".indexOf(t.first(ns - 1)) >= 0);
    if (sentenceStart && !context && !g.names.earlier.has(w)) {
      return false;
    }
    f.contextual = context;
    return true;
  }
}
