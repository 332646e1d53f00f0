package org.wirescope.text.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static List<String> words(String text) {
    Tokens t = Tokens.of(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      out.add(t.str(k));
    }
    return out;
  }

  @Test
  void wordsKeepApostrophesHyphensAndAbbreviationPeriods() {
    assertEquals(
        List.of("Mr.", "Jean-Claude", "don’t", "U.S.", "W.", "3.5", "."),
        words("Mr. Jean-Claude don’t U.S. W. 3.5."));
  }

  @Test
  void punctuationIsSplitAndParagraphsCounted() {
    Tokens t = Tokens.of("“Hi,” he said.\n\nNext");
    assertEquals("“", t.str(0));
    assertEquals(1, t.para[t.size - 1]);
  }

  @Test
  void badInput() {
    assertEquals(0, Tokens.of("").size);
    assertEquals(0, Tokens.of(" \n\n ").size);
  }
}
