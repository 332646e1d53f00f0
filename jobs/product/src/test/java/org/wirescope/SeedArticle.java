package org.wirescope;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TASS seed article, {@code tass/tass-kremlin-2017-11-12.txt} in the shared corpora, and the
 * facts the tests check on it, each read off the article once, here, by hand:
 *
 * <ul>
 *   <li>the date line "November 12, 14:30 UTC+3 MOSCOW" (2017 by default year);
 *   <li>its Persons block lists Donald Trump, Dmitry Peskov and Vladimir Putin, in that order, and
 *       those three are the persons its text names;
 *   <li>it quotes only Dmitry Peskov, in six quoted passages; the sixth goes on with the fifth's
 *       statement, so they make five statements.
 * </ul>
 *
 * Each stage's test asserts its own view of these facts, so a fact changes in one place.
 */
public final class SeedArticle {
  public static final String FILE = "tass-kremlin-2017-11-12.txt";

  public static final Instant PUBLISHED = Instant.parse("2017-11-12T11:30:00Z");

  public static final String DATELINE = "MOSCOW";

  /** The Persons block, in its order; also the persons the text names. */
  public static final List<String> PERSONS =
      List.of("Donald Trump", "Dmitry Peskov", "Vladimir Putin");

  /** The one speaker. */
  public static final String SPEAKER = "Dmitry Peskov";

  /** Quoted passages, all {@link #SPEAKER}'s; the last continues the one before. */
  public static final int QUOTES = 6;

  /** The statements the quotes make: the continuation is not one of its own. */
  public static final int STATEMENTS = 5;

  private SeedArticle() {}

  /** The article in the shared corpora (the test skips without them, see {@link Corpora}). */
  public static Path path() {
    return Corpora.path("tass/" + FILE);
  }

  /** Every pair of {@link #PERSONS}, as "A | B" with A before B in string order. */
  public static Set<String> personPairs() {
    Set<String> pairs = new TreeSet<>();
    for (String a : PERSONS) {
      for (String b : PERSONS) {
        if (a.compareTo(b) < 0) {
          pairs.add(a + " | " + b);
        }
      }
    }
    return pairs;
  }
}
