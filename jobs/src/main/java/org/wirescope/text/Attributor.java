package org.wirescope.text;

import java.util.ArrayList;
import java.util.List;
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

  private Attributor(Tokens t, List<Found> mentions, List<Sentence> sentences) {
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
  }

  /** The direct quotations among {@code spans}, with speakers. Marks mentions inside quotes. */
  static List<Quote> attribute(Tokens t, List<Span> spans, List<Found> mentions,
      List<Sentence> sentences) {
    markQuoted(t, spans, mentions);
    return new Attributor(t, mentions, sentences).run(spans);
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

  /** Token of each speech event outside quotations ("Peskov said that ...") and its speaker. */
  private int[] eventTok = new int[0];
  private String[] eventPerson = new String[0];
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
    for (Sentence sen : sentences) {
      int ts = t.indexAt(sen.start());
      int te = t.indexAt(sen.end());
      for (int m = ts; m < te; m++) {
        if (quoted[m] || !isVerbAt(m)) {
          continue;
        }
        int[] subj = Words.lower(t.str(m)).equals("according") ? subjectAfterVerb(m)
            : subjectIn(ts, m, false);
        if (subj == null) {
          subj = subjectAfterVerb(m);
        }
        String person = null;
        if (subj != null && subj[0] >= 0) {
          person = mentions.get(subj[0]).person;
        } else if (subj != null && subj[0] == -2) {
          person = resolveRef(subj[1], subj[2]);
        }
        if (person != null) {
          toks.add(m);
          persons.add(person);
        }
        break;
      }
    }
    eventTok = toks.stream().mapToInt(Integer::intValue).toArray();
    eventPerson = persons.toArray(new String[0]);
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
    String prevWord = pb >= 0 && t.word[pb] ? Words.lower(t.str(pb)) : null;
    boolean sentenceStart = pb < 0 || ".?!”\"»)’".indexOf(prevChar) >= 0;

    int sentStartTok = t.indexAt(sentenceStartOffset(s.start()));
    int windowStart = Math.max(sentStartTok, prevEndTok);
    if (pb < 0) {
      windowStart = openTok;
    }
    int after = afterCue(closeTok, lastPara, nextStartTok, text);
    int before = beforeCue(windowStart, openTok);
    boolean introduced = prevChar == ':' || (prevChar == ',' && before >= 0)
        || (prevWord != null && PersonFinder.isSpeechVerb(prevWord))
        || (prevChar == ',' && pb >= 1 && t.word[pb - 1]
            && PersonFinder.isSpeechVerb(Words.lower(t.str(pb - 1))));

    boolean direct;
    if (introduced) {
      direct = startsCap ? nw >= 1
          : (prevChar == ',' || prevChar == ':') && before >= 0 && openTok - before <= 5 && nw >= 3
              && prevQuote != null && prevEndTok >= sentStartTok && prevEndTok <= before;
    } else if (!startsCap) {
      direct = false;
    } else if (sentenceStart) {
      direct = after >= 0 || (endPunct && nw >= 3) || nw >= 8;
    } else if (prevWord != null && Words.FRAGMENT_CUES.contains(prevWord)) {
      direct = false;
    } else {
      direct = (endPunct && nw >= 5) || (after >= 0 && nw >= 3);
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
    if (after >= 0 && (trailing || before < 0)) {
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
    }
    if (subj != null && subj[0] >= 0) {
      speaker = mentions.get(subj[0]).person;
      surface = t.text.substring(t.start[subj[1]], t.end[subj[2] - 1]);
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
      if (eventOk && eventTok[ev] != prevCue && (!quoteOk || eventTok[ev] > prevEndTok)) {
        speaker = eventPerson[ev];
        continuation = true;
        rule = "previous-statement";
      } else if (quoteOk) {
        speaker = prevQuote.speaker();
        surface = prevQuote.speakerSurface();
        continuation = true;
        rule = "continuation";
      }
    }
    Quote q = new Quote(text, s.start(), s.end(), speaker, surface, cue, rule, continuation);
    prevQuote = q;
    prevLastPara = lastPara;
    prevCue = cueTok;
    prevEndTok = closeTok;
    return q;
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

  private static boolean endsWithPunct(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && ".,?!—–-…:;".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean endPunctInside(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && ",?!—–-".indexOf(text.charAt(i)) >= 0;
  }

  private boolean isVerbAt(int k) {
    if (k < 0 || k >= t.size || !t.word[k]) {
      return false;
    }
    String w = Words.lower(t.str(k));
    if (w.equals("according")) {
      return k + 1 < t.size && Words.lower(t.str(k + 1)).equals("to");
    }
    if (w.equals("pointed")) {
      return k + 1 < t.size && Words.lower(t.str(k + 1)).equals("out");
    }
    if (w.equals("went")) {
      return k + 1 < t.size && Words.lower(t.str(k + 1)).equals("on");
    }
    return PersonFinder.isSpeechVerb(w);
  }

  /** A speech verb in the clause right after a quote, or -1. */
  private int afterCue(int k, int para, int nextStartTok, String quoteText) {
    int n = t.size;
    boolean skipped = false;
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
        if (c != ',' && c != '(' && c != ')') {
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
      if (Words.lower(t.str(m)).equals("that") || ++words > 6) {
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
    int[] s = subjectIn(k, verb, true);
    if (s != null) {
      return s;
    }
    int[] a = subjectAfterVerb(verb);
    return a != null ? a : new int[] {-1, verb, verb + 1};
  }

  private int[] subjectBeforeQuote(int from, int verb) {
    if (!Words.lower(t.str(verb)).equals("according")) {
      int[] s = subjectIn(from, verb, false);
      if (s != null) {
        return s;
      }
    }
    int[] a = subjectAfterVerb(verb);
    return a != null ? a : new int[] {-1, verb, verb + 1};
  }

  /** A name, pronoun or role between {@code from} and {@code to}; first or last one. */
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
        String w = Words.lower(t.str(m));
        if (w.equals("he") || w.equals("she")) {
          hit = new int[] {-2, m, m + 1};
        } else if (w.equals("the") || PersonFinder.isPossessive(t.str(m))) {
          int head = roleHead(m + 1, to);
          if (head >= 0) {
            hit = new int[] {-2, m, head + 1};
            m = head;
          }
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
      String w = PersonFinder.clean(t.str(m));
      if (Words.ROLE_HEADS.contains(w) && !PersonFinder.isPossessive(t.str(m))) {
        // the head is the last role word of the phrase: "press secretary", "foreign minister"
        int h = m;
        while (h + 1 < limit && h + 1 < t.size && t.word[h + 1]
            && Words.ROLE_HEADS.contains(PersonFinder.clean(t.str(h + 1)))) {
          h++;
        }
        return h;
      }
    }
    return -1;
  }

  private int[] subjectAfterVerb(int verb) {
    int m = verb + 1;
    String v = Words.lower(t.str(verb));
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
      String w = Words.lower(t.str(k));
      if (w.equals("he") || w.equals("she")) {
        return k == m ? new int[] {-2, k, k + 1} : null;
      }
      if (w.equals("the")) {
        int head = roleHead(k + 1, t.size);
        return head >= 0 ? new int[] {-2, k, head + 1} : null;
      }
    }
    return null;
  }

  /** Resolves a pronoun or a role phrase in [a, b) to a person, or null. */
  private String resolveRef(int a, int b) {
    String w = Words.lower(t.str(a));
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
    String head = PersonFinder.clean(t.str(b - 1));
    Set<String> accept = Words.roleClass(head);
    for (int i = lastMentionBefore(a); i >= 0 && i > lastMentionBefore(a) - 200; i--) {
      Found f = mentions.get(i);
      if (f.inQuote) {
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
