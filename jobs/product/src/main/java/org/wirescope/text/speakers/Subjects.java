package org.wirescope.text.speakers;

import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;

/**
 * Finds the subject of a speech verb: a person's name, a pronoun or role to resolve, an
 * organisation, or no one we may name ({@link Subject}). Reads only the article; what a subject
 * refers to is {@link Resolver}'s work.
 */
public final class Subjects extends ArticleTextReader {
  /**
   * Tokens an apposition between a subject and its verb may span: "Peskov, the Kremlin spokesman,
   * said".
   */
  static final int APPOSITION_TOKENS = 30;

  public Subjects(ArticleText a) {
    super(a);
  }

  /**
   * The subject right before a speech verb: a name, pronoun, role or organisation that ends next to
   * it, allowing adverbs and auxiliaries ("Peskov also said", "he has said") and one apposition set
   * off by commas ("Peskov, the Kremlin spokesman, said"); else null.
   */
  Subject adjacentSubject(int verb, int from) {
    int j = verb - 1;
    int appositions = 0;
    while (j >= from) {
      if (quoted[j]) {
        return null;
      }
      if (t.word[j]) {
        String w = t.lower(j);
        if (Words.SUBJECT_SKIP.contains(w) || (w.endsWith("ly") && w.length() > 4)) {
          j--;
          continue;
        }
        break;
      }
      char c = t.first(j);
      if (c == ')' || c == ',') {
        char open = c == ')' ? '(' : ',';
        int k = j - 1;
        while (k >= from && k > j - APPOSITION_TOKENS && !(!t.word[k] && t.first(k) == open)) {
          k--;
        }
        if (k < from || k <= j - APPOSITION_TOKENS || ++appositions > 1) {
          return null;
        }
        j = k - 1;
        continue;
      }
      return null;
    }
    if (j < from) {
      return null;
    }
    int mi = mentionAt[j];
    if (mi >= 0) {
      return mentions.get(mi).inQuote ? null : named(mi, from);
    }
    if (orgAt[j] >= 0) {
      return organisation(j, from);
    }
    if (Words.isPersonPronoun(t.lower(j))) {
      return new Subject.Reference(j, j + 1);
    }
    // "the Kremlin spokesman said", "the ministry said": a role or organisation noun that ends
    // next to the verb
    for (int k = j; k >= from && k >= j - 4; k--) {
      if (t.word[k] && t.lower(k).equals("the")) {
        if (roleHead(k + 1, j + 1) == j) {
          return new Subject.Reference(k, j + 1);
        }
        if (nominalOrg(k + 1, j + 1) == j) {
          return new Subject.OrgNoun(k, j + 1);
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The subject of a cue after a quote, the first between the quote and the verb; {@link
   * Subject.Nobody} when there is none to name. (Taking the name next to the verb when the writer's
   * sentence runs on after the quote came from one dev article and changed nothing on PolNeAR
   * train, so it went.)
   */
  public Subject subjectAfterQuote(int k, int verb) {
    Subject s = subjectIn(k, verb, true);
    if (s != null) {
      return s;
    }
    Subject v = subjectAfterVerb(verb);
    return v != null ? v : new Subject.Nobody(verb, verb + 1);
  }

  /**
   * Where the main clause starts: after an opening adverbial clause set off by a comma ("With
   * leaders worried about Hillary Clinton, President Obama is rolling out a message: …").
   */
  public int afterOpeningClause(int from, int to) {
    if (from >= to || !t.word[from] || !Words.OPENING_SUBORDINATORS.contains(t.lower(from))) {
      return from;
    }
    for (int k = from + 1; k < to; k++) {
      if (t.isPunct(k, ',')) {
        return k + 1;
      }
    }
    return from;
  }

  /** The subject of a cue before a quote, {@link Subject.Nobody} when there is none to name. */
  public Subject subjectBeforeQuote(int from, int verb) {
    String cue = t.lower(verb);
    if (!cue.equals("according")) {
      // "Trump attacked Clinton for her vote, saying, “…”": a participle's subject is the
      // clause's subject, the first name, not the object nearest the verb
      Subject s = subjectIn(from, verb, cue.endsWith("ing"));
      if (s != null) {
        return s;
      }
    }
    Subject v = subjectAfterVerb(verb);
    return v != null ? v : new Subject.Nobody(verb, verb + 1);
  }

  /**
   * A name, pronoun, role or organisation between {@code from} and {@code to}: the first one, or
   * the last name (else the last other subject) when {@code first} is false; null when none.
   */
  public Subject subjectIn(int from, int to, boolean first) {
    Subject best = null;
    Subject bestName = null;
    for (int m = from; m < to; m++) {
      Subject hit = subjectAt(m, from, to, first);
      if (hit == null) {
        continue;
      }
      m = hit.end() - 1;
      if (hit instanceof Subject.Named) {
        if (first) {
          return hit;
        }
        bestName = hit;
      } else if (best == null || !first) {
        best = hit;
      }
    }
    return bestName != null ? bestName : best;
  }

  /**
   * What opens at token {@code m} as a subject, read no further than {@code limit}: a name outside
   * quotations, a personal pronoun, an organisation, a role, organisation noun or document after
   * "the" (a role after a possessive), "it" where {@code it} allows, or "I", "we" or "they", no one
   * to name; else null. Names and organisations keep their words from {@code from} on.
   */
  private Subject subjectAt(int m, int from, int limit, boolean it) {
    int mi = mentionAt[m];
    if (mi >= 0 && !mentions.get(mi).inQuote) {
      return named(mi, from);
    }
    if (!t.word[m] || quoted[m]) {
      return null;
    }
    String w = t.lower(m);
    if (Words.isPersonPronoun(w)) {
      return new Subject.Reference(m, m + 1);
    }
    if (orgAt[m] >= 0) {
      return organisation(m, from);
    }
    boolean the = w.equals("the");
    if (the || WordForms.isPossessive(t.str(m))) {
      Subject role = determined(m, limit, the);
      if (role == null
          && the
          && m + 1 < limit
          && t.word[m + 1]
          && Words.DOCUMENTS.contains(t.lower(m + 1))) {
        return new Subject.Document(m, m + 2);
      }
      return role;
    }
    if (w.equals("it")) {
      return it ? new Subject.It(m, m + 1) : null;
    }
    if (w.equals("i") || w.equals("we") || w.equals("they")) {
      return new Subject.Nobody(m, m + 1);
    }
    return null;
  }

  /** The mention {@code mi} as a subject, with its role words from {@code from} on. */
  private Subject named(int mi, int from) {
    Found f = mentions.get(mi);
    return new Subject.Named(mi, Math.max(f.roleStart, from), f.nameEnd);
  }

  /** The organisation over token {@code k} as a subject, with its words from {@code from} on. */
  private Subject organisation(int k, int from) {
    Orgs.Org o = orgs.get(orgAt[k]);
    return new Subject.Organisation(orgAt[k], Math.max(o.start(), from), o.end());
  }

  /**
   * After the determiner at {@code k}: a role ("the Kremlin spokesman", "Putin's spokesman"), else
   * where {@code orgNouns} an organisation noun ("the Russian ministry"); null when neither ends
   * before {@code limit}.
   */
  private Subject determined(int k, int limit, boolean orgNouns) {
    int head = roleHead(k + 1, limit);
    if (head >= 0) {
      return new Subject.Reference(k, head + 1);
    }
    int orgHead = orgNouns ? nominalOrg(k + 1, limit) : -1;
    return orgHead >= 0 ? new Subject.OrgNoun(k, orgHead + 1) : null;
  }

  /** A role head noun within three words after {@code k} ("the Kremlin spokesman"), or -1. */
  int roleHead(int k, int limit) {
    for (int m = k; m < limit && m < k + 4; m++) {
      if (!t.word[m]) {
        return -1;
      }
      String w = t.clean(m);
      if (Words.isRoleHead(w) && !WordForms.isPossessive(t.str(m))) {
        // the head is the last role word of the phrase: "press secretary", "foreign minister"
        int h = m;
        while (h + 1 < limit
            && h + 1 < t.size
            && t.word[h + 1]
            && Words.isRoleHead(t.clean(h + 1))) {
          h++;
        }
        return h;
      }
    }
    return -1;
  }

  Subject subjectAfterVerb(int verb) {
    int m = verb + 1;
    String v = t.lower(verb);
    if (v.equals("according") || v.equals("pointed") || v.equals("went")) {
      m++;
    }
    int para = t.para[verb];
    for (int k = m; k < t.size && k < m + 3 && t.para[k] == para; k++) {
      int mi = mentionAt[k];
      if (mi >= 0) {
        return named(mi, k);
      }
      if (!t.word[k]) {
        return null;
      }
      String w = t.lower(k);
      if (Words.isPersonPronoun(w)) {
        return k == m ? new Subject.Reference(k, k + 1) : null;
      }
      if (k == m && w.equals("by")) {
        continue; // "was asked by host Bill Maher": the agent speaks
      }
      if ((k == m && w.equals("of")) || (!w.equals("the") && Words.DESCRIPTOR_STOPS.contains(w))) {
        // "said of Mr. Cruz", "said in a statement", "said a senior Cruz adviser": the name
        // that follows is not the speaker
        return null;
      }
      boolean orgOk = !Words.OBJECT_VERBS.contains(v);
      if (orgOk && orgAt[k] >= 0) {
        return organisation(k, k);
      }
      if (w.equals("the")) {
        // "said the Rev. Peter Wherry, of ...": a name with its honorific
        int mn = k + 1 < t.size && t.para[k + 1] == para ? mentionAt[k + 1] : -1;
        if (mn >= 0
            && mentions.get(mn).roleStart == k + 1
            && a.endsPhrase(mentions.get(mn).nameEnd)) {
          Found f = mentions.get(mn);
          return new Subject.Named(mn, k + 1, f.nameEnd);
        }
        return determined(k, t.size, orgOk);
      }
    }
    return describedName(m, para);
  }

  /**
   * "said former Obama adviser David Axelrod", "said Republican party boss Reince Priebus": a name
   * after a few words that describe the person, where the name ends the phrase. Stops at function
   * words, dates and articles ("said on Monday that Putin ...", "said a senior aide").
   */
  Subject describedName(int m, int para) {
    for (int k = m; k < t.size && k < m + 9 && t.para[k] == para; k++) {
      if (!t.word[k] || quoted[k]) {
        return null;
      }
      int mi = mentionAt[k];
      if (mi >= 0) {
        Found f = mentions.get(mi);
        return !f.inQuote && a.endsPhrase(f.nameEnd) ? new Subject.Named(mi, k, f.nameEnd) : null;
      }
      String w = t.lower(k);
      if (Words.DESCRIPTOR_STOPS.contains(w)
          || Words.MONTHS.contains(w)
          || Words.WEEKDAYS.contains(w)
          || a.isVerbAt(k)
          || orgAt[k] >= 0) {
        return null;
      }
    }
    return null;
  }

  /** "the (Russian) ministry": the organisation noun within three words after {@code k}, or -1. */
  int nominalOrg(int k, int limit) {
    for (int m = k; m < limit && m < k + 3 && m < t.size; m++) {
      if (!t.word[m] || quoted[m]) {
        return -1;
      }
      String raw = t.str(m);
      String w = t.clean(m);
      if (Orgs.NOMINALS.contains(w) && Character.isLowerCase(raw.charAt(0))) {
        return m;
      }
      if (Words.isSpeechVerb(w)) {
        return -1;
      }
    }
    return -1;
  }
}
