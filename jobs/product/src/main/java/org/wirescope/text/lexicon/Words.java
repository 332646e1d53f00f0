package org.wirescope.text.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists behind the heuristics, built once per JVM. All entries are lower case; callers
 * look words up with {@link #lower}. The lists are general English news vocabulary, not fitted to
 * any one corpus.
 */
public final class Words {
  private Words() {}

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return WordLists.frozen(s);
  }

  /** Abbreviations whose period does not end a sentence (without the period). */
  public static final Set<String> ABBREVIATIONS = WordLists.load("abbreviations");

  /** Words before a period that never end a sentence, even before a capitalised word. */
  public static final Set<String> TITLE_ABBREVIATIONS = WordLists.load("title-abbreviations");

  /** Common words that start a sentence after an abbreviation like "U.S." ends one. */
  public static final Set<String> SENTENCE_STARTERS = WordLists.load("sentence-starters");

  /** Honorifics: stripped from names, kept in the role. */
  public static final Set<String> HONORIFICS = WordLists.load("honorifics");

  /** Honorifics that say the person is a woman. */
  public static final Set<String> FEMALE_HONORIFICS = WordLists.load("female-honorifics");

  /** Honorifics that only ever stand before a person's surname. */
  public static final Set<String> PERSONAL_HONORIFICS = WordLists.load("personal-honorifics");

  /**
   * Portfolios that follow "of" in a title: "Secretary of State", "Minister of Foreign Affairs".
   */
  public static final Set<String> PORTFOLIOS = WordLists.load("portfolios");

  /**
   * Title and role words: a capitalised run of these before a name is the person's role ("Kremlin
   * Spokesman", "Treasury Secretary", "Federal Reserve Board Chairman").
   */
  public static final Set<String> TITLES = WordLists.load("titles");

  /** Positions and roles in sport, written before a player's name ("Fullback Andre Joubert"). */
  public static final Set<String> SPORTS_ROLES = WordLists.load("sports-roles");

  /** Role head nouns that "the X said" may refer to. */
  public static final Set<String> ROLE_HEADS = WordLists.load("role-heads");

  /**
   * Classes of role words, each in the order it is written: a class is entered by its first word
   * ({@link #roleClass}), and {@code Set.copyOf} would iterate in an order that changes from one
   * JVM to the next.
   */
  private static final List<Set<String>> ROLE_CLASSES =
      WordLists.lines("role-classes").stream()
          .map(words -> java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(words)))
          .toList();

  /**
   * A title word, or a hyphenated compound of one: "president-elect", "secretary-general",
   * "vice-president", "commander-in-chief". The compound stays one role word, so "the
   * president-elect" finds the President-elect, not any president.
   */
  public static boolean isTitle(String lower) {
    return TITLES.contains(lower)
        || compoundOf(lower, TITLES)
        || (lower.length() > 5
            && lower.endsWith("s") // "Senators Mitch McConnell and ..."
            && TITLES.contains(lower.substring(0, lower.length() - 1)));
  }

  /** A role head noun, or a hyphenated compound of one (see {@link #isTitle}). */
  public static boolean isRoleHead(String lower) {
    return ROLE_HEADS.contains(lower) || compoundOf(lower, ROLE_HEADS);
  }

  private static boolean compoundOf(String lower, Set<String> heads) {
    int dash = lower.indexOf('-');
    if (dash <= 0 || dash == lower.length() - 1) {
      return false;
    }
    return heads.contains(lower.substring(0, dash))
        || heads.contains(lower.substring(lower.lastIndexOf('-') + 1));
  }

  /** The role words a role head noun may refer to ("the leader" -> a president). */
  public static Set<String> roleClass(String head) {
    Set<String> out = new HashSet<>();
    out.add(head);
    for (Set<String> c : ROLE_CLASSES) {
      // a class is entered by its first word ("diplomat", "leader") or any word of a small class
      boolean entry =
          c.iterator().next().equals(head)
              || (c.contains(head) && c.size() <= 3)
              || (head.equals("head") && c.contains("leader"));
      if (entry) {
        out.addAll(c);
      }
    }
    return out;
  }

  /** Words that make a capitalised run an organisation, place or thing, not a person. */
  public static final Set<String> NON_PERSON = WordLists.load("non-person");

  /**
   * Words of {@link #NON_PERSON} that no person's name has, in any language the wire writes in
   * English ("Banque Indosuez", "Home Savings", "Apex Holdings Inc"); the other words of that list
   * are surnames too ("Stephen Hall", "Tim Church").
   */
  public static final Set<String> ORG_ONLY = WordLists.load("org-only");

  /** Function words and other capitalised-at-sentence-start words that never start a name. */
  /**
   * Words of {@link #NOT_NAME_START} that open a given name too ("Will Doyle", "May Ann Lee", "Do
   * Kwon").
   */
  public static final Set<String> NAME_START_TOO = WordLists.load("name-start-too");

  /** Function words, verbs and adverbs that never start a person's name when capitalised. */
  public static final Set<String> NOT_NAME_START = WordLists.load("not-name-start");

  /** Words of {@link #NOT_NAME_START} that are also surnames after a first name ("Ian Read"). */
  public static final Set<String> LATE_NAME_OK = WordLists.load("late-name-ok");

  /** Words that end the description of a person after a speech verb ("said ... X"). */
  public static final Set<String> DESCRIPTOR_STOPS = WordLists.load("descriptor-stops");

  /** Words opening an adverbial clause that precedes the main clause and its subject. */
  public static final Set<String> OPENING_SUBORDINATORS = WordLists.load("opening-subordinators");

  /** Month names and their abbreviations. */
  public static final Set<String> MONTHS = WordLists.load("months");

  /** Weekday names and their abbreviations. */
  public static final Set<String> WEEKDAYS = WordLists.load("weekdays");

  /**
   * Nationality, religious and party words: a capitalised run with one is a group, not a person.
   */
  public static final Set<String> NATIONALITIES = WordLists.load("nationalities");

  /** Places besides the countries: regions, cities and landmarks the wire names. */
  public static final Set<String> PLACES = WordLists.load("places");

  /** Speech and report verbs that introduce or close a direct quotation. */
  public static final Set<String> SPEECH_VERBS = WordLists.load("speech-verbs");

  /** Words between a subject and its speech verb: "Peskov also said", "he has repeatedly said". */
  public static final Set<String> SUBJECT_SKIP = WordLists.load("subject-skip");

  /** Documents that "say" things for their issuer: "the statement said". */
  public static final Set<String> DOCUMENTS = WordLists.load("documents");

  /** Words after a document that name its issuer: "a statement by the ministry". */
  public static final Set<String> DOCUMENT_BY = WordLists.load("document-by");

  /** Speech verbs whose next noun phrase is the addressee, not the speaker ("told CNN"). */
  public static final Set<String> OBJECT_VERBS = WordLists.load("object-verbs");

  /** Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
  public static final Set<String> PARTICLES = WordLists.load("particles");

  /** Suffixes that end a person's name: "Martin Luther King Jr." */
  public static final Set<String> NAME_SUFFIXES = WordLists.load("name-suffixes");

  /** Words that name what follows them: 'the paper is entitled: “…”', 'dubbed “…”'. */
  public static final Set<String> NAMING_CUES = WordLists.load("naming-cues");

  /**
   * Words before a quote that make it a title, name or fragment rather than a statement: the naming
   * words and these.
   */
  public static final Set<String> FRAGMENT_CUES =
      union(NAMING_CUES, WordLists.load("fragment-cues"));

  /** Longer function words a title leaves in lower case: "Talks with Russia", "Peace after War". */
  public static final Set<String> TITLE_SMALL_WORDS = WordLists.load("title-small-words");

  /**
   * Conjunctions before a quote that make it part of indirect speech or of the writer's own clause
   * ('said that “I am …”', 'while “Nevada is …”'): gold counts these as reported speech.
   */
  public static final Set<String> INDIRECT_CUES = WordLists.load("indirect-cues");

  /** Common female given names, for matching "she" to a person. */
  /** Men's given names common in news copy, written here for the name tagger's features. */
  static final Set<String> MALE_NAMES = WordLists.load("male-names");

  /** Women's given names common in news copy, written here for the name tagger's features. */
  public static final Set<String> FEMALE_NAMES = WordLists.load("female-names");

  /** Every given name of {@link #MALE_NAMES} and {@link #FEMALE_NAMES}. */
  public static final Set<String> GIVEN_NAMES = union(MALE_NAMES, FEMALE_NAMES);

  /**
   * Given names by their variants, each to its group's formal form ("jim" and "jimmy" to "james"),
   * and the formal forms to themselves.
   */
  public static final java.util.Map<String, String> GIVEN_NAME_VARIANTS = variants();

  private static java.util.Map<String, String> variants() {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (List<String> group : WordLists.lines("given-name-variants")) {
      for (String w : group) {
        if (out.put(w, group.get(0)) != null) {
          throw new IllegalStateException(
              "word list given-name-variants: '" + w + "' stands in two groups");
        }
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Head words that make a capitalised run an organisation. */
  public static final Set<String> ORG_HEADS = WordLists.load("org-heads");

  /**
   * Words that name no one organisation alone: head words ("Bank", "Group", "Post"), adjectives
   * that open many firms' names ("Standard", "General"), measures written in capitals ("GNP").
   */
  public static final Set<String> ORG_GENERIC = WordLists.load("org-generic");

  /**
   * Head words that end the name of a programme, law, treaty, round of talks or market index
   * ("Export Enhancement Program", "Plaza Accord", "Dow Jones Industrial Average"): no
   * organisation's.
   */
  public static final Set<String> NAMED_THINGS = WordLists.load("org-not-heads");

  /**
   * Bodies each country has one of ("central bank", "finance ministry"), each its words in lower
   * case joined by one space.
   */
  public static final Set<String> ONE_PER_COUNTRY = phrases("national-bodies");

  /**
   * {@link #ONE_PER_COUNTRY} and the names a country's bodies share with its firms ("national
   * bank", "stock exchange"): written bare, a country's body.
   */
  public static final Set<String> NATIONAL_BODIES =
      union(ONE_PER_COUNTRY, phrases("national-names"));

  /** The lines of list {@code name}, each its words joined by one space. */
  private static Set<String> phrases(String name) {
    return WordLists.lines(name).stream()
        .map(words -> String.join(" ", words))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Online platforms named by one word ("Twitter"), which the words around them make look like
   * places.
   */
  public static final Set<String> PLATFORMS = WordLists.load("platforms");

  /** Words that end a firm's name ("Salomon Bros", "Kansai Electric Power", "Apic Yamada Corp"). */
  public static final Set<String> COMPANY_WORDS = WordLists.load("org-company-words");

  /** Well-known institutions named by one word. */
  public static final Set<String> ORG_SINGLE = WordLists.load("org-single");

  /** Country names in English and their lower-case words, frozen from the JDK's locale data. */
  public static final Set<String> COUNTRY_WORDS = WordLists.load("country-words");

  static {
    // lists of incompatible kinds: a word in two of them says so ("# also: places")
    WordLists.requireApart("male-names", MALE_NAMES, "female-names", FEMALE_NAMES);
    for (String name : List.of("male-names", "female-names")) {
      Set<String> given = name.equals("male-names") ? MALE_NAMES : FEMALE_NAMES;
      WordLists.requireApart(name, given, "titles", TITLES);
      WordLists.requireApart(name, given, "honorifics", HONORIFICS);
      WordLists.requireApart(name, given, "places", PLACES);
      WordLists.requireApart(name, given, "country-words", COUNTRY_WORDS);
      WordLists.requireApart(name, given, "nationalities", NATIONALITIES);
    }
  }

  static boolean isPlaceOrGroupWord(String lower) {
    return COUNTRY_WORDS.contains(lower)
        || PLACES.contains(lower)
        || NATIONALITIES.contains(lower)
        || MONTHS.contains(lower)
        || WEEKDAYS.contains(lower)
        || NON_PERSON.contains(lower);
  }

  /**
   * A speech verb of {@link #SPEECH_VERBS} that speaks on its own: not "pointed", "went", "read(s)"
   * or "states", which need a word after them.
   */
  public static boolean isSpeechVerb(String lower) {
    return Words.SPEECH_VERBS.contains(lower)
        && !lower.equals("pointed")
        && !lower.equals("went")
        && !lower.equals("read")
        && !lower.equals("reads")
        && !lower.equals("states");
  }

  /** "he" or "she": the pronouns that stand for one person as a speaker. */
  public static boolean isPersonPronoun(String lower) {
    return lower.equals("he") || lower.equals("she");
  }
}
