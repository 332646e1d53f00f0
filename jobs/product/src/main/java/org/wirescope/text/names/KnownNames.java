package org.wirescope.text.names;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.Words;

/**
 * Person names known before an article is read (the corpus's tags, the article's own), in display
 * form ("James Baker"): by the full name in lower case, and by surname. The first spelling of a
 * name given twice wins.
 */
final class KnownNames implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> full = new HashMap<>();
  private final Map<String, Set<String>> bySurname = new HashMap<>();

  KnownNames(Collection<String> names) {
    if (names != null) {
      names.forEach(this::add);
    }
  }

  private void add(String k) {
    if (k == null || k.isBlank()) {
      return;
    }
    String display = k.strip().replaceAll("\\s+", " ");
    full.putIfAbsent(Words.lower(display), display);
    String[] parts = display.split(" ");
    String sur = NameShapes.surnameKey(parts);
    if (sur != null && parts.length > 1) {
      bySurname.computeIfAbsent(sur, x -> new HashSet<>()).add(display);
    }
  }

  /** The display form of the name whose lower case is {@code lower}, or null. */
  String full(String lower) {
    return full.get(lower);
  }

  /** The full names with this surname ({@link NameShapes#surnameKey}), or null. */
  Set<String> bySurname(String surname) {
    return bySurname.get(surname);
  }
}
