package org.wirescope.text.speakers.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirescope.text.quotes.Attribution.STATEMENT_LIST;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.goesOn;
import static org.wirescope.text.speakers.rules.RuleFixture.Said.unclaimed;
import static org.wirescope.text.speakers.rules.RuleFixture.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.speakers.rules.RuleFixture.Said;

/**
 * STATEMENT_LIST alone, ranker off: a short paragraph announcing one person's statements ("Below
 * are Koller's key statements:") gives every quote after it to that person.
 */
class StatementListRuleTest {
  private static final TextAnalyzer STATEMENT_LIST_ONLY = RuleFixture.only(STATEMENT_LIST);
  private static final String FIRST = "The line will restart in March.";
  private static final String SECOND = "Nobody will lose a job.";
  private static final String LIST = "\n\n“" + FIRST + "”\n\n“" + SECOND + "”";

  @Test
  void aPossessiveNameBeforeTheListNoun() {
    List<Quote> q =
        RuleFixture.quotes(STATEMENT_LIST_ONLY, "Below are Pavel Koller's key statements:" + LIST);
    assertEquals(
        List.of(
            goesOn(FIRST, "Pavel Koller", STATEMENT_LIST),
            goesOn(SECOND, "Pavel Koller", STATEMENT_LIST)),
        q.stream().map(Said::of).toList());
    assertEquals("Pavel Koller's", q.get(1).speakerSurface());
  }

  @Test
  void theListNounThenByAndAName() {
    assertEquals(
        List.of(
            goesOn(FIRST, "Pavel Koller", STATEMENT_LIST),
            goesOn(SECOND, "Pavel Koller", STATEMENT_LIST)),
        said(
            STATEMENT_LIST_ONLY,
            "Here are the main remarks by Pavel Koller at the meeting:" + LIST));
  }

  @Test
  void aQuoteBeforeTheAnnouncementIsNotInTheList() {
    assertEquals(
        List.of(unclaimed(FIRST), goesOn(SECOND, "Pavel Koller", STATEMENT_LIST)),
        said(
            STATEMENT_LIST_ONLY,
            "“" + FIRST + "”\n\nBelow are Pavel Koller's key statements:\n\n“" + SECOND + "”"));
  }

  @Test
  void aListOfNoOnesStatements() {
    assertEquals(
        List.of(unclaimed(FIRST), unclaimed(SECOND)),
        said(STATEMENT_LIST_ONLY, "Below are the key statements:" + LIST));
  }

  @Test
  void aParagraphThatAnnouncesNothingIsNoList() {
    assertEquals(
        List.of(unclaimed(FIRST)),
        said(
            STATEMENT_LIST_ONLY,
            "Pavel Koller's remarks drew sharp criticism from the union on Monday, which "
                + "called them vague and said it would strike.\n\n“"
                + FIRST
                + "”"));
  }
}
