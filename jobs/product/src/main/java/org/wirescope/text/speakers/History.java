package org.wirescope.text.speakers;

import org.wirescope.text.quotes.Quote;

/**
 * What one quote of an article leaves for the next: the only state the speaker code carries from
 * quote to quote. The previous quotation (its speaker, the paragraph it ended in, its cue and last
 * token) lets a quote without a verb of its own go on with it; the organisation that spoke last
 * lets "it said" and "the ministry said" resolve. Statements reported outside quotes are {@link
 * SpeechEvents}, read from the whole article before the first quote.
 */
public final class History {
  private Quote previous;

  /** The paragraph of nothing yet: far before any, so that no distance test passes. */
  public static final int NO_PARAGRAPH = Integer.MIN_VALUE / 2;

  private int previousLastPara = NO_PARAGRAPH;
  private int previousCue = -1;
  private int previousEnd = -1;
  private String lastOrg;
  private int lastOrgPara = NO_PARAGRAPH;

  /** The previous direct quotation, or null. */
  public Quote previous() {
    return previous;
  }

  /** The paragraph the previous quotation ended in, or {@link #NO_PARAGRAPH}. */
  public int previousLastPara() {
    return previousLastPara;
  }

  /** The token of the previous quotation's speech verb, or -1. */
  public int previousCue() {
    return previousCue;
  }

  /** The token after the previous quotation's closing mark, or -1. */
  public int previousEnd() {
    return previousEnd;
  }

  /** Whether the previous quotation has a speaker and ended in paragraph {@code para}. */
  boolean speakerGoesOn(int para) {
    return previous != null && previous.speaker() != null && previousLastPara == para;
  }

  /**
   * Whether the previous quotation has a speaker and ended in the last few paragraphs before {@code
   * para}.
   */
  public boolean recentSpeaker(int para) {
    return previous != null
        && previous.speaker() != null
        && previousLastPara >= para - ArticleText.CONTEXT_PARAS;
  }

  /**
   * The organisation that spoke last if it spoke in the last few paragraphs before {@code para}.
   */
  String recentOrg(int para) {
    return lastOrg != null && lastOrgPara >= para - ArticleText.CONTEXT_PARAS ? lastOrg : null;
  }

  /** Remembers a quotation, which ended in paragraph {@code lastPara} at token {@code end}. */
  public void record(Quote q, int lastPara, int cue, int end) {
    previous = q;
    if (q.speaker() != null && q.organisation()) {
      lastOrg = q.speaker();
      lastOrgPara = lastPara;
    }
    previousLastPara = lastPara;
    previousCue = cue;
    previousEnd = end;
  }
}
