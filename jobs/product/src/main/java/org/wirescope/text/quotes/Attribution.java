package org.wirescope.text.quotes;

/**
 * The speaker rules, by name, and the ranker: what the {@code quotes.attribution} column says
 * decided a quote's speaker ({@link #label()}). The rules are declared in the order the sieve tries
 * them, most specific first: this list is the sieve ({@link SpeakerRules#SIEVE}). Adding a rule is
 * one class, one line here and one in {@link SpeakerRules#rule}; the ranker's features follow, and
 * its model must be retrained ({@code jobs/bin/train-speakers}).
 */
public enum Attribution {
  /** "“…” ― Pamela Padilla": a signature dash. */
  DASH("dash"),
  /** "“…,” Peskov said", "said Peskov": the clause after the quote. */
  AFTER("after"),
  /** "“A,” he said, “and B.”": the second half of a quotation split by its speech verb. */
  SPLIT("split"),
  /** "Peskov said: “…”", "according to Peskov, “…”": the clause before the quote. */
  BEFORE("before"),
  /** "Lavrov: “…”", "Mr. Christie gloated: “…”": the subject of the clause before a colon. */
  COLON_CLAUSE("colon-clause"),
  /** "Stated Stone:" closing one paragraph and the quote as the next. */
  COLON_PARAGRAPH("colon-paragraph"),
  /**
   * A quote without a verb of its own goes on with the speaker of the paragraph's previous quote.
   */
  CONTINUATION("continuation"),
  /**
   * A quote without a verb of its own in a list the article announced as one person's statements.
   */
  STATEMENT_LIST("statement-list"),
  /** A quote without a verb of its own follows a statement reported outside quotes. */
  PREVIOUS_STATEMENT("previous-statement"),
  /**
   * A quote without a verb of its own carries on the speaker of a quote a paragraph or two before.
   */
  CARRIED("carried"),
  /** The learned ranker chose another rule's proposal than the sieve's first. */
  RANKER("ranker"),
  /** No rule found a speaker. */
  NONE("none");

  private final String label;

  Attribution(String label) {
    this.label = label;
  }

  /**
   * The sieve's rules by name, in the order it tries them: every value but {@link #RANKER} and
   * {@link #NONE}.
   */
  public static java.util.List<Attribution> sieve() {
    return java.util.Arrays.stream(values()).filter(a -> a != RANKER && a != NONE).toList();
  }

  /** The value of the {@code attribution} column. */
  public String label() {
    return label;
  }

  /** The attribution with this {@link #label()}. */
  public static Attribution ofLabel(String label) {
    for (Attribution a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown speaker rule '" + label + "'");
  }
}
