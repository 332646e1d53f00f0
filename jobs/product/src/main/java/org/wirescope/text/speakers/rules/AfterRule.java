package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;

/**
 * "“…,” Peskov said", "“…,” said the press secretary": the subject of the speech verb after the
 * quote, when the quote hands over to it or nothing before the quote claims it.
 */
final class AfterRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    if (q.after() < 0 || !(q.trailing() || q.before() < 0)) {
      return null;
    }
    return new Reading(c.subjects().subjectAfterQuote(q.close(), q.after()), q.after(), false);
  }
}
