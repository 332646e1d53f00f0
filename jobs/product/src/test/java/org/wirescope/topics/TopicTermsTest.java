package org.wirescope.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an article becomes topic terms: plain Java, no Spark. */
class TopicTermsTest {
  static final TopicTerms TERMS = TopicTerms.standard();

  static List<String> terms(String text) {
    return TERMS.terms(text);
  }

  @Test
  void wordsComeFirstThenPhrasesEachInReadingOrder() {
    assertEquals(
        List.of("crude", "oil", "prices", "rose", "crude oil", "oil prices", "prices rose"),
        terms("crude oil prices rose"));
  }

  @Test
  void repeatsAreKept() {
    assertEquals(List.of("oil", "oil", "oil oil"), terms("oil oil"));
  }

  @Test
  void phraseJoinsWordsAcrossAHyphen() {
    assertEquals(List.of("world", "cup", "world cup"), terms("world-cup"));
  }

  @Test
  void phraseIsWrittenWithOneSpaceWhateverTheGap() {
    assertEquals(List.of("interest", "rates", "interest rates"), terms("interest  -  rates"));
  }

  @Test
  void noPhraseAcrossPunctuation() {
    assertEquals(List.of("oil", "gas"), terms("oil, gas"));
    assertEquals(List.of("oil", "gas"), terms("oil. Gas"));
    assertEquals(List.of("oil", "gas"), terms("oil/gas"));
    assertEquals(List.of("oil", "gas"), terms("oil (gas"));
  }

  @Test
  void noPhraseAcrossANumber() {
    assertEquals(List.of("oil", "gas"), terms("oil 42 gas"));
    assertEquals(List.of("brent", "crude"), terms("brent 3.5 crude"));
  }

  @Test
  void noPhraseAcrossARemovedStopWord() {
    assertEquals(List.of("oil", "gas"), terms("oil and gas"));
    // "said" is a wire word, removed like an English stop word.
    assertEquals(List.of("oil", "gas"), terms("oil said gas"));
  }

  @Test
  void noPhraseAcrossAOneLetterWord() {
    assertEquals(List.of("vitamin", "pills", "vitamin pills"), terms("vitamin pills"));
    assertEquals(List.of("vitamin", "pills"), terms("vitamin c pills"));
  }

  @Test
  void wordsAreLowerCased() {
    assertEquals(List.of("opec", "output", "opec output"), terms("OPEC Output"));
  }

  @Test
  void englishStopWordsAndWireWordsAreDropped() {
    assertEquals(
        List.of("tanker"), terms("The Reuters tanker was there, a spokesman said on Monday"));
  }

  @Test
  void possessiveSIsCutAndBreaksThePhrase() {
    assertEquals(List.of("company", "profits"), terms("the company's profits"));
    assertEquals(List.of("company", "profits"), terms("the company\u2019s profits"));
  }

  @Test
  void trailingApostropheIsDroppedAndKeepsThePhrase() {
    assertEquals(List.of("investors", "money", "investors money"), terms("investors' money"));
  }

  @Test
  void lettersOutsideAsciiAreWordLetters() {
    assertEquals(List.of("société", "générale", "société générale"), terms("Société Générale"));
  }

  @Test
  void nullTextHasNoTerms() {
    assertEquals(List.of(), terms(null));
  }

  @Test
  void blankOrStopOnlyTextHasNoTerms() {
    assertEquals(List.of(), terms(""));
    assertEquals(List.of(), terms("   \n\t "));
    assertEquals(List.of(), terms("it was the 12 of them, said Reuters."));
  }

  @Test
  void contractionEndingsLeaveNoFragmentAndBreakThePhrase() {
    assertEquals(List.of("voters", "going"), terms("Voters we're going"));
    assertEquals(List.of("candidates", "rallies"), terms("candidates they’ve rallies"));
    assertEquals(List.of("markets", "open"), terms("markets'll open"));
    assertEquals(List.of("brien", "senate", "brien senate"), terms("O'Brien Senate"));
  }

  @Test
  void honorificsAreDropped() {
    assertEquals(List.of("obama", "clinton"), terms("Mr. Obama and Mrs. Clinton"));
  }

  @Test
  void negationContractionsLeaveNoFragment() {
    assertEquals(List.of("prices", "rise"), terms("Prices didn't rise"));
    assertEquals(List.of("deal", "done"), terms("The deal isn't done"));
    assertEquals(List.of("bank", "cut", "rates", "cut rates"), terms("The bank hasn't cut rates"));
  }

  @Test
  void phraseJoinsWordsAcrossALineWrap() {
    assertEquals(List.of("mining", "financials", "mining financials"), terms("mining\nfinancials"));
    assertEquals(
        List.of("mining", "financials", "mining financials"), terms("mining \r\n  financials"));
  }

  /** A blank line is a paragraph (or the title's end): a phrase never spans it. */
  @Test
  void aBlankLineEndsAPhrase() {
    assertEquals(List.of("mining", "financials"), terms("mining\n\nfinancials"));
    assertEquals(List.of("mining", "financials"), terms("mining\n \nfinancials"));
  }

  @Test
  void amountsUnitsAndMonthsNeverLabel() {
    assertFalse(TERMS.labels("mln"));
    assertFalse(TERMS.labels("pct"));
    assertFalse(TERMS.labels("march"));
    assertFalse(TERMS.labels("dlrs"));
  }

  @Test
  void aPhraseWithAnAmountOrMonthWordNeverLabels() {
    assertFalse(TERMS.labels("mln dlrs"));
    assertFalse(TERMS.labels("march exports"));
    assertFalse(TERMS.labels("exports march"));
  }

  @Test
  void ordinaryWordsAndPhrasesLabel() {
    assertTrue(TERMS.labels("oil"));
    assertTrue(TERMS.labels("interest rates"));
    // "marches" is not "march": whole words only.
    assertTrue(TERMS.labels("protest marches"));
  }
}
