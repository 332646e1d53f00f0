package org.wirescope.text.speakers.ranker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.speakers.ArticleText;
import org.wirescope.text.speakers.History;
import org.wirescope.text.speakers.QuoteSite;
import org.wirescope.text.speakers.SpeakerContext;
import org.wirescope.text.speakers.SpeechEvents;
import org.wirescope.text.speakers.Subject;
import org.wirescope.text.speakers.rules.SpeakerRule.Proposal;
import org.wirescope.text.speakers.rules.SpeakerRules;

/**
 * The speaker ranker's candidates for one quote, and what it knows of each: which rules propose it,
 * how near the quote it is named and on which side, whether it spoke last or made the last
 * statement reported outside quotes, how often and how fully the article names it, and the shape of
 * the quote itself. The feature names ({@link #NAMES}) are the model's ({@link SpeakerModel});
 * change them and retrain.
 */
public final class SpeakerFeatures {
  /** The rules whose proposals are features, in sieve order: the first of a candidate's vector. */
  static final List<Attribution> RULES = SpeakerRules.SIEVE;

  /**
   * The features after the rules', in the order of a candidate's vector; a feature's name is its
   * constant in lower case. {@code Q_} features describe the quote, the same for each candidate.
   */
  enum Feature {
    /** The sieve's first proposal names this candidate. */
    SIEVE,
    ORGANISATION,
    PREVIOUS_SPEAKER,
    STATEMENT,
    MENTIONS,
    NEAR_BEFORE,
    NEAR_AFTER,
    SAME_PARA,
    PREV_PARA,
    NEAREST_BEFORE,
    NEAREST_AFTER,
    MENTION_SHARE,
    ROLE,
    FULL_NAME,
    CONTEXTUAL,
    Q_WORDS,
    Q_STARTS_CAP,
    Q_END_PUNCT,
    Q_TRAILING,
    Q_SENTENCE_START,
    Q_AFTER,
    Q_BEFORE,
    Q_COLON,
    Q_FIRST_PARA,
    Q_MULTI_PARA,
    Q_SIEVE_UNRESOLVED,
    Q_NO_RULE,
    Q_CANDIDATES;

    /** Its place in a candidate's vector. */
    int at() {
      return RULES.size() + ordinal();
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Every feature, in the order of a candidate's vector. */
  public static final List<String> NAMES = names();

  /** A possible speaker: who, the words that name it, and its feature vector. */
  public static final class Candidate {
    public final String speaker;
    public final boolean organisation;
    public final double[] x = new double[NAMES.size()];

    /** The first rule that proposes it, with the rule's cue and surface; null when none does. */
    Proposal proposal;

    String surface;
    public double score = Double.NaN;

    Candidate(String speaker, boolean organisation) {
      this.speaker = speaker;
      this.organisation = organisation;
    }
  }

  private final ArticleText a;
  private final SpeakerContext c;
  private final Map<String, Integer> named = new LinkedHashMap<>();

  /** How many namings of persons and organisations the article has outside quotes. */
  private final int namings;

  SpeakerFeatures(SpeakerContext c) {
    this.c = c;
    this.a = c.text();
    for (Found f : a.mentions) {
      if (!f.inQuote) {
        named.merge(f.person, 1, Integer::sum);
      }
    }
    for (Orgs.Org o : a.orgs) {
      if (!a.quoted[o.start()]) {
        named.merge(o.name(), 1, Integer::sum);
      }
    }
    int sum = 0;
    for (int v : named.values()) {
      sum += v;
    }
    this.namings = sum;
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>();
    for (Attribution r : RULES) {
      n.add("rule_" + r.label().replace('-', '_'));
    }
    for (Feature f : Feature.values()) {
      n.add(f.label());
    }
    return Collections.unmodifiableList(n);
  }

  /**
   * The candidates for the quote at {@code q}: the speakers the rules' proposals {@code ps} resolve
   * to ({@code speakers}, null for none), then the persons and organisations named outside quotes
   * from two paragraphs before the quote to the paragraph after it.
   */
  List<Candidate> candidates(QuoteSite q, List<Proposal> ps, List<String> speakers) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      Proposal p = ps.get(i);
      if (speakers.get(i) == null) {
        continue;
      }
      Candidate k =
          out.computeIfAbsent(speakers.get(i), s -> new Candidate(s, p.subject().organisation()));
      k.x[RULES.indexOf(p.rule())] = 1;
      k.x[Feature.SIEVE.at()] = i == 0 ? 1 : k.x[Feature.SIEVE.at()];
      if (k.proposal == null) {
        k.proposal = p;
        k.surface = a.surfaceOf(p.subject());
      }
      if (!(p.subject() instanceof Subject.Carried)) {
        // "he said", "the ministry said": the words that name it count as a naming
        place(q, k, p.subject().start(), p.subject().end());
      }
    }
    nearbyPersons(q, out);
    nearbyOrgs(q, out);
    List<Candidate> list = new ArrayList<>(out.values());
    for (Candidate k : list) {
      describe(q, k);
      quote(q, ps, speakers, list.size(), k.x);
    }
    nearest(list, Feature.NEAR_BEFORE, Feature.NEAREST_BEFORE);
    nearest(list, Feature.NEAR_AFTER, Feature.NEAREST_AFTER);
    return list;
  }

  /**
   * Marks the candidate named nearest the quote on one side: feature {@code mark} by {@code near}.
   */
  private static void nearest(List<Candidate> list, Feature near, Feature mark) {
    Candidate best = null;
    for (Candidate k : list) {
      if (k.x[near.at()] > 0 && (best == null || k.x[near.at()] > best.x[near.at()])) {
        best = k;
      }
    }
    if (best != null) {
      best.x[mark.at()] = 1;
    }
  }

