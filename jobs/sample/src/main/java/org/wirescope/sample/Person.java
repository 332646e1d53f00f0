package org.wirescope.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring person of the sample corpus: how wires name them on first mention (role and full
 * name), later (surname, or a definite role such as "the press secretary"), and which camp their
 * quotations are written for.
 *
 * @param full the full name, exactly as in the Persons tags
 * @param surname the later mention; may be several words ("von der Leyen")
 * @param female picks "she" over "he"
 * @param camp R (Russia), U (United States), E (European Union), N (everyone else)
 * @param weight how often the person is picked, before topic affinity
 * @param titleRef how headlines name the person or their office
 */
record Person(
    String full,
    String surname,
    boolean female,
    char camp,
    double weight,
    List<String> titleRef,
    Roles roles) {

  /** Roles can change within the corpus months (Merz became chancellor on 6 May 2025). */
  interface Roles {
    /** The role written before the full name on first mention: "Kremlin Spokesman". */
    String before(LocalDate day);

    /** Definite roles for later mentions: "the press secretary"; never ambiguous in one article. */
    List<String> definite(LocalDate day);
  }

  /** A role that does not change over the corpus months. */
  static Roles fixed(String before, String... definite) {
    return new Roles() {
      @Override
      public String before(LocalDate day) {
        return before;
      }

      @Override
      public List<String> definite(LocalDate day) {
        return List.of(definite);
      }
    };
  }

  /** A role that changes on {@code from}: e.g. a president-elect who takes office. */
  static Roles changing(LocalDate from, Roles earlier, Roles later) {
    return new Roles() {
      @Override
      public String before(LocalDate day) {
        return (day.isBefore(from) ? earlier : later).before(day);
      }

      @Override
      public List<String> definite(LocalDate day) {
        return (day.isBefore(from) ? earlier : later).definite(day);
      }
    };
  }

  String pronoun() {
    return female ? "she" : "he";
  }
}
