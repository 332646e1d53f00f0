package org.wirescope.text.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.NameCues;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.names.PersonFinder;
import org.wirescope.text.tagger.NameKind;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Sentence;
import org.wirescope.text.tokens.Tokens;

/**
 * The names the tagger labelled in one article, in text order, as {@link NameUse}s: what the
 * corpus's evidence counts, and the organisations and places the article names. One linear pass
 * over the labels, then a few passes over the names.
 *
 * <p>What the article names:
 *
 * <ul>
 *   <li>an organisation's name takes the legal form after it ("Merrill Lynch and Co");
 *   <li>an adjective of a country is a place, the country ("Canadian", "West German");
 *   <li>a legal form or a common word alone ("Co", "Bank", "Standard") is no entity, nor is a word
 *       of a person's name in the article ("Quinn" after "Niall Quinn"), nor a party and state
 *       ("R-Fla");
 *   <li>lower-case words that end a name are cut ("Karlsruhe of");
 *   <li>one spelling is one kind in the article, the kind most of its uses have;
 *   <li>an acronym the article defines ("Securities and Exchange Commission (SEC)") and a short
 *       form of one longer organisation's name ("Merrill" of "Merrill Lynch") name that
 *       organisation;
 *   <li>a firm named after a place keeps its legal form in its key, so it never joins the place
 *       ("Canada Inc").
 * </ul>
 */
public final class TaggedNames {
  private TaggedNames() {}

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /**
   * The names of one article; {@code labels} the tagger's, one per token; {@code persons} the
   * persons found in it, whose names name no organisation or place there, nor does one word of them
   * alone ("Hillary" and "Clinton" where Hillary Clinton is named).
   */
  public static List<NameUse> of(
      String text,
      Tokens t,
      int[] labels,
      Set<String> lowerWords,
      List<Sentence> sentences,
      List<Found> persons) {
    boolean[] inPerson = new boolean[t.size];
    Set<String> personWords = new HashSet<>();
    for (Found f : persons) {
      Arrays.fill(inPerson, f.nameStart, f.nameEnd, true);
      for (String w : f.person.split(" ")) {
        personWords.add(Words.lower(w));
      }
    }
    List<NameUse> out = new ArrayList<>();
    int si = 0;
    for (int k = 0; k < t.size; k++) {
      int kind = NameTagger.kind(labels[k]);
      if (kind == 0 || t.isPunct(k, '/')) {
        continue;
      }
      int e = NameSpans.taggedEnd(t, labels, k);
      int ee = NameSpans.end(text, t, labels, k, e, kind);
      int next = Math.max(e, ee); // the head word taken in is no name of its own
      while (si + 1 < sentences.size() && sentences.get(si + 1).start() <= t.start[k]) {
        si++;
      }
      int a = NameSpans.titleStart(t, labels, k, ee, kind);
      NameUse u =
          use(
              text,
              t,
              a < k ? a : NameSpans.compassStart(text, t, labels, k, ee),
              a,
              e,
              ee,
              kind,
              common(t, k, e, lowerWords),
              si);
      out.add(
          none(text, t, k, ee, u, inPerson, personWords)
              ? u.withEntity(0, null)
              : reading(u, NameSpans.kindAt(t, k, kind, u.surface()), ee - k));
      k = next - 1;
    }
    Coordination.merge(text, out);
    ArticleAliases.regionsAfterPlaces(text, out);
    ArticleAliases.consistentKinds(out);
    ArticleAliases.namedByLongerNames(text, out);
    ArticleAliases.qualifiedByCountry(text, out);
    return out;
  }

