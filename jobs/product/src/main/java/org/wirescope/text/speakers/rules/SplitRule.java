package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;

/**
 * "“A,” he said, “and B.”": the verb before the quote is the previous quote's own, so this quote is
 * the second half of the same statement.
 */
final class SplitRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    History h = c.history();
    if (q.before() < 0
        || h.previous() == null
        || q.before() != h.previousCue()
        || q.before() < h.previousEnd()) {
      return null;
    }
    return new Reading(c.subjects().subjectBeforeQuote(q.window(), q.before()), q.before(), true);
  }
}
