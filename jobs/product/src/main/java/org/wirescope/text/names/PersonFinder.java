package org.wirescope.text.names;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * Person names in text. A name is a run of capitalised words (with particles such as "von der" and
 * initials such as "W.") on one line of prose; the title words at its front ("Kremlin Spokesman",
 * "Sen.") are its role. A run of two or more name words is a person unless a word marks an
 * organisation, place, date or nationality. A lone word is a person only when context says so: a
 * title before it, a speech verb next to it, a known name, or a fuller name in the same article
 * whose surname (or first name) it is, in which case it is an alias of that name.
 *
 * <p>The parts: this class scans the runs and makes mentions of them; {@link NameRun} reads a run
 * step by step; a {@link NameFilter} (the tagger's or the rules') decides; {@link AliasResolver}
 * gives each mention its canonical name; {@link NameShapes} answers questions about words. The
 * finder keeps no state between articles: one article's state is an {@link ArticleNames}.
 */
public final class PersonFinder implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The tagger margin a lone word needs to be a person when no fuller name, role, known surname or
   * speech verb backs it: chosen on CoNLL-2003 (see jobs/bench/NOTES.md, "Person recognition").
   */
  static final float LONE_MARGIN = 20f;

  private final KnownNames known;

  /**
   * @param knownNames person names known from the corpus, in display form ("James Baker")
   */
  public PersonFinder(Collection<String> knownNames) {
    this.known = new KnownNames(knownNames);
  }

  /**
   * Finds the person mentions in {@code t}. With {@code labels} (the tagger's, see {@link
   * NameTagger}) and {@code margins}, the tagger decides which capitalised runs are persons;
   * without them (null), the word-list rules do. {@code lowerWords} are the words the article uses
   * in lower case; {@code titleCase} marks headline-style paragraphs, where only names known
   * otherwise are taken.
   */
  public List<Found> find(
      Tokens t,
      Set<String> lowerWords,
      Collection<String> tagPersons,
      boolean[] titleCase,
      int[] labels,
      float[] margins) {
    ArticleNames names =
        new ArticleNames(
            t, lowerWords, titleCase, labels, margins, new KnownNames(tagPersons), known);
    int n = t.size;
    int k = 0;
    while (k < n) {
      if (!t.word[k]
          || !(NameShapes.isCap(t, k)
              || (NameShapes.isParticle(t, k) && k + 1 < n && NameShapes.isCap(t, k + 1)))) {
        k++;
        continue;
      }
      int a = k;
      int b = runEnd(t, a);
      if (b == a) {
        k++;
        continue;
      }
      boolean headline = t.para[a] < titleCase.length && titleCase[t.para[a]];
      if (labels != null && considerTagged(names, a, b, headline)) {
        k = b;
        continue;
      }
      if (headline) {
        for (int j = a; j < b; j++) {
          consider(names, j, j + 1, headline, -1);
        }
      } else {
        consider(names, a, b, false, -1);
      }
      k = b;
    }
    return confirmedCapitals(t, AliasResolver.resolve(names.out, names));
  }

  /**
   * Mentions without those written in capitals only ("BOND", "FINLAND ORDERS MCDONNELL DOUGLAS" in
   * a headline) whose person the article never names in ordinary case: capitals say nothing about
   * which words are names.
   */
  static List<Found> confirmedCapitals(Tokens t, List<Found> found) {
    Set<String> ordinary = new java.util.HashSet<>();
    boolean anyCaps = false;
    for (Found f : found) {
      if (capitalsOnly(t, f)) {
        anyCaps = true;
      } else {
        ordinary.add(f.person);
      }
    }
    if (!anyCaps) {
      return found;
    }
    List<Found> out = new java.util.ArrayList<>(found.size());
    for (Found f : found) {
      if (!capitalsOnly(t, f) || ordinary.contains(f.person)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether every word of the mention's name is in capitals, with at least two letters. */
  private static boolean capitalsOnly(Tokens t, Found f) {
    for (int j = f.nameStart; j < f.nameEnd; j++) {
      if (t.word[j] && WordForms.capitalLetters(t.text, t.start[j], t.end[j]) < 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the capitalised run from token {@code a} ends: after a possessive, or at a word neither
   * capitalised nor a particle before one.
   */
  private static int runEnd(Tokens t, int a) {
    int n = t.size;
    int b = a;
    while (b < n && t.word[b] && t.para[b] == t.para[a]) {
      if (NameShapes.isCap(t, b)) {
        b++;
        if (WordForms.isPossessive(t.str(b - 1))) {
          break;
        }
      } else if (NameShapes.isParticle(t, b)
          && b + 1 < n
          && t.word[b + 1]
          && (NameShapes.isCap(t, b + 1)
              || (NameShapes.isParticle(t, b + 1) && b + 2 < n && NameShapes.isCap(t, b + 2)))) {
        b++;
      } else {
        break;
      }
    }
    return b;
  }

  /**
   * The persons the tagger found in the capitalised run [a, b): each of its person spans, with the
   * run's words before it as its role, unless the tagger called them an organisation or place.
   * Returns false when the tagger found no person in the run.
   */
  private boolean considerTagged(ArticleNames names, int a, int b, boolean headline) {
    Tokens t = names.t;
    int[] labels = names.labels;
    boolean any = false;
    int from = a;
    for (int k = a; k < b; k++) {
      if (!NameTagger.isPerson(labels[k])) {
        continue;
      }
      // "Ban Ki-moon" read as two persons is one: within a run, touching person spans join (two
      // surnames without a comma, "Biden Putin", are split again by consider)
      int e = k + 1;
      while (e < b && NameTagger.isPerson(labels[e])) {
        e++;
      }
      // "Ursula von der Leyen", "Bill de Blasio", "Osama bin Laden": particles and the
      // capitalised word after them stay in the name, whatever the tagger called that word
      int j = e;
      while (j < b && NameShapes.isParticle(t, j)) {
        j++;
      }
      if (j > e && j < b) {
        e = j + 1;
        while (e < b && (NameTagger.isPerson(labels[e]) || labels[e] == NameTagger.O)) {
          e++;
        }
      }
      if (NameShapes.inQuotedTitle(t, k, e)
          || NameShapes.inTitleCasePhrase(t, from, k, e, labels)) {
        k = e - 1;
        continue;
      }
      // "Petra Halvorsen" where the tagger took "Petra" for a firm: a given name before the
      // tagger's name belongs to it
      int s = k;
      while (s > from
          && !NameTagger.isPerson(labels[s - 1])
          && NameShapes.isGivenName(t.str(s - 1))) {
        s--;
      }
      // The run's words before the name are its role ("Kremlin Spokesman", "Defender"), or, with
      // the words before the run, name it ("Ambassador to Hanoi"): consider sorts them out.
      consider(names, from, e, headline, s);
      any = true;
      from = e;
      k = e - 1;
    }
    return any;
  }

  /**
   * Considers the run [a, b) as a person mention. {@code tagged} is where the tagger's person span
   * starts within it (the words before are the role), or -1 when the tagger found no person there
   * and only the rules and known names may make one. The reading goes in steps, each on the {@link
   * NameRun}: trim the run, find where its role ends, look at the name's words, then the filters,
   * and last the test a lone word must pass.
   */
  private void consider(ArticleNames names, int a, int b, boolean headline, int tagged) {
    Tokens t = names.t;
    NameRun g = new NameRun(names, a, b, tagged, headline);
    if (!NameRun.trim(g)) {
      return;
    }
    NameRun.findRole(g);
    g.ns = g.r >= 0 ? g.r + 1 : g.a;
    g.name = NameShapes.joinName(t, g.ns, g.b);
    g.lowName = Words.lower(g.name);
    g.known = names.knownName(g.lowName) != null;
    NameRun.scanName(g);
    g.afterHonorific = g.r >= 0 && Words.PERSONAL_HONORIFICS.contains(t.clean(g.r));
    if (g.words == 0 || (g.onlyTitles && !g.known && !g.afterHonorific && !g.model)) {
      return; // "Former Secretary": titles without a name; but "Mr. King" is a name
    }
    String sur = NameShapes.surnameKey(g.name.split(" "));
    g.knownSurname = sur != null && names.knownBySurname(sur) != null;
    NameRun.relieve(g);
    // "During that conversation with Biden Putin said ...": a comma missing between two
    // surnames. When the first word is the surname of a fuller name found earlier ("Joe
    // Biden"), the run is two people, not a person called "Biden Putin".
    int ns = g.ns;
    if (!g.known
        && !headline
        && !g.bad
        && g.r < 0
        && g.words == 2
        && g.b - ns == 2
        && names.earlier.isSurname(t.clean(ns))) {
      consider(names, ns, ns + 1, false, g.model ? ns : -1);
      consider(names, ns + 1, g.b, false, g.model ? ns + 1 : -1);
      return;
    }
    NameFilter filter = NameFilter.of(g);
    if (filter.rejects(g)) {
      return;
    }
    Found.Draft f = draft(g);
    if (filter.takes(g, f)) {
      names.out.add(f.build());
    }
  }

  /** The mention the run makes: its role, canonical name and gender. */
  private static Found.Draft draft(NameRun g) {
    Tokens t = g.t;
    Found.Draft f = new Found.Draft();
    f.roleStart = g.titleBefore >= 0 ? g.titleBefore : g.r >= 0 ? g.a : g.ns;
    f.nameStart = g.ns;
    f.nameEnd = g.b;
    f.nameWords = g.words;
    f.name = g.name;
    f.person =
        g.known
            ? g.names.knownName(g.lowName)
            : g.model && NameShapes.allCapsName(g.name) ? NameShapes.titleCase(g.name) : g.name;
    if (g.r >= 0) {
      f.role = t.text.substring(t.start[f.roleStart], t.end[g.r]);
      for (int j = f.roleStart; j <= g.r; j++) {
        f.roleWords.add(t.clean(j));
      }
    }
    collectRoleWords(t, f);
    String first = t.clean(g.ns);
    f.female =
        Words.FEMALE_NAMES.contains(first)
            || f.roleWords.stream()
                .anyMatch(
                    w ->
                        Words.FEMALE_HONORIFICS.contains(w)
                            || w.endsWith("woman")
                            || w.equals("queen")
                            || w.equals("princess")
                            || w.equals("lady"));
    return f;
  }

  /** Lower-case titles just before the name ("spokesman", "press secretary") and appositions. */
  private static void collectRoleWords(Tokens t, Found.Draft f) {
    int j = f.roleStart - 1;
    int taken = 0;
    while (j >= 0 && taken < 4 && t.word[j] && t.para[j] == t.para[f.roleStart]) {
      String raw = t.str(j);
      String w = Words.lower(raw);
      if (!Words.TITLES.contains(w) || WordForms.isPossessive(raw)) {
        break;
      }
      f.roleWords.add(w);
      if (f.role == null) {
        f.role = raw;
      } else if (taken == 0 && f.roleStart == f.nameStart) {
        f.role = raw + " " + f.role;
      }
      taken++;
      j--;
    }
    // "CDU leader Friedrich Merz", "Labour leader X": the capitalised word before lower-case
    // title words says whose leader, which "the CDU leader said" needs later.
    if (taken > 0
        && f.roleStart == f.nameStart
        && j >= 0
        && t.word[j]
        && t.para[j] == t.para[f.roleStart]
        && Character.isUpperCase(t.str(j).charAt(0))
        && !WordForms.isPossessive(t.str(j))
        && !Words.NOT_NAME_START.contains(t.lower(j))) {
      f.roleWords.add(t.lower(j));
      f.role = t.str(j) + " " + f.role;
    }
    // "Dmitry Peskov, the Kremlin spokesman," / "Peskov, spokesman for the president"
    int e = f.nameEnd;
    if (e < t.size && t.isPunct(e, ',')) {
      for (int m = e + 1; m < t.size && m <= e + 6 && t.para[m] == t.para[e]; m++) {
        if (!t.word[m]) {
          break;
        }
        String w = t.clean(m);
        if (Words.ROLE_HEADS.contains(w) || Words.TITLES.contains(w)) {
          f.roleWords.add(w);
        }
      }
    }
  }

  /**
   * The words of tokens [a, b) in lower case, possessive dropped: how the corpus evidence keys a
   * name.
   */
  public static String nameKey(Tokens t, int a, int b) {
    return NameShapes.nameKey(t, a, b);
  }

  /** Whether the article insists the name at [a, b) is a person ({@link NameShapes#insists}). */
  public static boolean insists(Tokens t, int a, int b) {
    return NameShapes.insists(t, a, b);
  }
}
