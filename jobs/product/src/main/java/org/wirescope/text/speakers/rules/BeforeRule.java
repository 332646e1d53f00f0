package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;

/**
 * "Peskov said: “…”", "according to Peskov, “…”": the subject of the speech verb before the quote.
 */
final class BeforeRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    if (q.before() < 0) {
      return null;
    }
    return new Reading(c.subjects().subjectBeforeQuote(q.window(), q.before()), q.before(), false);
  }
}
