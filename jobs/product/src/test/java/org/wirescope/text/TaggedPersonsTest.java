package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer.Mention;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;

/**
 * Persons found with the trained tagger ({@code extract --names tagger}), on examples written here.
 */
class TaggedPersonsTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of(), true);

  private List<Mention> mentions(String title, String body) {
    return analyzer.analyze(title, null, body, List.of()).mentions();
  }

  private List<String> persons(String title, String body) {
    return mentions(title, body).stream().map(Mention::person).distinct().toList();
  }

  @Test
  void aNameInCapitalsOnlyCountsWhenTheArticleWritesItInOrdinaryCase() {
    // a corpus whose tags name a person "Bond": its headlines' bonds are no mentions of him
    TextAnalyzer known = new TextAnalyzer(Set.of("Bond"), true);
    assertEquals(
        List.of(),
        known
            .analyze(
                "HALSTEAD ISSUES EUROSTERLING BOND",
                null,
                "Halstead Holdings Plc is issuing a 75 mln stg eurobond due 1992, the lead manager"
                    + " said.",
                List.of())
            .mentions());
    assertEquals(
        List.of("Bond"),
        known
            .analyze("BOND RESIGNS", null, "Bond resigned on Monday.", List.of())
            .mentions()
            .stream()
            .map(Mention::person)
            .distinct()
            .toList());
    assertEquals(
        List.of("Marta Kowalczyk"),
        persons(
            "MARTA KOWALCZYK WINS VOTE",
            "Marta Kowalczyk won the vote on Monday, officials said."));
  }

  @Test
  void aRoleWordBeforeTheNameBecomesTheRole() {
    List<Mention> m =
        mentions(
            "Harbour United sign a defender",
            "Defender Hassan Abbas joined Harbour United on Tuesday from a club in Cairo.");
    assertEquals("Hassan Abbas", m.get(0).person());
    assertEquals("Defender", m.get(0).role());
  }

  @Test
  void clubsFirmsAndPlacesAreNotPersons() {
    assertEquals(
        List.of("Tomas Berg"),
        persons(
            "Mill town votes",
            "Shares of Calder Steel Corp rose in Westcombe after Tomas Berg, the mayor, backed the plan. "
                + "Analysts at Northline Securities said the company would hire."));
  }

  @Test
  void theSeatOfCongressIsNoPerson() {
    assertEquals(
        List.of("Dana Whitlock"),
        persons(
            "Budget talks stall",
            "Republicans on Capitol Hill rejected the plan on Tuesday. Dana Whitlock, a budget"
                + " aide, said Capitol Hill would not move before the recess."));
  }

  @Test
  void aNameWithAWordNoPersonHasIsNeverAPerson() {
    assertEquals(
        List.of("Anna Sorel"),
        persons(
            "Lenders merge",
            "Banque Ostrevant and Caisse Lorvel agreed to merge, Anna Sorel said on Monday. "
                + "Harwick Savings said it would keep its branches."));
  }

  @Test
  void onlyAGivenNameOrHonorificInsistsOnAPerson() {
    TextAnalyzer.Analysis a =
        analyzer.analyze(
            "Brokers back the plan",
            null,
            "Mr. Dunmore backed the plan. Petra Halvorsen said she agreed. Fenwick Marley said it would underwrite.",
            List.of());
    for (Mention m : a.mentions()) {
      assertEquals(!m.person().equals("Fenwick Marley"), m.insists(), m.toString());
    }
  }

  @Test
  void aGivenNameTheTaggerMissedStaysWithTheSurname() {
    assertEquals(
        List.of("Petra Halvorsen"),
        persons("Halvorsen wins", "Petra Halvorsen declared victory on Tuesday night."));
  }

  @Test
  void aNameInAQuotedDocumentTitleIsNotAPerson() {
    assertEquals(
        List.of(),
        persons(
            "Talks end",
            "The delegations discussed the draft \"Memorandum on Maritime Safety in the Black Sea\" on Friday."));
  }

  @Test
  void aHeadlineInCapitalsGivesItsNamesInTitleCase() {
    assertEquals(
        List.of("Marta Lindqvist"),
        persons(
            "TENNIS - MARTA LINDQVIST WINS IN PERRIN",
            "PERRIN 2026-05-02\n\nMarta Lindqvist beat her sister in three sets on Saturday."));
  }

  @Test
  void aLoneCommonWordIsTheSurnameOfTheFullerNameBeforeIt() {
    TextAnalyzer.Analysis a =
        analyzer.analyze(
            "Shelter opens",
            null,
            "Martina Cross opened the shelter on Monday. \"We waited ten years,\" Cross said.",
            List.of());
    assertEquals(
        List.of("Martina Cross"), a.mentions().stream().map(Mention::person).distinct().toList());
    assertEquals("Martina Cross", a.quotes().get(0).speaker());
  }

  @Test
  void anInitialMakesAPersonOfCommonWords() {
    assertEquals(
        List.of("R. T. Price"),
        persons(
            "Firefighters march",
            "\"We are tired of waiting,\" said R. T. Price, a firefighter in Dunmore."));
  }

  @Test
  void aSpeechVerbOrFunctionWordOpeningASentenceIsNotPartOfTheName() {
    assertEquals(
        List.of("Olga Trenner"),
        persons(
            "Mourners gather",
            "The hall was full. Said Olga Trenner, a neighbour: \"He was kind.\""));
    assertEquals(
        List.of("Gareth Holm"),
        persons(
            "Inquiry goes on",
            "Gareth Holm denied any role. Besides Holm's account, the panel heard three witnesses."));
  }

  @Test
  void anOrganisationTheTaggerReadsSpeaksAsOne() {
    List<Quote> q =
        analyzer
            .analyze(
                "Report criticised",
                null,
                "\"The figures do not add up,\" the Carrow Institution said in a statement.",
                List.of())
            .quotes();
    assertEquals("Carrow Institution", q.get(0).speaker());
    assertEquals(Attribution.AFTER, q.get(0).attribution());
    assertTrue(q.get(0).organisation());
  }

  @Test
  void aTitleCaseHeadlineDoesNotTeachTheBodyWhatItMisread() {
    assertEquals(
        List.of("Ines Valmont"),
        persons(
            "Ines Valmont\u2019s \u2018Tide\u2019 Explores The History Of The Harbour",
            "If there is one thing Ines Valmont cares about, it is the past. Valmont said the film took four years."));
  }

  @Test
  void aTitleBeforeANameNextToASpeechVerbMakesAPerson() {
    List<Mention> m =
        mentions(
            "Trade talks",
            "Trade problems are growing between major partners, U.S. Trade Representative Clayborn Yeltan said.");
    assertEquals(List.of("Clayborn Yeltan"), m.stream().map(Mention::person).distinct().toList());
    assertEquals("U.S. Trade Representative", m.get(0).role());
  }
}