  private void nearbyPersons(QuoteSite q, Map<String, Candidate> out) {
    int last = a.lastMentionBefore(q.open());
    for (int i = last; i >= 0 && a.t.para[a.mentions.get(i).nameStart] >= q.para() - 2; i--) {
      near(q, out, a.mentions.get(i));
    }
    for (int i = last + 1;
        i < a.mentions.size() && a.t.para[a.mentions.get(i).nameStart] <= q.lastPara() + 1;
        i++) {
      near(q, out, a.mentions.get(i));
    }
  }

  private void near(QuoteSite q, Map<String, Candidate> out, Found f) {
    if (f.inQuote) {
      return;
    }
    Candidate k = out.computeIfAbsent(f.person, s -> new Candidate(s, false));
    place(q, k, f.roleStart, f.nameEnd);
    k.x[Feature.ROLE.at()] = Math.max(k.x[Feature.ROLE.at()], f.roleWords.isEmpty() ? 0 : 1);
    k.x[Feature.FULL_NAME.at()] = Math.max(k.x[Feature.FULL_NAME.at()], f.nameWords >= 2 ? 1 : 0);
    k.x[Feature.CONTEXTUAL.at()] = Math.max(k.x[Feature.CONTEXTUAL.at()], f.contextual ? 1 : 0);
    if (k.surface == null) {
      k.surface = a.surface(f.roleStart, f.nameEnd);
    }
  }

  private void nearbyOrgs(QuoteSite q, Map<String, Candidate> out) {
    for (Orgs.Org o : a.orgs) {
      int p = a.t.para[o.start()];
      if (p < q.para() - 2 || a.quoted[o.start()]) {
        continue;
      }
      if (p > q.lastPara() + 1) {
        break;
      }
      Candidate k = out.computeIfAbsent(o.name(), s -> new Candidate(s, true));
      place(q, k, o.start(), o.end());
      if (k.surface == null) {
        k.surface = a.surface(o.start(), o.end());
      }
    }
  }

  /**
   * Notes a naming of {@code k} at tokens [start, end): how near the quote, and in which paragraph.
   */
  private void place(QuoteSite q, Candidate k, int start, int end) {
    if (end <= q.open()) {
      k.x[Feature.NEAR_BEFORE.at()] =
          Math.max(k.x[Feature.NEAR_BEFORE.at()], 1 / (1 + (q.open() - end) / 10.0));
    } else if (start >= q.close()) {
      k.x[Feature.NEAR_AFTER.at()] =
          Math.max(k.x[Feature.NEAR_AFTER.at()], 1 / (1 + (start - q.close()) / 10.0));
    }
    int p = a.t.para[start];
    if (p >= q.para() && p <= q.lastPara()) {
      k.x[Feature.SAME_PARA.at()] = 1;
    } else if (p == q.para() - 1) {
      k.x[Feature.PREV_PARA.at()] = 1;
    }
  }

  /** The candidate's own features that do not depend on where it is named. */
  private void describe(QuoteSite q, Candidate k) {
    k.x[Feature.ORGANISATION.at()] = k.organisation ? 1 : 0;
    History h = c.history();
    k.x[Feature.PREVIOUS_SPEAKER.at()] =
        h.previous() != null && k.speaker.equals(h.previous().speaker()) ? 1 : 0;
    SpeechEvents ev = c.events();
    int e = ev.lastBefore(q.open());
    k.x[Feature.STATEMENT.at()] =
        e >= 0
                && a.t.para[ev.token(e)] >= q.para() - ArticleText.CONTEXT_PARAS
                && k.speaker.equals(ev.speaker(e))
            ? 1
            : 0;
    int n = named.getOrDefault(k.speaker, 0);
    k.x[Feature.MENTIONS.at()] = Math.min(Math.log1p(n) / 3, 1);
    k.x[Feature.MENTION_SHARE.at()] = namings == 0 ? 0 : n / (double) namings;
  }

  /** The features of the quote itself, the same for each of its candidates. */
  private static void quote(
      QuoteSite q, List<Proposal> ps, List<String> speakers, int candidates, double[] x) {
    x[Feature.Q_WORDS.at()] = q.words() / 12.0;
    x[Feature.Q_STARTS_CAP.at()] = q.startsCap() ? 1 : 0;
    x[Feature.Q_END_PUNCT.at()] = q.endPunct() ? 1 : 0;
    x[Feature.Q_TRAILING.at()] = q.trailing() ? 1 : 0;
    x[Feature.Q_SENTENCE_START.at()] = q.sentenceStart() ? 1 : 0;
    x[Feature.Q_AFTER.at()] = q.after() >= 0 ? 1 : 0;
    x[Feature.Q_BEFORE.at()] = q.before() >= 0 ? 1 : 0;
    x[Feature.Q_COLON.at()] = q.prevChar() == ':' ? 1 : 0;
    x[Feature.Q_FIRST_PARA.at()] = q.para() == 0 ? 1 : 0;
    x[Feature.Q_MULTI_PARA.at()] = q.lastPara() > q.para() ? 1 : 0;
    x[Feature.Q_SIEVE_UNRESOLVED.at()] = !ps.isEmpty() && speakers.get(0) == null ? 1 : 0;
    x[Feature.Q_NO_RULE.at()] = ps.isEmpty() ? 1 : 0;
    x[Feature.Q_CANDIDATES.at()] = Math.log1p(candidates) / 3;
  }
}
