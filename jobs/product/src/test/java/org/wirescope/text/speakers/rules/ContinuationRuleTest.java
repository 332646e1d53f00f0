package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.AFTER;
import static org.wirescope.text.quotes.Attribution.CONTINUATION;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.goesOn;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.organisation;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.speakers.rules.RuleFixture.Said;

/**
 * CONTINUATION, ranker off: a quote with no verb of its own after a quote of the same paragraph
 * goes on with that quote's speaker. The previous quote needs a speaker, which AFTER gives it, so
 * AFTER is on too.
 */
class ContinuationRuleTest {
  private static final TextAnalyzer AFTER_AND_CONTINUATION = RuleFixture.only(AFTER, CONTINUATION);
  private static final String FIRST = "The line will restart in March,";
  private static final String SECOND = "Nobody will lose a job.";

  @Test
  void aVerblessQuoteGoesOnWithTheParagraphsPreviousSpeaker() {
    assertEquals(
        List.of(
            person(FIRST, "Pavel Koller", "said", AFTER),
            goesOn(SECOND, "Pavel Koller", CONTINUATION)),
        said(AFTER_AND_CONTINUATION, "“" + FIRST + "” Pavel Koller said. “" + SECOND + "”"));
  }

  @Test
  void anUnnamedSpeakerGoesOnAsNoOne() {
    assertEquals(
        List.of(person(FIRST, null, "said", AFTER), goesOn(SECOND, null, CONTINUATION)),
        said(AFTER_AND_CONTINUATION, "“" + FIRST + "” a manager said. “" + SECOND + "”"));
  }

  @Test
  void anOrganisationGoesOnAsAnOrganisation() {
    assertEquals(
        List.of(
            organisation(FIRST, "Labour Ministry", "said", AFTER),
            new Said(SECOND, "Labour Ministry", null, CONTINUATION, true, true)),
        said(AFTER_AND_CONTINUATION, "“" + FIRST + "” the Labour Ministry said. “" + SECOND + "”"));
  }

  @Test
  void aQuoteInTheNextParagraphIsNotAContinuation() {
    assertEquals(
        List.of(person(FIRST, "Pavel Koller", "said", AFTER), unclaimed(SECOND)),
        said(AFTER_AND_CONTINUATION, "“" + FIRST + "” Pavel Koller said.\n\n“" + SECOND + "”"));
  }

  @Test
  void anotherStatementInBetweenStopsIt() {
    assertEquals(
        List.of(person(FIRST, "Pavel Koller", "said", AFTER), unclaimed(SECOND)),
        said(
            AFTER_AND_CONTINUATION,
            "“"
                + FIRST
                + "” Pavel Koller said. Ingrid Halvorsen said the union had "
                + "not been consulted. “"
                + SECOND
                + "”"));
  }
}
