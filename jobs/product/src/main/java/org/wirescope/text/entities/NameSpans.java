package org.wirescope.text.entities;

import java.util.Set;
import org.wirescope.text.lexicon.Countries;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.tagger.NameKind;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * Where a name the tagger read starts and ends in the text, and what its line says of it: the words
 * the tagger left out of it ("General" of "General Electric Co", "West" of "West German"), the
 * words after it that are not part of it ("Karlsruhe of", "Senate Majority Leader"), its legal
 * form, and whether it is a section's label or a results table's row label rather than a name.
 */
final class NameSpans {
  private NameSpans() {}

  /**
   * Words the tagger leaves out of a place's name: "West" of "West German", "New" of "New
   * Hampshire".
   */
  private static final Set<String> COMPASS = Set.of("west", "east", "north", "south", "new");

  /** Words before a role that go with it: "Majority" of "Senate Majority Leader". */
  private static final Set<String> ROLE_MODIFIERS =
      Set.of("majority", "minority", "deputy", "vice", "assistant", "acting");

  /** Words that join a name to the next, never its last: "U.S. AND" of a headline. */
  private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "in", "on", "at");

  /**
   * Whether the name written [from, e) opens a line and a number follows it on that line, compared
   * with another, as a results table's row label does ("Revs 1,179,000 vs 2,003,000", "Year Shr
   * 1.20 dlrs vs 1.10 dlrs").
   */
  static boolean tableLabel(String text, Tokens t, int from, int e) {
    if (e >= t.size || e - from > 3 || !number(t, e)) {
      return false;
    }
    if (text.substring(t.end[e - 1], t.start[e]).indexOf('\n') >= 0 || !comparison(t, e)) {
      return false;
    }
    for (int i = t.start[from] - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Tokens.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** What a holder has in a firm: "a stake in", "shares in"; the name after it is no place. */
  private static final Set<String> HELD =
      Set.of(
          "stake",
          "stakes",
          "interest",
          "interests",
          "share",
          "shares",
          "holding",
          "holdings",
          "investment",
          "investments",
          "position",
          "positions",
          "equity",
          "units");

  /**
   * Whether the name written [from, e) stands where a place does: right after "in" in its
   * paragraph, and followed by punctuation, the paragraph's end or a function word ("in Cleveland
   * on Monday", "in Cleveland, Ohio"), not by a word it qualifies ("in Treasury bills"), and not
   * after what is held in a firm ("a stake in Husky").
   */
  static boolean afterIn(Tokens t, int from, int e) {
    if (from == 0 || t.para[from - 1] != t.para[from] || !t.word[from - 1]) {
      return false;
    }
    if (!t.lower(from - 1).equals("in")) {
      return false;
    }
    // "a stake in Husky", "shares in Pemex": what is held in a firm
    if (from >= 2
        && t.word[from - 2]
        && t.para[from - 2] == t.para[from]
        && HELD.contains(t.lower(from - 2))) {
      return false;
    }
    return e >= t.size
        || t.para[e] != t.para[from]
        || !t.word[e]
        || Words.NOT_NAME_START.contains(t.lower(e));
  }

  /**
   * Where a compass word alone at [a, e) ends with the word after it, which the tagger left out,
   * when the two are a country's name or adjective ("West" of "West German"); else {@code e}.
   */
  static int compassEnd(String text, Tokens t, int[] labels, int a, int e) {
    if (e != a + 1
        || e >= t.size
        || !t.word[e]
        || NameTagger.kind(labels[e]) != 0
        || !COMPASS.contains(t.lower(a))) {
      return e;
    }
    String joined = TaggedNames.surface(text.substring(t.start[a], t.end[e]));
    return Countries.named(joined) != null || Countries.ofAdjective(joined) != null ? e + 1 : e;
  }

  /**
   * Where the name at [a, e) starts with the compass word before it, which the tagger left out,
   * when the two are a country's name or adjective ("WEST" of "WEST GERMAN"); else {@code a}.
   */
  static int compassStart(String text, Tokens t, int[] labels, int a, int e) {
    if (a == 0
        || !t.word[a - 1]
        || NameTagger.kind(labels[a - 1]) != 0
        || t.para[a - 1] != t.para[a]
        || !COMPASS.contains(t.lower(a - 1))) {
      return a;
    }
    String joined = TaggedNames.surface(text.substring(t.start[a - 1], t.end[e - 1]));
    return Countries.named(joined) != null || Countries.ofAdjective(joined) != null ? a - 1 : a;
  }

  /**
   * Whether the one word at [a, e), in capitals, is a sentence on its own, as a section's label is
   * ("ABSTRACT.", "UPDATE:"): no one's name.
   */
  static boolean label(Tokens t, int a, int e) {
    if (e != a + 1
        || e >= t.size
        || t.end[a] - t.start[a] < 4
        || WordForms.capitalLetters(t.text, t.start[a], t.end[a]) < 4
        || !(t.isPunct(e, '.') || t.isPunct(e, ':'))) {
      return false;
    }
    boolean opens = a == 0 || t.para[a - 1] != t.para[a] || t.isPunct(a - 1, '.');
    boolean closes = e + 1 >= t.size || t.para[e + 1] != t.para[a] || t.start[e + 1] > t.end[e];
    return opens && closes && t.para[e] == t.para[a];
  }

  /**
   * Whether the line from token {@code k} on compares two figures with "vs", as the lines of a
   * results table do ("1,179,000 vs 2,003,000"); a sports table's lines do not ("Essex 312 and
   * 254-6", "Brazil 2 Argentina 1").
   */
  static boolean comparison(Tokens t, int k) {
    for (int j = k + 1; j < t.size && t.para[j] == t.para[k]; j++) {
      if (t.text.lastIndexOf('\n', t.start[j]) > t.start[k]) {
        return false;
      }
      if (t.word[j] && t.lower(j).equals("vs")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code k} is a number: digits, with commas or periods ("1,179,000"; not "1st").
   */
  static boolean number(Tokens t, int k) {
    if (!Character.isDigit(t.first(k))) {
      return false;
    }
    for (int i = t.start[k]; i < t.end[k]; i++) {
      char c = t.text.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where an organisation's name of one word and a legal form at [a, e) starts with the title
   * before it, which the tagger left out as a title: "General" of "General Electric Co", "General
   * Motors Corp"; else {@code a}.
   */
  static int titleStart(Tokens t, int[] labels, int a, int e, int kind) {
    if (kind != NameKind.ORGANISATION.code
        || a == 0
        || e - a != 2
        || !t.word[a - 1]
        || NameTagger.kind(labels[a - 1]) != 0
        || t.para[a - 1] != t.para[a]
        || !Character.isUpperCase(t.first(a - 1))
        || !Orgs.isLegalForm(t.clean(e - 1))
        || !Words.isTitle(t.clean(a - 1))) {
      return a;
    }
    return a - 1;
  }

  /**
   * Where the name the tagger began at {@code k} ends: as far as its label goes on in the
   * paragraph, and never past a slash, which parts two names the tagger read as one ("New York
   * Times/CBS News", a joint poll).
   */
  static int taggedEnd(Tokens t, int[] labels, int k) {
    int e = k + 1;
    while (e < t.size
        && labels[e] == labels[k] + (labels[k] % 2)
        && t.para[e] == t.para[k]
        && !t.isPunct(e, '/')) {
      e++;
    }
    return e;
  }

  /**
   * Where the name the tagger read at [a, e) as {@code kind} ends in the text: {@link #nameEnd},
   * then with the compass word after it ({@link #compassEnd}) or else the head word ({@link
   * #headEnd}).
   */
  static int end(String text, Tokens t, int[] labels, int a, int e, int kind) {
    int ee = compassEnd(text, t, labels, a, nameEnd(t, a, e, kind));
    return ee == e ? headEnd(t, labels, a, e, kind) : ee;
  }

  /**
   * Where the organisation's name at [a, e) ends with the head word right after it, which the
   * tagger left out or read as a name of its own: "House" of "the Obama White House", "Department"
   * of "the Justice Department"; else {@code e}.
   */
  static int headEnd(Tokens t, int[] labels, int a, int e, int kind) {
    if (kind != NameKind.ORGANISATION.code
        || e >= t.size
        || !t.word[e]
        || t.para[e] != t.para[a]
        || (NameTagger.kind(labels[e]) != 0
            && e + 1 < t.size
            && labels[e + 1] == labels[e] + (labels[e] % 2))
        || !Character.isUpperCase(t.first(e))
        || !Tokens.isSpace(t.text.charAt(t.end[e - 1]))
        || t.start[e] - t.end[e - 1] != 1
        || !Words.ORG_HEADS.contains(t.clean(e))) {
      return e;
    }
    return e + 1;
  }

  /**
   * The end of the name the tagger read at [a, b) as {@code kind}: with the legal form after it,
   * without words after it that are not part of it ("Karlsruhe of", "Federal Republic of", "U.S.
   * AND" of a headline), without a title after an organisation ("Federal Reserve Board Governor").
   */
  static int nameEnd(Tokens t, int a, int b, int kind) {
    int e = kind != NameKind.PERSON.code ? withLegalForm(t, a, b) : b;
    while (e - 1 > a
        && (t.isPunct(e - 1, '&')
            || (t.word[e - 1]
                && (Character.isLowerCase(t.first(e - 1))
                    || CONNECTORS.contains(t.lower(e - 1))
                    || (kind == NameKind.ORGANISATION.code
                        && Words.isRoleHead(t.clean(e - 1))))))) {
      if (kind == NameKind.ORGANISATION.code
          && Words.isRoleHead(t.clean(e - 1))
          && e - 2 > a
          && ROLE_MODIFIERS.contains(t.clean(e - 2))) {
        e--; // "Senate Majority Leader": the role's modifier goes with it
      }
      e--;
    }
    return e;
  }

  /**
   * The end of an organisation's name at [a, b) with the legal form that follows it: "Co" in
   * "Merrill Lynch and Co", "Inc" in "Apex Holdings Inc".
   */
  static int withLegalForm(Tokens t, int a, int b) {
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
   * The kind the tagger read at token {@code k}, or a place where an organisation's name is a known
   * place's after "in" ("the convention in Cleveland": the city, not its team).
   */
  static int kindAt(Tokens t, int k, int kind, String surface) {
    return kind == NameKind.ORGANISATION.code
            && k > 0
            && t.para[k - 1] == t.para[k]
            && t.lower(k - 1).equals("in")
            && Words.PLACES.contains(Countries.form(surface))
        ? NameKind.PLACE.code
        : kind;
  }
}
