package org.wirescope.text.speakers.rules;

import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.names.Found;
import org.wirescope.text.speakers.ArticleText;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;
import org.wirescope.text.tokens.Tokens;

/**
 * "Below are Putin’s key statements:" and the quotes after it: an article that announces a list of
 * one person's statements gives every later quote without a verb of its own to that person. Wire
 * services write such lists ("IN BRIEF"); the rule reads a short paragraph that announces what
 * follows ("below", "here are", a closing colon) with a person's possessive name right before a
 * word for statements, or "statements by" and a name.
 */
final class StatementListRule implements SpeakerRule {
  private static final Set<String> LIST_NOUNS =
      Set.of("statements", "remarks", "quotes", "quotations", "highlights", "theses");
  private static final int MAX_WORDS = 25;

  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    ArticleText a = c.text();
    Tokens t = a.t;
    int firstOfPara = q.open();
    while (firstOfPara > 0 && t.para[firstOfPara - 1] == q.para()) {
      firstOfPara--;
    }
    for (int k = firstOfPara - 1; k >= 0; k--) {
      if (!t.word[k]
          || !LIST_NOUNS.contains(t.lower(k))
          || a.quoted[k]
          || !announces(t, t.para[k])) {
        continue;
      }
      Found f = owner(a, k);
      if (f != null) {
        return new Reading(
            new Subject.Carried(f.person, a.surface(f.roleStart, f.nameEnd), false), -1, true);
      }
    }
    return null;
  }

  /**
   * "Putin’s key statements", "statements by Putin": the person whose statements the noun at {@code
   * k} lists.
   */
  private static Found owner(ArticleText a, int k) {
    Tokens t = a.t;
    for (int m = k - 1; m >= 0 && m >= k - 3 && t.para[m] == t.para[k]; m--) {
      Found f = a.mentionOutsideQuotes(m);
      if (f != null) {
        return f.nameEnd == m + 1 && WordForms.isPossessive(t.str(m)) ? f : null;
      }
    }
    int by = k + 1;
    if (by + 1 < t.size
        && t.para[by] == t.para[k]
        && t.word[by]
        && (t.lower(by).equals("by") || t.lower(by).equals("of"))) {
      return a.mentionOutsideQuotes(by + 1);
    }
    return null;
  }

  /**
   * A short paragraph that announces what follows: "below", "here are", "the following", or a
   * closing colon.
   */
  private static boolean announces(Tokens t, int para) {
    int words = 0;
    boolean cue = false;
    int last = -1;
    for (int k = 0; k < t.size; k++) {
      if (t.para[k] != para) {
        continue;
      }
      last = k;
      if (t.word[k]) {
        words++;
        String w = t.lower(k);
        cue |=
            w.equals("below")
                || w.equals("following")
                || (w.equals("here") && k + 1 < t.size && t.lower(k + 1).equals("are"));
      }
    }
    return words <= MAX_WORDS && (cue || (last >= 0 && t.isPunct(last, ':')));
  }
}
