package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.COLON_CLAUSE;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.organisation;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;

/**
 * COLON_CLAUSE alone, ranker off: "Koller: “…”", "Koller was blunt: “…”", the subject of the clause
 * before the colon that opens the quote, whatever its verb; the rule names no cue.
 */
class ColonClauseRuleTest {
  private static final TextAnalyzer COLON_CLAUSE_ONLY = RuleFixture.only(COLON_CLAUSE);
  private static final String QUOTE = "The line will restart in March.";

  @Test
  void aNameRightBeforeTheColon() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", null, COLON_CLAUSE)),
        said(COLON_CLAUSE_ONLY, "Pavel Koller: “" + QUOTE + "”"));
  }

  @Test
  void theSubjectOfAClauseWithoutASpeechVerb() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", null, COLON_CLAUSE)),
        said(COLON_CLAUSE_ONLY, "Pavel Koller was blunt: “" + QUOTE + "”"));
  }

  @Test
  void anOpeningClauseIsSkipped() {
    assertEquals(
        List.of(person(QUOTE, "Pavel Koller", null, COLON_CLAUSE)),
        said(COLON_CLAUSE_ONLY, "When the talks ended, Pavel Koller was blunt: “" + QUOTE + "”"));
  }

  @Test
  void anOrganisationAsTheSubject() {
    assertEquals(
        List.of(organisation(QUOTE, "Labour Ministry", null, COLON_CLAUSE)),
        said(COLON_CLAUSE_ONLY, "The Labour Ministry was blunt: “" + QUOTE + "”"));
  }

  @Test
  void aClauseThatNamesNoOneClaimsNothing() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_CLAUSE_ONLY, "The message was blunt: “" + QUOTE + "”"));
  }

  @Test
  void aSubjectThatNamesNoOneLeavesTheQuoteToOtherRules() {
    // unlike a speech verb's "they said", a colon after "they" does not end the sieve
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(
            COLON_CLAUSE_ONLY,
            "The two managers met the union on Friday. They were blunt: “" + QUOTE + "”"));
  }

  @Test
  void aCommaIsNoColon() {
    assertEquals(
        List.of(unclaimed(QUOTE)),
        said(COLON_CLAUSE_ONLY, "Pavel Koller was blunt, “" + QUOTE + "”"));
  }
}
