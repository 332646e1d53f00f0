package org.wirescope.text.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> split(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationsAndTitlesDoNotEndSentences() {
    assertEquals(
        List.of("Mr. Smith met Gen. Jones on Feb. 12 in the U.S. Senate.", "Then he left."),
        split("Mr. Smith met Gen. Jones on Feb. 12 in the U.S. Senate. Then he left."));
  }

  @Test
  void initialsAndDecimalsDoNotEndSentences() {
    assertEquals(1, split("George W. Bush said growth was 3.5 percent.").size());
  }

  @Test
  void dottedAcronymEndsASentenceBeforeACommonOpener() {
    assertEquals(2, split("He moved to the U.S. The family followed.").size());
  }

  @Test
  void quoteThatEndsASentenceEndsIt() {
    assertEquals(List.of("\"It is over.\"", "He left."), split("\"It is over.\" He left."));
    assertEquals(1, split("\"Is it over?\" he asked.").size());
  }

  @Test
  void paragraphBreaksEndSentences() {
    assertEquals(List.of("No period here", "Next one"), split("No period here\n\nNext one"));
    assertEquals(2, split("Reuters layout\n    indented paragraph").size());
    assertEquals(1, split("one line\nwrapped").size());
  }

  @Test
  void badInput() {
    assertTrue(Sentences.split(null).isEmpty());
    assertTrue(Sentences.split("   \n\n ").isEmpty());
    List<Sentence> s = Sentences.split("...!!!");
    assertEquals(1, s.size());
  }
}
