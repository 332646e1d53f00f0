package org.wirescope.text.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
  @Test
  void blankLinesAndIndentedLinesBreakParagraphs() {
    assertEquals(3, Paragraphs.of("one\n\ntwo\n    three").size());
    assertEquals(1, Paragraphs.of("one\nwrapped line").size());
  }

  @Test
  void badInput() {
    assertEquals(0, Paragraphs.of("").size());
    assertEquals(0, Paragraphs.of("\n \n\t\n").size());
  }
}
