package org.wirescope.text.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void aListIsOneWordALineWithComments() {
    assertEquals(Set.of("alpha", "beta", "gamma"), WordLists.load("test-good"));
  }

  @Test
  void aWordListedTwiceIsRefusedWithItsLine() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordLists.load("test-twice"));
    assertEquals("word list test-twice, line 3: 'alpha' is listed twice", e.getMessage());
  }

  @Test
  void aWordNotInLowerCaseIsRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordLists.load("test-upper"));
    assertTrue(e.getMessage().startsWith("word list test-upper, line 2: 'Beta'"), e.getMessage());
  }

  @Test
  void aMissingListSaysWhere() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WordLists.load("no-such-list"));
    assertTrue(
        e.getMessage().contains("/org/wirescope/text/lexicon/no-such-list.txt"), e.getMessage());
  }

  @Test
  void listsOfIncompatibleKindsShareOnlyTheWordsThatSaySo() {
    Set<String> names = WordLists.load("test-names");
    Set<String> places = WordLists.load("test-places");
    // virginia is marked "also: test-places"; mary is not
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> WordLists.requireApart("test-names", names, "test-places", places));
    assertTrue(e.getMessage().contains("both hold [mary]"), e.getMessage());
    WordLists.requireApart("test-names", Set.of("virginia"), "test-places", places);
  }

  @Test
  void linesKeepTheirOrder() {
    assertEquals(
        List.of(List.of("alpha"), List.of("beta"), List.of("gamma")), WordLists.lines("test-good"));
  }

  @Test
  void theShippedListsLoadAndKeepGivenNamesApartFromPlacesAndTitles() {
    // Words' static checks run as it loads: a clash would throw here
    assertTrue(Words.GIVEN_NAMES.contains("virginia") && Words.PLACES.contains("virginia"));
    assertTrue(Words.COUNTRY_WORDS.contains("germany"));
  }
}
