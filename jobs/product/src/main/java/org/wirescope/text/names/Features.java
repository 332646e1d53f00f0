package org.wirescope.text.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/**
 * The features {@link NameTagger} scores, as 32-bit hashes (no strings are built per token): the
 * word in lower case and as written, its shape ("Xx", "X.", "d-d"), its last three letters, the
 * words and shapes around it, the two labels before it, word lists the project keeps (titles,
 * honorifics, months, places, organisation heads, given names, speech verbs), and two facts about
 * the whole article: whether it writes the word in lower case somewhere, and the kind of name it
 * gave the word last time.
 */
final class Features {
  private Features() {}

  /** The most features one token can have. */
  static final int MAX = 48;

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

  private static final int OUTSIDE = 0x5bd1e995; // the hash of a word beyond the paragraph
  /** How many {@link NameKind}s there are, outside included. */
  static final int KINDS = NameKind.values().length;

  /** No kind: a word not yet labelled, or never capitalised (the features' value for it). */
  static final int NONE = -1;

  /** The per-article state of one tagging pass. */
  static final class Doc {
    final Tokens t;
    final int[] lower;
    final int[] raw;
    final int[] shape;
    final int[] suffix;
    final int[] prefix;
    final int[] flags;
    /**
     * Each token's word: tokens with the same lower-case hash share a number, 0 up to {@code
     * distinct}, so that the article-wide facts below are arrays, not maps of boxed hashes.
     */
    final int[] wordOf;
    final int distinct;
    /** The kind (see {@link NameTagger#kind}) the article last gave a word, or {@link #NONE}. */
    final int[] lastKind;
    /** The words labelled as part of a person's name so far. */
    final boolean[] personWords;
    /**
     * After a first pass over the article: the kind each word got most often in it (capitalised
     * occurrences only; {@link #NONE} for a word never capitalised), and the words it labelled as
     * part of a person's name. Null during the first pass.
     */
    int[] firstKind;
    boolean[] firstPersonWords;

    /** Word-list flags, computed when first asked for (most tokens never are). */
    private final int[] listed;
    private final boolean[] listedDone;
    /** By word number: the last token whose list flags were computed, or -1. */
    private final int[] listedBy;

    Doc(Tokens t, boolean[] headline) {
      this.t = t;
      int n = t.size;
      lower = new int[n];
      raw = new int[n];
      shape = new int[n];
      suffix = new int[n];
      prefix = new int[n];
      flags = new int[n];
      listed = new int[n];
      listedDone = new boolean[n];
      int paras = n == 0 ? 0 : t.para[n - 1] + 1;
      int[] capsWords = new int[paras];
      int[] words = new int[paras];
      String text = t.text;
      for (int k = 0; k < n; k++) {
        int a = t.start[k];
        int b = t.end[k];
        hashes(text, a, b, k);
        if (t.word[k]) {
          char c = text.charAt(a);
          if (b - a > 1 && Character.isLetter(c)) {
            words[t.para[k]]++;
            if (isAllCaps(text, a, b)) {
              capsWords[t.para[k]]++;
            }
          }
        }
      }
      wordOf = new int[n];
      distinct = number(lower, n, wordOf);
      lastKind = new int[distinct];
      Arrays.fill(lastKind, NONE);
      personWords = new boolean[distinct];
      listedBy = new int[distinct];
      Arrays.fill(listedBy, -1);
      boolean[] lowerWritten = new boolean[distinct];
      for (int k = 0; k < n; k++) {
        if (t.word[k] && Character.isLowerCase(t.first(k))) {
          lowerWritten[wordOf[k]] = true;
        }
      }
      for (int k = 0; k < n; k++) {
        int p = t.para[k];
        int f = 0;
        if (t.word[k] && Character.isUpperCase(t.first(k)) && lowerWritten[wordOf[k]]) {
          f |= F_DOC_LOWER;
        }
        if (words[p] >= 2 && capsWords[p] * 3 >= words[p] * 2) {
          f |= F_CAPS_PARA;
        }
        if (p < headline.length && headline[p]) {
          f |= F_HEADLINE;
        }
        if (k == 0 || t.para[k - 1] != p
            || (!t.word[k - 1] && ".?!:\"“”".indexOf(t.first(k - 1)) >= 0)) {
          f |= F_SENTENCE_START;
        }
        flags[k] = f;
      }
    }