  /**
   * Whether the name at [k, e), written as {@code u}, names no organisation or place: a section's
   * label, a hashtag or handle, a person's name or a word of it, a programme's or rate's opening
   * words, a quoted title.
   */
  private static boolean none(
      String text, Tokens t, int k, int e, NameUse u, boolean[] inPerson, Set<String> personWords) {
    if (NameSpans.label(t, k, e)
        || handle(text, u)
        || (e - k == 1 && personWords.contains(Words.lower(u.surface())))
        || opensNamedThing(t, e)
        || quotedTitle(t, k, e)) {
      return true;
    }
    for (int j = k; j < e; j++) {
      if (inPerson[j]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name is a hashtag or an account's handle, "#NeverTrump", "@HillaryClinton": a label
   * of posts, not a name the article gives.
   */
  private static boolean handle(String text, NameUse u) {
    return u.start() > 0 && "#@".indexOf(text.charAt(u.start() - 1)) >= 0;
  }

  /** Small words a title in capitals may hold: "Gone with the Wind", "Lord of the Rings". */
  private static final Set<String> TITLE_SMALL =
      Set.of("a", "an", "the", "of", "and", "with", "in");

  /**
   * Whether the name at [k, e) is, or is inside, a title in quotation marks: a film's, a book's or
   * a slogan's ("Make America Great Again", "The Aviator"), two to eight capitalised words from the
   * opening mark to the closing one. Such a title names no organisation or place; one word alone in
   * quotation marks may be a firm's name set off ("Microsoft"). Stricter than the persons' {@code
   * NameShapes.inQuotedTitle}, which lets lower-case words in and can take a closing straight mark
   * for an opening one: used here, it cost Reuters-21578 real firms after quotations ("...," said
   * an analyst at Shearson Lehman Brothers Inc: 9 of its 109 articles).
   */
  private static boolean quotedTitle(Tokens t, int k, int e) {
    int j = k - 1;
    while (j >= 0 && k - j <= 8 && t.para[j] == t.para[k] && titleWord(t, j)) {
      j--;
    }
    if (j < 0 || t.word[j] || "\"“‘".indexOf(t.str(j).charAt(0)) < 0) {
      return false;
    }
    int m = e;
    while (m < t.size && m - j <= 9 && t.para[m] == t.para[k] && titleWord(t, m)) {
      m++;
    }
    return m < t.size
        && m - j >= 3
        && m - j <= 9
        && !t.word[m]
        && "\"”’".indexOf(t.str(m).charAt(0)) >= 0;
  }

  private static boolean titleWord(Tokens t, int j) {
    return t.word[j]
        && (Character.isUpperCase(t.first(j)) || TITLE_SMALL.contains(Words.lower(t.str(j))));
  }

  /**
   * Whether the name ending before token {@code e} opens a programme's, law's or rate's name that
   * goes on in capitalised words ("London Interbank" of "London Interbank Offered Rate"): up to
   * three words in ordinary case, the last a {@link Words#NAMED_THINGS} head.
   */
  private static boolean opensNamedThing(Tokens t, int e) {
    for (int j = e; j < t.size && j < e + 3 && t.para[j] == t.para[e - 1]; j++) {
      if (!t.word[j]
          || !Character.isUpperCase(t.first(j))
          || WordForms.capitalLetters(t.str(j), 0, t.str(j).length()) >= 0) {
        return false;
      }
      if (Words.NAMED_THINGS.contains(t.clean(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The use of the name the tagger read at [a, b) as {@code kind}, written [from, e), in sentence
   * {@code sentence}: no entity yet.
   */
  private static NameUse use(
      String text,
      Tokens t,
      int from,
      int a,
      int b,
      int e,
      int kind,
      boolean common,
      int sentence) {
    int start = t.start[from];
    String raw = text.substring(start, t.end[e - 1]);
    String surface = surface(raw);
    return new NameUse(
        PersonFinder.nameKey(t, a, b),
        surface,
        kind,
        NameCues.organisation(t, a, b),
        NameCues.person(t, a, b),
        common,
        sentence,
        start,
        start + kept(raw),
        0,
        null,
        Countries.ofAdjective(surface) != null,
        endsInLegalForm(surface),
        key(surface, NameUse.PLACE),
        NameSpans.tableLabel(text, t, from, e),
        NameSpans.afterIn(t, from, e));
  }

  /**
   * Whether every word of [a, b) is one the article writes in lower case elsewhere or a {@link
   * CommonWords common word}.
   */
  private static boolean common(Tokens t, int a, int b, Set<String> lowerWords) {
    for (int j = a; j < b; j++) {
      String w = Words.lower(WordForms.stripPossessive(t.str(j)));
      if (t.word[j] && !lowerWords.contains(w) && !CommonWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * As written, whitespace collapsed; trailing punctuation and a possessive dropped, but not the
   * period of an abbreviation that has others ("U.S.").
   */
  static String surface(String raw) {
    return WHITESPACE.matcher(raw.substring(0, kept(raw)).strip()).replaceAll(" ");
  }

  /** How many characters of {@code raw} {@link #surface} keeps. */
  static int kept(String raw) {
    int n = raw.length();
    while (true) {
      int m = n;
      while (m > 0
          && (Tokens.isSpace(raw.charAt(m - 1))
              || ",;:!?\"'’”)-".indexOf(raw.charAt(m - 1)) >= 0)) {
        m--;
      }
      m = WordForms.stripPossessive(raw.substring(0, m)).length();
      int space = Math.max(raw.lastIndexOf(' ', m - 1), raw.lastIndexOf('\n', m - 1));
      if (m > 1 && raw.charAt(m - 1) == '.' && raw.lastIndexOf('.', m - 2) <= space) {
        m--;
      }
      if (m == n) {
        return n;
      }
      n = m;
    }
  }

  /**
   * Whether the name says it is an institution whatever the tagger read: a well-known one named by
   * one word ("Kremlin", "Pentagon"), alone or before an organisation's head word ("Kremlin
   * Administration"), or an online platform ("on Twitter").
   */
  private static boolean institution(String surface) {
    String[] words = surface.split(" ");
    String first = WordForms.clean(words[0]);
    String last = WordForms.clean(words[words.length - 1]);
    return (Words.ORG_SINGLE.contains(first)
            && (words.length == 1 || (words.length == 2 && Words.ORG_HEADS.contains(last))))
        || (words.length == 1 && Words.PLATFORMS.contains(first));
  }

  /**
   * Whether {@code s} is a region's short name written in ordinary case ("Tex", "Calif") or with
   * periods ("D.C.", "N.J."), not its name nor a postal code in capitals ("PA", "SC", which are
   * also parties' and clubs' initials).
   */
  private static boolean shortRegion(String s, Countries.Country region) {
    return !Countries.form(s).equals(region.key())
        && s.length() >= 3
        && (WordForms.capitalLetters(s, 0, s.length()) < 0 || s.indexOf('.') > 0);
  }

  /** What {@code u}, read as {@code kind} by the tagger, names in the article. */
  private static NameUse reading(NameUse u, int kind, int words) {
    String s = u.surface();
    if (u.adjective()) {
      return u.withEntity(NameUse.PLACE, Countries.ofAdjective(s).display());
    }
    boolean legal = u.legal();
    Countries.Country country = Countries.named(s);
    if (!legal
        && country != null
        && (kind == NameKind.OTHER.code
            || (kind == NameKind.ORGANISATION.code
                && (!country.region() || shortRegion(s, country))))) {
      // a country whatever the tagger read, and a region written short ("Tex", "Calif"), which
      // no team is named by
      kind = NameKind.PLACE.code;
    }
    if (kind != NameKind.PERSON.code && country == null && (legal || institution(s))) {
      kind = NameKind.ORGANISATION.code;
    }
    if ((kind != NameKind.ORGANISATION.code && kind != NameKind.PLACE.code) || fragment(u, words)) {
      return u.withEntity(0, null);
    }
    return u.withEntity(kind, key(s, kind));
  }

  /**
   * A legal form, a common word, a letter or a number alone, a party and state ("R-Fla"), a group
   * of people ("Muslim", "Republicans"), a programme, law or treaty ("Export Enhancement Program"):
   * no entity.
   */
  private static boolean fragment(NameUse u, int words) {
    String k = Orgs.key(u.surface());
    if (k.isEmpty() || k.length() == 1 || !k.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    // a lawmaker's party and state, "R-Fla", "D-Calif": no organisation
    if (k.length() > 2 && k.charAt(1) == '-' && "rdi".indexOf(k.charAt(0)) >= 0) {
      Countries.Country state = Countries.named(k.substring(2));
      if ((state != null && state.region())
          || (k.length() == 4
              && Character.isLetter(k.charAt(2))
              && Character.isLetter(k.charAt(3)))) {
        return true; // "R-Fla", or a postal code: "R-TX"
      }
    }
    if (k.indexOf(' ') >= 0) {
      // a programme, law, treaty or index: "Export Enhancement Program", "Plaza Accord"
      return Words.NAMED_THINGS.contains(k.substring(k.lastIndexOf(' ') + 1));
    }
    return Orgs.isLegalForm(k)
        || Words.NAMED_THINGS.contains(k) // "the Constitution"
        || (Words.NATIONALITIES.contains(k) && Countries.ofAdjective(k) == null)
        || (Countries.named(u.surface()) == null
            && (u.common()
                || CommonWords.contains(k)
                || Words.NOT_NAME_START.contains(k)
                || Words.ORG_GENERIC.contains(k)
                || (u.legal() && Words.ORG_HEADS.contains(k))));
  }

  static boolean endsInLegalForm(String s) {
    int sp = s.lastIndexOf(' ');
    return sp > 0 && Orgs.isLegalForm(WordForms.clean(s.substring(sp + 1)));
  }

  /**
   * The key an entity of {@code kind} is known by: a country's key for its names, a place's words
   * in lower case without "the"; an organisation's {@link Orgs#key}, with its legal form when the
   * name without it is a place's or an institution's ("Canada Inc", "Treasury Corp").
   */
  static String key(String surface, int kind) {
    Countries.Country c = Countries.named(surface);
    if (kind == NameKind.PLACE.code) {
      return c != null ? c.display() : Countries.form(Orgs.key(surface));
    }
    String k = Orgs.key(surface);
    String bare = Countries.form(k);
    if (endsInLegalForm(surface)
        && (Countries.named(bare) != null
            || Words.PLACES.contains(bare)
            || Words.COUNTRY_WORDS.contains(bare)
            || Words.ORG_SINGLE.contains(bare)
            || Orgs.GOVERNMENT_BODIES.contains(bare))) {
      return Countries.form(surface.replaceFirst("^(?i)the\\s+", ""));
    }
    return k;
  }
}
