package org.wirescope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speaker sieve: the rules in the order they are tried, as {@link Attribution} declares them.
 * The first that proposes decides, unless the ranker ({@link SpeakerRanker}) prefers another
 * proposal. A rule earns its place by its precision on PolNeAR train ({@code jobs/bin/eval-rules}).
 */
final class SpeakerRules {
  /** The sieve, most specific first. */
  static final List<Attribution> SIEVE = Attribution.sieve();

  private SpeakerRules() {}

  /** The sieve without the rules named in {@code without}, for measuring what each rule adds. */
  static List<Attribution> without(Set<Attribution> without) {
    return SIEVE.stream().filter(r -> !without.contains(r)).toList();
  }

  /** Every proposal of {@code rules} for the quote at {@code q}, in sieve order: the first decides. */
  static List<SpeakerRule.Proposal> proposals(List<Attribution> rules, QuoteSite q, SpeakerContext c) {
    List<SpeakerRule.Proposal> out = new ArrayList<>(3);
    for (Attribution a : rules) {
      SpeakerRule.Reading r = a.rule().propose(q, c);
      if (r != null) {
        out.add(new SpeakerRule.Proposal(a, r.subject(), r.cue(), r.continuation()));
      }
    }
    return out;
  }
}