    /** The lower-case, as-written, shape, suffix and prefix hashes of token k, from its characters. */
    private void hashes(String text, int a, int b, int k) {
      int lo = 0x811C9DC5;
      int rw = 0;
      int sh = 0x811C9DC5;
      char prev = 0;
      for (int i = a; i < b; i++) {
        char c = text.charAt(i);
        lo = (lo ^ Character.toLowerCase(c)) * 0x01000193;
        rw = 31 * rw + c;
        char kc = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
            : Character.isDigit(c) ? 'd' : c;
        if (kc != prev) {
          sh = (sh ^ kc) * 0x01000193;
          prev = kc;
        }
      }
      lower[k] = lo;
      raw[k] = rw;
      shape[k] = sh;
      suffix[k] = b - a > 3 ? lowerHash(text, b - 3, b) : lo;
      prefix[k] = b - a > 3 ? lowerHash(text, a, a + 3) : lo;
    }

    /** Token k's flags: the article's facts and the word lists'. */
    int flag(int k) {
      if (!listedDone[k]) {
        listedDone[k] = true;
        listed[k] = t.word[k] ? listFlagsOf(k) : 0;
      }
      return flags[k] | listed[k];
    }

    /**
     * Word token {@code k}'s list flags: those of an earlier token written the same way, when the
     * last one computed for its word number was (articles repeat their words), else computed.
     */
    private int listFlagsOf(int k) {
      int j = listedBy[wordOf[k]];
      int len = t.end[k] - t.start[k];
      if (j >= 0 && t.end[j] - t.start[j] == len
          && t.text.regionMatches(t.start[j], t.text, t.start[k], len)) {
        return listed[j];
      }
      listedBy[wordOf[k]] = k;
      return listFlags(t.str(k));
    }

    /** Whether token {@code k} is scored: a capitalised word or particle, or a token after a name. */
    boolean scored(int k, int prev) {
      if (prev != NameTagger.O) {
        return true;
      }
      if (!t.word[k]) {
        return false;
      }
      char c = t.first(k);
      return Character.isUpperCase(c)
          || (t.end[k] - t.start[k] <= 5 && (flag(k) & F_PARTICLE) != 0);
    }

    /** Starts the second pass from the first pass's labels. */
    void secondPass(int[] labels) {
      int[] counts = new int[distinct * KINDS];
      boolean[] capitalised = new boolean[distinct];
      boolean[] persons = new boolean[distinct];
      for (int k = 0; k < t.size; k++) {
        if (titleCaseHeadline(k)) {
          continue;
        }
        if (t.word[k] && Character.isUpperCase(t.first(k))) {
          capitalised[wordOf[k]] = true;
          counts[wordOf[k] * KINDS + NameTagger.kind(labels[k])]++;
        }
        if (NameTagger.isPerson(labels[k])) {
          persons[wordOf[k]] = true;
        }
      }
      firstKind = new int[distinct];
      for (int w = 0; w < distinct; w++) {
        firstKind[w] = capitalised[w] ? mostOften(counts, w * KINDS) : NONE;
      }
      firstPersonWords = persons;
      Arrays.fill(lastKind, NONE);
      Arrays.fill(personWords, false);
    }

    /** The kind counted most often in {@code counts[at..at+KINDS)}; any name kind beats outside. */
    private static int mostOften(int[] counts, int at) {
      int best = 0;
      for (int i = 1; i < KINDS; i++) {
        if (counts[at + i] > counts[at + best] || (best == 0 && counts[at + i] > 0)) {
          best = i;
        }
      }
      return best;
    }

    /**
     * Whether token {@code k} is in a headline written in title case, where every word is
     * capitalised and the tagger reads names least surely: what it reads there is not carried to
     * the body ("Ava DuVernay's '13th' Explores The Evolution..." read as a firm).
     */
    private boolean titleCaseHeadline(int k) {
      return (flags[k] & F_HEADLINE) != 0 && (flags[k] & F_CAPS_PARA) == 0;
    }

