package org.wirescope.text;

/**
 * The speaker rules, by name, and the ranker: what the {@code quotes.attribution} column says
 * decided a quote's speaker ({@link #label()}). The sieve's order is {@link SpeakerRules#SIEVE},
 * not this declaration's.
 */
public enum Attribution {
  /** "“…” ― Pamela Padilla": a signature dash. */
  DASH("dash"),
  /** "“…,” Peskov said", "said Peskov": the clause after the quote. */
  AFTER("after"),
  /** "Peskov said: “…”", "according to Peskov, “…”": the clause before the quote. */
  BEFORE("before"),
  /** "“A,” he said, “and B.”": the second half of a quotation split by its speech verb. */
  SPLIT("split"),
  /** "Lavrov: “…”", "Mr. Christie gloated: “…”": the subject of the clause before a colon. */
  COLON_CLAUSE("colon-clause"),
  /** "Stated Stone:" closing one paragraph and the quote as the next. */
  COLON_PARAGRAPH("colon-paragraph"),
  /** A quote without a verb of its own goes on with the speaker of the paragraph's previous quote. */
  CONTINUATION("continuation"),
  /** A quote without a verb of its own in a list the article announced as one person's statements. */
  STATEMENT_LIST("statement-list"),
  /** A quote without a verb of its own follows a statement reported outside quotes. */
  PREVIOUS_STATEMENT("previous-statement"),
  /** A quote without a verb of its own carries on the speaker of a quote a paragraph or two before. */
  CARRIED("carried"),
  /** The learned ranker chose another candidate than the sieve. */
  RANKER("ranker"),
  /** No rule found a speaker. */
  NONE("none");

  private final String label;

  Attribution(String label) {
    this.label = label;
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
