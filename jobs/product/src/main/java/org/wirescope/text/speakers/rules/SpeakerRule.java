package org.wirescope.text.speakers.rules;

import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;

/**
 * One rule of the speaker sieve ({@link SpeakerRules#SIEVE}): reads a quote where it stands and
 * proposes who said it, or nothing. A rule keeps no state; what earlier quotes left is in {@link
 * SpeakerContext#history()}. Its name is the {@link Attribution} that holds it.
 */
public interface SpeakerRule {
  /** Who this rule says spoke the quote at {@code q}, or null when it does not apply. */
  Reading propose(QuoteSite q, SpeakerContext c);

  /**
   * A rule's answer. {@code subject} may name no one ({@link Subject.Nobody}: "officials said"),
   * which still ends the sieve: a speech verb claimed the quote. {@code cue} is the speech verb's
   * token, or -1; {@code continuation} whether the quote goes on with a speaker named earlier.
   */
  record Reading(Subject subject, int cue, boolean continuation) {}

  /** A rule's answer under the rule's name, as the sieve collects them. */
  record Proposal(Attribution rule, Subject subject, int cue, boolean continuation) {}
}
