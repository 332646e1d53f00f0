package org.wirescope.text.speakers;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.tokens.Tokens;

/**
 * Turns a {@link Subject} into the person or organisation it refers to, or null: "he" is the most
 * recent person of that gender outside quotations, "the press secretary" the person the article
 * gave that role, "the ministry" the organisation of that kind named last, "it" the organisation
 * that spoke last.
 */
public final class Resolver {
  /** Organisations named before a quote that "the ministry" may refer to, nearest first. */
  static final int ORGS_BACK = 60;

  /**
   * Tokens back to the document that "the statement said" names ("a statement by the ministry").
   */
  static final int DOCUMENT_BACK_TOKENS = 400;

  /** Tokens between a document and the verb of its issuer: "the ministry said in a statement". */
  static final int ISSUER_VERB_TOKENS = 5;

  /** Tokens before that verb in which its issuer may stand. */
  static final int ISSUER_TOKENS = 40;

  /** Person mentions back that "he" or "she" may refer to. */
  static final int PRONOUN_MENTIONS_BACK = 30;

  /** Person mentions back that "the spokesman" may refer to. */
  static final int ROLE_MENTIONS_BACK = 200;

  private final ArticleText a;
  private final Subjects subjects;
  private final Tokens t;
  private final List<Found> mentions;
  private final List<Orgs.Org> orgs;

  public Resolver(ArticleText a, Subjects subjects) {
    this.a = a;
    this.subjects = subjects;
    this.t = a.t;
    this.mentions = a.mentions;
    this.orgs = a.orgs;
  }

  /** The speaker {@code s} names, given what the article's earlier quotes left; or null. */
  public String speaker(Subject s, History h) {
    if (s instanceof Subject.Named n) {
      return mentions.get(n.mention()).person;
    } else if (s instanceof Subject.Reference r) {
      return reference(r.start(), r.end());
    } else if (s instanceof Subject.Organisation o) {
      return orgs.get(o.org()).name();
    } else if (s instanceof Subject.It) {
      return h.recentOrg(t.para[s.start()]);
    } else if (s instanceof Subject.Document) {
      return documentAuthor(s.start(), h);
    } else if (s instanceof Subject.OrgNoun) {
      return orgNoun(s.start(), s.end(), h);
    } else if (s instanceof Subject.Carried c) {
      return c.speaker();
    }
    return null; // Subject.Nobody
  }

  /**
   * "the ministry": the organisation that spoke last if it fits, else the nearest one named before.
   */
  private String orgNoun(int start, int end, History h) {
    String head = t.clean(end - 1);
    boolean body = Orgs.GOVERNMENT_BODIES.contains(head);
    Quote prev = h.previous();
    if (prev != null && prev.speaker() != null && prev.organisation()) {
      String last = Words.lower(prev.speaker());
      if (last.contains(head) || (body && bodyName(last))) {
        return prev.speaker();
      }
    }
    int lo = orgsBefore(start);
    for (int i = lo - 1; i >= 0 && i >= lo - ORGS_BACK; i--) {
      Orgs.Org o = orgs.get(i);
      if (!a.quoted[o.start()] && o.words().contains(head)) {
        return o.name();
      }
    }
    if (body) {
      for (int i = lo - 1; i >= 0 && i >= lo - ORGS_BACK; i--) {
        Orgs.Org o = orgs.get(i);
        if (!a.quoted[o.start()] && bodyName(Words.lower(o.name()))) {
          return o.name();
        }
      }
    }
    return null;
  }

