package org.wirescope.text.speakers;

import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/**
 * Tells direct quotations from scare quotes, titles and fragments. A quoted span is a direct
 * quotation when a speech verb or a colon introduces it ("he said: “…”"), or when it starts with a
 * capital and either stands at the start of a sentence with a speech verb after it or is long
 * enough to be a statement. Lower-case fragments inside indirect speech ('called the plan “a
 * disaster”') and quoted names and titles are not.
 */
public final class DirectQuotes {
  private final ArticleText a;
  private final Cues cues;
  private final Tokens t;

  public DirectQuotes(ArticleText a, Cues cues) {
    this.a = a;
    this.cues = cues;
    this.t = a.t;
  }

  /** Whether the quote at {@code q} is someone's words, given the article's previous quote. */
  public boolean direct(QuoteSite q, History h) {
    if (!shaped(q, h)) {
      return false;
    }
    int content = t.indexAt(q.span().contentStart());
    if (q.para() > 0 && titleCase(content, q.close()) && !h.speakerGoesOn(q.para())) {
      // “Face the Nation,” “Crippled America: How to Make America Great Again”: a title, unless
      // the speaker of the paragraph's previous quote goes on ('“The Boss. The Big Boss.”')
      return false;
    }
    // 'the paper is entitled: “…”', '“Operation Quiet Harbour” ended in May, the ministry
    // said': a name in quotes that no speech verb claims is the name of a document, treaty,
    // book or operation, not something anyone said. A claimed one ('“Dead End,” he said')
    // stays a quotation.
    return claimedBySpeech(q, h)
        || !(namedBefore(q.prev(), q.prevChar())
            || (q.para() > 0 && titleShaped(content, q.close())));
  }

  /** Whether the quote's shape and the words around it make it a statement. */
  private boolean shaped(QuoteSite q, History h) {
    if (accordingTo(q)) {
      return true;
    }
    if (introduced(q)) {
      return q.startsCap() ? q.words() >= 1 : secondHalf(q, h);
    }
    if (!q.startsCap()) {
      return false;
    }
    if (q.sentenceStart()) {
      return q.after() >= 0 || (q.endPunct() && q.words() >= 3) || q.words() >= 8;
    }
    String w = q.prevWord();
    if (w != null && (Words.FRAGMENT_CUES.contains(w) || Words.INDIRECT_CUES.contains(w))) {
      // 'called it “a disaster”', 'tweeted that “I am …”': part of the writer's sentence
      return false;
    }
    if (w != null && Character.isLowerCase(t.first(q.prev()))) {
      // 'on “Fox and Friends,”', 'wearing “Make America …”': a quote run into the writer's
      // words without a comma or colon is a title or a fragment unless a verb follows
      return false;
    }
    return (q.endPunct() && q.words() >= 5) || (q.after() >= 0 && q.words() >= 3);
  }

  /** A colon, a speech verb, or a comma after one opens the quote. */
  private boolean introduced(QuoteSite q) {
    char c = q.prevChar();
    int pb = q.prev();
    return c == ':'
        || (c == ',' && q.before() >= 0)
        || (q.prevWord() != null && Words.isSpeechVerb(q.prevWord()))
        || (c == ',' && pb >= 1 && t.word[pb - 1] && Words.isSpeechVerb(t.lower(pb - 1)));
  }

  /**
   * 'According to Trump, “countries that treat us fairly will …”': a whole clause in the speaker's
   * words, even when it starts in lower case.
   */
  private boolean accordingTo(QuoteSite q) {
    int s = q.sentence();
    return q.prevChar() == ','
        && !q.startsCap()
        && q.endPunct()
        && q.words() >= 6
        && s + 1 < q.open()
        && t.lower(s).equals("according")
        && t.lower(s + 1).equals("to");
  }

