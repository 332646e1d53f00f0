package org.wirescope.text.names;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * One person mention, with the token positions the speaker code needs. Immutable: the finder writes
 * a {@link Draft}, and the later steps (aliases, gender, quotation marks) make copies.
 */
public final class Found {
  /** First token of the capitalised role, or {@link #nameStart}. */
  public final int roleStart;

  public final int nameStart;

  /** Exclusive. */
  public final int nameEnd;

  /** Name words other than particles and initials. */
  public final int nameWords;

  /** As written, possessive dropped. */
  final String name;

  /** Canonical. */
  public final String person;

  /** "text" for a name found as written, "alias" for a short form resolved to a fuller name. */
  public final String method;

  public final String role;

  /** The role's words in lower case, and title words around the name ("spokesman"). */
  public final Set<String> roleWords;

  public final boolean female;

  /** A lone word taken on its context (a title, a speech verb, the tagger), not as a known name. */
  public final boolean contextual;

  /** Whether it stands inside a quotation. */
  public final boolean inQuote;

  private Found(
      int roleStart,
      int nameStart,
      int nameEnd,
      int nameWords,
      String name,
      String person,
      String method,
      String role,
      Set<String> roleWords,
      boolean female,
      boolean contextual,
      boolean inQuote) {
    this.roleStart = roleStart;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.nameWords = nameWords;
    this.name = name;
    this.person = person;
    this.method = method;
    this.role = role;
    this.roleWords = roleWords;
    this.female = female;
    this.contextual = contextual;
    this.inQuote = inQuote;
  }

  /** {@code base} with the four properties the later steps set. */
  private Found(Found base, String person, String method, boolean female, boolean inQuote) {
    this(
        base.roleStart,
        base.nameStart,
        base.nameEnd,
        base.nameWords,
        base.name,
        person,
        method,
        base.role,
        base.roleWords,
        female,
        base.contextual,
        inQuote);
  }

  /** This mention, inside a quotation or not. */
  public Found withInQuote(boolean quoted) {
    return new Found(this, person, method, female, quoted);
  }

  /** This mention as {@code canonical}'s, found by {@code how} ("text" or "alias"). */
  Found withPerson(String canonical, String how) {
    return new Found(this, canonical, how, female, inQuote);
  }

  Found withFemale(boolean isFemale) {
    return new Found(this, person, method, isFemale, inQuote);
  }

  /** A mention being read: what the finder has found of it so far. */
  static final class Draft {
    int roleStart;
    int nameStart;
    int nameEnd;
    int nameWords;
    String name;
    String person;
    String role;
    final Set<String> roleWords = new HashSet<>();
    boolean female;
    boolean contextual;

    Found build() {
      return new Found(
          roleStart,
          nameStart,
          nameEnd,
          nameWords,
          name,
          person,
          "text",
          role,
          Collections.unmodifiableSet(new HashSet<>(roleWords)),
          female,
          contextual,
          false);
    }
  }
}
