package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.COLON_PARAGRAPH;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.organisation;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;

/**
 * COLON_PARAGRAPH alone, ranker off: a paragraph that ends in a colon ("Stated Koller:") and the
 * quote as the whole next paragraph; the speaker is the subject of the verb before that colon, or
 * of the clause when it has no speech verb.
 */
class ColonParagraphRuleTest {
  private static final TextAnalyzer COLON_PARAGRAPH_ONLY = RuleFixture.only(COLON_PARAGRAPH);
  private static final String QUOTE = "The line will restart in March.";

  @Test
  void verbThenNameBeforeTheColon() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", "Stated", COLON_PARAGRAPH)),
        said(
            COLON_PARAGRAPH_ONLY,
            "The plant's director was asked about the delay. Stated Pavel Koller:\n\n"
                + "“"
                + QUOTE
                + "”"));
  }

  @Test
  void nameThenVerbBeforeTheColon() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", "said", COLON_PARAGRAPH)),
        said(
            COLON_PARAGRAPH_ONLY,
            "Pavel Koller was asked about the delay and said:\n\n“" + QUOTE + "”"));
  }

  @Test
  void aClauseWithoutASpeechVerbGivesItsSubjectAndNoCue() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", null, COLON_PARAGRAPH)),
        said(
            COLON_PARAGRAPH_ONLY,
            "After a long silence, Pavel Koller was brief:\n\n“" + QUOTE + "”"));
  }

  @Test
  void anOrganisationAsTheSubject() {
    assertEquals(
        List.of(organisation(QUOTE, "Labour Ministry", null, COLON_PARAGRAPH)),
        said(COLON_PARAGRAPH_ONLY, "The Labour Ministry was brief:\n\n“" + QUOTE + "”"));
  }

  @Test
  void aColonParagraphThatNamesNoOneClaimsNothing() {
    assertEquals(
        List.of(unclaimed("The line will restart in March once the parts arrive.")),
        said(
            COLON_PARAGRAPH_ONLY,
            "The plant will reopen on three conditions:\n\n"
                + "“The line will restart in March once the parts arrive.”"));
  }

  @Test
  void anUnnamedSpeakerLeavesTheQuoteToOtherRules() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_PARAGRAPH_ONLY, "Officials told reporters:\n\n“" + QUOTE + "”"));
  }

  @Test
  void aParagraphEndingInAFullStopIsNoIntroduction() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_PARAGRAPH_ONLY, "Pavel Koller was asked about the delay.\n\n“" + QUOTE + "”"));
  }

  @Test
  void aParagraphBetweenTheColonAndTheQuote() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_PARAGRAPH_ONLY, "Pavel Koller said:\n\nThe plant is quiet.\n\n“" + QUOTE + "”"));
  }

  @Test
  void aColonInTheQuotesOwnParagraphIsNotThisRules() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_PARAGRAPH_ONLY, "Pavel Koller said: “" + QUOTE + "”"));
  }
}
