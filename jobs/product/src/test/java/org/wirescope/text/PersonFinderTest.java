package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirescope.text.TextAnalyzer.Mention;

class PersonFinderTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of());

  private List<Mention> mentions(String body) {
    return analyzer.analyze(null, null, body, List.of()).mentions();
  }

  private List<String> persons(String body) {
    return mentions(body).stream().map(Mention::person).toList();
  }

  @Test
  void titlePlusNameKeepsTheTitleAsRole() {
    List<Mention> m = mentions("Kremlin Spokesman Dmitry Peskov met President Vladimir Putin.");
    assertEquals("Dmitry Peskov", m.get(0).person());
    assertEquals("Kremlin Spokesman", m.get(0).role());
    assertEquals("Kremlin Spokesman Dmitry Peskov", m.get(0).surface());
    assertEquals("Vladimir Putin", m.get(1).person());
    assertEquals("President", m.get(1).role());
    assertEquals("text", m.get(1).method());
  }

  @Test
  void particlesHyphensAndThreePartNames() {
    assertEquals(
        List.of("Ursula von der Leyen", "Jean-Claude Juncker", "Recep Tayyip Erdogan"),
        persons("Ursula von der Leyen met Jean-Claude Juncker and Recep Tayyip Erdogan in town."));
  }

  @Test
  void laterSurnameIsAnAliasOfTheFullName() {
    List<Mention> m = mentions("Dmitry Peskov spoke first. Later Peskov spoke again.");
    assertEquals("Dmitry Peskov", m.get(1).person());
    assertEquals("alias", m.get(1).method());
    assertEquals("Peskov", m.get(1).surface());
  }

  @Test
  void loneSurnameCountsWithContext() {
    assertEquals(List.of("Reagan"), persons("Reagan said the budget was too big."));
    assertEquals(List.of("Volcker"), persons("The dollar fell after Chairman Volcker spoke."));
    assertEquals(List.of(), persons("The dollar fell after Volcker spoke."));
  }

  @Test
  void organisationsPlacesMonthsWeekdaysAndNationalitiesAreNotPeople() {
    assertEquals(
        List.of(),
        persons(
            "The White House and the Foreign Ministry met in New York on "
                + "Monday in March with Russian Railways and the European Commission."));
    assertEquals(List.of(), persons("The Treasury said prices rose. Officials said more."));
  }

  @Test
  void possessiveIsDropped() {
    assertEquals(List.of("Hillary Clinton"), persons("It was Hillary Clinton’s plan."));
  }

  @Test
  void badInput() {
    assertTrue(persons("").isEmpty());
    assertTrue(persons("von der").isEmpty());
    assertTrue(persons("A B C D E F G H").size() <= 1);
  }

  /**
   * Words capitalised by position or by a document title are not people: a sentence-opening noun,
   * the title-case words of a named paper, an organisation inside a quote.
   */
  @Test
  void sentenceOpenersAndTitleWordsAreNotPersons() {
    assertEquals(
        List.of("Dmitry Peskov"),
        persons(
            "Contracts with partners from Indonesia were being honoured in full, "
                + "Kremlin Spokesman Dmitry Peskov said.\n\nShipping through the Red Sea has fallen by about 7%."));
    assertEquals(
        List.of(),
        persons(
            "The delegations discussed the draft \"Memorandum on Maritime Safety in the "
                + "Black Sea\" and a paper titled \u201cFramework for a Durable Peace\u201d."));
    assertEquals(
        List.of("Antonio Guterres", "Antonio Guterres"),
        persons(
            "Antonio Guterres spoke.\n\n"
                + "\u201cThe United Nations is ready to help again,\u201d Guterres said."));
    assertEquals(
        List.of("Dmitry Peskov", "Dmitry Peskov"),
        analyzer
            .analyze(
                "Arctic season to open, Peskov says",
                "Shipping companies had asked for escorts, Kremlin Spokesman Dmitry Peskov said.",
                null,
                List.of())
            .mentions()
            .stream()
            .map(Mention::person)
            .toList(),
        "a headline's verb is not the lead's");
    // A lone surname opening a sentence is still taken when the article named the person before.
    assertEquals(
        List.of("Pat Toomey", "Pat Toomey"),
        persons("Pat Toomey spoke on Tuesday.\n\nToomey then left."));
    assertEquals(
        List.of("Xi Jinping", "Xi Jinping"),
        persons("Chinese President Xi Jinping spoke.\n\n" + "Xi also spoke about oil."));
  }

  @Test
  void titlesWithoutANameAreNoPerson() {
    assertEquals(
        List.of("Mitch McConnell", "John Cornyn", "Madeleine Albright"),
        persons(
            "Senators Mitch McConnell and John Cornyn met Former Secretary of State "
                + "Madeleine Albright."));
    // after Mr., Ms. or Dr. a title word or a nationality is a surname
    assertEquals(List.of("King", "English"), persons("Mr. King met Mr. English."));
  }

  @Test
  void wordsOfCountryNamesCanBeSurnames() {
    assertEquals(
        List.of("John Solomon", "Ki Hong"),
        persons("The talks were chaired by John Solomon and Ki Hong on Friday."));
  }

  @Test
  void aHeadlineNameBeforeAColonAndAQuoteIsAnAlias() {
    List<Mention> m =
        analyzer
            .analyze(
                "Halvorsen: ‘We are going to win so much.’",
                null,
                "Petra Halvorsen declared victory on Tuesday night.",
                List.of())
            .mentions();
    assertEquals("Petra Halvorsen", m.get(0).person());
    assertEquals("Halvorsen", m.get(0).surface());
  }

  @Test
  void portfolioAfterOfTheBelongsToTheRole() {
    List<Mention> m =
        mentions("Chancellor of the Exchequer Nigel Lawson said the pound was " + "stable.");
    assertEquals("Nigel Lawson", m.get(0).person());
    assertEquals("Chancellor of the Exchequer", m.get(0).role());
  }

  @Test
  void twoSurnamesWithoutACommaAreTwoPeople() {
    assertEquals(
        List.of("Vladimir Putin", "Joe Biden", "Joe Biden", "Vladimir Putin"),
        persons(
            "Vladimir Putin met US President Joe Biden in 2021. During that conversation "
                + "with Biden Putin said that Ukraine was not ready."));
  }
}
