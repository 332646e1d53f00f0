package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.DASH;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.person;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;

/** DASH alone, ranker off: "“…” ― Name", a signature dash and a name that ends the line. */
class DashRuleTest {
  private static final TextAnalyzer DASH_ONLY = RuleFixture.only(DASH);
  private static final String MOTTO = "A bridge is only as strong as the people who keep it.";

  @Test
  void aSignatureOnTheQuotesLine() {
    assertEquals(
        List.of(person(MOTTO, "Ingrid Halvorsen", null, DASH)),
        said(DASH_ONLY, "“" + MOTTO + "” ― Ingrid Halvorsen"));
  }

  @Test
  void aSignatureOpeningTheNextParagraph() {
    assertEquals(
        List.of(person(MOTTO, "Ingrid Halvorsen", null, DASH)),
        said(DASH_ONLY, "“" + MOTTO + "”\n\n— Ingrid Halvorsen"));
  }

  @Test
  void aSignatureSetOffByACommaFromWhatTheSpeakerIs() {
    assertEquals(
        List.of(person(MOTTO, "Ingrid Halvorsen", null, DASH)),
        said(DASH_ONLY, "“" + MOTTO + "” ― Ingrid Halvorsen, bridge engineer"));
  }

  @Test
  void aDashBeforeANameAndItsSpeechVerbIsNoSignature() {
    // the name ends its phrase at the comma, but a verb after the quote claims it: AFTER's case
    assertEquals(
        List.of(unclaimed(MOTTO)),
        said(DASH_ONLY, "“" + MOTTO + "” — Ingrid Halvorsen, the engineer, said."));
  }

  @Test
  void aNameThatRunsOnIntoASentenceIsNoSignature() {
    assertEquals(
        List.of(unclaimed(MOTTO)),
        said(DASH_ONLY, "“" + MOTTO + "” - Ingrid Halvorsen visited the bridge on Monday."));
  }

  @Test
  void aDashWithoutANameIsNoSignature() {
    assertEquals(List.of(unclaimed(MOTTO)), said(DASH_ONLY, "“" + MOTTO + "” ― the engineers"));
  }
}
