package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.AFTER;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.organisation;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.quotes.Quote;

/** AFTER alone, ranker off: the speaker and speech verb in the clause right after the quote. */
class AfterRuleTest {
  private static final TextAnalyzer AFTER_ONLY = RuleFixture.only(AFTER);

  @Test
  void nameThenVerbAfterTheQuote() {
    assertEquals(
        List.of(person("The line will restart in March,", "Pavel Koller", "said", AFTER)),
        said(AFTER_ONLY, "“The line will restart in March,” Pavel Koller said."));
  }

  @Test
  void verbThenNameAfterTheQuote() {
    assertEquals(
        List.of(person("The line will restart in March,", "Pavel Koller", "said", AFTER)),
        said(AFTER_ONLY, "“The line will restart in March,” said Pavel Koller."));
  }

  @Test
  void anAppositionBetweenNameAndVerb() {
    assertEquals(
        List.of(person("The line will restart in March,", "Pavel Koller", "told", AFTER)),
        said(
            AFTER_ONLY,
            "“The line will restart in March,” Pavel Koller, the plant's director since 2019, "
                + "told reporters."));
  }

  @Test
  void aPronounResolvesToThePersonNamedBefore() {
    List<Quote> q =
        RuleFixture.quotes(
            AFTER_ONLY,
            "Ingrid Halvorsen toured the plant on Tuesday.\n\n“The line will restart in March,” she said.");
    assertEquals(
        List.of(person("The line will restart in March,", "Ingrid Halvorsen", "said", AFTER)),
        q.stream().map(RuleFixture.Said::of).toList());
    assertEquals("she", q.get(0).speakerSurface());
  }

  @Test
  void anOrganisationSpeaksUnderItsName() {
    assertEquals(
        List.of(organisation("The line will restart in March,", "Labour Ministry", "said", AFTER)),
        said(AFTER_ONLY, "“The line will restart in March,” the Labour Ministry said."));
  }

  @Test
  void anUnnamedSpeakerClaimsTheQuoteForNoOne() {
    // the verb claims the quote, so the rule decides, but "officials" names no one
    assertEquals(
        List.of(person("The line will restart in March,", null, "said", AFTER)),
        said(AFTER_ONLY, "“The line will restart in March,” officials said."));
  }

  @Test
  void aVerbBeforeTheQuoteIsNotAfters() {
    assertEquals(
        List.of(unclaimed("The line will restart in March.")),
        said(AFTER_ONLY, "Pavel Koller said: “The line will restart in March.”"));
  }

  @Test
  void aVerbAfterAQuoteThatAVerbBeforeClaimedIsAnotherStatement() {
    // the quote ends its sentence without handing over, and "said" before it claimed it already
    assertEquals(
        List.of(unclaimed("The line will restart in March.")),
        said(
            AFTER_ONLY,
            "Pavel Koller said: “The line will restart in March.” Ingrid Halvorsen agreed."));
  }

  @Test
  void aNewSentenceThatReportsSomethingElseDoesNotClaimTheQuote() {
    // the quote ends its sentence, and the next is no short "X said." but a report of its own
    assertEquals(
        List.of(unclaimed("The line will restart in March.")),
        said(
            AFTER_ONLY,
            "“The line will restart in March.” Pavel Koller said the repairs had cost far more "
                + "than the city had planned."));
  }
}
