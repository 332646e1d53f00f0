package org.wirescope.text.speakers;

import java.util.Arrays;
import java.util.List;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.quotes.QuoteFinder.Span;
import org.wirescope.text.tokens.Sentence;
import org.wirescope.text.tokens.Sentences;
import org.wirescope.text.tokens.Tokens;

/**
 * One article as the speaker code reads it: its tokens and sentences, the person mentions and
 * organisations found in it, which of them covers each token, and which tokens stand inside
 * quotation marks. Built once per article and not changed afterwards.
 */
public final class ArticleText {
  /** How many paragraphs back a quote without a verb may look for its speaker. */
  public static final int CONTEXT_PARAS = 2;

  public final Tokens t;
  public final List<Found> mentions;
  final List<Sentence> sentences;

  /** Index into {@link #mentions} of the mention covering each token, or -1. */
  final int[] mentionAt;

  /** The first name token of each mention, in order. */
  final int[] mentionStarts;

  /** Organisations that may speak, and the organisation covering each token, or -1. */
  public final List<Orgs.Org> orgs;

  final int[] orgAt;

  /** Whether each token stands inside a quotation. */
  public final boolean[] quoted;

  public ArticleText(
      Tokens t, List<Span> spans, List<Found> mentions, List<Sentence> sentences, int[] labels) {
    this.t = t;
    this.mentions = mentions;
    this.sentences = sentences;
    this.mentionAt = new int[t.size];
    Arrays.fill(mentionAt, -1);
    this.mentionStarts = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Found f = mentions.get(i);
      mentionStarts[i] = f.nameStart;
      Arrays.fill(mentionAt, f.roleStart, f.nameEnd, i);
    }
    this.orgs = Orgs.find(t, mentionAt, labels);
    this.orgAt = new int[t.size];
    Arrays.fill(orgAt, -1);
    for (int i = 0; i < orgs.size(); i++) {
      Arrays.fill(orgAt, orgs.get(i).start(), orgs.get(i).end(), i);
    }
    this.quoted = new boolean[t.size];
    for (Span s : spans) {
      for (int k = t.indexAt(s.start()); k < t.size && t.start[k] < s.end(); k++) {
        quoted[k] = true;
      }
    }
  }

  /** A speech verb at token {@code k}, including "according to", "pointed out" and "went on". */
  boolean isVerbAt(int k) {
    if (k < 0 || k >= t.size || !t.word[k]) {
      return false;
    }
    String w = t.lower(k);
    if (w.equals("according")) {
      return k + 1 < t.size && t.lower(k + 1).equals("to");
    }
    if (w.equals("pointed")) {
      return k + 1 < t.size && t.lower(k + 1).equals("out");
    }
    if (w.equals("went")) {
      return k + 1 < t.size && t.lower(k + 1).equals("on");
    }
    return Words.isSpeechVerb(w);
  }

  /** Where the sentence holding character {@code offset} starts. */
  public int sentenceStartOffset(int offset) {
    int si = Sentences.indexOf(sentences, offset);
    return si >= 0 ? sentences.get(si).start() : 0;
  }

  /**
   * Whether a name ending before token {@code e} ends its phrase: punctuation, "who" or "of", the
   * end of its line or paragraph.
   */
  boolean endsPhrase(int e) {
    if (e >= t.size
        || t.para[e] != t.para[e - 1]
        || t.text.substring(t.end[e - 1], t.start[e]).indexOf('\n') >= 0) {
      return true;
    }
    if (!t.word[e]) {
      return ",.;:(—–-\"“”«„'’)".indexOf(t.first(e)) >= 0;
    }
    String w = t.lower(e);
    return w.equals("who") || w.equals("of");
  }

  /** The mention starting before token {@code tok} that starts last, or -1. */
  public int lastMentionBefore(int tok) {
    return lastBefore(mentionStarts, tok);
  }

  /** The mention covering token {@code k} when it is not inside a quotation, else null. */
  public Found mentionOutsideQuotes(int k) {
    int mi = k >= 0 && k < t.size ? mentionAt[k] : -1;
    return mi >= 0 && !mentions.get(mi).inQuote ? mentions.get(mi) : null;
  }

  /** The text of tokens [a, b). */
  public String surface(int a, int b) {
    return t.text.substring(t.start[a], t.end[b - 1]);
  }

  /**
   * The words that name subject {@code s}: its own, or those of the quote it carries on; or null.
   */
  public String surfaceOf(Subject s) {
    if (s instanceof Subject.Carried c) {
      return c.surface();
    }
    return s instanceof Subject.Nobody ? null : surface(s.start(), s.end());
  }

  /** The index of the last value in ascending {@code sorted} below {@code tok}, or -1. */
  static int lastBefore(int[] sorted, int tok) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < tok) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
