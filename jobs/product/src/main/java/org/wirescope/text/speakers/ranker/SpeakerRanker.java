package org.wirescope.text.speakers.ranker;

import java.util.List;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.speakers.ArticleText;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.Subject;
import org.wirescope.text.speakers.ranker.SpeakerFeatures.Candidate;
import org.wirescope.text.speakers.rules.SpeakerRule.Proposal;

/**
 * Chooses a quote's speaker among its candidates ({@link SpeakerFeatures}) by the shipped model's
 * score, the chance that the candidate is right: among the speakers the rules propose, or, when
 * they propose none, among the persons and organisations named near the quote, who speak only from
 * {@link #FLOOR}. The score is the quote's {@code confidence}. When the sieve's first rule finds a
 * verb whose subject the article does not name ("an aide said"), no one speaks. Without a model the
 * sieve's first proposal decides, as the rules alone would.
 */
public final class SpeakerRanker {
  /**
   * A name no rule proposes speaks only from this score: when the ranker thinks it more likely
   * right than wrong. A rule's proposal speaks at any score; its confidence says how sure, and the
   * quotes stage counts it only from {@code --min-speaker-confidence}.
   */
  public static final double FLOOR = 0.5;

  /**
   * The decision for one quote: who speaks (or null), the words naming them, the cue, the rule that
   * decided ({@link Attribution#RANKER} when the model overruled the sieve), the model's confidence
   * (NaN without a model), and the candidates when they were asked for.
   */
  public record Choice(
      String speaker,
      String surface,
      int cue,
      Attribution rule,
      boolean continuation,
      boolean organisation,
      double confidence,
      List<Candidate> candidates) {}

  private final ArticleText article;
  private final SpeakerFeatures features;
  private final SpeakerModel model;
  private final boolean keepCandidates;

  /**
   * @param model the ranker's model, or null for the sieve alone
   */
  public SpeakerRanker(SpeakerContext c, SpeakerModel model, boolean keepCandidates) {
    this.article = c.text();
    this.features = model != null || keepCandidates ? new SpeakerFeatures(c) : null;
    this.model = model;
    this.keepCandidates = keepCandidates;
  }

  /** The speaker of the quote at {@code q}, given every rule's proposal and whom each names. */
  public Choice choose(QuoteSite q, List<Proposal> ps, List<String> speakers) {
    if (!ps.isEmpty() && namesNoOne(ps.get(0).subject())) {
      // "“…,” an aide said", or the words of an unnamed speaker going on: the speaker is someone
      // the article does not name; naming anyone else would be a guess, so there are no candidates
      return sieve(ps, speakers, List.of(), model == null ? Double.NaN : 0);
    }
    List<Candidate> cands =
        features == null ? List.of() : eligible(features.candidates(q, ps, speakers));
    if (model == null) {
      return sieve(ps, speakers, keepCandidates ? cands : List.of(), Double.NaN);
    }
    Candidate best = null;
    for (Candidate k : cands) {
      k.score = model.score(k.x);
      if (best == null || k.score > best.score) {
        best = k;
      }
    }
    List<Candidate> kept = keepCandidates ? cands : List.of();
    Proposal first = ps.isEmpty() ? null : ps.get(0);
    Attribution sieveRule = first == null ? Attribution.NONE : first.rule();
    if (best == null || (best.proposal == null && best.score < FLOOR)) {
      return new Choice(
          null,
          null,
          first == null ? -1 : first.cue(),
          sieveRule,
          first != null && first.continuation(),
          false,
          best == null ? 0 : best.score,
          kept);
    }
    Proposal p = best.proposal;
    boolean sieveChoice = first != null && best.speaker.equals(speakers.get(0));
    return new Choice(
        best.speaker,
        best.surface,
        p == null ? -1 : p.cue(),
        sieveChoice ? sieveRule : Attribution.RANKER,
        p != null && p.continuation(),
        best.organisation,
        best.score,
        kept);
  }

  /**
   * A subject that is someone the article does not name: "an aide", or such a speaker carried on.
   */
  private static boolean namesNoOne(Subject s) {
    return s instanceof Subject.Nobody || (s instanceof Subject.Carried c && c.speaker() == null);
  }

  /**
   * What the rules propose; the persons and organisations named near the quote only when no rule
   * proposes anyone. On PolNeAR train a name no rule proposed was right about half the time when
   * the ranker preferred it to a proposal.
   */
  private static List<Candidate> eligible(List<Candidate> all) {
    List<Candidate> proposed = all.stream().filter(k -> k.proposal != null).toList();
    return proposed.isEmpty() ? all : proposed;
  }

  /** The sieve's decision, the first proposal whatever it names, with {@code confidence}. */
  private Choice sieve(
      List<Proposal> ps, List<String> speakers, List<Candidate> kept, double confidence) {
    if (ps.isEmpty()) {
      return new Choice(null, null, -1, Attribution.NONE, false, false, confidence, kept);
    }
    Proposal p = ps.get(0);
    return new Choice(
        speakers.get(0),
        article.surfaceOf(p.subject()),
        p.cue(),
        p.rule(),
        p.continuation(),
        p.subject().organisation(),
        confidence,
        kept);
  }
}
