package org.wirescope.text.speakers.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;

/**
 * The speaker sieve cut down to the rules a test names, with the ranker off: a rule's test is
 * decided by that rule alone (and by the few rules it names for context), never by a retrained
 * ranker or by a rule earlier in the sieve. Only the public API ({@link TextAnalyzer}) is used, so
 * the tests survive changes inside the rules. Every rule the sieve gains later is off here too.
 */
final class RuleFixture {
  private RuleFixture() {}

  /**
   * What the sieve decided about one quote: the fields a rule sets. {@code text} is the quote
   * without its marks, to show which span was read as the quote.
   */
  record Said(
      String text,
      String speaker,
      String cue,
      Attribution rule,
      boolean continuation,
      boolean organisation) {

    /**
     * A person (or null: "officials said") named by the words around the quote and its verb {@code
     * cue}.
     */
    static Said person(String text, String speaker, String cue, Attribution rule) {
      return new Said(text, speaker, cue, rule, false, false);
    }

    /** An organisation named by the words around the quote. */
    static Said organisation(String text, String name, String cue, Attribution rule) {
      return new Said(text, name, cue, rule, false, true);
    }

    /** A quote with no verb of its own that goes on with a person named earlier. */
    static Said goesOn(String text, String speaker, Attribution rule) {
      return new Said(text, speaker, null, rule, true, false);
    }

    /** A quote that no rule claimed. */
    static Said unclaimed(String text) {
      return new Said(text, null, null, Attribution.NONE, false, false);
    }

    static Said of(Quote q) {
      return new Said(
          q.text(), q.speaker(), q.cue(), q.attribution(), q.continuation(), q.organisation());
    }
  }

  /** An analyser whose sieve holds only {@code rules} (in the sieve's own order) and no ranker. */
  static TextAnalyzer only(Attribution... rules) {
    EnumSet<Attribution> off = EnumSet.copyOf(Attribution.sieve());
    for (Attribution r : rules) {
      if (!off.remove(r)) {
        throw new IllegalArgumentException(r + " is not a rule of the sieve, or is named twice");
      }
    }
    return new TextAnalyzer(Set.of()).withoutSpeakerRanker().withoutSpeakerRules(off);
  }

  /** The quotes of an article that is only a body, in text order. */
  static List<Quote> quotes(TextAnalyzer analyzer, String body) {
    return analyzer.analyze(null, null, body, List.of()).quotes();
  }

  /** What the sieve decided about every quote of an article that is only a body, in text order. */
  static List<Said> said(TextAnalyzer analyzer, String body) {
    return quotes(analyzer, body).stream().map(Said::of).toList();
  }
}
