package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;
import org.wirescope.text.speakers.Subjects;

/**
 * "Lavrov: “…”", "Mr. Christie gloated: “…”", "the Board of Elections was conclusive: “…”": the
 * subject of the clause before the colon that opens the quote, whatever its verb. (A separate rule
 * for a name right before the colon added nothing on PolNeAR train: this one finds it too.)
 */
final class ColonClauseRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    int pb = q.prev();
    if (q.prevChar() != ':' || pb < 1 || !c.text().t.word[pb - 1] || q.window() >= pb) {
      return null;
    }
    Subjects s = c.subjects();
    Subject subj = s.subjectIn(s.afterOpeningClause(q.window(), pb), pb, true);
    return subj == null || subj instanceof Subject.Nobody ? null : new Reading(subj, -1, false);
  }
}