    /** Records the label given to token {@code k}, for the article-wide features. */
    void labelled(int k, int label) {
      if (titleCaseHeadline(k)) {
        return;
      }
      if (t.word[k] && Character.isUpperCase(t.first(k))) {
        lastKind[wordOf[k]] = NameTagger.kind(label);
      }
      if (NameTagger.isPerson(label)) {
        personWords[wordOf[k]] = true;
      }
    }

    private int lowerAt(int k, int d) {
      int j = k + d;
      return j >= 0 && j < t.size && t.para[j] == t.para[k] ? lower[j] : OUTSIDE;
    }

    private int shapeAt(int k, int d) {
      int j = k + d;
      return j >= 0 && j < t.size && t.para[j] == t.para[k] ? shape[j] : OUTSIDE;
    }

    private int flagsAt(int k, int d) {
      int j = k + d;
      return j >= 0 && j < t.size && t.para[j] == t.para[k] ? flag(j) : 0;
    }

    /**
     * Writes token {@code k}'s feature keys into {@code out}; returns how many. The keys come in
     * six blocks, in this order: {@link #wordFeatures}, {@link #labelFeatures}, {@link
     * #contextFeatures}, {@link #articleFeatures}, {@link #affixFeatures} and {@link
     * #firstPassFeatures}. The word, context and affix blocks depend only on the article's text,
     * so {@link NameTagger} looks their weights up once per token for both passes, and sums the
     * blocks in this same order (a float sum depends on its order): keep the two in step.
     */
    int features(int k, int[] labels, int[] out) {
      int n = wordFeatures(k, out, 0);
      n = labelFeatures(k, labels, out, n);
      n = contextFeatures(k, out, n);
      n = articleFeatures(k, labels, out, n);
      n = affixFeatures(k, out, n);
      return firstPassFeatures(k, labels, out, n);
    }

    /** The label {@code d} tokens before {@code k}, or -1 beyond the paragraph. */
    private int labelBefore(int k, int[] labels, int d) {
      return k >= d && t.para[k - d] == t.para[k] ? labels[k - d] : -1;
    }

    /** The word as written and in lower case, its shape and suffix, the words and shapes around. */
    int wordFeatures(int k, int[] out, int n) {
      out[n++] = key(Template.BIAS, 0, 0);
      out[n++] = key(Template.WORD, lower[k], 0);
      out[n++] = key(Template.WORD_AS_WRITTEN, raw[k], 0);
      out[n++] = key(Template.SHAPE, shape[k], 0);
      out[n++] = key(Template.SUFFIX, suffix[k], 0);
      out[n++] = key(Template.WORD_BEFORE, lowerAt(k, -1), 0);
      out[n++] = key(Template.WORD_AFTER, lowerAt(k, 1), 0);
      out[n++] = key(Template.WORD_TWO_BEFORE, lowerAt(k, -2), 0);
      out[n++] = key(Template.WORD_TWO_AFTER, lowerAt(k, 2), 0);
      out[n++] = key(Template.SHAPE_BEFORE_AND_SHAPE, shapeAt(k, -1), shape[k]);
      out[n++] = key(Template.SHAPE_AND_SHAPE_AFTER, shape[k], shapeAt(k, 1));
      return n;
    }

    /** The labels of the two tokens before. */
    int labelFeatures(int k, int[] labels, int[] out, int n) {
      int p1 = labelBefore(k, labels, 1);
      int p2 = labelBefore(k, labels, 2);
      out[n++] = key(Template.LABEL_BEFORE, p1, 0);
      out[n++] = key(Template.TWO_LABELS_BEFORE, p2, p1);
      out[n++] = key(Template.LABEL_BEFORE_AND_SHAPE, p1, shape[k]);
      return n;
    }

