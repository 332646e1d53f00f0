package org.wirescope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.wirescope.text.PersonFinder.Found;
import org.wirescope.text.QuoteFinder.Span;
import org.wirescope.text.TextAnalyzer.Quote;
import org.wirescope.text.TextAnalyzer.Sentence;

/**
 * Tells direct quotations from scare quotes, titles and fragments, and finds their speakers.
 *
 * <p>A quoted span is a direct quotation when a speech verb or a colon introduces it ("he said:
 * “…”"), or when it starts with a capital and either stands at the start of a sentence with a
 * speech verb after it or is long enough to be a statement. Lower-case fragments inside indirect
 * speech ('called the plan “a disaster”') and quoted names and titles are not.
 *
 * <p>The speaker comes from, in order: the clause after the quote ("“…,” Peskov said", "said
 * Peskov"), the clause before it ("Peskov said: “…”", "according to Peskov"), a name before a
 * colon, else the previous quotation's speaker when this one has no verb of its own (a
 * continuation). A subject may be a name, a pronoun (the most recent person of that gender
 * outside quotations) or a role ("the press secretary": the person the article gave that role).
 * Anything else (officials, a statement) gives no speaker rather than a guess.
 */
final class Attributor {
  /** How many paragraphs back a quote without a verb may look for its speaker. */
  static final int CONTEXT_PARAS = 2;
  private final Tokens t;
  private final List<Found> mentions;
  private final List<Sentence> sentences;
  /** Index into {@code mentions} of the mention covering each token, or -1. */
  private final int[] mentionAt;
  private final int[] mentionStarts;
  /** Organisations that may speak, and the organisation covering each token, or -1. */
  private final List<Orgs.Org> orgs;
  private final int[] orgAt;