  /** How many organisations start before token {@code tok}. */
  private int orgsBefore(int tok) {
    int lo = 0;
    int hi = orgs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (orgs.get(mid).start() < tok) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * "the statement said": the organisation that issued the last statement the article mentioned
   * ("the ministry said in a statement", "a statement by the European Commission"), else the
   * organisation that spoke last; null when neither is near.
   */
  private String documentAuthor(int tok, History h) {
    String doc = t.lower(tok + 1);
    int para = t.para[tok];
    for (int k = tok - 1;
        k >= 0 && k >= tok - DOCUMENT_BACK_TOKENS && t.para[k] >= para - ArticleText.CONTEXT_PARAS;
        k--) {
      if (a.quoted[k] || !t.word[k] || !t.lower(k).equals(doc)) {
        continue;
      }
      String by = issuedBy(k);
      if (by != null) {
        return by;
      }
      String subject = issuerBefore(k, h);
      if (subject != null) {
        return subject;
      }
      break;
    }
    return h.recentOrg(para);
  }

  /**
   * "a joint statement by the European Commission": the issuer after the document word at {@code
   * k}.
   */
  private String issuedBy(int k) {
    int m = k + 1;
    if (m < t.size && t.word[m] && Words.DOCUMENT_BY.contains(t.lower(m))) {
      m++;
      if (m < t.size && t.word[m] && t.lower(m).equals("the")) {
        m++;
      }
      if (m < t.size && a.orgAt[m] >= 0) {
        return orgs.get(a.orgAt[m]).name();
      }
      if (m < t.size && a.mentionAt[m] >= 0) {
        return mentions.get(a.mentionAt[m]).person;
      }
    }
    return null;
  }

  /**
   * "the Russian Foreign Ministry said in a statement": the organisation before the verb before
   * {@code k}.
   */
  private String issuerBefore(int k, History h) {
    for (int v = k - 1; v >= 0 && v >= k - ISSUER_VERB_TOKENS && t.para[v] == t.para[k]; v--) {
      if (a.isVerbAt(v) || t.lower(v).equals("issued")) {
        Subject subj = subjects.adjacentSubject(v, Math.max(0, v - ISSUER_TOKENS));
        if (subj instanceof Subject.Organisation || subj instanceof Subject.OrgNoun) {
          return speaker(subj, h);
        }
        return null;
      }
    }
    return null;
  }

  private static boolean bodyName(String lowerName) {
    for (String b : Orgs.GOVERNMENT_BODIES) {
      if (lowerName.endsWith(b)) {
        return true;
      }
    }
    return false;
  }

  /** Resolves a pronoun or a role phrase in [start, end) to a person, or null. */
  private String reference(int start, int end) {
    String w = t.lower(start);
    if (Words.isPersonPronoun(w)) {
      boolean female = w.equals("she");
      int last = a.lastMentionBefore(start);
      for (int i = last; i >= 0 && i > last - PRONOUN_MENTIONS_BACK; i--) {
        Found f = mentions.get(i);
        if (!f.inQuote && f.female == female) {
          return f.person;
        }
      }
      return null;
    }
    String head = t.clean(end - 1);
    if (head.equals("secretary") && end - 2 > start && t.lower(end - 2).equals("press")) {
      head = "spokesman"; // "the press secretary" is the spokesman, not a Secretary of State
    }
    Set<String> accept = Words.roleClass(head);
    boolean diplomat = head.equals("diplomat");
    // "the Russian leader", "the Foreign Ministry spokeswoman": a person whose role shares a
    // modifier is preferred; without one, the nearest person in the role class is taken.
    Set<String> modifiers = new HashSet<>();
    for (int k = start + 1; k < end - 1; k++) {
      String m = t.lower(k);
      if (t.word[k] && !Words.NOT_NAME_START.contains(m) && !m.equals("top")) {
        modifiers.add(t.clean(k));
      }
    }
    boolean wantFemale = head.equals("spokeswoman") || head.equals("chairwoman");
    if (!modifiers.isEmpty() || wantFemale) {
      String preferred = role(start, accept, diplomat, modifiers, wantFemale);
      if (preferred != null) {
        return preferred;
      }
    }
    return role(start, accept, diplomat, Set.of(), false);
  }

  /**
   * The nearest person before token {@code start} in the role class, sharing a modifier if any are
   * given.
   */
  private String role(
      int start, Set<String> accept, boolean diplomat, Set<String> modifiers, boolean female) {
    int last = a.lastMentionBefore(start);
    for (int i = last; i >= 0 && i > last - ROLE_MENTIONS_BACK; i--) {
      Found f = mentions.get(i);
      if (f.inQuote
          || (female && !f.female)
          || (!modifiers.isEmpty() && Collections.disjoint(modifiers, f.roleWords))) {
        continue;
      }
      if (diplomat ? isDiplomat(f) : !Collections.disjoint(accept, f.roleWords)) {
        return f.person;
      }
    }
    return null;
  }

  /** An ambassador, envoy, foreign minister or secretary of state; not any minister. */
  private static boolean isDiplomat(Found f) {
    Set<String> r = f.roleWords;
    return r.contains("ambassador")
        || r.contains("envoy")
        || r.contains("diplomat")
        || r.contains("consul")
        || (r.contains("foreign") && r.contains("minister"))
        || (r.contains("secretary") && r.contains("state"));
  }
}
