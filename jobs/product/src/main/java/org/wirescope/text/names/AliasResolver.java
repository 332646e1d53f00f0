package org.wirescope.text.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;

/**
 * Canonical names for one article's mentions: a fuller name written twice ("Donald J. Trump" after
 * "Donald Trump") is one person; a lone word is the alias of the nearest fuller name whose surname
 * (or first name) it is, else a known name's; a lone word that is none of these stays only when its
 * context made it a person. A person is female when any of its mentions says so.
 */
final class AliasResolver {
  private AliasResolver() {}

  /** The mentions of {@code found} that stand, in order, with canonical names. */
  static List<Found> resolve(List<Found> found, ArticleNames names) {
    Map<String, List<Found>> bySurname = new HashMap<>();
    Map<String, List<Found>> byFirst = new HashMap<>();
    List<Found> named = fullNames(found, names, bySurname, byFirst);
    List<Found> keep = new ArrayList<>(found.size());
    for (Found f : named) {
      Found r = f.nameWords >= 2 ? f : alias(f, names, bySurname, byFirst);
      if (r != null) {
        keep.add(r);
      }
    }
    Set<String> female = new HashSet<>();
    for (Found f : keep) {
      if (f.female) {
        female.add(f.person);
      }
    }
    List<Found> out = new ArrayList<>(keep.size());
    for (Found f : keep) {
      out.add(f.female == female.contains(f.person) ? f : f.withFemale(female.contains(f.person)));
    }
    return out;
  }

  /**
   * The mentions with their fuller names made canonical: one person for the same first name and
   * surname, a known name with that surname and first name; each fuller name is indexed by its
   * surname and its first name.
   */
  private static List<Found> fullNames(
      List<Found> found,
      ArticleNames names,
      Map<String, List<Found>> bySurname,
      Map<String, List<Found>> byFirst) {
    Map<String, String> firstLast = new HashMap<>();
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.nameWords >= 2) {
        String[] parts = f.name.split(" ");
        String sur = NameShapes.surnameKey(parts);
        String first = WordForms.clean(parts[0]);
        // "Donald J. Trump" after "Donald Trump": one person
        String person = f.person;
        String earlier = firstLast.putIfAbsent(sur + " " + first, person);
        if (earlier != null) {
          person = earlier;
        }
        if (person.equals(f.name)) {
          Set<String> k = names.knownBySurname(sur);
          if (k != null && k.size() == 1) {
            String kn = k.iterator().next();
            if (Words.lower(kn).startsWith(first)) {
              person = kn;
            }
          }
        }
        f = person.equals(f.person) ? f : f.withPerson(person, f.method);
        bySurname.computeIfAbsent(sur, x -> new ArrayList<>()).add(f);
        byFirst.computeIfAbsent(first, x -> new ArrayList<>()).add(f);
      }
      out.add(f);
    }
    return out;
  }

  /**
   * A lone word as a fuller name's alias, a known name, or itself when its context says so; else
   * null.
   */
  private static Found alias(
      Found f,
      ArticleNames names,
      Map<String, List<Found>> bySurname,
      Map<String, List<Found>> byFirst) {
    String key = NameShapes.surnameKey(f.name.split(" "));
    Found full = nearest(bySurname.get(key), f);
    if (full == null) {
      List<Found> firsts = byFirst.get(key);
      if (firsts != null && onePerson(firsts)) {
        full = nearest(firsts, f);
      }
    }
    if (full != null) {
      return f.withPerson(full.person, "alias");
    }
    String known = names.knownName(Words.lower(f.name));
    if (known != null) {
      return f.withPerson(known, f.method);
    }
    Set<String> k = names.knownBySurname(key);
    if (k != null && k.size() == 1) {
      return f.withPerson(k.iterator().next(), "alias");
    }
    return f.contextual ? f : null;
  }

  private static boolean onePerson(List<Found> list) {
    return list.get(0).person.equals(list.get(list.size() - 1).person)
        && list.get(0).person.equals(list.get(list.size() / 2).person);
  }

  /** The last fuller name before {@code f}, else the first after it (binary search). */
  private static Found nearest(List<Found> list, Found f) {
    if (list == null || list.isEmpty()) {
      return null;
    }
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).nameStart < f.nameStart) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 ? list.get(lo - 1) : list.get(0);
  }
}