  private Attributor(Tokens t, List<Found> mentions, List<Sentence> sentences, int[] labels) {
    this.t = t;
    this.mentions = mentions;
    this.sentences = sentences;
    this.mentionAt = new int[t.size];
    java.util.Arrays.fill(mentionAt, -1);
    this.mentionStarts = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Found f = mentions.get(i);
      mentionStarts[i] = f.nameStart;
      for (int k = f.roleStart; k < f.nameEnd; k++) {
        mentionAt[k] = i;
      }
    }
    this.orgs = Orgs.find(t, mentionAt, labels);
    this.orgAt = new int[t.size];
    java.util.Arrays.fill(orgAt, -1);
    for (int i = 0; i < orgs.size(); i++) {
      for (int k = orgs.get(i).start(); k < orgs.get(i).end(); k++) {
        orgAt[k] = i;
      }
    }
  }

  /** The direct quotations among {@code spans}, with speakers. Marks mentions inside quotes. */
  static List<Quote> attribute(Tokens t, List<Span> spans, List<Found> mentions,
      List<Sentence> sentences, int[] labels) {
    markQuoted(t, spans, mentions);
    return new Attributor(t, mentions, sentences, labels).run(spans);
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

  /** The state of the previous direct quotation. */
  private Quote prevQuote;
  private int prevLastPara = -10;
  private int prevCue = -1;
  private int prevEndTok = -1;
  /** The organisation that spoke last, and the paragraph where. */
  private String lastOrg;
  private int lastOrgPara = -10;

  /** Token of each speech event outside quotations ("Peskov said that ...") and its speaker. */
  private int[] eventTok = new int[0];
  private String[] eventPerson = new String[0];
  private boolean[] eventOrg = new boolean[0];
  private boolean[] quoted;

  /** Finds, per sentence, the first speech verb outside quotes whose subject is a person. */
  private void speechEvents(List<Span> spans) {
    quoted = new boolean[t.size];
    for (Span s : spans) {
      for (int k = t.indexAt(s.start()); k < t.size && t.start[k] < s.end(); k++) {
        quoted[k] = true;
      }
    }
    List<Integer> toks = new ArrayList<>();
    List<String> persons = new ArrayList<>();
    List<Boolean> isOrg = new ArrayList<>();
    for (Sentence sen : sentences) {
      int ts = t.indexAt(sen.start());
      int te = t.indexAt(sen.end());
      for (int m = ts; m < te; m++) {
        if (quoted[m] || !isVerbAt(m)) {
          continue;
        }
        int[] subj = t.lower(m).equals("according") ? subjectAfterVerb(m)
            : adjacentSubject(m, ts);
        if (subj == null) {
          subj = subjectAfterVerb(m);
        }
        String person = null;
        if (subj != null && subj[0] >= 0) {
          person = mentions.get(subj[0]).person;
        } else if (subj != null && subj[0] == -2) {
          person = resolveRef(subj[1], subj[2]);
        } else if (subj != null && (subj[0] == -3 || subj[0] == -4)) {
          person = resolveOrg(subj);
        }
        if (person != null) {
          toks.add(m);
          persons.add(person);
          isOrg.add(subj[0] <= -3);
          break;
        }
      }
    }
    eventTok = toks.stream().mapToInt(Integer::intValue).toArray();
    eventPerson = persons.toArray(new String[0]);
    eventOrg = new boolean[isOrg.size()];
    for (int i = 0; i < eventOrg.length; i++) {
      eventOrg[i] = isOrg.get(i);
    }
  }

  /**
   * The subject right before a speech verb: a name, pronoun, role or organisation that ends
   * next to it, allowing adverbs and auxiliaries ("Peskov also said", "he has said") and one
   * apposition set off by commas ("Peskov, the Kremlin spokesman, said"); else null.
   */
  private int[] adjacentSubject(int verb, int from) {
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
        while (k >= from && k > j - 30 && !(!t.word[k] && t.first(k) == open)) {
          k--;
        }
        if (k < from || k <= j - 30 || ++appositions > 1) {
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
      Found f = mentions.get(mi);
      return f.inQuote ? null : new int[] {mi, Math.max(f.roleStart, from), f.nameEnd};
    }
    if (orgAt[j] >= 0) {
      Orgs.Org o = orgs.get(orgAt[j]);
      return new int[] {-3, Math.max(o.start(), from), o.end(), orgAt[j]};
    }
    String w = t.lower(j);
    if (w.equals("he") || w.equals("she")) {
      return new int[] {-2, j, j + 1};
    }
    for (int k = j; k >= from && k >= j - 4; k--) {
      if (t.word[k] && t.lower(k).equals("the")) {
        if (roleHead(k + 1, j + 1) == j) {
          return new int[] {-2, k, j + 1};
        }
        if (nominalOrg(k + 1, j + 1) == j) {
          return new int[] {-4, k, j + 1};
        }
        return null;
      }
    }
    return null;
  }

  /** Index of the last speech event before token {@code tok}, or -1. */
  private int lastEventBefore(int tok) {
    int lo = 0;
    int hi = eventTok.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (eventTok[mid] < tok) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private List<Quote> run(List<Span> spans) {
    speechEvents(spans);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.text().isBlank()) {
        continue;
      }
      int nextStartTok = i + 1 < spans.size() ? t.indexAt(spans.get(i + 1).start()) : t.size;
      Quote q = quote(s, nextStartTok);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private Quote quote(Span s, int nextStartTok) {
    int openTok = t.indexAt(s.start());
    int closeTok = t.indexAt(s.end());
    if (openTok >= t.size) {
      return null;
    }
    int para = t.para[openTok];
    int lastPara = closeTok > 0 ? t.para[closeTok - 1] : para;
    String text = s.text();
    int nw = 0;
    for (int k = t.indexAt(s.contentStart()); k < closeTok && nw < 12; k++) {
      if (t.word[k]) {
        nw++;
      }
    }
    boolean startsCap = startsCapital(text);
    boolean endPunct = endsWithPunct(text) || (s.end() < t.text.length()
        && ",.?!—–:;".indexOf(t.text.charAt(s.end())) >= 0);
    int pb = openTok - 1;
    if (pb >= 0 && t.para[pb] != para) {
      pb = -1;
    }
    char prevChar = pb >= 0 && !t.word[pb] ? t.first(pb) : 0;
    String prevWord = pb >= 0 && t.word[pb] ? t.lower(pb) : null;
    boolean sentenceStart = pb < 0 || ".?!”\"»)’".indexOf(prevChar) >= 0;

    int sentStartTok = t.indexAt(sentenceStartOffset(s.start()));
    int windowStart = Math.max(sentStartTok, prevEndTok);
    if (pb < 0) {
      windowStart = openTok;
    }
    int after = afterCue(closeTok, lastPara, nextStartTok, text);
    if (after < 0) {
      after = nameThenVerb(closeTok, lastPara, nextStartTok, text);
    }
    if (after < 0) {
      after = verbThenName(closeTok, lastPara, nextStartTok, text);
    }
    int before = beforeCue(windowStart, openTok);
    boolean introduced = prevChar == ':' || (prevChar == ',' && before >= 0)
        || (prevWord != null && PersonFinder.isSpeechVerb(prevWord))
        || (prevChar == ',' && pb >= 1 && t.word[pb - 1]
            && PersonFinder.isSpeechVerb(t.lower(pb - 1)));

    // 'According to Trump, “countries that treat us fairly will …”': a whole clause in the
    // speaker's words, even when it starts in lower case.
    boolean accordingTo = prevChar == ',' && !startsCap && endPunct && nw >= 6
        && sentStartTok + 1 < openTok && t.lower(sentStartTok).equals("according")
        && t.lower(sentStartTok + 1).equals("to");
    boolean direct;
    if (accordingTo) {
      direct = true;
    } else if (introduced) {
      // a lower-case second half of a split quotation ('“…,” he said, “and …”'): three words or
      // more, or fewer that end the sentence ('«If you want to sell here», he said, «build here».')
      direct = startsCap ? nw >= 1
          : (prevChar == ',' || prevChar == ':') && before >= 0 && openTok - before <= 5 && (nw >= 3 || endPunct)
              && prevQuote != null && prevEndTok >= sentStartTok && prevEndTok <= before;
    } else if (!startsCap) {
      direct = false;
    } else if (sentenceStart) {
      direct = after >= 0 || (endPunct && nw >= 3) || nw >= 8;
    } else if (prevWord != null && (Words.FRAGMENT_CUES.contains(prevWord)
        || Words.INDIRECT_CUES.contains(prevWord))) {
      // 'called it “a disaster”', 'tweeted that “I am …”': part of the writer's sentence
      direct = false;
    } else if (prevWord != null && Character.isLowerCase(t.first(pb))) {
      // 'on “Fox and Friends,”', 'wearing “Make America …”': a quote run into the writer's
      // words without a comma or colon is a title or a fragment unless a verb follows
      direct = false;
    } else {
      direct = (endPunct && nw >= 5) || (after >= 0 && nw >= 3);
    }
    boolean speakerGoesOn = prevQuote != null && prevQuote.speaker() != null && prevLastPara == para;
    if (direct && para > 0 && titleCase(t.indexAt(s.contentStart()), closeTok) && !speakerGoesOn) {
      // “Face the Nation,” “Crippled America: How to Make America Great Again”: a title, unless
      // the speaker of the paragraph's previous quote goes on ('“The Boss. The Big Boss.”')
      direct = false;
    }
    if (direct && !claimedBySpeech(s, text, openTok, closeTok, para, lastPara, pb, prevChar, prevWord, before, after)
        && (namedBefore(pb, prevChar) || (para > 0 && titleShaped(t.indexAt(s.contentStart()), closeTok)))) {
      // 'the paper is entitled: “…”', '“Operation Quiet Harbour” ended in May, the ministry
      // said': a name in quotes that no speech verb claims is the name of a document, treaty,
      // book or operation, not something anyone said. A claimed one ('“Dead End,” he said')
      // stays a quotation.
      direct = false;
    }
    if (!direct) {
      return null;
    }

    String speaker = null;
    String surface = null;
    String cue = null;
    String rule = "none";
    boolean continuation = false;
    int cueTok = -1;
    boolean trailing = endPunctInside(text) || (s.end() < t.text.length()
        && ",?!—–".indexOf(t.text.charAt(s.end())) >= 0);
    int[] subj = null;
    int dash = after < 0 ? dashSpeaker(closeTok, lastPara) : -1;
    if (dash >= 0) {
      Found f = mentions.get(dash);
      subj = new int[] {dash, f.roleStart, f.nameEnd};
      rule = "dash";
    } else if (after >= 0 && (trailing || before < 0)) {
      subj = subjectAfterQuote(closeTok, after);
      cueTok = after;
      rule = "after";
    } else if (before >= 0) {
      subj = subjectBeforeQuote(windowStart, before);
      cueTok = before;
      rule = "before";
      if (prevQuote != null && before == prevCue && before >= prevEndTok) {
        continuation = true;
        rule = "split";
      }
    } else if (prevChar == ':' && pb >= 1 && mentionAt[pb - 1] >= 0) {
      int m = mentionAt[pb - 1];
      subj = new int[] {m, mentions.get(m).roleStart, mentions.get(m).nameEnd};
      rule = "colon";
    } else if (prevChar == ':' && pb >= 1 && t.word[pb - 1] && windowStart < pb) {
      // "Mr. Christie gloated: “…”", "the Board of Elections was conclusive: “…”": the subject
      // of the clause before the colon
      subj = subjectIn(afterOpeningClause(windowStart, pb), pb, true);
      if (subj != null && subj[0] == -1) {
        subj = null;
      }
      if (subj != null) {
        rule = "colon-clause";
      }
    } else if (pb < 0 && openTok > 0 && t.para[openTok - 1] == para - 1
        && t.isPunct(openTok - 1, ':')) {
      // "Stated Stone:" / "Cruz called them on it:" and the quote as the next paragraph
      int colon = openTok - 1;
      int from = Math.max(t.indexAt(sentenceStartOffset(t.start[colon])), prevEndTok);
      int verb = beforeCue(from, colon);
      subj = verb >= 0 ? subjectBeforeQuote(from, verb) : subjectIn(from, colon, true);
      if (subj != null && subj[0] == -1) {
        subj = null;
      }
      if (subj != null) {
        cueTok = verb;
        rule = "colon-paragraph";
      }
    }
    if (subj != null && subj[0] >= 0) {
      speaker = mentions.get(subj[0]).person;
      surface = t.text.substring(t.start[subj[1]], t.end[subj[2] - 1]);
    } else if (subj != null && subj[0] <= -3) {
      speaker = resolveOrg(subj);
      surface = t.text.substring(t.start[subj[1]], t.end[subj[2] - 1]);
      rule = "org:" + rule + (speaker == null ? "-unresolved" : "");
    } else if (subj != null && subj[0] == -2) {
      speaker = resolveRef(subj[1], subj[2]);
      surface = t.text.substring(t.start[subj[1]], t.end[subj[2] - 1]);
      if (speaker == null) {
        rule = rule + "-unresolved";
      }
    }
    if (cueTok >= 0) {
      cue = t.str(cueTok);
    }
    if (cueTok < 0 && subj == null) {
      int ev = lastEventBefore(openTok);
      boolean quoteOk = prevQuote != null && prevQuote.speaker() != null && prevLastPara >= para - CONTEXT_PARAS;
      boolean eventOk = ev >= 0 && t.para[eventTok[ev]] >= para - CONTEXT_PARAS;
      boolean samePara = prevQuote != null && prevLastPara == para
          && (ev < 0 || eventTok[ev] < prevEndTok || t.para[eventTok[ev]] != para);
      if (samePara) {
        // “A,” X said. “B.” — B is X's, even when X has no name ("one Republican said")
        speaker = prevQuote.speaker();
        surface = prevQuote.speakerSurface();
        continuation = true;
        rule = prevQuote.attribution().startsWith("org:") ? "org:continuation" : "continuation";
      } else if (eventOk && eventTok[ev] != prevCue && (!quoteOk || eventTok[ev] > prevEndTok)) {
        speaker = eventPerson[ev];
        continuation = true;
        rule = eventOrg[ev] ? "org:previous-statement" : "previous-statement";
      } else if (quoteOk) {
        speaker = prevQuote.speaker();
        surface = prevQuote.speakerSurface();
        continuation = true;
        rule = prevQuote.attribution().startsWith("org:") ? "org:continuation" : "continuation";
      }
    }
    Quote q = new Quote(text, s.start(), s.end(), speaker, surface, cue, rule, continuation);
    prevQuote = q;
    if (speaker != null && rule.startsWith("org:")) {
      lastOrg = speaker;
      lastOrgPara = lastPara;
    }
    prevLastPara = lastPara;
    prevCue = cueTok;
    prevEndTok = closeTok;
    return q;
  }

  /**
   * Every longer word in [from, to) capitalised where a sentence would not capitalise it (not
   * first, not after . ! ? :, not part of a person's name), at least two such words and at most
   * ten words in all: the quote is a title or a slogan, not a statement.
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
      if (wasStart || t.end[k] - t.start[k] <= 3 || mentionAt[k] >= 0) {
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
   * said', '“…” ― Lavrov'. A verb after the quote claims it only when the quote's punctuation
   * hands over to it ('“…,” he said', '“…” — he said'), not when the writer's sentence runs on
   * ('“…” ended in May, the ministry said'). A quote that follows a speaker's quote in the same
   * paragraph goes on with their words ('“…,” she said, laughing. “The Boss. The Big Boss.”').
   */
  private boolean claimedBySpeech(Span s, String text, int openTok, int closeTok, int para, int lastPara,
      int pb, char prevChar, String prevWord, int before, int after) {
    if (prevQuote != null && prevQuote.speaker() != null && prevLastPara == para) {
      return true;
    }
    if (prevWord != null && PersonFinder.isSpeechVerb(prevWord)) {
      return true;
    }
    if ((prevChar == ':' || prevChar == ',') && before >= 0 && openTok - before <= 5) {
      return true;
    }
    if (prevChar == ':' && pb >= 1 && mentionAt[pb - 1] >= 0) {
      return true;
    }
    boolean handsOver = endPunctInside(text) || (s.end() < t.text.length()
        && ",?!—–".indexOf(t.text.charAt(s.end())) >= 0);
    if (after >= 0 && handsOver) {
      return true;
    }
    return dashSpeaker(closeTok, lastPara) >= 0;
  }

  /** 'is entitled: “…”', 'headlined, “…”': a naming word right before the quote's colon or comma. */
  private boolean namedBefore(int pb, char prevChar) {
    return (prevChar == ':' || prevChar == ',') && pb >= 1 && t.word[pb - 1]
        && Words.NAMING_CUES.contains(t.lower(pb - 1));
  }

  /**
   * Written like the name of a work: two to twelve words, the first capitalised, every other word
   * capitalised too except short function words ("Framework for a Durable Peace", "Plan to
   * 2035"), and at least one capitalised word of four letters or more after the first. "Dead
   * end" and "Peace Now" are not: a scare phrase or a slogan, not a name.
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

  private int sentenceStartOffset(int offset) {
    int si = Sentences.indexOf(sentences, offset);
    return si >= 0 ? sentences.get(si).start() : 0;
  }

  private static boolean startsCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c) || Character.isDigit(c);
      }
      if (c == '[') {
        return true;
      }
    }
    return false;
  }

  /** The last character that is neither space nor a nested quote's closing mark. */
  private static int lastMeaningful(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Tokens.isSpace(text.charAt(i)) || "'’\"”".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i;
  }

  private static boolean endsWithPunct(String text) {
    int i = lastMeaningful(text);
    return i >= 0 && ".,?!—–-…:;".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean endPunctInside(String text) {
    int i = lastMeaningful(text);
    return i >= 0 && ",?!—–-".indexOf(text.charAt(i)) >= 0;
  }

  private boolean isVerbAt(int k) {
    if (k < 0 || k >= t.size || !t.word[k]) {
      return false;
    }
    String w = t.lower(k);
    if (w.equals("according")) {
      return k + 1 < t.size && t.lower(k + 1).equals("to");
    }
    if (w.equals("pointed")) {
      return k + 1 < t.size && t.lower(k + 1).equals("out");
    }
    if (w.equals("went")) {
      return k + 1 < t.size && t.lower(k + 1).equals("on");
    }
    return PersonFinder.isSpeechVerb(w);
  }

  /** A speech verb in the clause right after a quote, or -1. */
  private int afterCue(int k, int para, int nextStartTok, String quoteText) {
    int n = t.size;
    boolean skipped = false;
    // a stray closing mark first: the third apostrophe of "by that?'''", the ’ of "it,’”"
    while (k < n && t.para[k] == para && !t.word[k] && "'’\"”".indexOf(t.first(k)) >= 0
        && k < nextStartTok) {
      k++;
    }
    while (k < n && t.para[k] == para && !t.word[k] && ",—–-:;?!".indexOf(t.first(k)) >= 0) {
      k++;
      skipped = true;
    }
    if (k >= n || t.para[k] != para || k >= nextStartTok) {
      return -1;
    }
    boolean newSentence = !skipped && !endPunctInside(quoteText);
    int words = 0;
    // "“…,” Bree Maxwell, a volunteer in Richland County who …, said": a long apposition
    int limit = mentionAt[k] >= 0 && !newSentence ? 30 : 8;
    for (int m = k; m < n && m < nextStartTok && t.para[m] == para && words <= limit; m++) {
      if (!t.word[m]) {
        char c = t.first(m);
        if (c == '(') {
          // "Rep. Jim McDermott (D-Wash.) said": skip the parenthesis
          int close = m + 1;
          while (close < n && close < m + 12 && t.para[close] == para && !t.isPunct(close, ')')) {
            close++;
          }
          if (close < n && t.isPunct(close, ')')) {
            m = close;
          }
          continue;
        }
        // "Sanders' campaign manager", "Cambridge, Mass., said"
        boolean apostrophe = c == '\'' || c == '’';
        boolean abbreviation = c == '.' && m + 1 < n && t.isPunct(m + 1, ',');
        if (c != ',' && c != ')' && !apostrophe && !abbreviation) {
          return -1;
        }
        continue;
      }
      if (isVerbAt(m)) {
        if (newSentence && !shortClause(m)) {
          return -1;
        }
        return m;
      }
      words++;
    }
    return -1;
  }

  /**
   * "“…,” Toomey fumed", "“…!” Trump barked": a name (or he, she, an organisation) right after
   * a quote that ends in a comma, question or exclamation mark, followed by a verb in the past
   * or present tense, is the speaker whatever the verb. Returns the verb token or -1.
   */
  private int nameThenVerb(int k, int para, int nextStartTok, String quoteText) {
    if (!endPunctInside(quoteText) && !(k < t.size && !t.word[k] && ",".indexOf(t.first(k)) >= 0)) {
      return -1;
    }
    while (k < t.size && t.para[k] == para && !t.word[k] && ",—–-".indexOf(t.first(k)) >= 0) {
      k++;
    }
    if (k >= t.size || t.para[k] != para || k >= nextStartTok || !t.word[k]) {
      return -1;
    }
    int e;
    if (mentionAt[k] >= 0) {
      e = mentions.get(mentionAt[k]).nameEnd;
    } else if (orgAt[k] >= 0) {
      e = orgs.get(orgAt[k]).end();
    } else {
      String w = t.lower(k);
      if (!w.equals("he") && !w.equals("she")) {
        return -1;
      }
      e = k + 1;
    }
    if (e >= t.size || e >= nextStartTok || t.para[e] != para || !t.word[e]) {
      return -1;
    }
    String v = t.str(e);
    String lv = Words.lower(v);
    if (!Character.isLowerCase(v.charAt(0)) || Words.NOT_NAME_START.contains(lv)
        || !(lv.endsWith("ed") || (lv.endsWith("s") && !lv.endsWith("ss")))) {
      return -1;
    }
    return e;
  }

  /**
   * "“…” ― Pamela Padilla", "“…” / - Bernie Sanders.": a dash right after the quote (or opening
   * the next paragraph) and then a name that ends the line or is set off by a comma: the
   * signature of a quote collection or a fact check. Returns the mention or -1.
   */
  private int dashSpeaker(int k, int lastPara) {
    while (k < t.size && t.para[k] == lastPara && !t.word[k] && ".,".indexOf(t.first(k)) >= 0) {
      k++;
    }
    // the dash follows on the quote's line, or opens the next paragraph
    if (k >= t.size || t.word[k] || !isDash(t.first(k))
        || (t.para[k] != lastPara && t.para[k] != lastPara + 1)) {
      return -1;
    }
    int para = t.para[k];
    while (k < t.size && t.para[k] == para && !t.word[k] && isDash(t.first(k))) {
      k++;
    }
    if (k >= t.size || t.para[k] != para || mentionAt[k] < 0) {
      return -1;
    }
    Found f = mentions.get(mentionAt[k]);
    if (f.roleStart != k || f.inQuote) {
      return -1;
    }
    return endsPhrase(f.nameEnd) ? mentionAt[k] : -1;
  }

  private static boolean isDash(char c) {
    return c == '―' || c == '—' || c == '–' || c == '-';
  }

  /**
   * "“This is fantastic!” beamed Donald Hartley of Madison": after a quote that ends in a comma,
   * question or exclamation mark, a past-tense verb and then a name that ends its phrase. The
   * verb need not be a speech verb. Returns the verb token or -1.
   */
  private int verbThenName(int k, int para, int nextStartTok, String quoteText) {
    if (!endPunctInside(quoteText) || k + 1 >= t.size || k + 1 >= nextStartTok
        || t.para[k] != para || t.para[k + 1] != para || !t.word[k]) {
      return -1;
    }
    String v = t.str(k);
    String lv = Words.lower(v);
    if (!Character.isLowerCase(v.charAt(0)) || !lv.endsWith("ed")
        || Words.NOT_NAME_START.contains(lv) || Words.DESCRIPTOR_STOPS.contains(lv)) {
      return -1;
    }
    int mi = mentionAt[k + 1];
    if (mi < 0) {
      return -1;
    }
    Found f = mentions.get(mi);
    return f.roleStart == k + 1 && !f.inQuote && endsPhrase(f.nameEnd) ? k : -1;
  }

  /** After a verb: the clause ends within a few words and says no "that". */
  private boolean shortClause(int v) {
    int words = 0;
    for (int m = v + 1; m < t.size && t.para[m] == t.para[v]; m++) {
      if (!t.word[m]) {
        if (".?!".indexOf(t.first(m)) >= 0) {
          return true;
        }
        if ("\"“«„".indexOf(t.first(m)) >= 0) {
          return false;
        }
        continue;
      }
      if (t.lower(m).equals("that") || ++words > 6) {
        return false;
      }
    }
    return true;
  }

  /** The speech verb nearest before a quote, in its sentence, or -1. */
  private int beforeCue(int from, int openTok) {
    for (int m = openTok - 1; m >= from && m >= openTok - 12; m--) {
      if (isVerbAt(m)) {
        return m;
      }
    }
    return -1;
  }

  /**
   * The subject of a cue after a quote: {mention, first token, end token} with mention -2 for a
   * pronoun or role to resolve, or {-1, ...} when there is no person.
   */
  private int[] subjectAfterQuote(int k, int verb) {
    // "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said":
    // the writer's sentence runs on after the quote, so the subject is the name next to the verb
    int w = k;
    while (w < verb && !t.word[w]) {
      w++;
    }
    boolean runsOn = w < verb && Words.CONTINUING.contains(t.str(w));
    int[] s = subjectIn(k, verb, !runsOn);
    if (s != null) {
      return s;
    }
    int[] a = subjectAfterVerb(verb);
    return a != null ? a : new int[] {-1, verb, verb + 1};
  }

  /**
   * Where the main clause starts: after an opening adverbial clause set off by a comma ("With
   * leaders worried about Hillary Clinton, President Obama is rolling out a message: …").
   */
  private int afterOpeningClause(int from, int to) {
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

  private int[] subjectBeforeQuote(int from, int verb) {
    String v = t.lower(verb);
    if (!v.equals("according")) {
      // "Trump attacked Clinton for her vote, saying, “…”": a participle's subject is the
      // clause's subject, the first name, not the object nearest the verb
      int[] s = subjectIn(from, verb, v.endsWith("ing"));
      if (s != null) {
        return s;
      }
    }
    int[] a = subjectAfterVerb(verb);
    return a != null ? a : new int[] {-1, verb, verb + 1};
  }

  /**
   * A name, pronoun, role or organisation between {@code from} and {@code to}; first or last
   * one. Codes: a mention index; -1 no speaker (I, we, they); -2 a pronoun or role to resolve;
   * -3 an organisation named ({@code [3]} its index); -4 "the ministry" to resolve to a named
   * organisation; -5 "it" (the organisation that spoke last).
   */
  private int[] subjectIn(int from, int to, boolean first) {
    int[] best = null;
    int[] bestName = null;
    for (int m = from; m < to; m++) {
      int[] hit = null;
      int mi = mentionAt[m];
      if (mi >= 0 && !mentions.get(mi).inQuote) {
        Found f = mentions.get(mi);
        hit = new int[] {mi, Math.max(f.roleStart, from), f.nameEnd};
        m = f.nameEnd - 1;
      } else if (t.word[m] && (quoted == null || !quoted[m])) {
        String w = t.lower(m);
        if (w.equals("he") || w.equals("she")) {
          hit = new int[] {-2, m, m + 1};
        } else if (orgAt[m] >= 0) {
          Orgs.Org o = orgs.get(orgAt[m]);
          hit = new int[] {-3, Math.max(o.start(), from), o.end(), orgAt[m]};
          m = o.end() - 1;
        } else if (w.equals("the") || PersonFinder.isPossessive(t.str(m))) {
          int head = roleHead(m + 1, to);
          int orgHead = head < 0 && w.equals("the") ? nominalOrg(m + 1, to) : -1;
          if (head >= 0) {
            hit = new int[] {-2, m, head + 1};
            m = head;
          } else if (orgHead >= 0) {
            hit = new int[] {-4, m, orgHead + 1};
            m = orgHead;
          } else if (w.equals("the") && m + 1 < to && t.word[m + 1]
              && Words.DOCUMENTS.contains(t.lower(m + 1))) {
            hit = new int[] {-6, m, m + 2};
            m = m + 1;
          }
        } else if (w.equals("it") && first) {
          hit = new int[] {-5, m, m + 1};
        } else if (w.equals("i") || w.equals("we") || w.equals("they")) {
          hit = new int[] {-1, m, m + 1};
        }
      }
      if (hit != null && hit[0] >= 0) {
        if (first) {
          return hit;
        }
        bestName = hit;
      } else if (hit != null && (best == null || !first)) {
        best = hit;
      }
    }
    return bestName != null ? bestName : best;
  }

  /** A role head noun within three words after {@code k} ("the Kremlin spokesman"), or -1. */
  private int roleHead(int k, int limit) {
    for (int m = k; m < limit && m < k + 4; m++) {
      if (!t.word[m]) {
        return -1;
      }
      String w = t.clean(m);
      if (Words.isRoleHead(w) && !PersonFinder.isPossessive(t.str(m))) {
        // the head is the last role word of the phrase: "press secretary", "foreign minister"
        int h = m;
        while (h + 1 < limit && h + 1 < t.size && t.word[h + 1]
            && Words.isRoleHead(t.clean(h + 1))) {
          h++;
        }
        return h;
      }
    }
    return -1;
  }

  private int[] subjectAfterVerb(int verb) {
    int m = verb + 1;
    String v = t.lower(verb);
    if (v.equals("according") || v.equals("pointed") || v.equals("went")) {
      m++;
    }
    int para = t.para[verb];
    for (int k = m; k < t.size && k < m + 3 && t.para[k] == para; k++) {
      int mi = mentionAt[k];
      if (mi >= 0) {
        Found f = mentions.get(mi);
        return new int[] {mi, Math.max(f.roleStart, k), f.nameEnd};
      }
      if (!t.word[k]) {
        return null;
      }
      String w = t.lower(k);
      if (w.equals("he") || w.equals("she")) {
        return k == m ? new int[] {-2, k, k + 1} : null;
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
        Orgs.Org o = orgs.get(orgAt[k]);
        return new int[] {-3, k, o.end(), orgAt[k]};
      }
      if (w.equals("the")) {
        // "said the Rev. Peter Wherry, of ...": a name with its honorific
        int mn = k + 1 < t.size && t.para[k + 1] == para ? mentionAt[k + 1] : -1;
        if (mn >= 0 && mentions.get(mn).roleStart == k + 1 && endsPhrase(mentions.get(mn).nameEnd)) {
          Found f = mentions.get(mn);
          return new int[] {mn, k + 1, f.nameEnd};
        }
        int head = roleHead(k + 1, t.size);
        if (head >= 0) {
          return new int[] {-2, k, head + 1};
        }
        int orgHead = orgOk ? nominalOrg(k + 1, t.size) : -1;
        return orgHead >= 0 ? new int[] {-4, k, orgHead + 1} : null;
      }
    }
    return describedName(m, para);
  }

  /**
   * "said former Obama adviser David Axelrod", "said Republican party boss Reince Priebus": a
   * name after a few words that describe the person, where the name ends the phrase. Stops at
   * function words, dates and articles ("said on Monday that Putin ...", "said a senior aide").
   */
  private int[] describedName(int m, int para) {
    for (int k = m; k < t.size && k < m + 9 && t.para[k] == para; k++) {
      if (!t.word[k] || (quoted != null && quoted[k])) {
        return null;
      }
      int mi = mentionAt[k];
      if (mi >= 0) {
        Found f = mentions.get(mi);
        return !f.inQuote && endsPhrase(f.nameEnd) ? new int[] {mi, k, f.nameEnd} : null;
      }
      String w = t.lower(k);
      if (Words.DESCRIPTOR_STOPS.contains(w) || Words.MONTHS.contains(w)
          || Words.WEEKDAYS.contains(w) || isVerbAt(k) || orgAt[k] >= 0) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a name ending before token {@code e} ends its phrase: punctuation, "who" or "of", the
   * end of its line or paragraph.
   */
  private boolean endsPhrase(int e) {
    if (e >= t.size || t.para[e] != t.para[e - 1]
        || t.text.substring(t.end[e - 1], t.start[e]).indexOf('\n') >= 0) {
      return true;
    }
    if (!t.word[e]) {
      return ",.;:(—–-\"“”«„'’)".indexOf(t.first(e)) >= 0;
    }
    String w = t.lower(e);
    return w.equals("who") || w.equals("of");
  }

  /** "the (Russian) ministry": the organisation noun within three words after {@code k}, or -1. */
  private int nominalOrg(int k, int limit) {
    for (int m = k; m < limit && m < k + 3 && m < t.size; m++) {
      if (!t.word[m] || (quoted != null && quoted[m])) {
        return -1;
      }
      String raw = t.str(m);
      String w = PersonFinder.clean(raw);
      if (Orgs.NOMINALS.contains(w) && Character.isLowerCase(raw.charAt(0))) {
        return m;
      }
      if (PersonFinder.isSpeechVerb(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** The organisation a subject of code -3, -4 or -5 names, or null. */
  private String resolveOrg(int[] subj) {
    if (subj[0] == -3) {
      return orgs.get(subj[3]).name();
    }
    if (subj[0] == -5) {
      return lastOrg != null && lastOrgPara >= t.para[subj[1]] - CONTEXT_PARAS ? lastOrg : null;
    }
    if (subj[0] == -6) {
      return documentAuthor(subj[1]);
    }
    String head = t.clean(subj[2] - 1);
    boolean body = Orgs.GOVERNMENT_BODIES.contains(head);
    // the organisation that spoke last, when it fits
    if (prevQuote != null && prevQuote.speaker() != null && prevQuote.attribution().startsWith("org:")) {
      String last = Words.lower(prevQuote.speaker());
      if (last.contains(head) || (body && bodyName(last))) {
        return prevQuote.speaker();
      }
    }
    int lo = 0;
    int hi = orgs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (orgs.get(mid).start() < subj[1]) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 60; i--) {
      Orgs.Org o = orgs.get(i);
      if (quoted != null && quoted[o.start()]) {
        continue;
      }
      if (o.words().contains(head)) {
        return o.name();
      }
    }
    if (body) {
      for (int i = lo - 1; i >= 0 && i >= lo - 60; i--) {
        Orgs.Org o = orgs.get(i);
        if ((quoted == null || !quoted[o.start()]) && bodyName(Words.lower(o.name()))) {
          return o.name();
        }
      }
    }
    return null;
  }

  /**
   * "the statement said": the organisation that issued the last statement the article mentioned
   * ("the ministry said in a statement", "a statement by the European Commission"), else the
   * organisation that spoke last; null when neither is near.
   */
  private String documentAuthor(int tok) {
    String doc = t.lower(tok + 1);
    int para = t.para[tok];
    for (int k = tok - 1; k >= 0 && k >= tok - 400 && t.para[k] >= para - CONTEXT_PARAS; k--) {
      if (quoted[k] || !t.word[k] || !t.lower(k).equals(doc)) {
        continue;
      }
      // "a joint statement by the European Commission"
      int m = k + 1;
      if (m < t.size && t.word[m] && Words.DOCUMENT_BY.contains(t.lower(m))) {
        m++;
        if (m < t.size && t.word[m] && t.lower(m).equals("the")) {
          m++;
        }
        if (m < t.size && orgAt[m] >= 0) {
          return orgs.get(orgAt[m]).name();
        }
        if (m < t.size && mentionAt[m] >= 0) {
          return mentions.get(mentionAt[m]).person;
        }
      }
      // "the Russian Foreign Ministry said in a statement"
      for (int v = k - 1; v >= 0 && v >= k - 5 && t.para[v] == t.para[k]; v--) {
        if (isVerbAt(v) || t.lower(v).equals("issued")) {
          int[] subj = adjacentSubject(v, Math.max(0, v - 40));
          if (subj != null && subj[0] <= -3 && subj[0] >= -4) {
            return resolveOrg(subj);
          }
          break;
        }
      }
      break;
    }
    return lastOrg != null && lastOrgPara >= para - CONTEXT_PARAS ? lastOrg : null;
  }

  private static boolean bodyName(String lowerName) {
    for (String b : Orgs.GOVERNMENT_BODIES) {
      if (lowerName.endsWith(b)) {
        return true;
      }
    }
    return false;
  }

  /** Resolves a pronoun or a role phrase in [a, b) to a person, or null. */
  private String resolveRef(int a, int b) {
    String w = t.lower(a);
    if (w.equals("he") || w.equals("she")) {
      boolean female = w.equals("she");
      for (int i = lastMentionBefore(a); i >= 0 && i > lastMentionBefore(a) - 30; i--) {
        Found f = mentions.get(i);
        if (!f.inQuote && f.female == female) {
          return f.person;
        }
      }
      return null;
    }
    String head = t.clean(b - 1);
    if (head.equals("secretary") && b - 2 > a && t.lower(b - 2).equals("press")) {
      head = "spokesman"; // "the press secretary" is the spokesman, not a Secretary of State
    }
    Set<String> accept = Words.roleClass(head);
    boolean diplomat = head.equals("diplomat");
    // "the Russian leader", "the Foreign Ministry spokeswoman": a person whose role shares a
    // modifier is preferred; without one, the nearest person in the role class is taken.
    Set<String> modifiers = new HashSet<>();
    for (int k = a + 1; k < b - 1; k++) {
      String m = t.lower(k);
      if (t.word[k] && !Words.NOT_NAME_START.contains(m) && !m.equals("top")) {
        modifiers.add(t.clean(k));
      }
    }
    boolean wantFemale = head.equals("spokeswoman") || head.equals("chairwoman");
    if (!modifiers.isEmpty() || wantFemale) {
      String preferred = resolveRole(a, accept, diplomat, modifiers, wantFemale);
      if (preferred != null) {
        return preferred;
      }
    }
    return resolveRole(a, accept, diplomat, Set.of(), false);
  }

  /** The nearest person before token {@code a} in the role class, sharing a modifier if any are given. */
  private String resolveRole(int a, Set<String> accept, boolean diplomat, Set<String> modifiers, boolean female) {
    for (int i = lastMentionBefore(a); i >= 0 && i > lastMentionBefore(a) - 200; i--) {
      Found f = mentions.get(i);
      if (f.inQuote || (female && !f.female)
          || (!modifiers.isEmpty() && java.util.Collections.disjoint(modifiers, f.roleWords))) {
        continue;
      }
      if (diplomat) {
        // a diplomat is an ambassador, envoy, foreign minister or secretary of state, not any minister
        if (f.roleWords.contains("ambassador") || f.roleWords.contains("envoy")
            || f.roleWords.contains("diplomat") || f.roleWords.contains("consul")
            || (f.roleWords.contains("foreign") && f.roleWords.contains("minister"))
            || (f.roleWords.contains("secretary") && f.roleWords.contains("state"))) {
          return f.person;
        }
        continue;
      }
      for (String rw : f.roleWords) {
        if (accept.contains(rw)) {
          return f.person;
        }
      }
    }
    return null;
  }

  private int lastMentionBefore(int tok) {
    int lo = 0;
    int hi = mentionStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentionStarts[mid] < tok) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
