package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;
import org.wirescope.text.tokens.Tokens;

/**
 * "Stated Stone:" ending one paragraph and the quote as the next: the subject before that colon.
 */
final class ColonParagraphRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    Tokens t = c.text().t;
    int colon = q.open() - 1;
    if (q.prev() >= 0 || colon < 0 || t.para[colon] != q.para() - 1 || !t.isPunct(colon, ':')) {
      return null;
    }
    int from =
        Math.max(
            t.indexAt(c.text().sentenceStartOffset(t.start[colon])), c.history().previousEnd());
    int verb = c.cues().beforeCue(from, colon);
    Subject subj =
        verb >= 0
            ? c.subjects().subjectBeforeQuote(from, verb)
            : c.subjects().subjectIn(from, colon, true);
    return subj == null || subj instanceof Subject.Nobody ? null : new Reading(subj, verb, false);
  }
}
