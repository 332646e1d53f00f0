package org.wirescope.text;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.text.PersonFinder.Found;
import org.wirescope.text.QuoteFinder.Span;
import org.wirescope.text.TextAnalyzer.Quote;
import org.wirescope.text.TextAnalyzer.Sentence;

/**
 * Finds an article's direct quotations among its quoted spans ({@link DirectQuotes}) and their
 * speakers: the speaker sieve ({@link SpeakerRules}) proposes, {@link Resolver} turns the
 * proposal into a person or organisation. The quotes are read in order; {@link History} is all
 * that one quote leaves for the next.
 */
final class Attributor {
  private final ArticleText article;
  private final SpeakerContext context;
  private final DirectQuotes direct;
  private final Resolver resolver;
  private final List<SpeakerRule> rules;

  private Attributor(ArticleText article, List<SpeakerRule> rules) {
    this.article = article;
    Cues cues = new Cues(article);
    Subjects subjects = new Subjects(article);
    this.resolver = new Resolver(article, subjects);
    this.context = new SpeakerContext(article, cues, subjects, new SpeechEvents(article, subjects, resolver),
        new History());
    this.direct = new DirectQuotes(article, cues);
    this.rules = rules;
  }

  /**
   * The direct quotations among {@code spans}, with speakers; marks the mentions inside quotes.
   * {@code labels} are the name tagger's labels per token, or null.
   */
  static List<Quote> attribute(Tokens t, List<Span> spans, List<Found> mentions, List<Sentence> sentences,
      int[] labels, List<SpeakerRule> rules) {
    markQuoted(t, spans, mentions);
    return new Attributor(new ArticleText(t, spans, mentions, sentences, labels), rules).run(spans);
  }

  private static void markQuoted(Tokens t, List<Span> spans, List<Found> mentions) {
    int si = 0;
    for (Found f : mentions) {
      int off = t.start[f.nameStart];
      while (si < spans.size() && spans.get(si).end() <= off) {
        si++;
      }
      f.inQuote = si < spans.size() && spans.get(si).start() <= off;
    }
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

  /** The quote at {@code q} with the speaker the sieve decides; remembered for the next quote. */
  private Quote quote(QuoteSite q) {
    SpeakerRule.Proposal p = SpeakerRules.decide(rules, q, context);
    Subject subj = p == null ? null : p.subject();
    String speaker = subj == null ? null : resolver.speaker(subj, context.history());
    String surface = null;
    if (subj instanceof Subject.Carried c) {
      surface = c.surface();
    } else if (subj != null && !(subj instanceof Subject.Nobody)) {
      surface = article.surface(subj.start(), subj.end());
    }
    int cue = p == null ? -1 : p.cue();
    Quote quote = new Quote(q.text(), q.span().start(), q.span().end(), speaker, surface,
        cue >= 0 ? article.t.str(cue) : null, p == null ? Attribution.NONE : p.rule(),
        p != null && p.continuation(), subj != null && subj.organisation());
    context.history().record(quote, q.lastPara(), cue, q.close());
    return quote;
  }
}
