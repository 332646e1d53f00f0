package org.wirescope.text;

import org.wirescope.text.PersonFinder.Found;

/** "Lavrov: “…”": a person's name right before the colon that opens the quote. */
final class ColonRule implements SpeakerRule {
  @Override
  public Attribution name() {
    return Attribution.COLON;
  }

  @Override
  public Proposal propose(QuoteSite q, SpeakerContext c) {
    int[] mentionAt = c.text().mentionAt;
    if (q.prevChar() != ':' || q.prev() < 1 || mentionAt[q.prev() - 1] < 0) {
      return null;
    }
    int m = mentionAt[q.prev() - 1];
    Found f = c.text().mentions.get(m);
    return new Proposal(name(), new Subject.Named(m, f.roleStart, f.nameEnd), -1, false);
  }
}
