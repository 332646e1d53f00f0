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

  /** Words that join a name to the next, never its last: "U.S. AND" of a headline. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /**
   * Words the tagger leaves out of a place's name: "West" of "West German", "New" of "New
   * Hampshire".
   */
  private static final Set<String> COMPASS = Set.of("west", "east", "north", "south", "new");

  /** Words before a role that go with it: "Majority" of "Senate Majority Leader". */
  private static final Set<String> ROLE_MODIFIERS =
      Set.of("majority", "minority", "deputy", "vice", "assistant", "acting");

  private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "in", "on", "at");

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
      if (kind == 0) {
        continue;
      }
      int e = k + 1;
      while (e < t.size && labels[e] == labels[k] + (labels[k] % 2) && t.para[e] == t.para[k]) {
        e++;
      }
      int ee = compassEnd(text, t, labels, k, nameEnd(t, k, e, kind));
      while (si + 1 < sentences.size() && sentences.get(si + 1).start() <= t.start[k]) {
        si++;
      }
      int a = titleStart(t, labels, k, ee, kind);
      NameUse u =
          use(
              text,
              t,
              a < k ? a : compassStart(text, t, labels, k, ee),
              a,
              e,
              ee,
              kind,
              common(t, k, e, lowerWords),
              si);
      String surface = u.surface();
      if (label(t, k, ee)) {
        out.add(u.withEntity(0, null));
        k = e - 1;
        continue;
      }
      boolean person = ee - k == 1 && personWords.contains(Words.lower(surface));
      for (int j = k; j < ee && !person; j++) {
        person = inPerson[j];
      }
      int read =
          kind == NameKind.ORGANISATION.code
                  && k > 0
                  && t.para[k - 1] == t.para[k]
                  && t.lower(k - 1).equals("in")
                  && Words.PLACES.contains(Countries.form(surface))
              ? NameKind.PLACE.code // "the convention in Cleveland": the city, not its team
              : kind;
      out.add(person ? u.withEntity(0, null) : reading(u, read, ee - k));
      k = e - 1;
    }
    Coordination.merge(text, out);
    ArticleAliases.consistentKinds(out);
    ArticleAliases.namedByLongerNames(text, out);
    return out;
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
        tableLabel(text, t, from, e));
  }

  /**
   * Whether the name written [from, e) opens a line and a number follows it on that line, compared
   * with another, as a results table's row label does ("Revs 1,179,000 vs 2,003,000", "Year Shr
   * 1.20 dlrs vs 1.10 dlrs").
   */
  static boolean tableLabel(String text, Tokens t, int from, int e) {
    if (e >= t.size || e - from > 3 || !number(t, e)) {
      return false;
    }
    if (text.substring(t.end[e - 1], t.start[e]).indexOf('\n') >= 0 || !comparison(t, e)) {
      return false;
    }
    for (int i = t.start[from] - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Tokens.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a compass word alone at [a, e) ends with the word after it, which the tagger left out,
   * when the two are a country's name or adjective ("West" of "West German"); else {@code e}.
   */
  private static int compassEnd(String text, Tokens t, int[] labels, int a, int e) {
    if (e != a + 1
        || e >= t.size
        || !t.word[e]
        || NameTagger.kind(labels[e]) != 0
        || !COMPASS.contains(t.lower(a))) {
      return e;
    }
    String joined = surface(text.substring(t.start[a], t.end[e]));
    return Countries.named(joined) != null || Countries.ofAdjective(joined) != null ? e + 1 : e;
  }

  /**
   * Where the name at [a, e) starts with the compass word before it, which the tagger left out,
   * when the two are a country's name or adjective ("WEST" of "WEST GERMAN"); else {@code a}.
   */
  private static int compassStart(String text, Tokens t, int[] labels, int a, int e) {
    if (a == 0
        || !t.word[a - 1]
        || NameTagger.kind(labels[a - 1]) != 0
        || t.para[a - 1] != t.para[a]
        || !COMPASS.contains(t.lower(a - 1))) {
      return a;
    }
    String joined = surface(text.substring(t.start[a - 1], t.end[e - 1]));
    return Countries.named(joined) != null || Countries.ofAdjective(joined) != null ? a - 1 : a;
  }

  /**
   * Whether the one word at [a, e), in capitals, is a sentence on its own, as a section's label is
   * ("ABSTRACT.", "UPDATE:"): no one's name.
   */
  private static boolean label(Tokens t, int a, int e) {
    if (e != a + 1
        || e >= t.size
        || t.end[a] - t.start[a] < 4
        || WordForms.capitalLetters(t.text, t.start[a], t.end[a]) < 4
        || !(t.isPunct(e, '.') || t.isPunct(e, ':'))) {
      return false;
    }
    boolean opens = a == 0 || t.para[a - 1] != t.para[a] || t.isPunct(a - 1, '.');
    boolean closes = e + 1 >= t.size || t.para[e + 1] != t.para[a] || t.start[e + 1] > t.end[e];
    return opens && closes && t.para[e] == t.para[a];
  }

  /**
   * Whether the line from token {@code k} on compares two figures with "vs", as the lines of a
   * results table do ("1,179,000 vs 2,003,000"); a sports table's lines do not ("Essex 312 and
   * 254-6", "Brazil 2 Argentina 1").
   */
  private static boolean comparison(Tokens t, int k) {
    for (int j = k + 1; j < t.size && t.para[j] == t.para[k]; j++) {
      if (t.text.lastIndexOf('\n', t.start[j]) > t.start[k]) {
        return false;
      }
      if (t.word[j] && t.lower(j).equals("vs")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code k} is a number: digits, with commas or periods ("1,179,000"; not "1st").
   */
  private static boolean number(Tokens t, int k) {
    if (!Character.isDigit(t.first(k))) {
      return false;
    }
    for (int i = t.start[k]; i < t.end[k]; i++) {
      char c = t.text.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where an organisation's name of one word and a legal form at [a, e) starts with the title
   * before it, which the tagger left out as a title: "General" of "General Electric Co", "General
   * Motors Corp"; else {@code a}.
   */
  private static int titleStart(Tokens t, int[] labels, int a, int e, int kind) {
    if (kind != NameKind.ORGANISATION.code
        || a == 0
        || e - a != 2
        || !t.word[a - 1]
        || NameTagger.kind(labels[a - 1]) != 0
        || t.para[a - 1] != t.para[a]
        || !Character.isUpperCase(t.first(a - 1))
        || !Orgs.isLegalForm(t.clean(e - 1))
        || !Words.isTitle(t.clean(a - 1))) {
      return a;
    }
    return a - 1;
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
   * The end of the name the tagger read at [a, b) as {@code kind}: with the legal form after it,
   * without words after it that are not part of it ("Karlsruhe of", "Federal Republic of", "U.S.
   * AND" of a headline), without a title after an organisation ("Federal Reserve Board Governor").
   */
  private static int nameEnd(Tokens t, int a, int b, int kind) {
    int e = kind != NameKind.PERSON.code ? withLegalForm(t, a, b) : b;
    while (e - 1 > a
        && (t.isPunct(e - 1, '&')
            || (t.word[e - 1]
                && (Character.isLowerCase(t.first(e - 1))
                    || CONNECTORS.contains(t.lower(e - 1))
                    || (kind == NameKind.ORGANISATION.code
                        && Words.isRoleHead(t.clean(e - 1))))))) {
      if (kind == NameKind.ORGANISATION.code
          && Words.isRoleHead(t.clean(e - 1))
          && e - 2 > a
          && ROLE_MODIFIERS.contains(t.clean(e - 2))) {
        e--; // "Senate Majority Leader": the role's modifier goes with it
      }
      e--;
    }
    return e;
  }

  /**
   * The end of an organisation's name at [a, b) with the legal form that follows it: "Co" in
   * "Merrill Lynch and Co", "Inc" in "Apex Holdings Inc".
   */
  private static int withLegalForm(Tokens t, int a, int b) {
    int e = b;
    if (e + 1 < t.size
        && t.para[e + 1] == t.para[a]
        && (t.lower(e).equals("and") || t.isPunct(e, '&'))
        && t.word[e + 1]
        && Orgs.isLegalForm(t.clean(e + 1))) {
      e += 2;
    }
    while (e < t.size && t.para[e] == t.para[a] && t.word[e] && Orgs.isLegalForm(t.clean(e))) {
      e++;
    }
    return e;
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
   * Administration").
   */
  private static boolean institution(String surface) {
    String[] words = surface.split(" ");
    String first = WordForms.clean(words[0]);
    String last = WordForms.clean(words[words.length - 1]);
    return Words.ORG_SINGLE.contains(first)
        && (words.length == 1 || (words.length == 2 && Words.ORG_HEADS.contains(last)));
  }

  /**
   * Whether {@code s} is a region's short name written in ordinary case ("Tex", "Calif"), not its
   * name nor a postal code in capitals ("PA", "SC", which are also parties' and clubs' initials).
   */
  private static boolean shortRegion(String s, Countries.Country region) {
    return !Countries.form(s).equals(region.key())
        && s.length() >= 3
        && WordForms.capitalLetters(s, 0, s.length()) < 0;
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
   * of people ("Muslim", "Republicans"): no entity.
   */
  private static boolean fragment(NameUse u, int words) {
    String k = Orgs.key(u.surface());
    if (k.isEmpty() || k.length() == 1 || !k.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    // a lawmaker's party and state, "R-Fla", "D-Calif": no organisation
    if (k.length() > 2 && k.charAt(1) == '-' && "rdi".indexOf(k.charAt(0)) >= 0) {
      Countries.Country state = Countries.named(k.substring(2));
      if (state != null && state.region()) {
        return true;
      }
    }
    if (k.indexOf(' ') >= 0) {
      return false;
    }
    return Orgs.isLegalForm(k)
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
