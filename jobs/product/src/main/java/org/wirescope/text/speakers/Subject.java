package org.wirescope.text.speakers;

/**
 * Who a speaker rule says is speaking: the words that name the speaker, [{@link #start()}, {@link
 * #end()}) in tokens, and what kind of reference they are. {@link Resolver} turns a subject into a
 * person or organisation, or into no one.
 */
public sealed interface Subject {
  int start();

  int end();

  /** Whether the speaker is an institution rather than a person. */
  default boolean organisation() {
    return this instanceof Organisation
        || this instanceof OrgNoun
        || this instanceof It
        || this instanceof Document;
  }

  /** A person the article names: {@code mention} indexes the article's mentions. */
  record Named(int mention, int start, int end) implements Subject {}

  /** A speech verb with no one we may name as its subject: "I", "we", "they", "officials". */
  record Nobody(int start, int end) implements Subject {}

  /** A pronoun or role to resolve to a person named earlier: "he", "the press secretary". */
  record Reference(int start, int end) implements Subject {}

  /** An organisation the article names: {@code org} indexes its organisations. */
  record Organisation(int org, int start, int end) implements Subject {}

  /** "the ministry": an organisation noun to resolve to an organisation named earlier. */
  record OrgNoun(int start, int end) implements Subject {}

  /** "it": the organisation that spoke last. */
  record It(int start, int end) implements Subject {}

  /** "the statement": the organisation that issued the statement the article mentioned last. */
  record Document(int start, int end) implements Subject {}

  /**
   * A speaker carried over from earlier in the article (a continuation, or the last statement
   * reported outside quotes); no words of this quote's own name them.
   */
  record Carried(String speaker, String surface, boolean organisation) implements Subject {
    @Override
    public int start() {
      return -1;
    }

    @Override
    public int end() {
      return -1;
    }
  }
}
