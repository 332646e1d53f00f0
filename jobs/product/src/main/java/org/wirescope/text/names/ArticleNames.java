package org.wirescope.text.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * One article as the person finder reads it: its tokens, the words it writes in lower case, its
 * headline-style paragraphs, the tagger's labels and margins (null when the word-list rules
 * decide), the names known before it, and the mentions found so far. Made once per article, so the
 * finder itself keeps no state between calls.
 */
final class ArticleNames {
  final Tokens t;
  final Set<String> lowerWords;
  final boolean[] titleCase;

  /** The tagger's label per token, or null. */
  final int[] labels;

  /** The tagger's margin per token, or null. */
  final float[] margins;

  /** The article's own person tags, then the corpus's known names. */
  private final KnownNames tags;

  private final KnownNames known;

  /** The mentions found so far, in text order. */
  final List<Found> out = new ArrayList<>();

  final EarlierNames earlier = new EarlierNames(out);

  ArticleNames(
      Tokens t,
      Set<String> lowerWords,
      boolean[] titleCase,
      int[] labels,
      float[] margins,
      KnownNames tags,
      KnownNames known) {
    this.t = t;
    this.lowerWords = lowerWords;
    this.titleCase = titleCase;
    this.labels = labels;
    this.margins = margins;
    this.tags = tags;
    this.known = known;
  }

  /** Whether the tagger read the article. */
  boolean tagged() {
    return labels != null;
  }

  /** The display form of a known name, the article's tags first; null when unknown. */
  String knownName(String lower) {
    String s = tags.full(lower);
    return s != null ? s : known.full(lower);
  }

  /** The known full names with this surname, the article's tags first; null when none. */
  Set<String> knownBySurname(String surname) {
    Set<String> s = tags.bySurname(surname);
    return s != null ? s : known.bySurname(surname);
  }

  /** Whether token {@code k}'s paragraph is headline style. */
  boolean headlineStyle(int k) {
    return titleCase != null && t.para[k] < titleCase.length && titleCase[t.para[k]];
  }

  /** The tagger's least margin over [a, b); infinite without the tagger. */
  float minMargin(int a, int b) {
    if (margins == null) {
      return Float.POSITIVE_INFINITY;
    }
    float m = Float.POSITIVE_INFINITY;
    for (int j = a; j < b; j++) {
      m = Math.min(m, margins[j]);
    }
    return m;
  }

  /** Whether the tagger put a token of [a, b) in an organisation, place or other name, surely. */
  boolean surelyOther(int a, int b) {
    for (int j = a; j < b; j++) {
      if (labels != null
          && NameTagger.isOtherName(labels[j])
          && margins[j] >= PersonFinder.LONE_MARGIN) {
        return true;
      }
    }
    return false;
  }
}
