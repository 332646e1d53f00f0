package org.wirescope.text.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wirescope.text.tokens.Tokens;

/** The words around one use of a name: firm cues and person cues. */
class NameCuesTest {
  private static int[] cues(String text, String name) {
    Tokens t = Tokens.of(text);
    int at = text.indexOf(name);
    int a = t.indexAt(at);
    int b = t.indexAt(at + name.length());
    return new int[] {NameCues.organisation(t, a, b), NameCues.person(t, a, b)};
  }

  @Test
  void firmsArePlacedByTheirContext() {
    assertEquals(1, cues("said analysts at Harwell Stone in a note.", "Harwell Stone")[0]);
    assertEquals(1, cues("Harwell Stone and Co raised its forecast.", "Harwell Stone")[0]);
    assertEquals(1, cues("Shares of Harwell Stone fell.", "Harwell Stone")[0]);
    assertEquals(0, cues("Harwell Stone went home.", "Harwell Stone")[0]);
    assertEquals(1, cues("said analyst Mara Quist of Harwell Stone.", "Harwell Stone")[0]);
    assertEquals(0, cues("Secretary of State Oskar Lind.", "Oskar Lind")[0]);
  }

  @Test
  void personsAreNamedWithTitlesAndRoles() {
    assertEquals(1, cues("Chairman Oskar Lind said rates would hold.", "Oskar Lind")[1]);
    assertEquals(1, cues("Oskar Lind, the bank's chairman, said so.", "Oskar Lind")[1]);
    assertEquals(0, cues("Oskar Lind said rates would hold.", "Oskar Lind")[1]);
  }
}
