package org.wirescope.text.entities;

import java.io.Serializable;
import org.wirescope.text.lexicon.CommonWords;
import org.wirescope.text.names.NameCues;
import org.wirescope.text.tagger.NameKind;

/**
 * One name the tagger read in an article, for two readers: the corpus's evidence about names, and
 * the organisation and place tables.
 *
 * <p>For the evidence: {@code name} its words in lower case, possessive dropped ("merrill lynch");
 * {@code surface} as written, whitespace collapsed and trailing punctuation dropped ("Merrill
 * Lynch"); {@code kind} the tagger's reading, a {@link NameKind#code} (1 person, 2 organisation, 3
 * place, 4 other); whether the words around it say firm ("Merrill Lynch and Co", "analysts at
 * Morgan Stanley") or person ("Treasury Secretary James Baker"), see {@link NameCues}; {@code
 * common} whether every word of the name is one the article writes in lower case elsewhere
 * ("Savings" in an article about savings) or a {@link CommonWords common word}.
 *
 * <p>For the entity tables: where it stands ({@code sentenceIndex}, {@code start}, {@code end},
 * into the article text); {@code entityKind} what this article names with it, 2 an organisation, 3
 * a place, 0 neither (a person, another thing, a legal form or a common word alone); {@code entity}
 * the key of the organisation or place it names: a country's usual name for its other names and
 * adjectives ("Canada" for "Canadian", "United States" for "U.S."), the full name's for an acronym
 * the article defines or a short form of a longer name it uses ("securities and exchange
 * commission" for "SEC"), else its own; {@code adjective} whether it is an adjective of a country
 * rather than a name; {@code tableLabel} whether it opens a line of a table, a number after it
 * ("Revs 1,179,000 vs 2,003,000"); {@code afterIn} whether it stands where a place does, after "in"
 * and before a function word or punctuation ("in Cleveland on Monday", not "in Treasury bills").
 */
public record NameUse(
    String name,
    String surface,
    int kind,
    int orgCues,
    int personCues,
    boolean common,
    int sentenceIndex,
    int start,
    int end,
    int entityKind,
    String entity,
    boolean adjective,
    boolean legal,
    String placeKey,
    boolean tableLabel,
    boolean afterIn)
    implements Serializable {

  /** {@link #entityKind} of an organisation. */
  public static final int ORGANISATION = NameKind.ORGANISATION.code;

  /** {@link #entityKind} of a place. */
  public static final int PLACE = NameKind.PLACE.code;

  /** This use naming another entity, or none ({@code kind} 0). */
  NameUse withEntity(int kind, String key) {
    return reading(surface, end, kind, kind == 0 ? null : key, adjective, legal, placeKey);
  }

  /**
   * This use as the longer name [start, end) written {@code surface}, naming the place {@code key};
   * {@code adjective} whether it is the place's adjective.
   */
  NameUse spanningPlace(String surface, int end, String key, boolean adjective) {
    return reading(surface, end, PLACE, key, adjective, false, key);
  }

  /** This use as the longer name [start, end) written {@code surface}, naming {@code key}. */
  NameUse spanning(String surface, int end, boolean legal, String key) {
    return reading(surface, end, ORGANISATION, key, false, legal, placeKey);
  }

  /** This use with another reading for the entity tables; its evidence stays. */
  private NameUse reading(
      String surface,
      int end,
      int entityKind,
      String entity,
      boolean adjective,
      boolean legal,
      String placeKey) {
    return new NameUse(
        name,
        surface,
        kind,
        orgCues,
        personCues,
        common,
        sentenceIndex,
        start,
        end,
        entityKind,
        entity,
        adjective,
        legal,
        placeKey,
        tableLabel,
        afterIn);
  }
}
