package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.quotes.SpeakerCandidate;
import org.wirescope.text.speakers.ranker.SpeakerRanker;

class AttributorTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of());

  private List<Quote> quotes(String body) {
    return analyzer.analyze(null, null, body, List.of()).quotes();
  }

  @Test
  void quoteThenNameSaid() {
    Quote q = quotes("“We are ready for talks,” Sergey Lavrov said.").get(0);
    assertEquals("Sergey Lavrov", q.speaker());
    assertEquals("said", q.cue());
    assertFalse(q.continuation());
  }

  @Test
  void saidThenName() {
    assertEquals(
        "Sergey Lavrov",
        quotes("“We are ready for talks,” said Foreign Minister Sergey Lavrov.").get(0).speaker());
  }

  @Test
  void nameSaidColonQuote() {
    assertEquals(
        "Maria Zakharova",
        quotes("Maria Zakharova told reporters: “The decision is final.”").get(0).speaker());
  }

  @Test
  void accordingTo() {
    assertEquals(
        "Maria Zakharova",
        quotes(
                "Maria Zakharova spoke. According to Zakharova, "
                    + "“The decision is final and will not change.”")
            .get(0)
            .speaker());
  }

  @Test
  void roleResolvesToThePersonNamedInIt() {
    List<Quote> q =
        quotes(
            "Press Secretary Dmitry Peskov spoke on Monday.\n\n"
                + "“The talks went well,” the press secretary said.");
    assertEquals("Dmitry Peskov", q.get(0).speaker());
    assertEquals("the press secretary", q.get(0).speakerSurface());
  }

  @Test
  void pronounResolvesToTheRecentPersonOfThatGender() {
    List<Quote> q =
        quotes(
            "Ursula von der Leyen met Olaf Scholz on Monday.\n\n"
                + "“We agreed on the package,” she said.\n\n“It took too long,” he said.");
    assertEquals("Ursula von der Leyen", q.get(0).speaker());
    assertEquals("Olaf Scholz", q.get(1).speaker());
  }

  @Test
  void continuationWithoutVerbKeepsThePreviousSpeaker() {
    List<Quote> q = quotes("“We are ready,” Dmitry Peskov said. “Nothing has changed since then.”");
    assertEquals(2, q.size());
    assertEquals("Dmitry Peskov", q.get(1).speaker());
    assertTrue(q.get(1).continuation());
  }

  @Test
  void splitQuoteSecondHalfIsAContinuation() {
    List<Quote> q = quotes("“We are ready,” Dmitry Peskov said, “but nothing has changed yet.”");
    assertEquals(2, q.size());
    assertEquals("Dmitry Peskov", q.get(1).speaker());
    assertTrue(q.get(1).continuation());
  }

  /**
   * A short lower-case second half counts when it ends the sentence; a fragment run on does not.
   */
  @Test
  void shortSecondHalfOfASplitQuoteThatEndsTheSentence() {
    List<Quote> q =
        quotes("Pavel Orlov spoke.\n\n«If you want peace», the minister stressed, «come back».");
    assertEquals(2, q.size(), q.toString());
    assertEquals("come back", q.get(1).text());
    assertTrue(q.get(1).continuation());
    assertEquals(2, quotes("“We will wait,” Pavel Orlov said, “not forever”.").size());
    assertEquals(
        1, quotes("“We will wait,” Pavel Orlov said, “not forever” and then left.").size());
  }

  @Test
  void scareQuotesTitlesAndFragmentsAreNotQuotes() {
    assertTrue(quotes("Dmitry Peskov called the plan “a disaster” on Monday.").isEmpty());
    assertTrue(quotes("He criticised the so-called “peacekeepers” again.").isEmpty());
    assertTrue(quotes("She wrote the book “War and Peace” long ago.").isEmpty());
  }

  @Test
  void titlesAndRunInQuotesAreNotQuotes() {
    String lead = "Sen. Bernie Sanders spoke on Sunday.\n\n";
    assertTrue(
        quotes(
                lead
                    + "Sanders said on “Face the Nation, Tonight and Always,” that he would stay in.")
            .isEmpty());
    assertTrue(
        quotes(lead + "The crowd wore hats reading “Make America Great Again.” all night.")
            .isEmpty());
    assertTrue(
        quotes(lead + "Sanders appeared on CBS’s “Sunday Morning Futures,” on the day.").isEmpty());
    assertEquals(1, quotes(lead + "“We Will Win,” Sanders said.").size());
  }

  @Test
  void guillemetsAndDoubledApostrophes() {
    assertEquals(
        "Sergey Lavrov", quotes("«We will respond in kind», Sergey Lavrov said.").get(0).speaker());
    assertEquals(
        "Donald Trump", quotes("''We will win this state,'' Donald Trump said.").get(0).speaker());
  }

  @Test
  void noDefensibleSpeakerGivesNull() {
    List<Quote> q = quotes("“The storm will pass by tomorrow night,” officials said.");
    assertEquals(1, q.size());
    assertNull(q.get(0).speaker());
  }

  @Test
  void unbalancedMarksDoNotSwallowTheArticle() {
    List<Quote> q =
        quotes(
            "He said “this never closes and goes on.\n\n"
                + "On Monday, Dmitry Peskov said: “We are ready.”");
    assertEquals("We are ready.", q.get(q.size() - 1).text());
    assertEquals("Dmitry Peskov", q.get(q.size() - 1).speaker());
  }

  @Test
  void organisationSpeaksUnderItsName() {
    Quote q = quotes("“The sanctions are unlawful,” the Russian Foreign Ministry said.").get(0);
    assertEquals("Russian Foreign Ministry", q.speaker());
    assertTrue(q.organisation());
  }

  @Test
  void theMinistryResolvesToTheMinistryNamed() {
    List<Quote> q =
        quotes(
            "The Defence Ministry reported new figures on Monday.\n\n"
                + "“Repairs will take two weeks,” the ministry said. “The work has begun.”\n\n"
                + "“More crews are on the way,” the agency added.");
    assertEquals("Defence Ministry", q.get(0).speaker());
    assertEquals("Defence Ministry", q.get(1).speaker());
    assertEquals(Attribution.CONTINUATION, q.get(1).attribution());
    assertTrue(q.get(1).organisation());
    assertEquals("Defence Ministry", q.get(2).speaker());
  }

  @Test
  void theStatementResolvesToItsIssuer() {
    List<Quote> q =
        quotes(
            "The White House said in a statement that talks would go on.\n\n"
                + "“We remain committed to the process,” the statement said.");
    assertEquals("White House", q.get(0).speaker());
  }

  @Test
  void unknownOrganisationNominalStaysNull() {
    assertNull(quotes("“Prices will rise next year,” the company said.").get(0).speaker());
  }

  @Test
  void toldTakesNoOrganisationAsSpeaker() {
    assertNull(quotes("“We are ready for a long fight,” told the Kremlin.").get(0).speaker());
  }

  @Test
  void quoteIntroducedByThatIsIndirect() {
    assertTrue(
        quotes(
                "Maria Zakharova told reporters that “The decision is final and binding "
                    + "for all sides.”")
            .isEmpty());
  }

  @Test
  void nameThenAnyVerbAfterQuote() {
    List<Quote> q =
        quotes(
            "Pat Toomey spoke on Tuesday.\n\n“If they were serious, they would "
                + "have come to us,” Toomey fumed on Tuesday.");
    assertEquals("Pat Toomey", q.get(0).speaker());
  }

  @Test
  void parenthesisBetweenNameAndVerb() {
    assertEquals(
        "Jim McDermott",
        quotes("“We are going to win the House,” Rep. Jim McDermott " + "(D-Wash.) said.")
            .get(0)
            .speaker());
  }

  @Test
  void colonAfterAClauseNamingTheSpeaker() {
    assertEquals(
        "Chris Christie",
        quotes(
                "Chris Christie spoke in Manchester.\n\n"
                    + "And Mr. Christie gloated: “I told you he would not be ready.”")
            .get(0)
            .speaker());
  }

  @Test
  void noBreakSpaceAfterClosingMark() {
    assertEquals(
        "Pat Toomey", quotes("“People are tired of this,”\u00a0Pat Toomey said.").get(0).speaker());
  }

  @Test
  void sameParagraphContinuationKeepsAnUnnamedSpeaker() {
    List<Quote> q =
        quotes(
            "Rick Hohlt said the effort would grow.\n\n“You are going to see "
                + "a massive ad spend,” said one Republican involved in the planning. “Fundraising is "
                + "not a problem.”");
    assertNull(q.get(1).speaker());
    assertTrue(q.get(1).continuation());
  }

  @Test
  void diplomatIsTheAmbassadorNotAnyMinister() {
    List<Quote> q =
        quotes(
            "Russia's Ambassador to Hanoi Ivan Petrov spoke to reporters. "
                + "He recalled that Vietnamese Prime Minister Nguyen Van An visited Moscow.\n\n"
                + "“The visit was a success,” the diplomat said.");
    assertEquals("Ivan Petrov", q.get(0).speaker());
  }

  /** Hyphenated titles and an organisation before a lower-case title are part of the role. */
  @Test
  void compoundTitlesAndPartyLeaders() {
    assertEquals(
        "Donald Trump",
        quotes(
                "US President-elect Donald Trump spoke on Monday.\n\n\u201cBoth sides have to "
                    + "want a deal, and they are getting closer,\u201d the president-elect said.")
            .get(0)
            .speaker());
    assertEquals(
        "Antonio Guterres",
        quotes(
                "UN Secretary-General Antonio Guterres spoke on Sunday.\n\n\"The United "
                    + "Nations is ready to help again, and we will keep our doors open,\" the secretary-general said.")
            .get(0)
            .speaker());
    assertEquals(
        "Friedrich Merz",
        quotes(
                "It was discussed between CDU leader Friedrich Merz and European Commission "
                    + "President Ursula von der Leyen.\n\nRussian President Vladimir Putin is expected to raise it.\n\n\u00abEurope "
                    + "cannot be a bystander when its own security is at stake\u00bb, the CDU leader said.")
            .get(0)
            .speaker());
  }

  @Test
  void dashSignatureOnTheQuotesLineOrOpeningTheNextParagraph() {
    List<Quote> q =
        quotes(
            "Readers wrote to us about the debate.\n\n"
                + "“He talks about us as if we were not here. I will not forget it.” ― Lucia Ferrante\n"
                + "“The debate showed who he really is, and we saw it all night.”— Tomas Varga.\n\n"
                + "“We will build it, and they will pay for all of it.”\n\n- Gregor Lindqvist.");
    assertEquals(3, q.size());
    assertEquals("Lucia Ferrante", q.get(0).speaker());
    assertEquals(Attribution.DASH, q.get(0).attribution());
    assertEquals("Tomas Varga", q.get(1).speaker());
    assertEquals("Gregor Lindqvist", q.get(2).speaker());
  }

  @Test
  void aDashBeforeANameThatRunsOnIsNoSignature() {
    Quote q =
        quotes(
                "“We will build it, and they will pay for all of it.” — Gregor Lindqvist's "
                    + "favourite line — drew cheers.")
            .get(0);
    assertNull(q.speaker());
  }

  @Test
  void describedNameAfterTheVerb() {
    assertEquals(
        "Reka Dombovari",
        quotes(
                "“The plan is sound and we will carry it out,” said "
                    + "former Budapest deputy mayor Reka Dombovari, who ran the program.")
            .get(0)
            .speaker());
    assertEquals(
        "Oskar Brandt",
        quotes("“It will take years,” said master of ceremonies " + "Oskar Brandt.")
            .get(0)
            .speaker());
  }

  @Test
  void aNameAfterAnArticleOrPrepositionIsNotTheSpeaker() {
    // the adviser speaks, not the senator; the quote is about Mr. Cruz, not by him
    assertNull(
        quotes(
                "Ted Cruz spoke first. “That is the plan for the whole state,” said a senior "
                    + "Cruz adviser.")
            .get(0)
            .speaker());
    assertNull(
        quotes(
                "Ted Cruz spoke first. “He is one of us and always was,” said of Mr. Cruz "
                    + "one voter.")
            .get(0)
            .speaker());
  }

  @Test
  void honorificAndNameAfterTheArticle() {
    assertEquals(
        "Anna Kowalczyk",
        quotes(
                "“The river will never be the same again,” said the "
                    + "Rev. Anna Kowalczyk, of St. Brendan's parish.")
            .get(0)
            .speaker());
  }

  @Test
  void initialsBeforeASurname() {
    assertEquals(
        "J.T. Marsh",
        quotes(
                "“We have waited long enough for this vote,” said Rep. J.T. "
                    + "Marsh (R-Ohio), chair of the panel.")
            .get(0)
            .speaker());
  }

  @Test
  void aCommonWordIsTheSurnameOfAnEarlierNameNextToAVerb() {
    List<Quote> q =
        quotes(
            "Pfizer chief executive Ian Read spoke to analysts.\n\n"
                + "“We believe this deal is a great deal for shareholders,” Read said.");
    assertEquals("Ian Read", q.get(0).speaker());
  }

  @Test
  void colonEndingThePreviousParagraph() {
    List<Quote> q =
        quotes(
            "Longtime adviser Roger Stone spoke on the radio.\n\nStated Stone:\n\n"
                + "“I think that the stakes are so high that they would do anything to stay.”");
    assertEquals("Roger Stone", q.get(0).speaker());
    assertEquals(Attribution.COLON_PARAGRAPH, q.get(0).attribution());
  }

  @Test
  void strayClosingMarksPossessivesAndAbbreviationsBeforeTheVerb() {
    assertEquals(
        "Joe Biden",
        quotes(
                "Joe Biden spoke.\n\n''She would look at me and say, 'What "
                    + "did he mean by that?''' Mr. Biden said.")
            .get(0)
            .speaker());
    assertEquals(
        "Jeff Weaver",
        quotes(
                "“This campaign is changing politics,” Jeff Weaver, "
                    + "Sanders' campaign manager, said.")
            .get(0)
            .speaker());
    assertEquals(
        "Nick Daniloff",
        quotes(
                "Nick Daniloff spoke.\n\n''I would have been sitting "
                    + "there for a long time,'' Mr. Daniloff, now retired in Cambridge, Mass., said.")
            .get(0)
            .speaker());
  }

  @Test
  void pastTenseVerbThenName() {
    assertEquals(
        "Donald Hartley",
        quotes("“This is fantastic!” beamed Donald Hartley of " + "Madison, who came early.")
            .get(0)
            .speaker());
  }

  @Test
  void participleTakesTheClauseSubject() {
    assertEquals(
        "Donald Trump",
        quotes(
                "Donald Trump attacked Hillary Clinton for her vote, "
                    + "saying, “She is trigger-happy and very unstable.”")
            .get(0)
            .speaker());
  }

  @Test
  void openingClauseBeforeAColonIsSkipped() {
    assertEquals(
        "Barack Obama",
        quotes(
                "With leaders worried about Hillary Clinton among "
                    + "young voters, President Barack Obama has a new message: “It is about me.”")
            .get(0)
            .speaker());
  }

  @Test
  void theRankerIsSureOfANameNextToTheVerbAndSaysWhichRuleDecided() {
    Quote q =
        quotes(
                "“The harvest will be late this year because of the rain,” said Tomas Varga, "
                    + "the farm minister.")
            .get(0);
    assertEquals("Tomas Varga", q.speaker());
    assertEquals(Attribution.AFTER, q.attribution());
    assertTrue(q.confidence() > 0.8 && q.confidence() <= 1, "confidence " + q.confidence());
  }

  @Test
  void theRankerDoesNotGuessWhenTheVerbsSubjectHasNoName() {
    Quote q =
        quotes(
                "Senator Jane Holloway spoke at the hearing on Tuesday.\n\n“We will not accept "
                    + "this budget, not now and not later,” an aide said.")
            .get(0);
    assertNull(q.speaker(), "speaker " + q.speaker() + " at " + q.confidence());
    assertTrue(q.confidence() < SpeakerRanker.FLOOR, "confidence " + q.confidence());
  }

  @Test
  void theRulesAloneDecideWithoutTheRankerAndKeepTheCandidatesWhenAsked() {
    TextAnalyzer rules = analyzer.withoutSpeakerRanker().keepingSpeakerCandidates();
    Quote q =
        rules
            .analyze(
                null,
                null,
                "Ilse Brandt met Tomas Varga on Monday.\n\n“We agreed on "
                    + "every point that matters,” Brandt said.",
                List.of())
            .quotes()
            .get(0);
    assertEquals("Ilse Brandt", q.speaker());
    assertTrue(Double.isNaN(q.confidence()));
    // a rule proposes Brandt, so the names near the quote are no candidates
    assertEquals(
        List.of("Ilse Brandt"), q.candidates().stream().map(SpeakerCandidate::speaker).toList());
    assertEquals(TextAnalyzer.speakerFeatures().size(), q.candidates().get(0).features().length);
    Quote none =
        rules
            .analyze(
                null,
                null,
                "Ilse Brandt met Tomas Varga on Monday.\n\n“We agreed on every "
                    + "point that matters.”",
                List.of())
            .quotes()
            .get(0);
    assertEquals(Attribution.NONE, none.attribution());
    assertEquals(
        List.of("Tomas Varga", "Ilse Brandt"),
        none.candidates().stream().map(SpeakerCandidate::speaker).toList());
    assertTrue(
        analyzer
            .analyze(null, null, "“We agreed on every point,” Brandt said.", List.of())
            .quotes()
            .get(0)
            .candidates()
            .isEmpty());
  }

  @Test
  void withoutARuleTheNextRuleOfTheSieveDecides() {
    String body =
        "Tomas Varga spoke first.\n\n“We agreed on every point that matters,” Varga said. "
            + "“And we will meet again in May.”";
    TextAnalyzer rules = analyzer.withoutSpeakerRanker();
    assertEquals(
        Attribution.CONTINUATION,
        rules.analyze(null, null, body, List.of()).quotes().get(1).attribution());
    Quote q =
        rules
            .withoutSpeakerRules(Set.of(Attribution.CONTINUATION))
            .analyze(null, null, body, List.of())
            .quotes()
            .get(1);
    assertEquals(Attribution.CARRIED, q.attribution());
    assertEquals("Tomas Varga", q.speaker());
  }
}