  /**
   * A lower-case second half of a split quotation ('“…,” he said, “and …”'): three words or more,
   * or fewer that end the sentence ('«If you want to sell here», he said, «build here».').
   */
  private boolean secondHalf(QuoteSite q, History h) {
    return (q.prevChar() == ',' || q.prevChar() == ':')
        && q.before() >= 0
        && q.open() - q.before() <= 5
        && (q.words() >= 3 || q.endPunct())
        && h.previous() != null
        && h.previousEnd() >= q.sentence()
        && h.previousEnd() <= q.before();
  }

  /**
   * Every longer word in [from, to) capitalised where a sentence would not capitalise it (not
   * first, not after . ! ? :, not part of a person's name), at least two such words and at most ten
   * words in all: the quote is a title or a slogan, not a statement.
   */
  private boolean titleCase(int from, int to) {
    int caps = 0;
    int words = 0;
    boolean start = true;
    for (int k = from; k < to && k < t.size; k++) {
      if (!t.word[k]) {
        if (".?!:".indexOf(t.first(k)) >= 0) {
          start = true;
        }
        continue;
      }
      if (++words > 10) {
        return false;
      }
      boolean wasStart = start;
      start = false;
      if (wasStart || t.end[k] - t.start[k] <= 3 || a.mentionAt[k] >= 0) {
        continue;
      }
      if (!Character.isUpperCase(t.first(k))) {
        return false;
      }
      caps++;
    }
    return caps >= 2;
  }

  /**
   * Whether a speech verb (or a speaker's name and a colon, or a signature dash) claims the quote
   * as someone's words: 'said “…”', 'said: “…”', 'told reporters, “…”', 'Lavrov: “…”', '“…,” she
   * said', '“…” ― Lavrov'. A verb after the quote claims it only when the quote's punctuation hands
   * over to it ('“…,” he said', '“…” — he said'), not when the writer's sentence runs on ('“…”
   * ended in May, the ministry said'). A quote that follows a speaker's quote in the same paragraph
   * goes on with their words ('“…,” she said, laughing. “The Boss. The Big Boss.”').
   */
  private boolean claimedBySpeech(QuoteSite q, History h) {
    return h.speakerGoesOn(q.para())
        || (q.prevWord() != null && Words.isSpeechVerb(q.prevWord()))
        || ((q.prevChar() == ':' || q.prevChar() == ',')
            && q.before() >= 0
            && q.open() - q.before() <= 5)
        || (q.prevChar() == ':' && q.prev() >= 1 && a.mentionAt[q.prev() - 1] >= 0)
        || (q.after() >= 0 && q.trailing())
        || cues.dashSpeaker(q.close(), q.lastPara()) >= 0;
  }

  /**
   * 'is entitled: “…”', 'headlined, “…”': a naming word right before the quote's colon or comma.
   */
  private boolean namedBefore(int pb, char prevChar) {
    return (prevChar == ':' || prevChar == ',')
        && pb >= 1
        && t.word[pb - 1]
        && Words.NAMING_CUES.contains(t.lower(pb - 1));
  }

  /**
   * Written like the name of a work: two to twelve words, the first capitalised, every other word
   * capitalised too except short function words ("Framework for a Durable Peace", "Plan to 2035"),
   * and at least one capitalised word of four letters or more after the first. "Dead end" and
   * "Peace Now" are not: a scare phrase or a slogan, not a name.
   */
  private boolean titleShaped(int from, int to) {
    int words = 0;
    int caps = 0;
    for (int k = from; k < to && k < t.size; k++) {
      if (!t.word[k]) {
        continue;
      }
      String w = t.str(k);
      char c = w.charAt(0);
      if (++words > 12) {
        return false;
      }
      if (Character.isDigit(c)) {
        continue;
      }
      if (words == 1) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        continue;
      }
      if (Character.isUpperCase(c)) {
        if (w.length() > 3) {
          caps++;
        }
      } else if (w.length() > 3 && !Words.TITLE_SMALL_WORDS.contains(w)) {
        return false;
      }
    }
    return words >= 2 && caps >= 1;
  }
}
