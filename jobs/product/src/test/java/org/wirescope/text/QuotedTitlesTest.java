package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirescope.text.quotes.Quote;

/**
 * Quoted names of documents, treaties, books and operations are not quotations; short quotes a
 * speech verb claims still are. Every sentence here is made up for the test.
 */
class QuotedTitlesTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of("Pavel Orlov", "Anna Kowalski"));

  /** The body follows a headline and a lead, as in an article: titles are judged below them. */
  private List<Quote> quotes(String body) {
    return analyzer
        .analyze(
            "Ministers Meet In Oslo",
            "The ministers met on Monday.",
            body,
            List.of("Pavel Orlov", "Anna Kowalski"))
        .quotes();
  }

  private void notAQuote(String body) {
    assertEquals(List.of(), quotes(body), body);
  }

  private Quote theQuote(String body) {
    List<Quote> q = quotes(body);
    assertEquals(1, q.size(), body + " -> " + q);
    return q.get(0);
  }

  @Test
  void titleAfterANamingWordAndAColonIsNoQuote() {
    notAQuote("The paper is entitled: \"Roadmap for Lasting Calm\".");
    notAQuote("The paper is entitled: \"Protocol on Fishing Rights in the Northern Waters\".");
    // the naming word decides, whatever the case of the title
    notAQuote("The study is titled: \"Hunger in a divided world\".");
  }

  @Test
  void titleOpeningTheWritersSentenceIsNoQuote() {
    // a speech verb later in the sentence reports the ministry, not the title
    notAQuote("\"Operation Quiet Harbour\" ended in May, the ministry said.");
    notAQuote("“Protocol on Fishing Rights in the Northern Waters” was signed on Tuesday.");
  }

  @Test
  void titleAfterACapitalisedDocumentWordOrInAnAppositionIsNoQuote() {
    notAQuote("The Treaty \"Roadmap for Lasting Calm\" was signed in Oslo.");
    notAQuote("Orlov praised the Agreement, \"Roadmap for Lasting Calm\", in a speech.");
    notAQuote(
        "Both ministers signed the Arctic «Protocol on Fishing Rights in the Northern Waters».");
    notAQuote("The operation, “Silent Harbour,” ended last week.");
    notAQuote("The figures come from the Coast Guard \"Annual Review of Ice Conditions to 2030\".");
  }

  @Test
  void titleAfterALowerCaseWordStaysNoQuote() {
    notAQuote("Both ministers signed the draft \"Roadmap for Lasting Calm\" on Monday.");
    notAQuote("Kowalski's new book \"Winter on the River\" came out on Monday.");
    notAQuote("The plan was code-named \"Silent Harbour\".");
  }

  /** Scare quotes: a short phrase attributed with "said" is a quote, and stays one. */
  @Test
  void shortScarePhraseClaimedBySaidIsStillAQuote() {
    Quote q = theQuote("\"Dead end,\" Pavel Orlov said.");
    assertEquals("Dead end,", q.text());
    assertEquals("Pavel Orlov", q.speaker());
    assertEquals("said", q.cue());
    assertEquals(
        "Pavel Orlov", theQuote("\"Total nonsense,\" Orlov said of the report.").speaker());
  }

  /** A scare phrase inside the writer's sentence was not a quote before, and is not now. */
  @Test
  void scarePhraseInTheWritersSentenceIsStillNoQuote() {
    notAQuote("Pavel Orlov described the plan as \"dead end\".");
    notAQuote("Kowalski criticised the so-called \"peace corridor\" again.");
  }

  /** Title-case words a speech verb claims are the speaker's: a slogan, a headline-like line. */
  @Test
  void titleCaseWordsClaimedBySpeechAreStillQuotes() {
    assertEquals("Pavel Orlov", theQuote("Pavel Orlov said: \"Never Again.\"").speaker());
    assertEquals("Pavel Orlov", theQuote("\"Peace Now\", Orlov said.").speaker());
    assertEquals("Anna Kowalski", theQuote("«Stronger Together», said Anna Kowalski.").speaker());
    assertEquals(
        "Anna Kowalski", theQuote("Anna Kowalski told reporters: “Open Waters.”").speaker());
  }

  /** The speaker goes on in the same paragraph: title-case words there are still theirs. */
  @Test
  void titleCaseContinuationOfASpeakerInTheSameParagraphIsAQuote() {
    List<Quote> q =
        quotes("\"Here comes the boss,\" Kowalski said, laughing. \"The Boss. The Big Boss.\"");
    assertEquals(2, q.size(), q.toString());
    assertEquals("Anna Kowalski", q.get(1).speaker());
    assertEquals(true, q.get(1).continuation());
    // a title-case line standing alone, as a subheading, is not
    notAQuote("\"Lines Are Drawn.\"");
  }

  /** A statement that names a document is a quote: the title is inside it, not the quote itself. */
  @Test
  void statementNamingADocumentIsAQuote() {
    Quote q = theQuote("Orlov said, \"We will sign the Protocol on Fishing Rights next week.\"");
    assertEquals("Pavel Orlov", q.speaker());
    assertFalse(q.continuation());
  }
}
