package org.wirescope.text.tagger;

import java.util.Arrays;
import org.wirescope.text.tokens.Tokens;

/**
 * The per-article state of one tagging pass of {@link NameTagger}: each token's hashes, flags and
 * what the article has said of each word so far, and the {@link Features} of a token from them.
 */
public final class FeatureDoc {
  final Tokens t;
  final int[] lower;
  final int[] raw;
  final int[] shape;
  final int[] suffix;
  final int[] prefix;
  final int[] flags;

  /**
   * Each token's word: tokens with the same lower-case hash share a Features.number, 0 up to {@code
   * distinct}, so that the article-wide facts below are arrays, not maps of boxed hashes.
   */
  final int[] wordOf;

  final int distinct;

  /**
   * The kind (see {@link NameTagger#kind}) the article last gave a word, or {@link #Features.NONE}.
   */
  final int[] lastKind;

  /** The words labelled as part of a person's name so far. */
  final boolean[] personWords;

  /**
   * After a first pass over the article: the kind each word got most often in it (capitalised
   * occurrences only; {@link #Features.NONE} for a word never capitalised), and the words it
   * labelled as part of a person's name. Null during the first pass.
   */
  int[] firstKind;

  boolean[] firstPersonWords;

  /** Word-list flags, computed when first asked for (most tokens never are). */
  private final int[] listed;

  private final boolean[] listedDone;

  /** By word Features.number: the last token whose list flags were computed, or -1. */
  private final int[] listedBy;

