package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.BEFORE;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.organisation;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.quotes.Quote;

/**
 * BEFORE alone, ranker off: the subject of the speech verb shortly before the quote, in its
 * sentence.
 */
class BeforeRuleTest {
  private static final TextAnalyzer BEFORE_ONLY = RuleFixture.only(BEFORE);

  @Test
  void nameVerbColon() {
    assertEquals(
        List.of(person("The line will restart in March.", "Pavel Koller", "said", BEFORE)),
        said(BEFORE_ONLY, "Pavel Koller said: “The line will restart in March.”"));
  }

  @Test
  void accordingTo() {
    // the cue is the word as written
    assertEquals(
        List.of(person("The line will restart in March.", "Pavel Koller", "According", BEFORE)),
        said(BEFORE_ONLY, "According to Pavel Koller, “The line will restart in March.”"));
  }

  @Test
  void aVerbWithObjectAndTimeThenAComma() {
    assertEquals(
        List.of(person("The line will restart in March.", "Pavel Koller", "told", BEFORE)),
        said(
            BEFORE_ONLY,
            "Pavel Koller told reporters on Tuesday, “The line will restart in March.”"));
  }

  @Test
  void aPronounResolvesToThePersonNamedBefore() {
    List<Quote> q =
        RuleFixture.quotes(
            BEFORE_ONLY,
            "Ingrid Halvorsen visited the plant on Tuesday. She said: “The line will restart in March.”");
    assertEquals(
        List.of(person("The line will restart in March.", "Ingrid Halvorsen", "said", BEFORE)),
        q.stream().map(RuleFixture.Said::of).toList());
    assertEquals("She", q.get(0).speakerSurface());
  }

  @Test
  void anOrganisationSpeaksUnderItsName() {
    assertEquals(
        List.of(organisation("The line will restart in March.", "Labour Ministry", "said", BEFORE)),
        said(BEFORE_ONLY, "The Labour Ministry said: “The line will restart in March.”"));
  }

  @Test
  void anUnnamedSpeakerClaimsTheQuoteForNoOne() {
    assertEquals(
        List.of(person("The line will restart in March.", null, "said", BEFORE)),
        said(BEFORE_ONLY, "Officials said: “The line will restart in March.”"));
  }

  @Test
  void aVerbAfterTheQuoteIsNotBefores() {
    assertEquals(
        List.of(unclaimed("The line will restart in March,")),
        said(BEFORE_ONLY, "“The line will restart in March,” Pavel Koller said."));
  }

  @Test
  void aVerbInThePreviousSentenceDoesNotClaimTheQuote() {
    assertEquals(
        List.of(unclaimed("The line will restart in March.")),
        said(
            BEFORE_ONLY,
            "Pavel Koller said the plant was safe. “The line will restart in March.”"));
  }

  @Test
  void aVerbTooFarBeforeTheQuoteDoesNotClaimIt() {
    // more than a dozen tokens between "said" and the quote
    assertEquals(
        List.of(unclaimed("The line will restart in March.")),
        said(
            BEFORE_ONLY,
            "Pavel Koller said on Tuesday in a long interview with a regional newspaper based in "
                + "the north of the country, “The line will restart in March.”"));
  }
}
