package org.wirescope.text.speakers.rules;

import org.wirescope.text.speakers.ArticleText;
import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.SpeechEvents;
import org.wirescope.text.speakers.Subject;

/**
 * "Peskov said the talks went well. “We are satisfied.”": a quote with no verb of its own after a
 * statement reported outside quotes, in the last few paragraphs and after the previous quote, is
 * that statement's speaker's.
 */
final class PreviousStatementRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    SpeechEvents events = c.events();
    int ev = events.lastBefore(q.open());
    if (ev < 0) {
      return null;
    }
    int tok = events.token(ev);
    History h = c.history();
    if (c.text().t.para[tok] < q.para() - ArticleText.CONTEXT_PARAS
        || tok == h.previousCue()
        || (h.recentSpeaker(q.para()) && tok <= h.previousEnd())) {
      return null;
    }
    return new Reading(
        new Subject.Carried(events.speaker(ev), null, events.organisation(ev)), -1, true);
  }
}
