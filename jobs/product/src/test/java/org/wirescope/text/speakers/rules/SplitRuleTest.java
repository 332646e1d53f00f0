package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.AFTER;
import static org.wirescope.text.quotes.Attribution.BEFORE;
import static org.wirescope.text.quotes.Attribution.SPLIT;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.speakers.rules.RuleFixture.Said;

/**
 * SPLIT, ranker off: "“A,” X said, “B.”", the second half is X's, under the first half's verb.
 * SPLIT needs the first half to have taken that verb, which AFTER gives it, so AFTER is on too.
 */
class SplitRuleTest {
  private static final TextAnalyzer AFTER_AND_SPLIT = RuleFixture.only(AFTER, SPLIT);

  @Test
  void theSecondHalfGoesOnUnderTheFirstHalfsVerb() {
    assertEquals(
        List.of(
            person("The line will restart in March,", "Pavel Koller", "said", AFTER),
            new Said("and nobody will lose a job.", "Pavel Koller", "said", SPLIT, true, false)),
        said(
            AFTER_AND_SPLIT,
            "“The line will restart in March,” Pavel Koller said, “and nobody will lose a job.”"));
  }

  @Test
  void anUnnamedSpeakerGoesOnAsNoOne() {
    assertEquals(
        List.of(
            person("The line will restart in March,", null, "said", AFTER),
            new Said("and nobody will lose a job.", null, "said", SPLIT, true, false)),
        said(
            AFTER_AND_SPLIT,
            "“The line will restart in March,” a manager said, “and nobody will lose a job.”"));
  }

  @Test
  void splitComesBeforeBeforeInTheSieve() {
    // "said" stands before the second half too, so BEFORE would take it as a new statement
    assertEquals(
        List.of(
            person("The line will restart in March,", "Pavel Koller", "said", AFTER),
            new Said("and nobody will lose a job.", "Pavel Koller", "said", SPLIT, true, false)),
        said(
            RuleFixture.only(AFTER, SPLIT, BEFORE),
            "“The line will restart in March,” Pavel Koller said, “and nobody will lose a job.”"));
  }

  @Test
  void anotherSpeakersVerbBeforeTheQuoteIsNoSplit() {
    assertEquals(
        List.of(
            person("The line will restart in March,", "Pavel Koller", "said", AFTER),
            unclaimed("Nobody believes that.")),
        said(
            AFTER_AND_SPLIT,
            "“The line will restart in March,” Pavel Koller said. Ingrid Halvorsen replied: "
                + "“Nobody believes that.”"));
  }

  @Test
  void aNewVerbOfTheSameSpeakerIsNoSplit() {
    // "He added:" is a statement of its own, BEFORE's, even though the previous quote had a verb
    assertEquals(
        List.of(
            person("The line will restart in March.", "Pavel Koller", "said", BEFORE),
            person("Nobody will lose a job.", "Pavel Koller", "added", BEFORE)),
        said(
            RuleFixture.only(SPLIT, BEFORE),
            "Pavel Koller said: “The line will restart in March.” He added: “Nobody will lose a job.”"));
  }

  @Test
  void withoutAVerbTakenByTheFirstHalfThereIsNoSplit() {
    assertEquals(
        List.of(
            unclaimed("The line will restart in March,"), unclaimed("and nobody will lose a job.")),
        said(
            RuleFixture.only(SPLIT),
            "“The line will restart in March,” Pavel Koller said, “and nobody will lose a job.”"));
  }
}
