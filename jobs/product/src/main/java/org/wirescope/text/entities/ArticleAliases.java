package org.wirescope.text.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.tagger.NameKind;

/** What one article says about its names as a whole: one kind per spelling, and aliases. */
final class ArticleAliases {
  private ArticleAliases() {}

  /**
   * A state or province written after a place and a comma is the place's, whatever the tagger read:
   * "Washington, D.C.", "Springfield, Ill.", "Austin, TX". In capitals, a state's postal code alone
   * may be a party's or a team's initials; after a city it is the state.
   */
  static void regionsAfterPlaces(String text, List<NameUse> uses) {
    for (int i = 1; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      NameUse before = uses.get(i - 1);
      boolean readOtherwise =
          u.entityKind() == NameUse.ORGANISATION
              || (u.entityKind() == 0 && u.kind() == NameKind.OTHER.code);
      if (!readOtherwise
          || u.adjective()
          || before.entityKind() != NameUse.PLACE
          || u.start() <= before.end()
          || !text.substring(before.end(), u.start()).strip().equals(",")) {
        continue;
      }
      Countries.Country region = Countries.named(u.surface());
      if (region != null && region.region()) {
        uses.set(i, u.withEntity(NameUse.PLACE, region.display()));
      }
    }
  }

  /**
   * One spelling, one kind per article: the kind most of its uses have; on a tie each keeps its own
   * (a results table's "Toronto" is a team, its dateline's the city).
   */
  static void consistentKinds(List<NameUse> uses) {
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
      if (v != null && v[0] != v[1] && v[0] > 0 && v[1] > 0 && !u.legal()) {
        int kind = v[1] > v[0] ? NameUse.PLACE : NameUse.ORGANISATION;
        uses.set(i, u.withEntity(kind, TaggedNames.key(u.surface(), kind)));
      }
    }
  }

  /**
   * Acronyms the article defines, "Securities and Exchange Commission (SEC)", and short forms of
   * one longer organisation's name, "Merrill" of "Merrill Lynch", name that organisation.
   */
  static void namedByLongerNames(String text, List<NameUse> uses) {
    Map<String, String> acronyms = new HashMap<>();
    Map<String, String> prefixes = new HashMap<>();
    Set<String> places = new HashSet<>();
    for (NameUse u : uses) {
      if (u.entityKind() == NameUse.PLACE) {
        places.add(Countries.form(u.surface()));
      }
    }
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
        if (!shortForm(prefix, words[w + 1])) {
          continue;
        }
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
      if (full == null
          && u.entityKind() == NameUse.ORGANISATION
          && !u.legal()
          && !places.contains(Countries.form(u.surface()))) {
        full = prefixes.get(k);
      }
      if (full != null && !full.isEmpty() && !full.equals(u.entity())) {
        uses.set(i, u.withEntity(NameUse.ORGANISATION, full));
      }
    }
  }

  /**
   * A body every country has ({@link Words#NATIONAL_BODIES}: "Central Bank", "Finance Ministry",
   * "Stock Exchange") names, when the article writes it bare:
   *
   * <ul>
   *   <li>the one longer name the article gives it ("the National Bank" after "Swiss National
   *       Bank");
   *   <li>else the one of the country written just before it ("Brazil's Central Bank", "the Dutch
   *       Central Bank");
   *   <li>else the one of the country the article names most (the first named among equals).
   * </ul>
   *
   * A country's body is keyed by its name with the country's: "Central Bank (Brazil)". So is a name
   * that holds its country, for a body each country has only one of ({@link Words#ONE_PER_COUNTRY}:
   * "Brazilian Central Bank"; not "Philippine National Bank", a firm). Without a country in the
   * article a bare body keeps its own key, and the corpus may resolve it as a short form when most
   * articles mean one country.
   */
  static void qualifiedByCountry(String text, List<NameUse> uses) {
    Map<String, Integer> named = new HashMap<>();
    String most = null;
    for (NameUse u : uses) {
      Countries.Country c = country(u);
      if (c != null) {
        int n = named.merge(c.display(), 1, Integer::sum);
        if (most == null || n > named.get(most)) {
          most = c.display();
        }
      }
    }
    Map<String, String> longer = new HashMap<>();
    for (int i = 0; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      if (u.entityKind() != NameUse.ORGANISATION) {
        continue;
      }
      String key = Orgs.key(u.surface());
      String own = ownCountry(key);
      if (own != null) {
        u = u.withEntity(NameUse.ORGANISATION, own);
        uses.set(i, u);
      }
      String body = bodyEnding(key);
      if (body != null) {
        String had = longer.putIfAbsent(body, u.entity());
        if (had != null && !had.equals(u.entity())) {
          longer.put(body, "");
        }
      }
    }
    for (int i = 0; i < uses.size(); i++) {
      NameUse u = uses.get(i);
      String body = Orgs.key(u.surface());
      if (u.entityKind() != NameUse.ORGANISATION || !Words.NATIONAL_BODIES.contains(body)) {
        continue;
      }
      String full = longer.get(body);
      String country = most;
      if (i > 0) {
        Countries.Country before = country(uses.get(i - 1));
        String between = text.substring(uses.get(i - 1).end(), u.start());
        if (before != null && BETWEEN_COUNTRY_AND_BODY.matcher(between).matches()) {
          country = before.display();
          full = null;
        }
      }
      if (full != null && !full.isEmpty()) {
        uses.set(i, u.withEntity(NameUse.ORGANISATION, full));
      } else if (country != null) {
        uses.set(i, u.withEntity(NameUse.ORGANISATION, displayed(body, country)));
      }
    }
  }

  /** The {@link Words#NATIONAL_BODIES} body a longer name's key ends in, or null. */
  private static String bodyEnding(String key) {
    for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      if (Words.NATIONAL_BODIES.contains(key.substring(space + 1))) {
        return key.substring(space + 1);
      }
    }
    return null;
  }

  /**
   * A body a country has only one of, named with its country ("Brazilian Central Bank", "Brazil's
   * Finance Ministry", keyed without the possessive), as {@link #displayed}; else null.
   */
  private static String ownCountry(String key) {
    String body = bodyEnding(key);
    if (body == null || !Words.ONE_PER_COUNTRY.contains(body)) {
      return null;
    }
    String place = key.substring(0, key.length() - body.length() - 1);
    Countries.Country c = Countries.named(place);
    if (c == null) {
      c = Countries.ofAdjective(place);
    }
    return c == null || c.region() ? null : displayed(body, c.display());
  }

  /**
   * What may stand between a country and its body: "Brazil's Central Bank", "the Dutch Central
   * Bank".
   */
  private static final java.util.regex.Pattern BETWEEN_COUNTRY_AND_BODY =
      java.util.regex.Pattern.compile("(?:['’]s)?\\s+");

  /** The country (not a region) that a place use names, or null. */
  private static Countries.Country country(NameUse u) {
    if (u.entityKind() != NameUse.PLACE || u.entity() == null) {
      return null;
    }
    Countries.Country c = Countries.named(u.entity());
    return c == null || c.region() ? null : c;
  }

  /** "central bank" of Brazil as "Central Bank (Brazil)": capitalised but for "of" and "and". */
  static String displayed(String body, String country) {
    StringBuilder out = new StringBuilder();
    for (String w : body.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(
          w.equals("of") || w.equals("and")
              ? w
              : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.append(" (").append(country).append(')').toString();
  }

  /**
   * Whether the first words of a longer name, {@code prefix} before {@code next}, may stand for it:
   * not before "and", "of" or "&" ("Bank" of "Bank of England"), and not a place's name or a common
   * word ("Chicago" of "Chicago Mercantile Exchange", "Securities").
   */
  private static boolean shortForm(String prefix, String next) {
    if (next.equals("and") || next.equals("of") || next.equals("&") || next.equals("for")) {
      return false;
    }
    String f = Countries.form(prefix);
    return Countries.named(f) == null
        && !Words.PLACES.contains(f)
        && !Words.COUNTRY_WORDS.contains(f)
        && !CommonWords.contains(f)
        && !Words.isTitle(f);
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
