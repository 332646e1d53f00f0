package org.wirescope.text.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.WordLists;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.NameKind;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * Organisations that may speak: capitalised runs outside person names that carry an organisation
 * head word ("the Russian Foreign Ministry", "the White House", "the Illinois Board of Elections",
 * "The New York Times"), a well-known single-word institution ("the Kremlin", "Xinhua") or an
 * acronym ("NATO", "the RNC"). One linear scan; the attributor uses them only in subject position
 * of a speech verb, never as a guess.
 */
public final class Orgs {
  private Orgs() {}

  /** One organisation mention: tokens [start, end), its name ("Russian Foreign Ministry"). */
  public record Org(int start, int end, String name, Set<String> words) {}

  /** Lower-case nouns that "the X said" may use for an organisation the article named. */
  public static final Set<String> NOMINALS = WordLists.load("org-nominals");

  /** Nominal heads that may refer to any government body ("the agency" after "the ministry"). */
  public static final Set<String> GOVERNMENT_BODIES = WordLists.load("org-government-bodies");

  private static final Set<String> CONNECTORS = WordLists.load("org-connectors");

  /**
   * Organisation runs in {@code t}, skipping tokens of person mentions ({@code mentionAt}). With
   * the name tagger's {@code labels} (null without it), a run whose every capitalised word it reads
   * as part of an organisation's name is one too ("Judicial Watch", "the Brookings Institution").
   */
  public static List<Org> find(Tokens t, int[] mentionAt, int[] labels) {
    List<Org> out = new ArrayList<>();
    int n = t.size;
    int k = 0;
    while (k < n) {
      if (!t.word[k] || mentionAt[k] >= 0 || !Character.isUpperCase(t.first(k))) {
        k++;
        continue;
      }
      int a = k;
      int b = k;
      int lastCap = k;
      while (b < n && t.word[b] && t.para[b] == t.para[a] && mentionAt[b] < 0) {
        String raw = t.str(b);
        if (Character.isUpperCase(raw.charAt(0))) {
          lastCap = b;
          b++;
          if (WordForms.isPossessive(raw)) {
            break;
          }
        } else if (CONNECTORS.contains(raw)
            && b + 1 < n
            && t.word[b + 1]
            && Character.isUpperCase(t.first(b + 1))
            && mentionAt[b + 1] < 0
            // "the Electoral Commission on Thursday": a day or month ends the name
            && !Words.WEEKDAYS.contains(t.clean(b + 1))
            && !Words.MONTHS.contains(t.clean(b + 1))) {
          b++;
        } else {
          break;
        }
      }
      int end = lastCap + 1;
      k = Math.max(end, a + 1);
      int s = a;
      while (s < end
          && Words.NOT_NAME_START.contains(t.lower(s))
          && !Words.ORG_SINGLE.contains(t.lower(s))) {
        s++;
      }
      if (s >= end) {
        continue;
      }
      if (isOrganisation(t, s, end) || (labels != null && taggedOrganisation(t, labels, s, end))) {
        Set<String> words = new java.util.HashSet<>();
        for (int j = s; j < end; j++) {
          words.add(t.clean(j));
        }
        out.add(new Org(s, end, name(t, s, end), Set.copyOf(words)));
      }
    }
    return out;
  }

  /**
   * Whether the words list calls the capitalised run [s, end) an organisation: a head after a
   * modifier ("Foreign Ministry", "White House"), a one-word organisation or acronym ("Kremlin",
   * "NATO"; not "US" or a lone "House"), or such a word and one more.
   */
  private static boolean isOrganisation(Tokens t, int s, int end) {
    String first = t.clean(s);
    if (end - s == 1) {
      String raw = WordForms.stripPossessive(t.str(s));
      return !first.equals("house")
          && (Words.ORG_SINGLE.contains(first)
              || (isAcronym(raw)
                  && !Words.COUNTRY_WORDS.contains(first)
                  && !first.equals("us")
                  && !first.equals("uk")
                  && !first.equals("usa")));
    }
    for (int j = s + 1; j < end; j++) {
      if (Words.ORG_HEADS.contains(t.clean(j))) {
        return true;
      }
    }
    return Words.ORG_SINGLE.contains(first) && end - s <= 2;
  }

  /** Whether the tagger put every capitalised word of [a, b) in an organisation's name. */
  private static boolean taggedOrganisation(Tokens t, int[] labels, int a, int b) {
    for (int j = a; j < b; j++) {
      if (Character.isUpperCase(t.first(j))
          && NameTagger.kind(labels[j]) != NameKind.ORGANISATION.code) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** Legal forms that end a firm's name and say nothing about which firm it is. */
  private static final Set<String> LEGAL_FORMS = WordLists.load("org-legal-forms");

  /**
   * How one organisation is keyed across its spellings: lower case, without "the" before it or
   * legal forms after it, so "Merrill Lynch and Co Inc", "Merrill Lynch" and "MERRILL LYNCH" are
   * one ("merrill lynch"). A name that is only a legal form keeps it.
   */
  public static String key(String name) {
    List<String> words = new ArrayList<>();
    for (String w : WHITESPACE.split(name.trim())) {
      String c = Words.lower(WordForms.stripPossessive(w));
      int end = c.length();
      while (end > 0 && (c.charAt(end - 1) == '.' || c.charAt(end - 1) == ',')) {
        end--;
      }
      c = c.substring(0, end);
      if (!c.isEmpty()) {
        words.add(c);
      }
    }
    int a = 0;
    int b = words.size();
    if (b - a > 1 && words.get(0).equals("the")) {
      a++;
    }
    while (b - a > 1
        && (LEGAL_FORMS.contains(words.get(b - 1))
            || words.get(b - 1).equals("and")
            || words.get(b - 1).equals("&"))) {
      b--;
    }
    return String.join(" ", words.subList(a, b));
  }

  /** Whether a lower-case word is a legal form ("inc", "corp", "plc"). */
  public static boolean isLegalForm(String w) {
    return LEGAL_FORMS.contains(w);
  }

  /** Two to six letters, none in lower case: "NATO", "U.S.", "OPEC". */
  static boolean isAcronym(String w) {
    int letters = WordForms.capitalLetters(w, 0, w.length());
    return letters >= 2 && letters <= 6;
  }

  private static String name(Tokens t, int s, int e) {
    StringBuilder b = new StringBuilder();
    for (int j = s; j < e; j++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(j == e - 1 ? WordForms.stripPossessive(t.str(j)) : t.str(j));
    }
    return b.toString();
  }
}
