package org.wirescope.text.names;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tokens.Tokens;

/**
 * Person names in text. A name is a run of capitalised words (with particles such as "von der"
 * and initials such as "W.") on one line of prose; the title words at its front ("Kremlin
 * Spokesman", "Sen.") are its role. A run of two or more name words is a person unless a word
 * marks an organisation, place, date or nationality. A lone word is a person only when context
 * says so: a title before it, a speech verb next to it, a known name, or a fuller name in the same
 * article whose surname (or first name) it is, in which case it is an alias of that name.
 */
public final class PersonFinder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A mention with the token positions the attributor needs. */
  public static final class Found {
    public int roleStart; // first token of the capitalised role, or nameStart
    public int nameStart;
    public int nameEnd; // exclusive
    public int nameWords; // name words other than particles and initials
    String name; // as written, possessive dropped
    public String person; // canonical
    public String method = "text";
    public String role;
    public final Set<String> roleWords = new HashSet<>();
    public boolean female;
    public boolean contextual;
    public boolean inQuote;
  }

  private final Map<String, String> knownFull = new HashMap<>();
  private transient float[] margins;
  private transient int[] labelsNow;
  private transient boolean[] titleCaseNow;
  private final Map<String, Set<String>> knownBySurname = new HashMap<>();

  public PersonFinder(Collection<String> knownNames) {
    for (String k : knownNames) {
      addKnown(k, knownFull, knownBySurname);
    }
  }

  /** The words of tokens [a, b) in lower case, possessive dropped: how the corpus evidence keys a name. */
  public static String nameKey(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(Words.lower(j == b - 1 ? WordForms.stripPossessive(t.str(j)) : t.str(j)));
    }
    return s.toString();
  }

  /**
   * Whether [a, b) stands inside a short quoted phrase written in title case ("Memorandum on
   * Maritime Safety in the Black Sea"): the name of a document, treaty or operation, not a person.
   */
  static boolean inQuotedTitle(Tokens t, int a, int b) {
    int open = -1;
    for (int j = a - 1; j >= 0 && t.para[j] == t.para[a] && a - j <= 12; j--) {
      if (!t.word[j] && "\"“«„".indexOf(t.first(j)) >= 0) {
        open = j;
        break;
      }
      if (!t.word[j] && "”»".indexOf(t.first(j)) >= 0) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (int j = open + 1; j < t.size && t.para[j] == t.para[a] && j - open <= 16; j++) {
      if (!t.word[j]) {
        if ("\"”»".indexOf(t.first(j)) >= 0) {
          return j >= b && words >= 3 && caps * 10 >= words * 6;
        }
        continue;
      }
      String w = t.lower(j);
      boolean small = Character.isLowerCase(t.first(j)) && w.length() <= 3;
      if (!small && !Words.TITLE_SMALL_WORDS.contains(w)) {
        words++;
        caps += Character.isUpperCase(t.first(j)) ? 1 : 0;
      }
    }
    return false;
  }

  /**
   * "Crime Bill": a lone word the tagger called a person after capitalised words it called
   * nothing, none of them a title, is the end of a title-case phrase.
   */
  private static boolean inTitleCasePhrase(Tokens t, int from, int k, int e, int[] labels) {
    if (e - k != 1 || k == from) {
      return false;
    }
    for (int j = from; j < k; j++) {
      String w = t.clean(j);
      if (labels[j] != NameTagger.O || Words.isTitle(w) || Words.HONORIFICS.contains(w)
          || Words.SPORTS_ROLES.contains(w) || isGivenName(t.str(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the article insists that the name at [a, b) is a person, whatever the corpus says of
   * the name elsewhere: "Mr." before it, or a given name (or an initial) and a surname next to a
   * speech verb. "Merrill Lynch said" does not insist: firms speak too.
   */
  public static boolean insists(Tokens t, int a, int b) {
    boolean honorific = a >= 1 && t.word[a - 1] && t.para[a - 1] == t.para[a]
        && Words.PERSONAL_HONORIFICS.contains(t.clean(a - 1));
    boolean given = b - a >= 2 && (isGivenName(t.str(a)) || isInitial(t.str(a)));
    return honorific || (given && speechNear(t, a, b));
  }

  private static void addKnown(String k, Map<String, String> full, Map<String, Set<String>> bySurname) {
    if (k == null || k.isBlank()) {
      return;
    }
    String display = k.strip().replaceAll("\\s+", " ");
    full.putIfAbsent(Words.lower(display), display);
    String[] parts = display.split(" ");
    String sur = surnameKey(parts);
    if (sur != null && parts.length > 1) {
      bySurname.computeIfAbsent(sur, x -> new HashSet<>()).add(display);
    }
  }

  static String surnameKey(String[] parts) {
    for (int i = parts.length - 1; i >= 0; i--) {
      String w = WordForms.clean(parts[i]);
      if (!w.isEmpty() && !Words.NAME_SUFFIXES.contains(w)) {
        return w;
      }
    }
    return null;
  }

  private static boolean isCap(Tokens t, int k) {
    if (!t.word[k]) {
      return false;
    }
    char c = t.first(k);
    if (Character.isUpperCase(c)) {
      return true;
    }
    int s = t.start[k];
    int len = t.end[k] - s;
    // al-Assad, el-Sisi
    return len > 3 && (c == 'a' || c == 'e') && t.text.charAt(s + 1) == 'l'
        && t.text.charAt(s + 2) == '-' && Character.isUpperCase(t.text.charAt(s + 3));
  }

  private static boolean isParticle(Tokens t, int k) {
    return t.word[k] && Character.isLowerCase(t.first(k))
        && Words.PARTICLES.contains(t.str(k));
  }

  private static boolean allCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean isInitial(String w) {
    return (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.')
        || (w.length() >= 4 && w.charAt(1) == '.' && w.endsWith("."));
  }

  /**
   * Finds the person mentions in {@code t}. With {@code labels} (the tagger's, see
   * {@link NameTagger}) and {@code margins}, the tagger decides which capitalised runs are persons;
   * without them (null), the word-list rules do. {@code lowerWords} are the words the article uses in
   * lower case; {@code titleCase} marks headline-style paragraphs, where only names known
   * otherwise are taken.
   */
  public List<Found> find(Tokens t, Set<String> lowerWords, Collection<String> tagPersons,
      boolean[] titleCase, int[] labels, float[] margins) {
    this.margins = margins;
    this.labelsNow = labels;
    this.titleCaseNow = titleCase;
    Map<String, String> tagFull = new HashMap<>();
    Map<String, Set<String>> tagBySurname = new HashMap<>();
    if (tagPersons != null) {
      for (String p : tagPersons) {
        addKnown(p, tagFull, tagBySurname);
      }
    }
    List<Found> found = new ArrayList<>();
    EarlierNames earlier = new EarlierNames();
    int n = t.size;
    int k = 0;
    while (k < n) {
      if (!t.word[k] || !(isCap(t, k) || (isParticle(t, k) && k + 1 < n && isCap(t, k + 1)))) {
        k++;
        continue;
      }
      int a = k;
      int b = k;
      while (b < n && t.word[b] && t.para[b] == t.para[a]) {
        if (isCap(t, b)) {
          b++;
          if (WordForms.isPossessive(t.str(b - 1))) {
            break;
          }
        } else if (isParticle(t, b) && b + 1 < n && t.word[b + 1]
            && (isCap(t, b + 1) || (isParticle(t, b + 1) && b + 2 < n && isCap(t, b + 2)))) {
          b++;
        } else {
          break;
        }
      }
      if (b == a) {
        k++;
        continue;
      }
      boolean headline = t.para[a] < titleCase.length && titleCase[t.para[a]];
      if (labels != null && considerTagged(t, a, b, labels, lowerWords, tagFull, tagBySurname,
          found, earlier, headline)) {
        k = b;
        continue;
      }
      if (headline) {
        for (int j = a; j < b; j++) {
          consider(t, j, j + 1, lowerWords, tagFull, tagBySurname, found, earlier, true);
        }
      } else {
        consider(t, a, b, lowerWords, tagFull, tagBySurname, found, earlier, false);
      }
      k = b;
    }
    resolve(found, tagFull, tagBySurname);
    return found;
  }

  /**
   * The persons the tagger found in the capitalised run [a, b): each of its person spans, with the
   * run's words before it as its role, unless the tagger called them an organisation or place.
   * Returns false when the tagger found no person in the run.
   */
  private boolean considerTagged(Tokens t, int a, int b, int[] labels, Set<String> lowerWords,
      Map<String, String> tagFull, Map<String, Set<String>> tagBySurname, List<Found> out,
      EarlierNames earlier, boolean headline) {
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
      while (j < b && isParticle(t, j)) {
        j++;
      }
      if (j > e && j < b) {
        e = j + 1;
        while (e < b && (NameTagger.isPerson(labels[e]) || labels[e] == NameTagger.O)) {
          e++;
        }
      }
      if (inQuotedTitle(t, k, e) || inTitleCasePhrase(t, from, k, e, labels)) {
        k = e - 1;
        continue;
      }
      // "Petra Halvorsen" where the tagger took "Petra" for a firm: a given name before the
      // tagger's name belongs to it
      int s = k;
      while (s > from && !NameTagger.isPerson(labels[s - 1]) && isGivenName(t.str(s - 1))) {
        s--;
      }
      // The run's words before the name are its role ("Kremlin Spokesman", "Defender"), or, with
      // the words before the run, name it ("Ambassador to Hanoi"): consider sorts them out.
      consider(t, from, e, lowerWords, tagFull, tagBySurname, out, earlier, headline, s);
      any = true;
      from = e;
      k = e - 1;
    }
    return any;
  }

  private void consider(Tokens t, int a, int b, Set<String> lowerWords, Map<String, String> tagFull,
      Map<String, Set<String>> tagBySurname, List<Found> out, EarlierNames earlier,
      boolean headline) {
    consider(t, a, b, lowerWords, tagFull, tagBySurname, out, earlier, headline, -1);
  }

  /**
   * Considers the run [a, b) as a person mention. {@code tagged} is where the tagger's person
   * span starts within it (the words before are the role), or -1 when the tagger found no person
   * there and only the rules and known names may make one. The reading goes in steps, each on the
   * {@link Run}: trim the run, find where its role ends, look at the name's words, then the
   * filters, and last the test a lone word must pass.
   */
  private void consider(Tokens t, int a, int b, Set<String> lowerWords, Map<String, String> tagFull,
      Map<String, Set<String>> tagBySurname, List<Found> out, EarlierNames earlier,
      boolean headline, int tagged) {
    Run g = new Run(t, a, b, tagged, headline, lowerWords, out, earlier);
    if (!trim(g)) {
      return;
    }
    findRole(g);
    g.ns = g.r >= 0 ? g.r + 1 : g.a;
    g.name = joinName(t, g.ns, g.b);
    g.lowName = Words.lower(g.name);
    g.known = tagFull.containsKey(g.lowName) || knownFull.containsKey(g.lowName);
    scanName(g);
    g.afterHonorific = g.r >= 0 && Words.PERSONAL_HONORIFICS.contains(t.clean(g.r));
    if (g.words == 0 || (g.onlyTitles && !g.known && !g.afterHonorific && !g.model)) {
      return; // "Former Secretary": titles without a name; but "Mr. King" is a name
    }
    String sur = surnameKey(g.name.split(" "));
    g.knownSurname = sur != null && (tagBySurname.containsKey(sur) || knownBySurname.containsKey(sur));
    relieve(g);
    // "During that conversation with Biden Putin said ...": a comma missing between two
    // surnames. When the first word is the surname of a fuller name found earlier ("Joe
    // Biden"), the run is two people, not a person called "Biden Putin".
    int ns = g.ns;
    if (!g.known && !headline && !g.bad && g.r < 0 && g.words == 2 && g.b - ns == 2
        && earlier.isSurname(out, t.clean(ns))) {
      consider(t, ns, ns + 1, lowerWords, tagFull, tagBySurname, out, earlier, false, g.model ? ns : -1);
      consider(t, ns + 1, g.b, lowerWords, tagFull, tagBySurname, out, earlier, false, g.model ? ns + 1 : -1);
      return;
    }
    if (rejected(g)) {
      return;
    }
    Found f = found(g, tagFull);
    if (lowerCaseWords(g, f) && loneWordTaken(g, f)) {
      out.add(f);
    }
  }

  /**
   * A run of capitalised words being read as a person's name, and what the reading has found so
   * far: the run [a, b) and the tagger's start, where the role ends ({@code r}, or -1) and a title
   * before the run ("Ambassador to", "Secretary of"), where the name starts, and its words.
   */
  private static final class Run {
    final Tokens t;
    final boolean model;
    final boolean headline;
    final Set<String> lowerWords;
    final List<Found> out;
    final EarlierNames earlier;
    int a;
    int b;
    int tagged;
    int r = -1;
    int titleBefore = -1;
    int ns;
    String name;
    String lowName;
    boolean known;
    int words;
    int lastWord;
    boolean bad;
    /** A word the lists call a place, people, month or common word. */
    boolean listed;
    boolean onlyTitles = true;
    boolean afterHonorific;
    boolean knownSurname;
    /** "Read said": a lone word next to a speech verb that is the surname of an earlier name. */
    boolean earlierSurname;

    Run(Tokens t, int a, int b, int tagged, boolean headline, Set<String> lowerWords, List<Found> out,
        EarlierNames earlier) {
      this.t = t;
      this.a = a;
      this.b = b;
      this.tagged = tagged;
      this.model = tagged >= 0;
      this.headline = headline;
      this.lowerWords = lowerWords;
      this.out = out;
      this.earlier = earlier;
    }
  }

  /** Drops trailing dates and leading function words from the run; false when nothing is left. */
  private static boolean trim(Run g) {
    Tokens t = g.t;
    // Drop trailing dates ("James Baker Monday").
    while (g.b - 1 > g.a && (Words.WEEKDAYS.contains(t.clean(g.b - 1))
        || (Words.MONTHS.contains(t.clean(g.b - 1)) && !t.clean(g.b - 1).equals("may")))) {
      g.b--;
    }
    // Drop leading function words ("The", "But", "When").
    // Keep a lone one that is the surname of an earlier name next to a speech verb ("Read said").
    // So do a speech verb and a function word opening the tagger's name ("Said Dorothy Poynter,
    // a neighbour: ...", "Besides Reagan's knowledge"), but not one that opens given names too.
    while (g.a < g.b && ((Words.NOT_NAME_START.contains(t.clean(g.a))
            && (!g.model || g.a < g.tagged || (g.a + 1 < g.b && !Words.NAME_START_TOO.contains(t.clean(g.a))
                && !isInitial(t.str(g.a)))))
        || (g.a + 1 < g.b && (Words.WEEKDAYS.contains(t.clean(g.a))
            || Words.isSpeechVerb(t.clean(g.a)))))
        && !(g.b - g.a == 1 && speechNear(t, g.a, g.b) && g.earlier.has(g.out, t.clean(g.a)))) {
      g.a++;
    }
    if (g.model && g.tagged < g.a) {
      g.tagged = g.a;
    }
    return g.a < g.b;
  }

  /** Where the run's role ends: its rightmost title word with something after it. */
  private static void findRole(Run g) {
    Tokens t = g.t;
    for (int j = g.b - 2; j >= (g.model ? g.tagged : g.a); j--) {
      String w = t.clean(j);
      if (g.model && g.b - j <= 2 && !Words.HONORIFICS.contains(w)) {
        continue; // the tagger read "Dean Headley" as one name: a title word is not stripped from it
      }
      if (((Words.isTitle(w) || (g.model && Words.SPORTS_ROLES.contains(w))) && !Words.NATIONALITIES.contains(w)
          && !Words.COUNTRY_WORDS.contains(w) && !allCaps(t.str(j)))
          || Words.HONORIFICS.contains(w)) {
        g.r = j;
        break;
      }
    }
    titleBeforeTheRun(g);
    if (g.model && g.r < g.tagged - 1 && g.tagged > g.a) {
      g.r = g.tagged - 1; // "Defender Hassan Abbas": the tagger's name starts after the role
    }
  }

  /**
   * "Ambassador to Hanoi Gennady Bezdetko", "Secretary of State Marco Rubio", "Chancellor of the
   * Exchequer Nigel Lawson": the place or portfolio at the run's start belongs to the title before it.
   */
  private static void titleBeforeTheRun(Run g) {
    Tokens t = g.t;
    int a = g.a;
    if (g.r < 0 && a >= 2 && t.word[a - 1] && t.word[a - 2] && isCap(t, a - 2)
        && (t.str(a - 1).equals("to") || t.str(a - 1).equals("in"))
        && Words.TITLES.contains(t.clean(a - 2))) {
      int pe = a;
      while (pe < g.b - 2 && (Words.PLACES.contains(t.clean(pe)) || Words.COUNTRY_WORDS.contains(t.clean(pe)))) {
        pe++;
      }
      if (pe > a) {
        g.r = pe - 1;
        g.titleBefore = a - 2;
      }
    }
    int of = a >= 1 && t.word[a - 1] && t.str(a - 1).equals("the") ? a - 2 : a - 1;
    if (g.titleBefore < 0 && of >= 1 && t.word[of] && t.word[of - 1] && t.str(of).equals("of")
        && Words.TITLES.contains(t.clean(of - 1))) {
      if (g.r < 0) {
        int pe = a;
        while (pe < g.b - 2 && Words.PORTFOLIOS.contains(t.clean(pe))) {
          pe++;
        }
        if (pe > a) {
          g.r = pe - 1;
          g.titleBefore = of - 1;
        }
      } else if (Words.PORTFOLIOS.contains(t.clean(a))) {
        g.titleBefore = of - 1;
      }
    }
  }

  /** Counts the name's words and notes any that a person's name does not have. */
  private static void scanName(Run g) {
    Tokens t = g.t;
    for (int j = g.ns; j < g.b; j++) {
      String raw = t.str(j);
      String w = WordForms.clean(raw);
      if (isParticle(t, j) || isInitial(raw) || Words.NAME_SUFFIXES.contains(w)) {
        continue;
      }
      g.words++;
      g.lastWord = j;
      g.onlyTitles &= Words.isTitle(w);
      boolean placeOrThing = Words.COUNTRY_WORDS.contains(w) || Words.PLACES.contains(w)
          || Words.NATIONALITIES.contains(w) || Words.NON_PERSON.contains(w);
      if (placeOrThing
          || (Words.NOT_NAME_START.contains(w) && (j == g.ns || !Words.LATE_NAME_OK.contains(w)))
          || (j == g.ns && (Words.MONTHS.contains(w) || Words.WEEKDAYS.contains(w)))
          || (allCaps(raw) && !g.headline) || hasDigit(raw)) {
        g.bad = true;
      }
      // "Azeris", "Iraqis", "Scots": a people, not a person; "I'm": a contraction
      g.listed |= placeOrThing || Words.NOT_NAME_START.contains(w) || Words.MONTHS.contains(w)
          || Words.WEEKDAYS.contains(w)
          || (w.endsWith("s") && Words.NATIONALITIES.contains(w.substring(0, w.length() - 1)))
          || w.contains("'m") || w.contains("’m");
      if (w.indexOf('-') > 0) {
        for (String part : w.split("-")) {
          if (Words.COUNTRY_WORDS.contains(part) || Words.NATIONALITIES.contains(part)) {
            g.bad = true;
          }
        }
      }
    }
  }

  /**
   * What clears a name of a word it should not have: a speech verb next to a name of two or more
   * words ("Kathleen Hall Jamieson said"), a personal honorific before one word ("Mr. English").
   * Also notes a lone word next to a speech verb that is the surname of an earlier name.
   */
  private static void relieve(Run g) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    if (g.bad && g.words >= 2 && !g.headline && speechNear(t, ns, b)) {
      // Next to a speech verb a name may hold a place-like word ("Kathleen Hall Jamieson said")
      String last = t.clean(b - 1);
      String firstWord = t.clean(ns);
      g.bad = Words.NON_PERSON.contains(last) || Words.COUNTRY_WORDS.contains(last)
          || Words.PLACES.contains(last) || Words.NATIONALITIES.contains(last)
          || Words.NOT_NAME_START.contains(firstWord) || Words.COUNTRY_WORDS.contains(firstWord)
          || Words.PLACES.contains(firstWord) || allCaps(t.str(b - 1));
    }
    // "Read said", "Israel said": a lone common or place-like word next to a speech verb is the
    // surname of a fuller name found earlier ("Ian Read")
    g.earlierSurname = g.words == 1 && speechNear(t, ns, b) && g.earlier.has(g.out, t.clean(b - 1));
    // "Mr. English", "Ms. French", "Dr. Hall": after a personal honorific one word is a surname
    if (g.bad && g.words == 1 && g.afterHonorific
        && !allCaps(t.str(g.lastWord)) && !Words.NOT_NAME_START.contains(t.clean(g.lastWord))) {
      g.bad = false;
    }
  }

  /** Whether the filters turn the run down, with the tagger or without it. */
  private boolean rejected(Run g) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    // Without the tagger's say-so only known names and "Mr. X" make a person of two or more
    // words; a lone word still needs the context the rules below ask for.
    // "U.S. Trade Representative Clayton Yeutter said", read as one organisation: a title before
    // two or more words next to a speech verb names a person all the same.
    boolean titledSpeaker = g.r >= 0 && g.titleBefore < 0 && Words.isTitle(t.clean(g.r)) && speechNear(t, ns, b);
    if (labelsNow != null && !g.model && !g.known && !g.afterHonorific && g.words >= 2 && !titledSpeaker
        && !isGivenName(t.str(ns)) && !(speechNear(t, ns, b) && !surelyOther(ns, b))) {
      return true; // "Kathleen Hall Jamieson said": a full name with a speech verb the tagger missed
    }
    // The tagger's name that the word lists reject ("Memorandum on Maritime Safety") needs a sure
    // tagger. One with a word no person's name has ("Banque Indosuez", "Mths Shr"), or of words
    // the wire writes in lower case ("Value", "Domestic Product"), is never a person.
    // A lone word of a fuller name found earlier ("Bond" after "Beverly Bond") is that person's.
    boolean earlierWord = g.words == 1 && g.earlier.has(g.out, t.clean(b - 1));
    if (g.model && !g.known && !g.afterHonorific && !earlierWord
        && ((g.bad && minMargin(g.tagged, b) < LONE_MARGIN) || hasNonNameWord(t, ns, b) || allCommon(t, ns, b))) {
      return true;
    }
    return g.bad && !g.known && !(g.words == 1 && g.knownSurname) && !g.earlierSurname && !g.model;
  }

  /** The mention the run makes: its role, canonical name and gender. */
  private Found found(Run g, Map<String, String> tagFull) {
    Tokens t = g.t;
    Found f = new Found();
    f.roleStart = g.titleBefore >= 0 ? g.titleBefore : g.r >= 0 ? g.a : g.ns;
    f.nameStart = g.ns;
    f.nameEnd = g.b;
    f.nameWords = g.words;
    f.name = g.name;
    f.person = g.known ? tagFull.getOrDefault(g.lowName, knownFull.get(g.lowName))
        : g.model && allCapsName(g.name) ? titleCase(g.name) : g.name;
    if (g.r >= 0) {
      f.role = t.text.substring(t.start[f.roleStart], t.end[g.r]);
      for (int j = f.roleStart; j <= g.r; j++) {
        f.roleWords.add(t.clean(j));
      }
    }
    collectRoleWords(t, f);
    String first = t.clean(g.ns);
    f.female = Words.FEMALE_NAMES.contains(first) || f.roleWords.stream().anyMatch(
        w -> Words.FEMALE_HONORIFICS.contains(w) || w.endsWith("woman") || w.equals("queen")
            || w.equals("princess") || w.equals("lady"));
    return f;
  }

  /**
   * Without the tagger, a name of two or more words whose first word the article writes in lower
   * case, opening a sentence or with its last word in lower case too, is no name.
   */
  private static boolean lowerCaseWords(Run g, Found f) {
    if (g.words >= 2 && !g.known && !g.headline && !g.model) {
      Tokens t = g.t;
      int ns = g.ns;
      boolean sentenceStart = ns == 0 || t.para[ns - 1] != t.para[ns]
          || (!t.word[ns - 1] && ".?!\"“”:".indexOf(t.first(ns - 1)) >= 0);
      String last = t.clean(g.b - 1);
      return !(g.lowerWords.contains(t.clean(ns)) && (sentenceStart || g.lowerWords.contains(last)));
    }
    return true;
  }

  /** Whether a lone word is taken, and on what context ({@link Found#contextual}). */
  private boolean loneWordTaken(Run g, Found f) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    if (g.words == 1 && g.model) {
      // A lone word with no fuller name to stand for needs a sure tagger or context.
      String w = t.clean(g.lastWord);
      boolean common = g.lowerWords.contains(w) || Words.TITLES.contains(w) || Words.ROLE_HEADS.contains(w);
      // in a title-case headline a lone word counts only as the short form of a fuller name
      // A role counts as context only when the word before the name is a person's title:
      // "Home Savings", "Senate Agriculture" and "House Banking" have none.
      String before = g.r >= 0 ? t.clean(ns - 1) : "";
      boolean titled = g.r >= 0 && !Orgs.HEADS.contains(before) && !Words.PORTFOLIOS.contains(before)
          && (Words.isTitle(before) || Words.HONORIFICS.contains(before) || Words.SPORTS_ROLES.contains(before));
      // Capitals tell nothing about a lone word written in capitals in ordinary prose (the
      // "REUTER" sign-off). (Asking the same of a lone word opening a sentence cost CoNLL dev
      // recall 0.935 -> 0.909.)
      boolean positional = allCaps(t.str(g.lastWord)) && !capsParagraph(t, ns);
      f.contextual = !headlineStyle(t, ns) && (titled || g.knownSurname
          || (!g.listed && speechNear(t, ns, b))
          || (!common && !g.listed && !positional && minMargin(g.tagged, b) >= LONE_MARGIN));
      return true;
    }
    if (g.words == 1 && !g.known) {
      return loneWordByRules(g, f);
    }
    return true;
  }

  /** Without the tagger: a lone word needs a role, a known surname or a speech verb. */
  private boolean loneWordByRules(Run g, Found f) {
    Tokens t = g.t;
    int ns = g.ns;
    int b = g.b;
    // a speech verb makes a person of a lone word the tagger did not call a firm or place
    // With the tagger, a lone word it surely reads as no person ("Savings" in "Federal Savings
    // and Loan") takes more than a role word before it.
    boolean denied = margins != null && labelsNow[ns] != NameTagger.B_PER && margins[ns] >= LONE_MARGIN;
    boolean context = (g.r >= 0 && !denied) || g.knownSurname
        || (speechNear(t, ns, b) && (margins == null || !surelyOther(ns, b)));
    // the one word that is not an initial: "Butterfield" in "G.K. Butterfield"
    String w = t.clean(g.lastWord);
    boolean common = g.lowerWords.contains(w) || Words.TITLES.contains(w) || Words.ROLE_HEADS.contains(w);
    if (common && g.r < 0 && !g.knownSurname && !g.earlierSurname) {
      return false;
    }
    if (allCaps(t.str(g.lastWord)) && !g.knownSurname) {
      return false;
    }
    // A lone capitalised word opening a sentence ("Shipping through the Red Sea has fallen",
    // "Contracts with partners ...") is capitalised by position, not as a name: without a
    // role, a known surname or a speech verb it is not taken.
    boolean sentenceStart = ns == 0 || t.para[ns - 1] != t.para[ns]
        || (!t.word[ns - 1] && ".?!:“«".indexOf(t.first(ns - 1)) >= 0);
    if (sentenceStart && !context && !g.earlier.has(g.out, w)) {
      return false;
    }
    f.contextual = context;
    return true;
  }

  /**
   * The words of the fuller names found so far ("xi", "jinping", "pat", "toomey"): a lone word
   * among them is a surname, which comes first in "Xi Jinping" or last in "Pat Toomey". Grows
   * with the list, so each name is split once and a lookup costs O(1).
   */
  private static final class EarlierNames {
    private final Set<String> words = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private int seen;

    boolean has(List<Found> found, String lower) {
      update(found);
      return words.contains(lower);
    }

    /** Whether {@code lower} is the last word of a fuller name found so far ("biden"). */
    boolean isSurname(List<Found> found, String lower) {
      update(found);
      return surnames.contains(lower);
    }

    private void update(List<Found> found) {
      for (; seen < found.size(); seen++) {
        Found f = found.get(seen);
        if (f.nameWords >= 2) {
          String[] parts = Words.lower(f.name).split(" ");
          words.addAll(Arrays.asList(parts));
          surnames.add(surnameKey(parts));
        }
      }
    }
  }

  /**
   * The tagger margin a lone word needs to be a person when no fuller name, role, known surname or
   * speech verb backs it: chosen on CoNLL-2003 (see jobs/bench/NOTES.md, "Person recognition").
   */
  static final float LONE_MARGIN = 20f;

  /** Whether [a, b) has a word of {@link Words#ORG_ONLY} or a word of three letters or more and no vowel ("Mths"). */
  private static boolean hasNonNameWord(Tokens t, int a, int b) {
    for (int j = a; j < b; j++) {
      String w = t.clean(j);
      if (Words.ORG_ONLY.contains(w) || (w.length() >= 3 && !allCaps(t.str(j)) && w.chars().allMatch(Character::isLetter)
          && w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word of [a, b) but particles and initials is a {@link CommonWords common word}.
   * A one-letter initial makes it a person's name whatever the words ("J. J. Price", "C. Walsh").
   */
  private static boolean allCommon(Tokens t, int a, int b) {
    boolean any = false;
    for (int j = a; j < b; j++) {
      String raw = t.str(j);
      if (raw.length() == 2 && isInitial(raw)) {
        return false;
      }
      if (isParticle(t, j) || isInitial(raw)) {
        continue;
      }
      if (!CommonWords.contains(t.clean(j))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  static boolean isGivenName(String w) {
    String c = WordForms.clean(w);
    return Words.GIVEN_NAMES.contains(c);
  }

  private float minMargin(int a, int b) {
    if (margins == null) {
      return Float.POSITIVE_INFINITY;
    }
    float m = Float.POSITIVE_INFINITY;
    for (int j = a; j < b; j++) {
      m = Math.min(m, margins[j]);
    }
    return m;
  }

  /** Whether the tagger put a token of [a, b) in an organisation, place or other name, surely. */
  private boolean surelyOther(int a, int b) {
    for (int j = a; j < b; j++) {
      if (labelsNow != null && NameTagger.isOtherName(labelsNow[j]) && margins[j] >= LONE_MARGIN) {
        return true;
      }
    }
    return false;
  }

  /** Whether most words of token k's paragraph are in capitals (a wire headline). */
  private static boolean capsParagraph(Tokens t, int k) {
    int words = 0;
    int caps = 0;
    for (int j = k; j >= 0 && t.para[j] == t.para[k]; j--) {
      if (t.word[j] && Character.isLetter(t.first(j))) {
        words++;
        caps += allCaps(t.str(j)) ? 1 : 0;
      }
    }
    for (int j = k + 1; j < t.size && t.para[j] == t.para[k]; j++) {
      if (t.word[j] && Character.isLetter(t.first(j))) {
        words++;
        caps += allCaps(t.str(j)) ? 1 : 0;
      }
    }
    return words >= 2 && caps * 3 >= words * 2;
  }

  private boolean headlineStyle(Tokens t, int k) {
    return titleCaseNow != null && t.para[k] < titleCaseNow.length && titleCaseNow[t.para[k]];
  }

  /** Every word in capitals ("VLADIMIR PUTIN" in a headline). */
  private static boolean allCapsName(String name) {
    for (String w : name.split(" ")) {
      if (!allCaps(w) && !isInitial(w)) {
        return false;
      }
    }
    return true;
  }

  /** "VLADIMIR PUTIN" as "Vladimir Putin", "MCDONALD" as "Mcdonald". */
  private static String titleCase(String name) {
    StringBuilder s = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      s.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return s.toString();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where the capitalised role starts: skip leading place or group words that are not titles. */
  /** Lower-case titles just before the name ("spokesman", "press secretary") and appositions. */
  private static void collectRoleWords(Tokens t, Found f) {
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
    if (taken > 0 && f.roleStart == f.nameStart && j >= 0 && t.word[j] && t.para[j] == t.para[f.roleStart]
        && Character.isUpperCase(t.str(j).charAt(0)) && !WordForms.isPossessive(t.str(j))
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

  /** A speech verb right after the name or "said"/"according to" right before it. */
  private static boolean speechNear(Tokens t, int ns, int b) {
    int m = b;
    if (m < t.size && t.word[m] && (t.lower(m).endsWith("ly")
        || t.lower(m).equals("also") || t.lower(m).equals("later"))) {
      m++;
    }
    // Within the name's own paragraph: a headline ending "..., Peskov says" says nothing about
    // the lead's first word.
    if (m < t.size && t.word[m] && t.para[m] == t.para[ns] && Words.isSpeechVerb(t.lower(m))) {
      return true;
    }
    // "Trump: ‘We are going to win so much’": a name, a colon and a quote
    if (m + 1 < t.size && t.isPunct(m, ':') && t.para[m + 1] == t.para[ns] && !t.word[m + 1]
        && "\"“‘'«„".indexOf(t.first(m + 1)) >= 0) {
      return true;
    }
    if (ns >= 1 && t.word[ns - 1] && t.para[ns - 1] == t.para[ns]) {
      String p = t.lower(ns - 1);
      if (Words.isSpeechVerb(p) || p.equals("asked")) {
        return true;
      }
      if (p.equals("to") && ns >= 2 && t.lower(ns - 2).equals("according")) {
        return true;
      }
    }
    return false;
  }

  private static String joinName(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(j == b - 1 ? WordForms.stripPossessive(t.str(j)) : t.str(j));
    }
    return s.toString();
  }

  /** Canonical names: aliases to fuller names in the article, then to known names. */
  private void resolve(List<Found> found, Map<String, String> tagFull,
      Map<String, Set<String>> tagBySurname) {
    Map<String, List<Found>> bySurname = new HashMap<>();
    Map<String, List<Found>> byFirst = new HashMap<>();
    Map<String, String> firstLast = new HashMap<>();
    for (Found f : found) {
      if (f.nameWords >= 2) {
        String[] parts = f.name.split(" ");
        String sur = surnameKey(parts);
        String first = WordForms.clean(parts[0]);
        // "Donald J. Trump" after "Donald Trump": one person
        String earlier = firstLast.putIfAbsent(sur + " " + first, f.person);
        if (earlier != null) {
          f.person = earlier;
        }
        if (f.person.equals(f.name)) {
          Set<String> k = tagBySurname.getOrDefault(sur, knownBySurname.get(sur));
          if (k != null && k.size() == 1) {
            String kn = k.iterator().next();
            if (Words.lower(kn).startsWith(first)) {
              f.person = kn;
            }
          }
        }
        bySurname.computeIfAbsent(sur, x -> new ArrayList<>()).add(f);
        byFirst.computeIfAbsent(first, x -> new ArrayList<>()).add(f);
      }
    }
    List<Found> keep = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.nameWords >= 2) {
        keep.add(f);
        continue;
      }
      String key = surnameKey(f.name.split(" "));
      Found full = nearest(bySurname.get(key), f);
      if (full == null) {
        List<Found> firsts = byFirst.get(key);
        if (firsts != null && onePerson(firsts)) {
          full = nearest(firsts, f);
        }
      }
      if (full != null) {
        f.person = full.person;
        f.method = "alias";
        keep.add(f);
        continue;
      }
      String known = tagFull.getOrDefault(Words.lower(f.name), knownFull.get(Words.lower(f.name)));
      if (known != null) {
        f.person = known;
        keep.add(f);
        continue;
      }
      Set<String> k = tagBySurname.getOrDefault(key, knownBySurname.get(key));
      if (k != null && k.size() == 1) {
        f.person = k.iterator().next();
        f.method = "alias";
        keep.add(f);
        continue;
      }
      if (f.contextual) {
        keep.add(f);
      }
    }
    // A person is female when any of its mentions says so.
    Set<String> female = new HashSet<>();
    for (Found f : keep) {
      if (f.female) {
        female.add(f.person);
      }
    }
    for (Found f : keep) {
      f.female = female.contains(f.person);
    }
    found.clear();
    found.addAll(keep);
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
