package org.wirescope.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps generated quotations apart. Quotations are assembled from pools, so two of them could come
 * out nearly alike and look like one statement carried twice; the generator asks this index before
 * using a quotation and draws again when it is too close to an earlier one. Only the designed
 * carried statement is allowed to repeat.
 *
 * <p>Similarity is the Jaccard index of word bigrams (lower case, letters and digits only). Checks
 * are made for corpora of up to {@link #MAX_ARTICLES} articles: the pools would run dry on larger
 * ones and the pairwise checks would dominate the run time, and a benchmark corpus needs no such
 * guarantee. GOLD reports whether the check was made.
 */
public final class QuoteIndex {
  /** A draw is refused at or above this similarity to an earlier quotation. */
  static final double LIMIT = 0.45;

  static final int MAX_ARTICLES = 500;

  private record Entry(Set<String> bigrams, String article, String statement) {}

  private final List<Entry> entries = new ArrayList<>();
  private final boolean overflowed;

  public QuoteIndex(int articles) {
    overflowed = articles > MAX_ARTICLES;
  }

  /** True when {@code text} is far enough from every quotation recorded so far. */
  boolean fresh(String text) {
    if (overflowed) {
      return true;
    }
    Set<String> b = bigrams(text);
    for (Entry e : entries) {
      if (jaccard(b, e.bigrams) >= LIMIT) {
        return false;
      }
    }
    return true;
  }

  void add(String text, String article, String statement) {
    if (!overflowed) {
      entries.add(new Entry(bigrams(text), article, statement));
    }
  }

  boolean checked() {
    return !overflowed;
  }

  /**
   * The highest similarity between quotations of different articles that are not the same designed
   * statement. (Within an article, a split quotation's parts resemble their joined text.)
   */
  double maxOutsideStatements() {
    double max = 0;
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        Entry a = entries.get(i);
        Entry b = entries.get(j);
        if ((a.statement != null && a.statement.equals(b.statement))
            || (a.article != null && a.article.equals(b.article))) {
          continue;
        }
        max = Math.max(max, jaccard(a.bigrams, b.bigrams));
      }
    }
    return max;
  }

  static double similarity(String a, String b) {
    return jaccard(bigrams(a), bigrams(b));
  }

  static Set<String> bigrams(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> words = new ArrayList<>();
    for (String s : w) {
      if (!s.isEmpty()) {
        words.add(s);
      }
    }
    Set<String> out = new HashSet<>();
    if (words.size() == 1) {
      out.add(words.get(0));
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + " " + words.get(i + 1));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
