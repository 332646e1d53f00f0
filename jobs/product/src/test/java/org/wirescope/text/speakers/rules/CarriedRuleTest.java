package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.AFTER;
import static org.wirescope.text.quotes.Attribution.CARRIED;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.goesOn;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;

/**
 * CARRIED, ranker off: a quote with no verb of its own, a paragraph or two after a quote with a
 * speaker, carries that speaker on. The earlier quote needs a speaker, which AFTER gives it, so
 * AFTER is on too.
 */
class CarriedRuleTest {
  private static final TextAnalyzer AFTER_AND_CARRIED = RuleFixture.only(AFTER, CARRIED);
  private static final String FIRST = "The line will restart in March,";
  private static final String LATER = "Nobody will lose a job.";

  @Test
  void theNextParagraphCarriesTheSpeakerOn() {
    assertEquals(
        List.of(
            person(FIRST, "Pavel Koller", "said", AFTER), goesOn(LATER, "Pavel Koller", CARRIED)),
        said(AFTER_AND_CARRIED, "“" + FIRST + "” Pavel Koller said.\n\n“" + LATER + "”"));
  }

  @Test
  void oneParagraphInBetween() {
    assertEquals(
        List.of(
            person(FIRST, "Pavel Koller", "said", AFTER), goesOn(LATER, "Pavel Koller", CARRIED)),
        said(
            AFTER_AND_CARRIED,
            "“"
                + FIRST
                + "” Pavel Koller said.\n\nThe plant employs 900 people.\n\n“"
                + LATER
                + "”"));
  }

  @Test
  void twoParagraphsInBetweenAreTooFar() {
    assertEquals(
        List.of(person(FIRST, "Pavel Koller", "said", AFTER), unclaimed(LATER)),
        said(
            AFTER_AND_CARRIED,
            "“"
                + FIRST
                + "” Pavel Koller said.\n\nThe plant employs 900 people.\n\n"
                + "Its owner is based in Oslo.\n\n“"
                + LATER
                + "”"));
  }

  @Test
  void anUnnamedSpeakerIsNotCarried() {
    // unlike CONTINUATION in the same paragraph, a speaker no one named is not carried on
    assertEquals(
        List.of(person(FIRST, null, "said", AFTER), unclaimed(LATER)),
        said(AFTER_AND_CARRIED, "“" + FIRST + "” a manager said.\n\n“" + LATER + "”"));
  }

  @Test
  void withoutAnEarlierSpeakerNothingIsCarried() {
    assertEquals(
        List.of(unclaimed(FIRST), unclaimed(LATER)),
        said(RuleFixture.only(CARRIED), "“" + FIRST + "” Pavel Koller said.\n\n“" + LATER + "”"));
  }
}
