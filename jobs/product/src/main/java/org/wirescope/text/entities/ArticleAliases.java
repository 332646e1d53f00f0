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

/** What one article says about its names as a whole: one kind per spelling, and aliases. */
final class ArticleAliases {
  private ArticleAliases() {}

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
