package org.wirescope.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists, shipped as resources under {@link #FOLDER}: one word a line, {@code #} starts a
 * comment. A list is checked as it loads: a word in lower case, without spaces, listed once. A word
 * may stand in two lists of incompatible kinds (a given name and a place) only when one of them
 * says so on its line: {@code virginia # also: places}; see {@link #requireApart}.
 */
public final class WordLists {
  /** Where the lists live on the class path. */
  public static final String FOLDER = "/org/wirescope/text/lexicon/";

  private static final String ALSO = "also:";

  /**
   * Words each list allows to stand in another list too, by list: {@code female-names -> virginia
   * -> [places]}.
   */
  private static final Map<String, Map<String, Set<String>>> ALLOWED = new HashMap<>();

  private WordLists() {}

  /** The words of list {@code name} ({@code FOLDER + name + ".txt"}), checked. */
  public static Set<String> load(String name) {
    Set<String> words = new LinkedHashSet<>();
    Map<String, Set<String>> also = new HashMap<>();
    List<String> lines = read(name);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (word.isEmpty()) {
        continue;
      }
      String where = "word list " + name + ", line " + (i + 1) + ": ";
      if (!word.equals(Words.lower(word)) || word.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalStateException(where + "'" + word + "' is not one lower-case word");
      }
      if (!words.add(word)) {
        throw new IllegalStateException(where + "'" + word + "' is listed twice");
      }
      String comment = hash >= 0 ? line.substring(hash + 1).strip() : "";
      if (comment.startsWith(ALSO)) {
        also.put(
            word,
            Set.copyOf(Arrays.asList(comment.substring(ALSO.length()).strip().split("[\\s,]+"))));
      }
    }
    synchronized (ALLOWED) {
      ALLOWED.put(name, also);
    }
    return frozen(words);
  }

  /**
   * An unmodifiable copy of {@code words} for lookups: a hash set, whose probe is a mask where
   * {@code Set.copyOf}'s is a division; the text analysis asks these sets millions of times.
   */
  public static Set<String> frozen(Collection<String> words) {
    return Collections.unmodifiableSet(new HashSet<>(words));
  }

  /** The lines of list {@code name} that hold words, each split into its words, in order. */
  public static List<List<String>> lines(String name) {
    List<List<String>> out = new ArrayList<>();
    for (String line : read(name)) {
      int hash = line.indexOf('#');
      String words = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!words.isEmpty()) {
        out.add(List.of(words.split("\\s+")));
      }
    }
    return out;
  }

  /**
   * Fails when a word stands in both lists {@code a} and {@code b} (loaded by {@link #load}) and
   * neither says {@code also:} the other on its line: two lists of incompatible kinds.
   */
  public static void requireApart(String a, Set<String> wordsA, String b, Set<String> wordsB) {
    Set<String> clash = new TreeSet<>();
    for (String w : wordsA) {
      if (wordsB.contains(w) && !allowed(a, w, b) && !allowed(b, w, a)) {
        clash.add(w);
      }
    }
    if (!clash.isEmpty()) {
      throw new IllegalStateException(
          "word lists "
              + a
              + " and "
              + b
              + " are of incompatible kinds, but both hold "
              + clash
              + "; take the word out of one, or mark it '# "
              + ALSO
              + " "
              + b
              + "' in "
              + a);
    }
  }

  private static boolean allowed(String list, String word, String other) {
    synchronized (ALLOWED) {
      return ALLOWED.getOrDefault(list, Map.of()).getOrDefault(word, Set.of()).contains(other);
    }
  }

  private static List<String> read(String name) {
    String path = FOLDER + name + ".txt";
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "the word list " + path + " is missing from the class path");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + path, e);
    }
  }
}