    /** The word with its neighbours, its flags, and the word lists its neighbours are on. */
    int contextFeatures(int k, int[] out, int n) {
      int f = flag(k);
      out[n++] = key(Template.WORD_BEFORE_AND_WORD, lowerAt(k, -1), lower[k]);
      out[n++] = key(Template.WORD_AND_WORD_AFTER, lower[k], lowerAt(k, 1));
      for (int b = 0; b < FLAG_COUNT; b++) {
        if ((f & (1 << b)) != 0) {
          out[n++] = key(Template.FLAG, b, 0);
        }
      }
      int before = flagsAt(k, -1) & (F_TITLE | F_HONORIFIC | F_SPEECH | F_PLACE | F_ORG_HEAD | F_GIVEN);
      int after = flagsAt(k, 1) & (F_TITLE | F_SPEECH | F_ORG_HEAD | F_POSSESSIVE);
      out[n++] = key(Template.ORG_HEAD_TWO_AFTER_AND_AFTER, flagsAt(k, 2) & F_ORG_HEAD, after & F_ORG_HEAD);
      out[n++] = key(Template.LIST_FLAGS_BEFORE, before, 0);
      out[n++] = key(Template.LIST_FLAGS_AFTER, after, 0);
      out[n++] = key(Template.POSITION_FLAGS_AND_SHAPE, f & (F_CAPS_PARA | F_HEADLINE | F_SENTENCE_START | F_DOC_LOWER), shape[k]);
      return n;
    }

    /** The kind this pass last gave the word, and whether it was part of a person's name. */
    int articleFeatures(int k, int[] labels, int[] out, int n) {
      int w = wordOf[k];
      out[n++] = key(Template.KIND_LAST_GIVEN, lastKind[w], 0);
      out[n++] = key(Template.IN_A_PERSON_AND_LABEL_BEFORE, personWords[w] ? 1 : 0, labelBefore(k, labels, 1));
      return n;
    }

    /** The word in an all-caps paragraph, and its prefix. */
    int affixFeatures(int k, int[] out, int n) {
      out[n++] = key(Template.ALL_CAPS_PARAGRAPH_AND_WORD, flag(k) & F_CAPS_PARA, lower[k]);
      out[n++] = key(Template.PREFIX, prefix[k], 0);
      return n;
    }

    /** In the second pass: the kind the first gave the word most often, and whether a person's. */
    int firstPassFeatures(int k, int[] labels, int[] out, int n) {
      if (firstKind == null) {
        return n;
      }
      int w = wordOf[k];
      int fk = firstKind[w];
      out[n++] = key(Template.FIRST_PASS_KIND, fk, 0);
      out[n++] = key(Template.FIRST_PASS_PERSON_AND_LABEL_BEFORE, firstPersonWords[w] ? 1 : 0, labelBefore(k, labels, 1));
      out[n++] = key(Template.FIRST_PASS_KIND_AND_POSITION_FLAGS, fk, flag(k) & (F_CAPS_PARA | F_SENTENCE_START));
      return n;
    }
  }

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
    int letters = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 1;
  }

  /**
   * The flags of the plain word lists, by cleaned word: one lookup in place of a dozen set probes
   * per token. {@link Words#isTitle}'s compounds and plurals are not here (see {@link #listFlags}).
   */
  private static final Map<String, Integer> LISTED = listed();

  /** Bumped whenever a template reads something else than before; part of {@link #FINGERPRINT}. */
  static final int TEMPLATE_VERSION = 1;

  /**
   * What the features depend on besides the text: {@link #TEMPLATE_VERSION}, the templates'
   * numbers and every listed word with its flags. {@link NameTagger} writes it into the model
   * and refuses a model trained under another.
   */
  static final long FINGERPRINT = fingerprint();

  private static long fingerprint() {
    StringBuilder b = new StringBuilder("templates ").append(TEMPLATE_VERSION).append('\n');
    for (Template t : Template.values()) {
      b.append(t).append(' ').append(t.id).append('\n');
    }
    new java.util.TreeMap<>(LISTED).forEach((w, f) -> b.append(w).append(' ').append(f).append('\n'));
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256")
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
    mark(m, F_ORG_HEAD, Orgs.HEADS, Orgs.SINGLE, Orgs.COMPANY_WORDS);
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

  private static int listFlags(String s) {
    String w = WordForms.clean(s);
    int f = LISTED.getOrDefault(w, 0);
    // beyond its plain list, isTitle takes hyphenated compounds and plurals ("president-elect",
    // "senators"): ask it only about words that could be one
    if ((f & F_TITLE) == 0 && (w.indexOf('-') > 0 || (w.length() > 5 && w.endsWith("s")))
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
