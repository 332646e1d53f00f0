package org.wirescope.text.tagger;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;

/**
 * The features {@link NameTagger} scores, as 32-bit hashes (no strings are built per token): the
 * word in lower case and as written, its shape ("Xx", "X.", "d-d"), its last three letters, the
 * words and shapes around it, the two labels before it, word lists the project keeps (titles,
 * honorifics, months, places, organisation heads, given names, speech verbs), and two facts about
 * the whole article: whether it writes the word in lower case somewhere, and the kind of name it
 * gave the word last time.
 */
public final class Features {
  private Features() {}

  /** The most features one token can have. */
  public static final int MAX = 48;

  static final int F_TITLE = 1;
  static final int F_HONORIFIC = 1 << 1;
  static final int F_DATE = 1 << 2;
  static final int F_PLACE = 1 << 3;
  static final int F_ORG_HEAD = 1 << 4;
  static final int F_GIVEN = 1 << 5;
  static final int F_SPEECH = 1 << 6;
  static final int F_DOC_LOWER = 1 << 7;
  static final int F_CAPS_PARA = 1 << 8;
  static final int F_SENTENCE_START = 1 << 9;
  static final int F_FUNCTION = 1 << 10;
  static final int F_HEADLINE = 1 << 11;
  static final int F_POSSESSIVE = 1 << 12;
  static final int F_INITIAL = 1 << 13;
  static final int F_PARTICLE = 1 << 14;
  static final int FLAG_COUNT = 15;

  static final int OUTSIDE = 0x5bd1e995; // the hash of a word beyond the paragraph

  /** How many {@link NameKind}s there are, outside included. */
  static final int KINDS = NameKind.values().length;

  /** No kind: a word not yet labelled, or never capitalised (the features' value for it). */
  static final int NONE = -1;

  /** A feature key: never 0, which marks an empty slot. */
  static int key(Template template, int a, int b) {
    int h = fmix(template.id * 0x9E3779B1 ^ fmix(a * 0x85EBCA6B + b));
    return h == 0 ? 1 : h;
  }

  /**
   * Numbers the distinct values of {@code hashes[0..n)} from 0, in order of first appearance, into
   * {@code out}; returns how many there are. Open addressing over the spread hashes.
   */
  static int number(int[] hashes, int n, int[] out) {
    int cap = Integer.highestOneBit(Math.max(8, n * 2 - 1)) << 1;
    int mask = cap - 1;
    int[] keys = new int[cap];
    int[] ids = new int[cap]; // number + 1; 0 marks an empty slot
    int next = 0;
    for (int k = 0; k < n; k++) {
      int h = hashes[k];
      int s = fmix(h) & mask;
      while (ids[s] != 0 && keys[s] != h) {
        s = (s + 1) & mask;
      }
      if (ids[s] == 0) {
        keys[s] = h;
        ids[s] = ++next;
      }
      out[k] = ids[s] - 1;
    }
    return next;
  }

  static int spread(int key) {
    return key ^ (key >>> 15);
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** FNV-1a over the lower-cased characters. */
  static int lowerHash(String s) {
    return lowerHash(s, 0, s.length());
  }

  /** FNV-1a over the lower-cased characters [a, b) of {@code s}. */
  static int lowerHash(String s, int a, int b) {
    int h = 0x811C9DC5;
    for (int i = a; i < b; i++) {
      h ^= Character.toLowerCase(s.charAt(i));
      h *= 0x01000193;
    }
    return h;
  }

  static boolean isAllCaps(String s) {
    return isAllCaps(s, 0, s.length());
  }

  static boolean isAllCaps(String s, int a, int b) {
    return WordForms.capitalLetters(s, a, b) >= 1;
  }

  /**
   * The flags of the plain word lists, by cleaned word: one lookup in place of a dozen set probes
   * per token. {@link Words#isTitle}'s compounds and plurals are not here (see {@link #listFlags}).
   */
  private static final Map<String, Integer> LISTED = listed();

  /** Bumped whenever a template reads something else than before; part of {@link #FINGERPRINT}. */
  static final int TEMPLATE_VERSION = 1;

  /**
   * What the features depend on besides the text: {@link #TEMPLATE_VERSION}, the templates' numbers
   * and every listed word with its flags. {@link NameTagger} writes it into the model and refuses a
   * model trained under another.
   */
  static final long FINGERPRINT = fingerprint();

  private static long fingerprint() {
    StringBuilder b = new StringBuilder("templates ").append(TEMPLATE_VERSION).append('\n');
    for (Template t : Template.values()) {
      b.append(t).append(' ').append(t.id).append('\n');
    }
    new java.util.TreeMap<>(LISTED)
        .forEach((w, f) -> b.append(w).append(' ').append(f).append('\n'));
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Integer> listed() {
    Map<String, Integer> m = new HashMap<>();
    mark(m, F_TITLE, Words.TITLES, Words.SPORTS_ROLES);
    mark(m, F_HONORIFIC, Words.HONORIFICS);
    mark(m, F_DATE, Words.MONTHS, Words.WEEKDAYS);
    mark(m, F_PLACE, Words.COUNTRY_WORDS, Words.PLACES, Words.NATIONALITIES);
    mark(m, F_ORG_HEAD, Words.ORG_HEADS, Words.ORG_SINGLE, Words.COMPANY_WORDS);
    mark(m, F_GIVEN, Words.GIVEN_NAMES);
    mark(m, F_SPEECH, Words.SPEECH_VERBS);
    mark(m, F_FUNCTION, Words.NOT_NAME_START);
    mark(m, F_PARTICLE, Words.PARTICLES);
    return m;
  }

  @SafeVarargs
  private static void mark(Map<String, Integer> m, int flag, Set<String>... lists) {
    for (Set<String> list : lists) {
      for (String w : list) {
        m.merge(w, flag, (a, b) -> a | b);
      }
    }
  }

  /** The list flags of token text {@code s}, whose {@link WordForms#clean} form is {@code w}. */
  static int listFlags(String s, String w) {
    int f = LISTED.getOrDefault(w, 0);
    // beyond its plain list, isTitle takes hyphenated compounds and plurals ("president-elect",
    // "senators"): ask it only about words that could be one
    if ((f & F_TITLE) == 0
        && (w.indexOf('-') > 0 || (w.length() > 5 && w.endsWith("s")))
        && Words.isTitle(w)) {
      f |= F_TITLE;
    }
    if (WordForms.isPossessive(s)) {
      f |= F_POSSESSIVE;
    }
    if (s.length() == 2 && s.charAt(1) == '.') {
      f |= F_INITIAL;
    }
    return f;
  }
}
