package org.wirescope.text.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void countriesAreFrozenAndKeepCommonNamesOut() {
    assertTrue(Words.COUNTRY_WORDS.contains("germany"));
    assertTrue(Words.COUNTRY_WORDS.contains("russia"));
    assertFalse(Words.COUNTRY_WORDS.contains("martin"));
    assertFalse(Words.COUNTRY_WORDS.contains("jordan"));
  }

  @Test
  void roleClassesMapALeaderToAPresident() {
    assertTrue(Words.roleClass("leader").contains("president"));
    assertTrue(Words.roleClass("diplomat").contains("minister"));
    assertTrue(Words.roleClass("unknownword").contains("unknownword"));
  }

  @Test
  void wordsNoNameHasAreNonPersonWords() {
    assertTrue(Words.NON_PERSON.containsAll(Words.ORG_ONLY));
  }

  @Test
  void lowerIsLocaleIndependent() {
    assertTrue(Words.lower("TITLE").equals("title"));
  }
}
