package org.wirescope.text.speakers;

import org.wirescope.text.quotes.QuoteFinder.Span;
import org.wirescope.text.tokens.Tokens;

/**
 * Where a quoted span stands and what surrounds it: the facts every test of a quote reads.
 *
 * @param span the quoted span, marks included
 * @param open the token of the opening mark; {@code close} the token after the closing mark
 * @param para the paragraph the quote opens in; {@code lastPara} the one it ends in
 * @param words the words inside the marks, counted up to 12
 * @param startsCap whether the quote starts with a capital (or a digit, or "[")
 * @param endPunct whether the quote ends with punctuation, inside or right after the marks
 * @param trailing whether it hands over to what follows: ends with a comma, question or exclamation
 *     mark or a dash
 * @param prev the token right before the quote in its paragraph, or -1; {@code prevChar} its
 *     character when punctuation, else 0; {@code prevWord} its lower case when a word, else null
 * @param sentenceStart whether the quote opens its sentence
 * @param sentence the first token of the quote's sentence
 * @param window where the sentence before the quote may be read for a cue: from the sentence start
 *     or the previous quote's end, whichever is later
 * @param after the speech verb after the quote, or -1; {@code before} the one before it, or -1
 * @param next the first token of the next quoted span, or the article's end
 */
public record QuoteSite(
    Span span,
    int open,
    int close,
    int para,
    int lastPara,
    int words,
    boolean startsCap,
    boolean endPunct,
    boolean trailing,
    int prev,
    char prevChar,
    String prevWord,
    boolean sentenceStart,
    int sentence,
    int window,
    int after,
    int before,
    int next) {

  /** The site of {@code s}, or null when its opening mark is past the last token. */
  public static QuoteSite of(Span s, int next, ArticleText a, Cues cues, History h) {
    Tokens t = a.t;
    int open = t.indexAt(s.start());
    int close = t.indexAt(s.end());
    if (open >= t.size) {
      return null;
    }
    int para = t.para[open];
    int lastPara = close > 0 ? t.para[close - 1] : para;
    String text = s.text();
    int words = 0;
    for (int k = t.indexAt(s.contentStart()); k < close && words < 12; k++) {
      if (t.word[k]) {
        words++;
      }
    }
    char follow = s.end() < t.text.length() ? t.text.charAt(s.end()) : 0;
    boolean endPunct = Cues.endsWithPunct(text) || (follow != 0 && ",.?!—–:;".indexOf(follow) >= 0);
    boolean trailing = Cues.endPunctInside(text) || (follow != 0 && ",?!—–".indexOf(follow) >= 0);
    int pb = open - 1;
    if (pb >= 0 && t.para[pb] != para) {
      pb = -1;
    }
    char prevChar = pb >= 0 && !t.word[pb] ? t.first(pb) : 0;
    String prevWord = pb >= 0 && t.word[pb] ? t.lower(pb) : null;
    boolean sentenceStart = pb < 0 || ".?!”\"»)’".indexOf(prevChar) >= 0;
    int sentence = t.indexAt(a.sentenceStartOffset(s.start()));
    int window = pb < 0 ? open : Math.max(sentence, h.previousEnd());
    int after = cues.afterCue(close, lastPara, next, text);
    if (after < 0) {
      after = cues.nameThenVerb(close, lastPara, next, text);
    }
    if (after < 0) {
      after = cues.verbThenName(close, lastPara, next, text);
    }
    int before = cues.beforeCue(window, open);
    return new QuoteSite(
        s,
        open,
        close,
        para,
        lastPara,
        words,
        Cues.startsCapital(text),
        endPunct,
        trailing,
        pb,
        prevChar,
        prevWord,
        sentenceStart,
        sentence,
        window,
        after,
        before,
        next);
  }

  /** The quoted text, marks excluded. */
  public String text() {
    return span.text();
  }
}
