package org.wirescope.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person names in text. A name is a run of capitalised words (with particles such as "von der"
 * and initials such as "W.") on one line of prose; the title words at its front ("Kremlin
 * Spokesman", "Sen.") are its role. A run of two or more name words is a person unless a word
 * marks an organisation, place, date or nationality. A lone word is a person only when context
 * says so: a title before it, a speech verb next to it, a known name, or a fuller name in the same
 * article whose surname (or first name) it is, in which case it is an alias of that name.
 */
final class PersonFinder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A mention with the token positions the attributor needs. */
  static final class Found {
    int roleStart; // first token of the capitalised role, or nameStart
    int nameStart;
    int nameEnd; // exclusive
    int nameWords; // name words other than particles and initials
    String name; // as written, possessive dropped
    String person; // canonical
    String method = "text";
    String role;
    final Set<String> roleWords = new HashSet<>();
    boolean female;
    boolean contextual;
    boolean inQuote;
  }

  private final Map<String, String> knownFull = new HashMap<>();
  private transient float[] margins;
  private transient int[] labelsNow;
  private transient boolean[] titleCaseNow;
  private final Map<String, Set<String>> knownBySurname = new HashMap<>();

  PersonFinder(Collection<String> knownNames) {
    for (String k : knownNames) {
      addKnown(k, knownFull, knownBySurname);
    }
  }

  /** The words of tokens [a, b) in lower case, possessive dropped: how the corpus evidence keys a name. */
  static String nameKey(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(Words.lower(j == b - 1 ? stripPossessive(t.str(j)) : t.str(j)));
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
  static boolean insists(Tokens t, int a, int b) {
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
      String w = clean(parts[i]);
      if (!w.isEmpty() && !Words.NAME_SUFFIXES.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** Lower case, possessive and trailing period dropped. */
  static String clean(String w) {
    String s = stripPossessive(w);
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return Words.lower(s);
  }

  static String stripPossessive(String w) {
    int n = w.length();
    if (n > 2 && (w.charAt(n - 2) == '’' || w.charAt(n - 2) == '\'')
        && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      return w.substring(0, n - 2);
    }
    if (n > 1 && (w.charAt(n - 1) == '’' || w.charAt(n - 1) == '\'')) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  static boolean isPossessive(String w) {
    return !stripPossessive(w).equals(w);
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
  List<Found> find(Tokens t, Set<String> lowerWords, Collection<String> tagPersons,
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
          if (isPossessive(t.str(b - 1))) {
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
      if (NameTagger.kind(labels[k]) != 1) {
        continue;
      }
      // "Ban Ki-moon" read as two persons is one: within a run, touching person spans join (two
      // surnames without a comma, "Biden Putin", are split again by consider)
      int e = k + 1;
      while (e < b && NameTagger.kind(labels[e]) == 1) {
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
        while (e < b && (NameTagger.kind(labels[e]) == 1 || labels[e] == NameTagger.O)) {
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
      while (s > from && NameTagger.kind(labels[s - 1]) != 1 && isGivenName(t.str(s - 1))) {
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
   * there and only the rules and known names may make one.
   */
  private void consider(Tokens t, int a, int b, Set<String> lowerWords, Map<String, String> tagFull,
      Map<String, Set<String>> tagBySurname, List<Found> out, EarlierNames earlier,
      boolean headline, int tagged) {
    boolean model = tagged >= 0;
    // Known names win over every filter.
    String whole = joinName(t, a, b);
    // Drop trailing dates ("James Baker Monday").
    while (b - 1 > a && (Words.WEEKDAYS.contains(t.clean(b - 1))
        || (Words.MONTHS.contains(t.clean(b - 1)) && !t.clean(b - 1).equals("may")))) {
      b--;
    }
    // Drop leading function words ("The", "But", "When").
    // Keep a lone one that is the surname of an earlier name next to a speech verb ("Read said").
    // So do a speech verb and a function word opening the tagger's name ("Said Dorothy Poynter,
    // a neighbour: ...", "Besides Reagan's knowledge"), but not one that opens given names too.
    while (a < b && ((Words.NOT_NAME_START.contains(t.clean(a))
            && (!model || a < tagged || (a + 1 < b && !Words.NAME_START_TOO.contains(t.clean(a))
                && !isInitial(t.str(a)))))
        || (a + 1 < b && (Words.WEEKDAYS.contains(t.clean(a))
            || isSpeechVerb(t.clean(a)))))
        && !(b - a == 1 && speechNear(t, a, b) && earlier.has(out, t.clean(a)))) {
      a++;
    }
    if (model && tagged < a) {
      tagged = a;
    }
    if (a >= b) {
      return;
    }
    // The rightmost title word with something after it ends the role.
    int r = -1;
    for (int j = b - 2; j >= (model ? tagged : a); j--) {
      String w = t.clean(j);
      if (model && b - j <= 2 && !Words.HONORIFICS.contains(w)) {
        continue; // the tagger read "Dean Headley" as one name: a title word is not stripped from it
      }
      if (((Words.isTitle(w) || (model && Words.SPORTS_ROLES.contains(w))) && !Words.NATIONALITIES.contains(w)
          && !Words.COUNTRY_WORDS.contains(w) && !allCaps(t.str(j)))
          || Words.HONORIFICS.contains(w)) {
        r = j;
        break;
      }
    }
    // "Ambassador to Hanoi Gennady Bezdetko": the place belongs to the role before it
    int titleBefore = -1;
    if (r < 0 && a >= 2 && t.word[a - 1] && t.word[a - 2] && isCap(t, a - 2)
        && (t.str(a - 1).equals("to") || t.str(a - 1).equals("in"))
        && Words.TITLES.contains(t.clean(a - 2))) {
      int pe = a;
      while (pe < b - 2 && (Words.PLACES.contains(t.clean(pe))
          || Words.COUNTRY_WORDS.contains(t.clean(pe)))) {
        pe++;
      }
      if (pe > a) {
        r = pe - 1;
        titleBefore = a - 2;
      }
    }
    // "Secretary of State Marco Rubio", "Minister of Foreign Affairs X", "Chancellor of the
    // Exchequer Nigel Lawson": the portfolio after "of" (or "of the") belongs to the role before it
    int of = a >= 1 && t.word[a - 1] && t.str(a - 1).equals("the") ? a - 2 : a - 1;
    if (titleBefore < 0 && of >= 1 && t.word[of] && t.word[of - 1] && t.str(of).equals("of")
        && Words.TITLES.contains(t.clean(of - 1))) {
      if (r < 0) {
        int pe = a;
        while (pe < b - 2 && Words.PORTFOLIOS.contains(t.clean(pe))) {
          pe++;
        }
        if (pe > a) {
          r = pe - 1;
          titleBefore = of - 1;
        }
      } else if (Words.PORTFOLIOS.contains(t.clean(a))) {
        titleBefore = of - 1;
      }
    }
    if (model && r < tagged - 1 && tagged > a) {
      r = tagged - 1; // "Defender Hassan Abbas": the tagger's name starts after the role
    }
    int ns = r >= 0 ? r + 1 : a;
    String name = joinName(t, ns, b);
    String lowName = Words.lower(name);
    boolean known = tagFull.containsKey(lowName) || knownFull.containsKey(lowName);
    int words = 0;
    int lastWord = ns;
    boolean bad = false;
    boolean listed = false; // a word the lists call a place, people, month or common word
    boolean onlyTitles = true;
    for (int j = ns; j < b; j++) {
      String raw = t.str(j);
      String w = clean(raw);
      if (isParticle(t, j) || isInitial(raw) || Words.NAME_SUFFIXES.contains(w)) {
        continue;
      }
      words++;
      lastWord = j;
      onlyTitles &= Words.isTitle(w);
      boolean placeOrThing = Words.COUNTRY_WORDS.contains(w) || Words.PLACES.contains(w)
          || Words.NATIONALITIES.contains(w) || Words.NON_PERSON.contains(w);
      if (placeOrThing
          || (Words.NOT_NAME_START.contains(w) && (j == ns || !Words.LATE_NAME_OK.contains(w)))
          || (j == ns && (Words.MONTHS.contains(w) || Words.WEEKDAYS.contains(w)))
          || (allCaps(raw) && !headline) || hasDigit(raw)) {
        bad = true;
      }
      // "Azeris", "Iraqis", "Scots": a people, not a person; "I'm": a contraction
      listed |= placeOrThing || Words.NOT_NAME_START.contains(w) || Words.MONTHS.contains(w) || Words.WEEKDAYS.contains(w)
          || (w.endsWith("s") && Words.NATIONALITIES.contains(w.substring(0, w.length() - 1)))
          || w.contains("'m") || w.contains("’m");
      if (w.indexOf('-') > 0) {
        for (String part : w.split("-")) {
          if (Words.COUNTRY_WORDS.contains(part) || Words.NATIONALITIES.contains(part)) {
            bad = true;
          }
        }
      }
    }
    boolean afterHonorific = r >= 0 && Words.PERSONAL_HONORIFICS.contains(t.clean(r));
    if (words == 0 || (onlyTitles && !known && !afterHonorific && !model)) {
      return; // "Former Secretary": titles without a name; but "Mr. King" is a name
    }
    String sur = surnameKey(name.split(" "));
    boolean knownSurname = sur != null
        && (tagBySurname.containsKey(sur) || knownBySurname.containsKey(sur));
    if (bad && words >= 2 && !headline && speechNear(t, ns, b)) {
      // Next to a speech verb a name may hold a place-like word ("Kathleen Hall Jamieson said")
      String last = t.clean(b - 1);
      String firstWord = t.clean(ns);
      bad = Words.NON_PERSON.contains(last) || Words.COUNTRY_WORDS.contains(last)
          || Words.PLACES.contains(last) || Words.NATIONALITIES.contains(last)
          || Words.NOT_NAME_START.contains(firstWord) || Words.COUNTRY_WORDS.contains(firstWord)
          || Words.PLACES.contains(firstWord) || allCaps(t.str(b - 1));
    }
    // "Read said", "Israel said": a lone common or place-like word next to a speech verb is the
    // surname of a fuller name found earlier ("Ian Read")
    boolean earlierSurname = words == 1 && speechNear(t, ns, b)
        && earlier.has(out, t.clean(b - 1));
    // "Mr. English", "Ms. French", "Dr. Hall": after a personal honorific one word is a surname
    if (bad && words == 1 && afterHonorific
        && !allCaps(t.str(lastWord)) && !Words.NOT_NAME_START.contains(t.clean(lastWord))) {
      bad = false;
    }
    // "During that conversation with Biden Putin said ...": a comma missing between two
    // surnames. When the first word is the surname of a fuller name found earlier ("Joe
    // Biden"), the run is two people, not a person called "Biden Putin".
    if (!known && !headline && !bad && r < 0 && words == 2 && b - ns == 2
        && earlier.isSurname(out, t.clean(ns))) {
      consider(t, ns, ns + 1, lowerWords, tagFull, tagBySurname, out, earlier, false, model ? ns : -1);
      consider(t, ns + 1, b, lowerWords, tagFull, tagBySurname, out, earlier, false, model ? ns + 1 : -1);
      return;
    }
    // Without the tagger's say-so only known names and "Mr. X" make a person of two or more
    // words; a lone word still needs the context the rules below ask for.
    // "U.S. Trade Representative Clayton Yeutter said", read as one organisation: a title before
    // two or more words next to a speech verb names a person all the same.
    boolean titledSpeaker = r >= 0 && titleBefore < 0 && Words.isTitle(t.clean(r)) && speechNear(t, ns, b);
    if (labelsNow != null && !model && !known && !afterHonorific && words >= 2 && !titledSpeaker
        && !isGivenName(t.str(ns)) && !(speechNear(t, ns, b) && !surelyOther(ns, b))) {
      return; // "Kathleen Hall Jamieson said": a full name with a speech verb the tagger missed
    }
    // The tagger's name that the word lists reject ("Memorandum on Maritime Safety") needs a sure
    // tagger. One with a word no person's name has ("Banque Indosuez", "Mths Shr"), or of words
    // the wire writes in lower case ("Value", "Domestic Product"), is never a person.
    // A lone word of a fuller name found earlier ("Bond" after "Beverly Bond") is that person's.
    boolean earlierWord = words == 1 && earlier.has(out, t.clean(b - 1));
    if (model && !known && !afterHonorific && !earlierWord
        && ((bad && minMargin(tagged, b) < LONE_MARGIN) || hasNonNameWord(t, ns, b) || allCommon(t, ns, b))) {
      return;
    }
    if (bad && !known && !(words == 1 && knownSurname) && !earlierSurname && !model) {
      return;
    }
    Found f = new Found();
    f.roleStart = titleBefore >= 0 ? titleBefore : r >= 0 ? a : ns;
    f.nameStart = ns;
    f.nameEnd = b;
    f.nameWords = words;
    f.name = name;
    f.person = known ? tagFull.getOrDefault(lowName, knownFull.get(lowName))
        : model && allCapsName(name) ? titleCase(name) : name;
    if (r >= 0) {
      f.role = t.text.substring(t.start[f.roleStart], t.end[r]);
      for (int j = f.roleStart; j <= r; j++) {
        f.roleWords.add(t.clean(j));
      }
    }
    collectRoleWords(t, f);
    String first = t.clean(ns);
    f.female = Words.FEMALE_NAMES.contains(first) || f.roleWords.stream().anyMatch(
        w -> Words.FEMALE_HONORIFICS.contains(w) || w.endsWith("woman") || w.equals("queen")
            || w.equals("princess") || w.equals("lady"));
    if (words >= 2 && !known && !headline && !model) {
      boolean sentenceStart = ns == 0 || t.para[ns - 1] != t.para[ns]
          || (!t.word[ns - 1] && ".?!\"“”:".indexOf(t.first(ns - 1)) >= 0);
      String last = t.clean(b - 1);
      if (lowerWords.contains(first) && (sentenceStart || lowerWords.contains(last))) {
        return;
      }
    }
    if (words == 1 && model) {
      // A lone word with no fuller name to stand for needs a sure tagger or context.
      String w = t.clean(lastWord);
      boolean common = lowerWords.contains(w) || Words.TITLES.contains(w) || Words.ROLE_HEADS.contains(w);
      // in a title-case headline a lone word counts only as the short form of a fuller name
      // A role counts as context only when the word before the name is a person's title:
      // "Home Savings", "Senate Agriculture" and "House Banking" have none.
      String before = r >= 0 ? t.clean(ns - 1) : "";
      boolean titled = r >= 0 && !Orgs.HEADS.contains(before) && !Words.PORTFOLIOS.contains(before)
          && (Words.isTitle(before) || Words.HONORIFICS.contains(before) || Words.SPORTS_ROLES.contains(before));
      // Capitals tell nothing about a lone word written in capitals in ordinary prose (the
      // "REUTER" sign-off). (Asking the same of a lone word opening a sentence cost CoNLL dev
      // recall 0.935 -> 0.909.)
      boolean positional = allCaps(t.str(lastWord)) && !capsParagraph(t, ns);
      f.contextual = !headlineStyle(t, ns) && (titled || knownSurname
          || (!listed && speechNear(t, ns, b))
          || (!common && !listed && !positional && minMargin(tagged, b) >= LONE_MARGIN));
    } else if (words == 1 && !known) {
      // a speech verb makes a person of a lone word the tagger did not call a firm or place
      // With the tagger, a lone word it surely reads as no person ("Savings" in "Federal Savings
      // and Loan") takes more than a role word before it.
      boolean denied = margins != null && labelsNow[ns] != NameTagger.B_PER && margins[ns] >= LONE_MARGIN;
      boolean context = (r >= 0 && !denied) || knownSurname
          || (speechNear(t, ns, b) && (margins == null || !surelyOther(ns, b)));
      // the one word that is not an initial: "Butterfield" in "G.K. Butterfield"
      String w = t.clean(lastWord);
      boolean common = lowerWords.contains(w) || Words.TITLES.contains(w)
          || Words.ROLE_HEADS.contains(w);
      if (common && r < 0 && !knownSurname && !earlierSurname) {
        return;
      }
      if (allCaps(t.str(lastWord)) && !knownSurname) {
        return;
      }
      // A lone capitalised word opening a sentence ("Shipping through the Red Sea has fallen",
      // "Contracts with partners ...") is capitalised by position, not as a name: without a
      // role, a known surname or a speech verb it is not taken.
      boolean sentenceStart = ns == 0 || t.para[ns - 1] != t.para[ns]
          || (!t.word[ns - 1] && ".?!:“«".indexOf(t.first(ns - 1)) >= 0);
      if (sentenceStart && !context && !earlier.has(out, w)) {
        return;
      }
      f.contextual = context;
    }
    out.add(f);
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
    String c = clean(w);
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
      if (labelsNow != null && NameTagger.kind(labelsNow[j]) > 1 && margins[j] >= LONE_MARGIN) {
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
      if (!Words.TITLES.contains(w) || isPossessive(raw)) {
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
        && Character.isUpperCase(t.str(j).charAt(0)) && !isPossessive(t.str(j))
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
    if (m < t.size && t.word[m] && t.para[m] == t.para[ns] && isSpeechVerb(t.lower(m))) {
      return true;
    }
    // "Trump: ‘We are going to win so much’": a name, a colon and a quote
    if (m + 1 < t.size && t.isPunct(m, ':') && t.para[m + 1] == t.para[ns] && !t.word[m + 1]
        && "\"“‘'«„".indexOf(t.first(m + 1)) >= 0) {
      return true;
    }
    if (ns >= 1 && t.word[ns - 1] && t.para[ns - 1] == t.para[ns]) {
      String p = t.lower(ns - 1);
      if (isSpeechVerb(p) || p.equals("asked")) {
        return true;
      }
      if (p.equals("to") && ns >= 2 && t.lower(ns - 2).equals("according")) {
        return true;
      }
    }
    return false;
  }

  static boolean isSpeechVerb(String lower) {
    return Words.SPEECH_VERBS.contains(lower) && !lower.equals("pointed") && !lower.equals("went")
        && !lower.equals("read") && !lower.equals("reads") && !lower.equals("states");
  }

  private static String joinName(Tokens t, int a, int b) {
    StringBuilder s = new StringBuilder();
    for (int j = a; j < b; j++) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(j == b - 1 ? stripPossessive(t.str(j)) : t.str(j));
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
        String first = clean(parts[0]);
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
