package org.wirescope.text.speakers.rules;

import org.wirescope.text.names.Found;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;

/** "“…” ― Pamela Padilla": a signature dash and a name after a quote with no verb after it. */
final class DashRule implements SpeakerRule {
  @Override
  public Reading propose(QuoteSite q, SpeakerContext c) {
    if (q.after() >= 0) {
      return null;
    }
    int m = c.cues().dashSpeaker(q.close(), q.lastPara());
    if (m < 0) {
      return null;
    }
    Found f = c.text().mentions.get(m);
    return new Reading(new Subject.Named(m, f.roleStart, f.nameEnd), -1, false);
  }
}
