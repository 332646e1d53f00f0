package org.wirescope.text;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.text.names.Found;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.quotes.QuoteFinder.Span;
import org.wirescope.text.quotes.SpeakerCandidate;
import org.wirescope.text.speakers.ArticleText;
import org.wirescope.text.speakers.Cues;
import org.wirescope.text.speakers.DirectQuotes;
import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.Resolver;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.SpeechEvents;
import org.wirescope.text.speakers.Subjects;
import org.wirescope.text.speakers.ranker.SpeakerFeatures;
import org.wirescope.text.speakers.ranker.SpeakerModel;
import org.wirescope.text.speakers.ranker.SpeakerRanker;
import org.wirescope.text.speakers.rules.SpeakerRule;
import org.wirescope.text.speakers.rules.SpeakerRules;
import org.wirescope.text.tokens.Sentence;
import org.wirescope.text.tokens.Tokens;

/**
 * Finds an article's direct quotations among its quoted spans ({@link DirectQuotes}) and their
 * speakers: the rules of the speaker sieve ({@link SpeakerRules}) propose, {@link Resolver} turns
 * each proposal into a person or organisation, and {@link SpeakerRanker} chooses among them and the
 * persons named near the quote. The quotes are read in order; {@link History} is all that one quote
 * leaves for the next.
 */
final class Attributor {
  private final ArticleText article;
  private final SpeakerContext context;
  private final DirectQuotes direct;
  private final Resolver resolver;
  private final List<Attribution> rules;
  private final SpeakerRanker ranker;

  private Attributor(ArticleText article, Speakers speakers) {
    this.article = article;
    Cues cues = new Cues(article);
    Subjects subjects = new Subjects(article);
    this.resolver = new Resolver(article, subjects);
    this.context =
        new SpeakerContext(
            article, cues, subjects, new SpeechEvents(article, subjects, resolver), new History());
    this.direct = new DirectQuotes(article, cues);
    this.rules = speakers.rules();
    this.ranker =
        new SpeakerRanker(
            context, speakers.ranker() ? SpeakerModel.shipped() : null, speakers.candidates());
  }

  /**
   * The direct quotations among {@code spans}, with speakers; marks the mentions inside quotes.
   * {@code labels} are the name tagger's labels per token, or null.
   */
  static List<Quote> attribute(
      Tokens t,
      List<Span> spans,
      List<Found> mentions,
      List<Sentence> sentences,
      int[] labels,
      Speakers speakers) {
    List<Found> marked = markQuoted(t, spans, mentions);
    return new Attributor(new ArticleText(t, spans, marked, sentences, labels), speakers)
        .run(spans);
  }

  /** The mentions, each marked whether it stands inside a quotation. */
  private static List<Found> markQuoted(Tokens t, List<Span> spans, List<Found> mentions) {
    List<Found> out = new ArrayList<>(mentions.size());
    int si = 0;
    for (Found f : mentions) {
      int off = t.start[f.nameStart];
      while (si < spans.size() && spans.get(si).end() <= off) {
        si++;
      }
      out.add(f.withInQuote(si < spans.size() && spans.get(si).start() <= off));
    }
    return out;
  }

  private List<Quote> run(List<Span> spans) {
    Tokens t = article.t;
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.text().isBlank()) {
        continue;
      }
      int next = i + 1 < spans.size() ? t.indexAt(spans.get(i + 1).start()) : t.size;
      QuoteSite site = QuoteSite.of(s, next, article, context.cues(), context.history());
      if (site != null && direct.direct(site, context.history())) {
        out.add(quote(site));
      }
    }
    return out;
  }

  /** The quote at {@code q} with the speaker the ranker chooses; remembered for the next quote. */
  private Quote quote(QuoteSite q) {
    List<SpeakerRule.Proposal> ps = SpeakerRules.proposals(rules, q, context);
    List<String> named = new ArrayList<>(ps.size());
    for (SpeakerRule.Proposal p : ps) {
      named.add(resolver.speaker(p.subject(), context.history()));
    }
    SpeakerRanker.Choice c = ranker.choose(q, ps, named);
    List<SpeakerCandidate> cands = new ArrayList<>(c.candidates().size());
    for (SpeakerFeatures.Candidate k : c.candidates()) {
      cands.add(new SpeakerCandidate(k.speaker, k.organisation, k.x.clone(), k.score));
    }
    Quote quote =
        new Quote(
            q.text(),
            q.span().start(),
            q.span().end(),
            c.speaker(),
            c.surface(),
            c.cue() >= 0 ? article.t.str(c.cue()) : null,
            c.rule(),
            c.continuation(),
            c.organisation(),
            c.confidence(),
            cands);
    context.history().record(quote, q.lastPara(), c.cue(), q.close());
    return quote;
  }

  /**
   * How speakers are found: the sieve's {@code rules}; whether the ranker's model chooses among
   * their proposals ({@code ranker}) or the first proposal decides; whether each quote keeps its
   * candidates and their features, to train the ranker.
   */
  record Speakers(List<Attribution> rules, boolean ranker, boolean candidates)
      implements java.io.Serializable {}
}
