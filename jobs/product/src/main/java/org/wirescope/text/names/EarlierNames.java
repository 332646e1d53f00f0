package org.wirescope.text.names;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirescope.text.lexicon.Words;

/**
 * The words of the fuller names found so far in an article ("xi", "jinping", "pat", "toomey"): a
 * lone word among them is a surname, which comes first in "Xi Jinping" or last in "Pat Toomey".
 * Grows with the list, so each name is split once and a lookup costs O(1).
 */
final class EarlierNames {
  private final List<Found> found;
  private final Set<String> words = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();
  private int seen;

  /** Over {@code found}, the list the finder appends to. */
  EarlierNames(List<Found> found) {
    this.found = found;
  }

  /** Whether {@code lower} is a word of a fuller name found so far. */
  boolean has(String lower) {
    update();
    return words.contains(lower);
  }

  /** Whether {@code lower} is the last word of a fuller name found so far ("biden"). */
  boolean isSurname(String lower) {
    update();
    return surnames.contains(lower);
  }

  private void update() {
    for (; seen < found.size(); seen++) {
      Found f = found.get(seen);
      if (f.nameWords >= 2) {
        String[] parts = Words.lower(f.name).split(" ");
        words.addAll(Arrays.asList(parts));
        surnames.add(NameShapes.surnameKey(parts));
      }
    }
  }
}