  public FeatureDoc(Tokens t, boolean[] headline) {
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
          if (Features.isAllCaps(text, a, b)) {
            capsWords[t.para[k]]++;
          }
        }
      }
    }
    wordOf = new int[n];
    distinct = Features.number(lower, n, wordOf);
    lastKind = new int[distinct];
    Arrays.fill(lastKind, Features.NONE);
    personWords = new boolean[distinct];
    listedBy = new int[distinct];
    Arrays.fill(listedBy, -1);
    positionFlags(headline, words, capsWords);
  }

  /**
   * Each token's flags from where it stands: capitalised though the article writes it in lower
   * case, in an all-caps paragraph or a headline, at a sentence's start.
   */
  private void positionFlags(boolean[] headline, int[] words, int[] capsWords) {
    int n = t.size;
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
        f |= Features.F_DOC_LOWER;
      }
      if (words[p] >= 2 && capsWords[p] * 3 >= words[p] * 2) {
        f |= Features.F_CAPS_PARA;
      }
      if (p < headline.length && headline[p]) {
        f |= Features.F_HEADLINE;
      }
      if (k == 0
          || t.para[k - 1] != p
          || (!t.word[k - 1] && ".?!:\"“”".indexOf(t.first(k - 1)) >= 0)) {
        f |= Features.F_SENTENCE_START;
      }
      flags[k] = f;
    }
  }

  /**
   * The lower-case, as-written, shape, suffix and prefix hashes of token k, from its characters.
   */
  private void hashes(String text, int a, int b, int k) {
    int lo = 0x811C9DC5;
    int rw = 0;
    int sh = 0x811C9DC5;
    char prev = 0;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      lo = (lo ^ Character.toLowerCase(c)) * 0x01000193;
      rw = 31 * rw + c;
      char kc =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (kc != prev) {
        sh = (sh ^ kc) * 0x01000193;
        prev = kc;
      }
    }
    lower[k] = lo;
    raw[k] = rw;
    shape[k] = sh;
    suffix[k] = b - a > 3 ? Features.lowerHash(text, b - 3, b) : lo;
    prefix[k] = b - a > 3 ? Features.lowerHash(text, a, a + 3) : lo;
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
   * last one computed for its word Features.number was (articles repeat their words), else
   * computed.
   */
  private int listFlagsOf(int k) {
    int j = listedBy[wordOf[k]];
    int len = t.end[k] - t.start[k];
    if (j >= 0
        && t.end[j] - t.start[j] == len
        && t.text.regionMatches(t.start[j], t.text, t.start[k], len)) {
      return listed[j];
    }
    listedBy[wordOf[k]] = k;
    return Features.listFlags(t.str(k), t.clean(k));
  }

  /** Whether token {@code k} is scored: a capitalised word or particle, or a token after a name. */
  public boolean scored(int k, int prev) {
    if (prev != NameTagger.O) {
      return true;
    }
    if (!t.word[k]) {
      return false;
    }
    char c = t.first(k);
    return Character.isUpperCase(c)
        || (t.end[k] - t.start[k] <= 5 && (flag(k) & Features.F_PARTICLE) != 0);
  }

  /** Starts the second pass from the first pass's labels. */
  public void secondPass(int[] labels) {
    int[] counts = new int[distinct * Features.KINDS];
    boolean[] capitalised = new boolean[distinct];
    boolean[] persons = new boolean[distinct];
    for (int k = 0; k < t.size; k++) {
      if (titleCaseHeadline(k)) {
        continue;
      }
      if (t.word[k] && Character.isUpperCase(t.first(k))) {
        capitalised[wordOf[k]] = true;
        counts[wordOf[k] * Features.KINDS + NameTagger.kind(labels[k])]++;
      }
      if (NameTagger.isPerson(labels[k])) {
        persons[wordOf[k]] = true;
      }
    }
    firstKind = new int[distinct];
    for (int w = 0; w < distinct; w++) {
      firstKind[w] = capitalised[w] ? mostOften(counts, w * Features.KINDS) : Features.NONE;
    }
    firstPersonWords = persons;
    Arrays.fill(lastKind, Features.NONE);
    Arrays.fill(personWords, false);
  }

  /**
   * The kind counted most often in {@code counts[at..at+Features.KINDS)}; any name kind beats
   * outside.
   */
  private static int mostOften(int[] counts, int at) {
    int best = 0;
    for (int i = 1; i < Features.KINDS; i++) {
      if (counts[at + i] > counts[at + best] || (best == 0 && counts[at + i] > 0)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Whether token {@code k} is in a headline written in title case, where every word is capitalised
   * and the tagger reads names least surely: what it reads there is not carried to the body ("Ava
   * DuVernay's '13th' Explores The Evolution..." read as a firm).
   */
  private boolean titleCaseHeadline(int k) {
    return (flags[k] & Features.F_HEADLINE) != 0 && (flags[k] & Features.F_CAPS_PARA) == 0;
  }

  /** Records the label given to token {@code k}, for the article-wide features. */
  public void labelled(int k, int label) {
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
    return j >= 0 && j < t.size && t.para[j] == t.para[k] ? lower[j] : Features.OUTSIDE;
  }

  private int shapeAt(int k, int d) {
    int j = k + d;
    return j >= 0 && j < t.size && t.para[j] == t.para[k] ? shape[j] : Features.OUTSIDE;
  }

  private int flagsAt(int k, int d) {
    int j = k + d;
    return j >= 0 && j < t.size && t.para[j] == t.para[k] ? flag(j) : 0;
  }

  /**
   * Writes token {@code k}'s feature keys into {@code out}; returns how many. The keys come in six
   * blocks, in this order: {@link #wordFeatures}, {@link #labelFeatures}, {@link #contextFeatures},
   * {@link #articleFeatures}, {@link #affixFeatures} and {@link #firstPassFeatures}. The word,
   * context and affix blocks depend only on the article's text, so {@link NameTagger} looks their
   * weights up once per token for both passes, and sums the blocks in this same order (a float sum
   * depends on its order): keep the two in step.
   */
  public int features(int k, int[] labels, int[] out) {
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
    out[n++] = Features.key(Template.BIAS, 0, 0);
    out[n++] = Features.key(Template.WORD, lower[k], 0);
    out[n++] = Features.key(Template.WORD_AS_WRITTEN, raw[k], 0);
    out[n++] = Features.key(Template.SHAPE, shape[k], 0);
    out[n++] = Features.key(Template.SUFFIX, suffix[k], 0);
    out[n++] = Features.key(Template.WORD_BEFORE, lowerAt(k, -1), 0);
    out[n++] = Features.key(Template.WORD_AFTER, lowerAt(k, 1), 0);
    out[n++] = Features.key(Template.WORD_TWO_BEFORE, lowerAt(k, -2), 0);
    out[n++] = Features.key(Template.WORD_TWO_AFTER, lowerAt(k, 2), 0);
    out[n++] = Features.key(Template.SHAPE_BEFORE_AND_SHAPE, shapeAt(k, -1), shape[k]);
    out[n++] = Features.key(Template.SHAPE_AND_SHAPE_AFTER, shape[k], shapeAt(k, 1));
    return n;
  }

  /** The labels of the two tokens before. */
  int labelFeatures(int k, int[] labels, int[] out, int n) {
    int p1 = labelBefore(k, labels, 1);
    int p2 = labelBefore(k, labels, 2);
    out[n++] = Features.key(Template.LABEL_BEFORE, p1, 0);
    out[n++] = Features.key(Template.TWO_LABELS_BEFORE, p2, p1);
    out[n++] = Features.key(Template.LABEL_BEFORE_AND_SHAPE, p1, shape[k]);
    return n;
  }

  /** The word with its neighbours, its flags, and the word lists its neighbours are on. */
  int contextFeatures(int k, int[] out, int n) {
    int f = flag(k);
    out[n++] = Features.key(Template.WORD_BEFORE_AND_WORD, lowerAt(k, -1), lower[k]);
    out[n++] = Features.key(Template.WORD_AND_WORD_AFTER, lower[k], lowerAt(k, 1));
    for (int b = 0; b < Features.FLAG_COUNT; b++) {
      if ((f & (1 << b)) != 0) {
        out[n++] = Features.key(Template.FLAG, b, 0);
      }
    }
    int before =
        flagsAt(k, -1)
            & (Features.F_TITLE
                | Features.F_HONORIFIC
                | Features.F_SPEECH
                | Features.F_PLACE
                | Features.F_ORG_HEAD
                | Features.F_GIVEN);
    int after =
        flagsAt(k, 1)
            & (Features.F_TITLE | Features.F_SPEECH | Features.F_ORG_HEAD | Features.F_POSSESSIVE);
    out[n++] =
        Features.key(
            Template.ORG_HEAD_TWO_AFTER_AND_AFTER,
            flagsAt(k, 2) & Features.F_ORG_HEAD,
            after & Features.F_ORG_HEAD);
    out[n++] = Features.key(Template.LIST_FLAGS_BEFORE, before, 0);
    out[n++] = Features.key(Template.LIST_FLAGS_AFTER, after, 0);
    out[n++] =
        Features.key(
            Template.POSITION_FLAGS_AND_SHAPE,
            f
                & (Features.F_CAPS_PARA
                    | Features.F_HEADLINE
                    | Features.F_SENTENCE_START
                    | Features.F_DOC_LOWER),
            shape[k]);
    return n;
  }

  /** The kind this pass last gave the word, and whether it was part of a person's name. */
  int articleFeatures(int k, int[] labels, int[] out, int n) {
    int w = wordOf[k];
    out[n++] = Features.key(Template.KIND_LAST_GIVEN, lastKind[w], 0);
    out[n++] =
        Features.key(
            Template.IN_A_PERSON_AND_LABEL_BEFORE,
            personWords[w] ? 1 : 0,
            labelBefore(k, labels, 1));
    return n;
  }

  /** The word in an all-caps paragraph, and its prefix. */
  int affixFeatures(int k, int[] out, int n) {
    out[n++] =
        Features.key(
            Template.ALL_CAPS_PARAGRAPH_AND_WORD, flag(k) & Features.F_CAPS_PARA, lower[k]);
    out[n++] = Features.key(Template.PREFIX, prefix[k], 0);
    return n;
  }

  /** In the second pass: the kind the first gave the word most often, and whether a person's. */
  int firstPassFeatures(int k, int[] labels, int[] out, int n) {
    if (firstKind == null) {
      return n;
    }
    int w = wordOf[k];
    int fk = firstKind[w];
    out[n++] = Features.key(Template.FIRST_PASS_KIND, fk, 0);
    out[n++] =
        Features.key(
            Template.FIRST_PASS_PERSON_AND_LABEL_BEFORE,
            firstPersonWords[w] ? 1 : 0,
            labelBefore(k, labels, 1));
    out[n++] =
        Features.key(
            Template.FIRST_PASS_KIND_AND_POSITION_FLAGS,
            fk,
            flag(k) & (Features.F_CAPS_PARA | Features.F_SENTENCE_START));
    return n;
  }
}
