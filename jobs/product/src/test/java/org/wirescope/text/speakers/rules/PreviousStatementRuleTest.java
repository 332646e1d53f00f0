package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wirescope.text.quotes.Attribution.AFTER;
import static org.wirescope.text.quotes.Attribution.PREVIOUS_STATEMENT;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.goesOn;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.speakers.rules.RuleFixture.Said;

/**
 * PREVIOUS_STATEMENT alone, ranker off (AFTER too where an earlier quote is needed): a quote with
 * no verb of its own after a statement reported outside quotes ("Koller said the plant was safe.")
 * is that statement's speaker's, when the statement is in the last few paragraphs and after the
 * previous quote.
 */
class PreviousStatementRuleTest {
  private static final TextAnalyzer PREVIOUS_STATEMENT_ONLY = RuleFixture.only(PREVIOUS_STATEMENT);
  private static final String QUOTE = "Nobody will lose a job.";

  @Test
  void aStatementInTheSameParagraph() {
    List<Quote> q =
        RuleFixture.quotes(
            PREVIOUS_STATEMENT_ONLY, "Pavel Koller said the plant was safe. “" + QUOTE + "”");
    assertEquals(
        List.of(goesOn(QUOTE, "Pavel Koller", PREVIOUS_STATEMENT)),
        q.stream().map(Said::of).toList());
    // no words of the quote's own sentence name the speaker
    assertNull(q.get(0).speakerSurface());
  }

  @Test
  void aStatementInThePreviousParagraph() {
    assertEquals(
        List.of(goesOn(QUOTE, "Pavel Koller", PREVIOUS_STATEMENT)),
        said(PREVIOUS_STATEMENT_ONLY, "Pavel Koller said the plant was safe.\n\n“" + QUOTE + "”"));
  }

  @Test
  void anOrganisationsStatement() {
    assertEquals(
        List.of(new Said(QUOTE, "Labour Ministry", null, PREVIOUS_STATEMENT, true, true)),
        said(
            PREVIOUS_STATEMENT_ONLY,
            "The Labour Ministry said the plant was safe.\n\n“" + QUOTE + "”"));
  }

  @Test
  void aStatementBetweenAnEarlierQuoteAndThisOne() {
    assertEquals(
        List.of(
            person("The line will restart in March,", "Pavel Koller", "said", AFTER),
            goesOn("We learned it from the radio.", "Ingrid Halvorsen", PREVIOUS_STATEMENT)),
        said(
            RuleFixture.only(AFTER, PREVIOUS_STATEMENT),
            "“The line will restart in March,” Pavel Koller said.\n\n"
                + "Ingrid Halvorsen said the union had not been consulted.\n\n“We learned it from the radio.”"));
  }

  @Test
  void theEarlierQuotesOwnVerbIsNoStatement() {
    // going on with the earlier quote's speaker is CARRIED's, not this rule's
    assertEquals(
        List.of(
            person("The line will restart in March,", "Pavel Koller", "said", AFTER),
            unclaimed(QUOTE)),
        said(
            RuleFixture.only(AFTER, PREVIOUS_STATEMENT),
            "“The line will restart in March,” Pavel Koller said.\n\n“" + QUOTE + "”"));
  }

  @Test
  void aStatementBeforeAnEarlierQuoteWithASpeakerIsLeftToCarried() {
    assertEquals(
        List.of(
            goesOn("We learned it from the radio.", "Ingrid Halvorsen", PREVIOUS_STATEMENT),
            unclaimed("Nobody asked us.")),
        said(
            PREVIOUS_STATEMENT_ONLY,
            "Ingrid Halvorsen said the union was angry. “We learned it from the radio.”"
                + "\n\n“Nobody asked us.”"));
  }

  @Test
  void oneParagraphInBetween() {
    assertEquals(
        List.of(goesOn(QUOTE, "Pavel Koller", PREVIOUS_STATEMENT)),
        said(
            PREVIOUS_STATEMENT_ONLY,
            "Pavel Koller said the plant was safe.\n\nThe plant employs 900 people.\n\n“"
                + QUOTE
                + "”"));
  }

  @Test
  void twoParagraphsInBetweenAreTooFar() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(
            PREVIOUS_STATEMENT_ONLY,
            "Pavel Koller said the plant was safe.\n\nThe plant employs 900 people.\n\n"
                + "Its owner is based in Oslo.\n\n“"
                + QUOTE
                + "”"));
  }

  @Test
  void anUnnamedSpeakersStatementIsNone() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(PREVIOUS_STATEMENT_ONLY, "Officials said the plant was safe.\n\n“" + QUOTE + "”"));
  }

  @Test
  void noStatementAtAll() {
    assertEquals(
        List.of(unclaimed("Nobody will lose a job at the plant this year.")),
        said(
            PREVIOUS_STATEMENT_ONLY,
            "The plant employs 900 people.\n\n“Nobody will lose a job at the plant this year.”"));
  }
}
