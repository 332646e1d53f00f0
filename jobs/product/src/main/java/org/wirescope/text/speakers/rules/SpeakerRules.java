package org.wirescope.text.speakers.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;

/**
 * The speaker sieve: the rules in the order they are tried, as {@link Attribution} declares them.
 * The first that proposes decides, unless the ranker ({@link SpeakerRanker}) prefers another
 * proposal. A rule earns its place by its precision on PolNeAR train ({@code jobs/bin/eval-rules}).
 */
public final class SpeakerRules {
  /** The sieve, most specific first. */
  public static final List<Attribution> SIEVE = Attribution.sieve();

  private static final SpeakerRule DASH = new DashRule();
  private static final SpeakerRule AFTER = new AfterRule();
  private static final SpeakerRule SPLIT = new SplitRule();
  private static final SpeakerRule BEFORE = new BeforeRule();
  private static final SpeakerRule COLON_CLAUSE = new ColonClauseRule();
  private static final SpeakerRule COLON_PARAGRAPH = new ColonParagraphRule();
  private static final SpeakerRule CONTINUATION = new ContinuationRule();
  private static final SpeakerRule STATEMENT_LIST = new StatementListRule();
  private static final SpeakerRule PREVIOUS_STATEMENT = new PreviousStatementRule();
  private static final SpeakerRule CARRIED = new CarriedRule();

  private SpeakerRules() {}

  /**
   * The rule that {@code a} names; {@link Attribution#RANKER} and {@link Attribution#NONE} name
   * none.
   */
  static SpeakerRule rule(Attribution a) {
    return switch (a) {
      case DASH -> DASH;
      case AFTER -> AFTER;
      case SPLIT -> SPLIT;
      case BEFORE -> BEFORE;
      case COLON_CLAUSE -> COLON_CLAUSE;
      case COLON_PARAGRAPH -> COLON_PARAGRAPH;
      case CONTINUATION -> CONTINUATION;
      case STATEMENT_LIST -> STATEMENT_LIST;
      case PREVIOUS_STATEMENT -> PREVIOUS_STATEMENT;
      case CARRIED -> CARRIED;
      case RANKER, NONE -> throw new IllegalArgumentException(a + " is not a rule of the sieve");
    };
  }

  /** The sieve without the rules named in {@code without}, for measuring what each rule adds. */
  public static List<Attribution> without(Set<Attribution> without) {
    return SIEVE.stream().filter(r -> !without.contains(r)).toList();
  }

  /**
   * Every proposal of {@code rules} for the quote at {@code q}, in sieve order: the first decides.
   */
  public static List<SpeakerRule.Proposal> proposals(
      List<Attribution> rules, QuoteSite q, SpeakerContext c) {
    List<SpeakerRule.Proposal> out = new ArrayList<>(3);
    for (Attribution a : rules) {
      SpeakerRule.Reading r = rule(a).propose(q, c);
      if (r != null) {
        out.add(new SpeakerRule.Proposal(a, r.subject(), r.cue(), r.continuation()));
      }
    }
    return out;
  }
}
