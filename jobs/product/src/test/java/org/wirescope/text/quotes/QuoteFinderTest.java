package org.wirescope.text.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.tokens.Paragraphs;

class QuoteFinderTest {
  private static List<String> quotes(String text) {
    return QuoteFinder.find(text, Paragraphs.of(text)).stream()
        .map(QuoteFinder.Span::text)
        .toList();
  }

  @Test
  void allPairsOfMarks() {
    assertEquals(
        List.of("a b", "c d", "e f", "g h", "i j", "k l"),
        quotes("“a b” and \"c d\" and «e f» and „g h“ and ‘i j’ and ''k l'' end"));
  }

  @Test
  void apostrophesAreNotMarks() {
    assertEquals(List.of(), quotes("Russia’s view: we don’t care about the ’90s, rock ’n’ roll."));
    assertEquals(
        List.of("It isn’t Russia’s fault,"), quotes("“It isn’t Russia’s fault,” he said."));
  }

  @Test
  void nestedMarksOfAnotherKindStayInside() {
    assertEquals(List.of("He told me ‘no way’ twice."), quotes("“He told me ‘no way’ twice.” OK."));
  }

  @Test
  void multiParagraphQuoteReopensEachParagraph() {
    String text = "He said: “First part.\n\n“Second part.\n\n“Last part.” Then more.";
    List<QuoteFinder.Span> spans = QuoteFinder.find(text, Paragraphs.of(text));
    assertEquals(1, spans.size());
    assertEquals("First part.\n\nSecond part.\n\nLast part.", spans.get(0).text());
    assertTrue(spans.get(0).closed());
  }

  @Test
  void unbalancedMarkStopsAtItsParagraph() {
    String text = "He said “this never closes.\n\nA new paragraph with “a real quote” here.";
    List<String> q = quotes(text);
    assertEquals(List.of("this never closes.", "a real quote"), q);
    List<QuoteFinder.Span> spans = QuoteFinder.find(text, Paragraphs.of(text));
    assertFalse(spans.get(0).closed());
  }

  @Test
  void badInput() {
    assertEquals(List.of(), quotes(""));
    assertEquals(List.of(), quotes("‘ ’ ‘"));
    assertEquals(List.of(), quotes("“”"));
  }

  @Test
  void mixedCurlyAndStraightMarksCloseEachOther() {
    assertEquals(
        List.of("I heard parts of it,", "He wants more."),
        quotes("“I heard parts of it,\" Trump said. \"He wants more.” Then he left."));
  }
}
