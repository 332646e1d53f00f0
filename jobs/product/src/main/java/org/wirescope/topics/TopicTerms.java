package org.wirescope.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * The terms topics are found in: the words of an article and its two-word phrases, without stop
 * words and wire boilerplate. Plain Java, so the driver (fitting) and the executors (assigning)
 * read an article the same way.
 *
 * <p>A word is a run of letters, lower-cased, at least {@link #MIN_LENGTH} long; an apostrophe ends
 * it, and a possessive's or contraction's ending after it is dropped ("company's" is "company",
 * "we're" leaves no "re"). Stop words are Spark's English list plus {@link #WIRE_WORDS}. A phrase
 * is two words next to each other in the text with no stop word, number or punctuation between them
 * other than a space or hyphen, or a single line break of hard-wrapped text ("interest rates",
 * "world cup"), written with one space.
 */
public final class TopicTerms implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words every wire story uses, whatever it is about (a resource written here). */
  public static final String WIRE_WORDS = "/org/wirescope/topics/wire-words.txt";

  /** Words that may separate topics but never name one (amounts, units, months). */
  public static final String LABEL_STOP = "/org/wirescope/topics/label-stop.txt";

  public static final int MIN_LENGTH = 2;

  private final Set<String> stop;
  private final Set<String> labelStop;

  private TopicTerms(Set<String> stop, Set<String> labelStop) {
    this.stop = stop;
    this.labelStop = labelStop;
  }

  /** The shipped lists. */
  public static TopicTerms standard() {
    Set<String> stop = new HashSet<>();
    for (String w : StopWordsRemover.loadDefaultStopWords("english")) {
      // Words are cut at apostrophes, so "didn't" arrives as "didn": stop both spellings.
      stop.add(w);
      int apostrophe = w.indexOf('\'');
      if (apostrophe > 0) {
        stop.add(w.substring(0, apostrophe));
      }
    }
    stop.addAll(words(WIRE_WORDS));
    return new TopicTerms(stop, words(LABEL_STOP));
  }

  static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = TopicTerms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the word list " + resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** What follows an apostrophe in a contraction or a possessive. */
  private static final Set<String> ENDINGS = Set.of("s", "t", "d", "m", "re", "ve", "ll");

  /**
   * The index just past a contraction's or possessive's ending ("'re", "’s") that starts at {@code
   * i}, or -1 when there is none there ("O'Brien" goes on as a word).
   */
  static int contractionEnd(String text, int i) {
    int n = text.length();
    if (i >= n || (text.charAt(i) != '\'' && text.charAt(i) != '\u2019')) {
      return -1;
    }
    int j = i + 1;
    while (j < n && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return ENDINGS.contains(text.substring(i + 1, j).toLowerCase(Locale.ROOT)) ? j : -1;
  }

  /** Whether a term may stand in a topic's label: no word of it is an amount, unit or month. */
  public boolean labels(String term) {
    int space = term.indexOf(' ');
    return space < 0
        ? !labelStop.contains(term)
        : !labelStop.contains(term.substring(0, space))
            && !labelStop.contains(term.substring(space + 1));
  }

  /** The article's terms in reading order: each kept word, then the phrases, repeats included. */
  public List<String> terms(String text) {
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    if (text == null) {
      return words;
    }
    String previous =
        null; // the last kept word, while nothing but spaces, a hyphen or one line break followed
    // it
    boolean brokeLine = false;
    StringBuilder w = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '\n') {
          // A hard-wrapped line (Reuters, e-mail) goes on the phrase; a blank line ends it.
          if (brokeLine) {
            previous = null;
          }
          brokeLine = true;
        } else if (c != ' ' && c != '-' && c != '\t' && c != '\r') {
          previous = null;
        }
        i++;
        continue;
      }
      brokeLine = false;
      w.setLength(0);
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetter(d)) {
          w.append(Character.toLowerCase(d));
        } else if (d == '\'' || d == '\u2019') {
          // "company's": the possessive "s" is cut off below as too short; "don't" keeps "don".
          if (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
            break;
          }
        } else {
          break;
        }
        i++;
      }
      String word = w.toString();
      // "we're", "they've", "it'll": the ending is no word of its own, and breaks the phrase as a
      // possessive does.
      int ending = contractionEnd(text, i);
      if (ending >= 0) {
        i = ending;
      }
      if (word.length() < MIN_LENGTH || stop.contains(word)) {
        previous = null;
        continue;
      }
      words.add(word);
      if (previous != null) {
        phrases.add(previous + " " + word);
      }
      previous = ending >= 0 ? null : word;
    }
    words.addAll(phrases);
    return words;
  }
}
