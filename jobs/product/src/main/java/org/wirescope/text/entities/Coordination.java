package org.wirescope.text.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.tagger.NameKind;

/**
 * Names the tagger splits that are one organisation's:
 *
 * <ul>
 *   <li>two names joined by "and" or "&", the second an organisation's, when neither stands alone
 *       elsewhere in the article, and the second is one word (and a legal form) or the first a
 *       common word: "Standard and Poor's Corp", "Food and Drug Administration"; not "IBM and
 *       Apple" in an article that names IBM again, nor "Kansai Electric Power and Kansai
 *       International Airport";
 *   <li>a one-word name or a firm's, a comma and a one-word firm with its legal form: "Kidder,
 *       Peabody and Co", "W.I. Carr, Sons and Co"; any name before a comma and a generic word with
 *       a legal form: "J.R. Harlan, Sons and Co";
 *   <li>a place's name right before a firm's with its legal form, or a firm's right before one word
 *       with a legal form: "Atlantic City Electric Co";
 *   <li>a country's adjective and the organisation's name right after it: "American Telephone and
 *       Telegraph Co", "Soviet Foreign Ministry"; a party's, faith's or people's word the tagger
 *       read apart and an organisation's name of two words or more right after it: "Democratic" and
 *       "National Committee";
 *   <li>two names that together name a country or region or are its adjective: "West" and
 *       "Germany", "WEST" and "GERMAN", "New" and "Hampshire"; a region's name that opens an
 *       organisation's: "New" and "Hampshire GOP"; "New" alone before an organisation's name: "New"
 *       and "York Times".
 * </ul>
 *
 * The first name takes the whole; the others name nothing more.
 */
final class Coordination {
  private Coordination() {}

  /** Merges, in place, the names of one article ({@link TaggedNames#of}) that are one. */
  static void merge(String text, List<NameUse> uses) {
    Map<String, Integer> named = new HashMap<>();
    for (NameUse u : uses) {
      if (u.entityKind() == NameUse.ORGANISATION) {
        named.merge(u.entity(), 1, Integer::sum);
      }
    }
    // the last merged name, [from, taken): the names inside it are taken
    int from = -1;
    int taken = -1;
    for (int i = 0; i + 1 < uses.size(); i++) {
      NameUse u = uses.get(i);
      if (u.start() > from && u.start() < taken) {
        continue;
      }
      int j = i + 1;
      while (j < uses.size() && uses.get(j).start() < u.end()) {
        j++; // the names a merge took in
      }
      if (j == uses.size()) {
        break;
      }
      NameUse v = uses.get(j);
      NameUse split = splitRegion(text, u, v);
      if (split != null) {
        uses.set(i, split);
        uses.set(j, v.withEntity(0, null));
        from = u.start();
        taken = v.end();
        continue;
      }
      if (!joins(text, u, v, named)) {
        continue;
      }
      String surface = TaggedNames.surface(text.substring(u.start(), v.end()));
      uses.set(
          i,
          u.spanning(surface, v.end(), v.legal(), TaggedNames.key(surface, NameUse.ORGANISATION)));
      uses.set(j, v.withEntity(0, null));
      from = u.start();
      taken = v.end();
      i--; // the longer name may join the next: "American Telephone" and "Telegraph Co"
    }
  }

  /**
   * {@code u} spanning the next name {@code v} when the tagger split a country's or region's name
   * ("WEST" and "GERMAN", "West" and "Germany", "New" and "Hampshire", whose first word names
   * nothing alone) or the region's name that opens an organisation's ("New" and "Hampshire GOP");
   * else null.
   */
  private static NameUse splitRegion(String text, NameUse u, NameUse v) {
    if ((u.entityKind() == 0 && (u.kind() == 0 || u.kind() == NameKind.PERSON.code))
        || v.start() <= u.end()
        || !text.substring(u.end(), v.start()).isBlank()) {
      return null;
    }
    String joined = TaggedNames.surface(text.substring(u.start(), v.end()));
    Countries.Country c = Countries.named(joined);
    Countries.Country a = Countries.ofAdjective(joined);
    if (c != null || a != null) {
      return u.spanningPlace(joined, v.end(), (c != null ? c : a).display(), c == null);
    }
    if (u.surface().equals("New") && v.entityKind() == NameUse.ORGANISATION) {
      // "New" names nothing alone; right before an organisation's name it opens it: "New" and
      // "York Times", which the tagger read as a place and a newspaper
      return u.spanning(joined, v.end(), v.legal(), TaggedNames.key(joined, NameUse.ORGANISATION));
    }
    int space = v.surface().indexOf(' ');
    if (u.entityKind() == 0
        && v.entityKind() == NameUse.ORGANISATION
        && space > 0
        && Countries.named(u.surface() + " " + v.surface().substring(0, space)) != null) {
      return u.spanning(joined, v.end(), v.legal(), TaggedNames.key(joined, NameUse.ORGANISATION));
    }
    return null;
  }

  /** Whether {@code u} is a word that names no organisation alone: "Standard", "General". */
  private static boolean generic(NameUse u) {
    return Words.ORG_GENERIC.contains(Orgs.key(u.surface()));
  }

  /** Whether {@code u} and the next name {@code v} are one organisation's name. */
  private static boolean joins(String text, NameUse u, NameUse v, Map<String, Integer> named) {
    if (v.start() > u.end()
        && v.start() - u.end() <= 3
        && text.substring(u.end(), v.start()).strip().equals(",")
        && v.legal()
        && generic(v)) {
      // a name, a comma and a generic word with a legal form: "J.R. Harlan, Sons and Co"
      return true;
    }
    if (u.kind() == NameKind.PERSON.code
        || v.kind() != NameKind.ORGANISATION.code
        || u.legal()
        || v.start() - u.end() > 7
        || v.start() <= u.end()) {
      return false;
    }
    String between = text.substring(u.end(), v.start()).strip();
    if (u.adjective()) {
      return between.isEmpty();
    }
    String vKey = Orgs.key(v.surface());
    if (between.isEmpty()
        && u.kind() == NameKind.OTHER.code
        && Words.NATIONALITIES.contains(Orgs.key(u.surface()))
        && vKey.indexOf(' ') > 0) {
      // a party's, faith's or people's word right before an organisation's name of two words or
      // more: "Democratic" and "National Committee"
      return true;
    }
    boolean oneWord = !vKey.isEmpty() && vKey.indexOf(' ') < 0;
    if (between.isEmpty()) {
      // a place's name right before a firm's with its legal form ("Atlantic" and "City Electric
      // Co"), or a firm's right before one word and a legal form
      return v.legal() && u.entityKind() != 0 && (oneWord || u.entityKind() == NameUse.PLACE);
    }
    if (between.equals(",")) {
      return oneWord
          && v.legal()
          && (u.surface().indexOf(' ') < 0 || u.entityKind() == NameUse.ORGANISATION)
          && u.entityKind() != 0;
    }
    return (between.equals("and") || between.equals("&"))
        && (u.entityKind() == NameUse.ORGANISATION || u.common() || generic(u))
        && (oneWord || u.common() || generic(u))
        && named.getOrDefault(u.entity(), 0) <= 1
        && named.getOrDefault(vKey, 0) <= 1;
  }
}
