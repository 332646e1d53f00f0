package org.wirescope.text.speakers.rules;

import org.wirescope.text.quotes.Quote;
import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;

/**
 * A quote with no verb of its own, in one of the few paragraphs after a quote with a speaker,
 * carries that speaker on.
 */
final class CarriedRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    History h = c.history();
    if (!h.recentSpeaker(q.para())) {
      return null;
    }
    Quote prev = h.previous();
    return new Reading(
        new Subject.Carried(prev.speaker(), prev.speakerSurface(), prev.organisation()), -1, true);
  }
}
