package org.wirescope.text.speakers.rules;

import org.wirescope.text.quotes.Quote;
import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.SpeechEvents;
import org.wirescope.text.speakers.Subject;

/**
 * “A,” X said. “B.”: a quote with no verb of its own in the paragraph of the previous quote goes on
 * with that quote's speaker, even one with no name ("one Republican said"), unless the paragraph
 * reports another statement in between (the previous quote's own verb is none).
 */
final class ContinuationRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    History h = c.history();
    Quote prev = h.previous();
    if (prev == null || h.previousLastPara() != q.para()) {
      return null;
    }
    SpeechEvents events = c.events();
    int ev = events.lastBefore(q.open());
    int tok = ev >= 0 ? events.token(ev) : -1;
    if (tok >= h.previousEnd() && tok != h.previousCue() && c.text().t.para[tok] == q.para()) {
      return null; // "“A,” X said. Y said that ... “B.”": another statement came in between
    }
    return new Reading(
        new Subject.Carried(prev.speaker(), prev.speakerSurface(), prev.organisation()), -1, true);
  }
}
