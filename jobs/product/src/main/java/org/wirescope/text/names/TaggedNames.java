package org.wirescope.text.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
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
 *   <li>a legal form or a common word alone ("Co", "Bank", "Standard") is no entity;
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

  /** The names of one article; {@code labels} the tagger's, one per token. */
  public static List<NameUse> of(
      String text, Tokens t, int[] labels, Set<String> lowerWords, List<Sentence> sentences) {
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
      boolean common = true;
      for (int j = k; j < e && common; j++) {
        String w = Words.lower(WordForms.stripPossessive(t.str(j)));
        common = !t.word[j] || lowerWords.contains(w) || CommonWords.contains(w);
      }
      int ee = kind == NameKind.ORGANISATION.code ? withLegalForm(t, k, e) : e;
      int start = t.start[k];
      while (si + 1 < sentences.size() && sentences.get(si + 1).start() <= start) {
        si++;
      }
      String raw = text.substring(start, t.end[ee - 1]);
      String surface = surface(raw);
      NameUse u =
          new NameUse(
              PersonFinder.nameKey(t, k, e),
              surface,
              kind,
              NameCues.organisation(t, k, e),
              NameCues.person(t, k, e),
              common,
              sentences.isEmpty() ? 0 : si,
              start,
              start + kept(raw),
              0,
              null,
              Countries.ofAdjective(surface) != null);
      out.add(reading(u, kind, ee - k));
      k = e - 1;
    }
    consistentKinds(out);
    namedByLongerNames(text, out);
    return out;
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
    return raw.substring(0, kept(raw)).strip().replaceAll("\\s+", " ");
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

  /** What {@code u}, read as {@code kind} by the tagger, names in the article. */
  private static NameUse reading(NameUse u, int kind, int words) {
    String s = u.surface();
    if (u.adjective()) {
      return u.withEntity(NameUse.PLACE, Countries.ofAdjective(s).display());
    }
    boolean legal = endsInLegalForm(s);
    if (kind == NameKind.OTHER.code && Countries.named(s) != null) {
      kind = NameKind.PLACE.code;
    }
    if (legal && kind != NameKind.PERSON.code) {
      kind = NameKind.ORGANISATION.code;
    }
    if ((kind != NameKind.ORGANISATION.code && kind != NameKind.PLACE.code) || fragment(u, words)) {
      return u.withEntity(0, null);
    }
    return u.withEntity(kind, key(s, kind));
  }

  /** A legal form, a common word, a letter or a number alone: no entity. */
  private static boolean fragment(NameUse u, int words) {
    String k = Orgs.key(u.surface());
    if (k.isEmpty() || k.length() == 1 || !k.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    if (k.indexOf(' ') >= 0) {
      return false;
    }
    return Orgs.isLegalForm(k)
        || (Countries.named(u.surface()) == null
            && (u.common() || CommonWords.contains(k) || Words.NOT_NAME_START.contains(k)));
  }

  private static boolean endsInLegalForm(String s) {
    int sp = s.lastIndexOf(' ');
    return sp > 0 && Orgs.isLegalForm(WordForms.clean(s.substring(sp + 1)));
  }

  /**
   * The key an entity of {@code kind} is known by: a country's key for its names, a place's words
   * in lower case without "the"; an organisation's {@link Orgs#key}, with its legal form when the
   * name without it is a place's ("Canada Inc").
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
            || Words.COUNTRY_WORDS.contains(bare))) {
      return Countries.form(surface.replaceFirst("^(?i)the\\s+", ""));
    }
    return k;
  }

  /** One spelling, one kind per article: the kind most of its uses have, a place on a tie. */
  private static void consistentKinds(List<NameUse> uses) {
    Map<String, int[]> votes = new HashMap<>();
    for (NameUse u : uses) {
      if (u.entityKind() != 0 && !u.adjective()) {
        int[] v = votes.computeIfAbsent(Countries.form(u.surface()), x -> new int[2]);
        v[u.entityKind() == NameUse.PLACE ? 1 : 0]++;
      }
    }
    for (int i = 0; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      int[] v =
          u.adjective() || u.entityKind() == 0 ? null : votes.get(Countries.form(u.surface()));
      if (v != null && v[0] > 0 && v[1] > 0 && !endsInLegalForm(u.surface())) {
        int kind = v[1] >= v[0] ? NameUse.PLACE : NameUse.ORGANISATION;
        uses.set(i, u.withEntity(kind, key(u.surface(), kind)));
      }
    }
  }

  /**
   * Acronyms the article defines, "Securities and Exchange Commission (SEC)", and short forms of
   * one longer organisation's name, "Merrill" of "Merrill Lynch", name that organisation.
   */
  private static void namedByLongerNames(String text, List<NameUse> uses) {
    Map<String, String> acronyms = new HashMap<>();
    Map<String, String> prefixes = new HashMap<>();
    for (int i = 0; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      if (u.entityKind() != NameUse.ORGANISATION) {
        continue;
      }
      if (i + 1 < uses.size() && defines(text, u, uses.get(i + 1))) {
        acronyms.put(Orgs.key(uses.get(i + 1).surface()), u.entity());
      }
      String[] words = u.entity().split(" ");
      String prefix = "";
      for (int w = 0; w + 1 < words.length; w++) {
        prefix = w == 0 ? words[0] : prefix + " " + words[w];
        String had = prefixes.putIfAbsent(prefix, u.entity());
        if (had != null && !had.equals(u.entity())) {
          prefixes.put(prefix, "");
        }
      }
    }
    for (int i = 0; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      if (u.entityKind() == 0 || u.adjective()) {
        continue;
      }
      String k = Orgs.key(u.surface());
      String full = acronyms.get(k);
      if (full == null && u.entityKind() == NameUse.ORGANISATION) {
        full = prefixes.get(k);
      }
      if (full != null && !full.isEmpty() && !full.equals(u.entity())) {
        uses.set(i, u.withEntity(NameUse.ORGANISATION, full));
      }
    }
  }

  /**
   * Whether {@code next} is an acronym in brackets right after {@code u} whose letters are the
   * initials of {@code u}'s capitalised words: "Securities and Exchange Commission (SEC)".
   */
  private static boolean defines(String text, NameUse u, NameUse next) {
    String a = next.surface().replace(".", "");
    if (a.length() < 2 || !a.equals(a.toUpperCase(java.util.Locale.ROOT)) || a.length() > 8) {
      return false;
    }
    if (next.start() - u.end() > 3
        || next.start() <= u.end()
        || text.substring(u.end(), next.start()).strip().equals("(") == false) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : u.surface().split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Orgs.isLegalForm(Words.lower(w))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(a);
  }
}
