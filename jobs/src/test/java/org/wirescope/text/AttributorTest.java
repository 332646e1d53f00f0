package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer.Quote;

class AttributorTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of());

  private List<Quote> quotes(String body) {
    return analyzer.analyze(null, null, body, List.of()).quotes();
  }

  @Test
  void quoteThenNameSaid() {
    Quote q = quotes("“We are ready for talks,” Sergey Lavrov said.").get(0);
    assertEquals("Sergey Lavrov", q.speaker());
    assertEquals("said", q.cue());
    assertFalse(q.continuation());
  }

  @Test
  void saidThenName() {
    assertEquals("Sergey Lavrov",
        quotes("“We are ready for talks,” said Foreign Minister Sergey Lavrov.").get(0).speaker());
  }

  @Test
  void nameSaidColonQuote() {
    assertEquals("Maria Zakharova",
        quotes("Maria Zakharova told reporters: “The decision is final.”").get(0).speaker());
  }

  @Test
  void accordingTo() {
    assertEquals("Maria Zakharova", quotes("Maria Zakharova spoke. According to Zakharova, "
        + "“The decision is final and will not change.”").get(0).speaker());
  }

  @Test
  void roleResolvesToThePersonNamedInIt() {
    List<Quote> q = quotes("Press Secretary Dmitry Peskov spoke on Monday.\n\n"
        + "“The talks went well,” the press secretary said.");
    assertEquals("Dmitry Peskov", q.get(0).speaker());
    assertEquals("the press secretary", q.get(0).speakerSurface());
  }

  @Test
  void pronounResolvesToTheRecentPersonOfThatGender() {
    List<Quote> q = quotes("Ursula von der Leyen met Olaf Scholz on Monday.\n\n"
        + "“We agreed on the package,” she said.\n\n“It took too long,” he said.");
    assertEquals("Ursula von der Leyen", q.get(0).speaker());
    assertEquals("Olaf Scholz", q.get(1).speaker());
  }

  @Test
  void continuationWithoutVerbKeepsThePreviousSpeaker() {
    List<Quote> q = quotes("“We are ready,” Dmitry Peskov said. “Nothing has changed since then.”");
    assertEquals(2, q.size());
    assertEquals("Dmitry Peskov", q.get(1).speaker());
    assertTrue(q.get(1).continuation());
  }

  @Test
  void splitQuoteSecondHalfIsAContinuation() {
    List<Quote> q = quotes("“We are ready,” Dmitry Peskov said, “but nothing has changed yet.”");
    assertEquals(2, q.size());
    assertEquals("Dmitry Peskov", q.get(1).speaker());
    assertTrue(q.get(1).continuation());
  }

  @Test
  void scareQuotesTitlesAndFragmentsAreNotQuotes() {
    assertTrue(quotes("Dmitry Peskov called the plan “a disaster” on Monday.").isEmpty());
    assertTrue(quotes("He criticised the so-called “peacekeepers” again.").isEmpty());
    assertTrue(quotes("She wrote the book “War and Peace” long ago.").isEmpty());
  }

  @Test
  void guillemetsAndDoubledApostrophes() {
    assertEquals("Sergey Lavrov", quotes("«We will respond in kind», Sergey Lavrov said.").get(0)
        .speaker());
    assertEquals("Donald Trump",
        quotes("''We will win this state,'' Donald Trump said.").get(0).speaker());
  }

  @Test
  void noDefensibleSpeakerGivesNull() {
    List<Quote> q = quotes("“The storm will pass by tomorrow night,” officials said.");
    assertEquals(1, q.size());
    assertNull(q.get(0).speaker());
  }

  @Test
  void unbalancedMarksDoNotSwallowTheArticle() {
    List<Quote> q = quotes("He said “this never closes and goes on.\n\n"
        + "On Monday, Dmitry Peskov said: “We are ready.”");
    assertEquals("We are ready.", q.get(q.size() - 1).text());
    assertEquals("Dmitry Peskov", q.get(q.size() - 1).speaker());
  }
}
