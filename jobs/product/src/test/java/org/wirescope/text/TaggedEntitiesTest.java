package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wirescope.text.entities.NameUse;

/**
 * The organisations and places one article names ({@link org.wirescope.text.entities.TaggedNames}),
 * with the trained tagger, on examples written here.
 */
class TaggedEntitiesTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of(), true);

  private TextAnalyzer.Analysis analysis(String title, String body) {
    return analyzer.analyze(title, null, body, List.of());
  }

  /** Surface -> "kind:entity" of every organisation and place use. */
  private Map<String, String> entities(String title, String body) {
    Map<String, String> out = new TreeMap<>();
    for (NameUse u : analysis(title, body).names()) {
      if (u.entityKind() != 0) {
        out.put(u.surface(), (u.entityKind() == NameUse.PLACE ? "place:" : "org:") + u.entity());
      }
    }
    return out;
  }

  @Test
  void aCountrysAdjectiveIsAMentionOfThePlace() {
    Map<String, String> e =
        entities(
            "Grain talks resume",
            "Canadian officials met Brazilian traders in Geneva on Monday to discuss wheat.");
    assertEquals("place:Canada", e.get("Canadian"), e.toString());
    assertEquals("place:Brazil", e.get("Brazilian"), e.toString());
    assertEquals("place:geneva", e.get("Geneva"), e.toString());
  }

  @Test
  void aFirmsNameWithAndWithoutItsLegalFormIsOneButAPlaceNeverJoinsAFirm() {
    Map<String, String> e =
        entities(
            "Miller deal",
            "Calder Steel Corp said it agreed to buy Canada Inc, a maker of paper. Calder Steel"
                + " will pay 40 mln dlrs. Canada has approved the sale.");
    assertEquals("org:calder steel", e.get("Calder Steel Corp"), e.toString());
    assertEquals("org:calder steel", e.get("Calder Steel"), e.toString());
    assertEquals("org:canada inc", e.get("Canada Inc"), e.toString());
    assertEquals("place:Canada", e.get("Canada"), e.toString());
  }

  @Test
  void anAcronymTheArticleDefinesNamesTheFullName() {
    Map<String, String> e =
        entities(
            "Regulator fines broker",
            "The Securities and Exchange Commission (SEC) fined Delmont Partners on Monday. The SEC"
                + " said the broker had misled clients.");
    assertEquals("org:securities and exchange commission", e.get("SEC"), e.toString());
    assertEquals(
        "org:securities and exchange commission",
        e.get("Securities and Exchange Commission"),
        e.toString());
  }

  @Test
  void aShortFormOfOneLongerNameNamesIt() {
    Map<String, String> e =
        entities(
            "Broker cuts jobs",
            "Northline Securities Capital Markets will cut 200 jobs, a spokesman said. Analysts"
                + " said Northline Securities had hired too many traders last year.");
    assertEquals(
        "org:northline securities capital markets", e.get("Northline Securities"), e.toString());
  }

  @Test
  void twoNamesJoinedByAndAreOneFirmWhenNeitherStandsAlone() {
    Map<String, String> e =
        entities(
            "Rating cut",
            "Standard and Poor's Corp said on Monday it cut the rating of the bonds.");
    assertEquals("org:standard and poor", e.get("Standard and Poor's Corp"), e.toString());
    assertFalse(e.containsKey("Poor's Corp"), e.toString());
  }

  @Test
  void aLegalFormOrAPersonsSurnameAloneIsNoEntity() {
    Map<String, String> e =
        entities(
            "Bank chief quits",
            "Niall Quinn resigned as chairman of Harwick Savings Bank on Monday. Quinn had led the"
                + " bank for ten years. Co-founders said Inc and Corp were not enough.");
    assertFalse(e.containsKey("Quinn"), e.toString());
    assertFalse(e.containsKey("Inc"), e.toString());
    assertFalse(e.containsKey("Corp"), e.toString());
    Map<String, String> f =
        entities(
            "Senator visits",
            "Marta Ellison visited Ohio on Monday. Marta said the Senate would vote, added"
                + " Sen. Tom Brakely (R-Fla).");
    assertFalse(f.containsKey("Marta"), f.toString());
    assertFalse(f.containsKey("R-Fla"), f.toString());
  }

  @Test
  void surfacesAreCollapsedAndTheOffsetsPointAtThem() {
    TextAnalyzer.Analysis a =
        analysis(
            "Port strike",
            "Dockers at the Harwick Port\nAuthority walked out, said officials in Rotterdam.");
    boolean found = false;
    for (NameUse u : a.names()) {
      if (u.entityKind() != 0) {
        assertEquals(
            u.surface(),
            a.text().substring(u.start(), u.end()).replaceAll("\\s+", " "),
            u.toString());
        assertFalse(u.surface().endsWith(".") || u.surface().endsWith(","), u.toString());
        found |= u.surface().equals("Harwick Port Authority");
      }
    }
    assertTrue(found, a.names().toString());
  }

  @Test
  void aTitleWordOpeningAFirmsNameAndAPlaceBeforeOneAreTheFirmsName() {
    Map<String, String> e =
        entities(
            "Utility bonds cut",
            "General Dynamo Corp said it would sell its plant. The ratings agency lowered the"
                + " ratings on Atlantic City Electric Co bonds, and on Harlan, Sons and Co notes.");
    assertEquals("org:general dynamo", e.get("General Dynamo Corp"), e.toString());
    assertTrue(
        e.keySet().stream().noneMatch(k -> k.equals("Dynamo Corp") || k.equals("Electric Co")),
        e.toString());
    assertEquals("org:atlantic city electric", e.get("Atlantic City Electric Co"), e.toString());
    assertFalse(e.containsKey("Sons and Co"), e.toString());
  }

  @Test
  void aNameOpeningATableLineBeforeANumberIsMarkedAsATablesLabel() {
    List<NameUse> names =
        analysis(
                "Brandvold Corp 1st qtr net",
                "Shr 12 cts vs 10 cts\nOpx 1,179,000 vs 2,003,000\nNorwood 312 and 254-6\nBrandvold Corp"
                    + " said 12 stores"
                    + " opened.")
            .names();
    for (NameUse u : names) {
      assertEquals(u.surface().equals("Opx"), u.tableLabel(), u.toString());
    }
  }

  @Test
  void aNameAfterABareInIsMarkedAsStandingWhereAPlaceDoes() {
    List<NameUse> names =
        analysis(
                "Delegates gather",
                "Delegates met in Marlowe on Monday. Bids in Tressel bills rose, and Harmon Corp took"
                    + " a stake in Quillon. Talks in Ostrava, the officials said, went well.")
            .names();
    Map<String, Boolean> after = new TreeMap<>();
    for (NameUse u : names) {
      after.put(u.surface(), u.afterIn());
    }
    assertEquals(true, after.get("Marlowe"), after.toString());
    assertEquals(true, after.get("Ostrava"), after.toString());
    assertEquals(false, after.getOrDefault("Tressel", false), after.toString());
    assertEquals(false, after.getOrDefault("Quillon", false), after.toString());
    assertEquals(false, after.getOrDefault("Harmon Corp", false), after.toString());
  }

  @Test
  void aGenericWordOrAMeasureIsNoOrganisationAlone() {
    Map<String, String> e =
        entities(
            "Rates steady",
            "Rates were left unchanged, the Ostland Central Bank said. GNP rose 1.2 pct,"
                + " and Standard said nothing.");
    assertFalse(e.containsKey("GNP"), e.toString());
    assertFalse(e.containsKey("Standard"), e.toString());
  }

  @Test
  void aSectionsLabelARolesModifierAndAShortRegionAreRead() {
    Map<String, String> e =
        entities(
            "Budget vote nears",
            "Digest for subscribers.\n\nSUMMARY.  The vote on the budget may slip to June.\n\n"
                + "Senate Majority Leader Harlan Voss (R-Tex.) said the delay would not last.");
    assertFalse(e.containsKey("SUMMARY"), e.toString());
    assertFalse(e.containsKey("Senate Majority"), e.toString());
    assertTrue(!e.containsKey("Tex") || e.get("Tex").equals("place:Texas"), e.toString());
  }

  @Test
  void aProgrammeLawOrRateAndTheNamesOpeningItAreNoOrganisations() {
    Map<String, String> e =
        entities(
            "Farm aid widened",
            "The Agriculture Department said the Grain Bonus Program would cover barley, under"
                + " the Farm Security Act of 1985. The loan pays 1/2 pct over the Dunmore Interbank"
                + " Offered Rate, the Harwick Grain Corp said.");
    assertFalse(e.containsKey("Grain Bonus Program"), e.toString());
    assertFalse(e.containsKey("Farm Security Act"), e.toString());
    assertFalse(e.containsKey("Dunmore Interbank"), e.toString());
    assertFalse(e.containsKey("Dunmore"), e.toString());
    assertEquals("org:harwick grain", e.get("Harwick Grain Corp"), e.toString());
  }

  @Test
  void aTitleInQuotationMarksIsNoOrganisationButOneQuotedWordMayBe() {
    Map<String, String> e =
        entities(
            "Rally draws crowd",
            "Supporters wore \"Keep Ostland Strong Again\" caps at the rally in Dayton. Voters"
                + " said \"Brindle Motors\" would close, and the Calder Steel Corp said \"Microsoft\""
                + " had bid.");
    assertFalse(e.containsKey("Keep Ostland Strong Again"), e.toString());
    assertFalse(e.containsKey("Ostland Strong Again"), e.toString());
    assertFalse(e.containsKey("Brindle Motors"), e.toString());
    assertEquals("org:microsoft", e.get("Microsoft"), e.toString());
  }

  @Test
  void aRegionsNameTheTaggerSplitIsOnePlaceAndOpensAnOrganisationsName() {
    Map<String, String> e =
        entities(
            "Primary race tightens",
            "Laura Pell, a New Hampshire Republican, said on Monday that the New Hampshire GOP"
                + " would meet in Concord. Sen. Dale Orrin (R-TX) agreed.");
    assertFalse(e.containsKey("Hampshire"), e.toString());
    assertFalse(e.containsKey("Hampshire GOP"), e.toString());
    assertFalse(e.containsKey("R-TX"), e.toString());
    assertTrue(
        e.getOrDefault("New Hampshire", "place:New Hampshire").equals("place:New Hampshire"),
        e.toString());
  }

  @Test
  void newOpensTheNameAfterItAHeadWordEndsItAndASlashPartsTwo() {
    Map<String, String> e =
        entities(
            "Poll shows a tight race",
            "Three in four voters in a New York Times poll last year said the senator had done"
                + " well, and the governor acknowledged as much in a New York Times article on"
                + " Monday. Jennifer Hale, a veteran of the Obama White House, agreed. A"
                + " New York Times/CBS News poll and a Reuters/Ipsos poll found the same.");
    assertFalse(e.containsKey("York Times"), e.toString());
    assertFalse(e.containsKey("New"), e.toString());
    assertEquals("org:new york times", e.get("New York Times"), e.toString());
    assertFalse(e.containsKey("Obama White"), e.toString());
    assertEquals("org:obama white house", e.get("Obama White House"), e.toString());
    // a slash parts two names
    assertFalse(e.keySet().stream().anyMatch(n -> n.contains("/")), e.toString());
    assertEquals("org:cbs news", e.get("CBS News"), e.toString());
  }

  @Test
  void aBodyEveryCountryHasIsNamedWithTheCountryTheArticleMeans() {
    Map<String, String> chile =
        entities(
            "Chile lifts rates",
            "SANTIAGO, March 4 - The Central Bank raised its discount rate to 18 pct, the third"
                + " rise this year. Chile's inflation reached 20 pct in February, and Chile"
                + " expects exports of copper to grow.");
    assertEquals("org:Central Bank (Chile)", chile.get("Central Bank"), chile.toString());

    // the country written before the body wins over the one the article names most
    Map<String, String> near =
        entities(
            "Japan and Brazil talk debt",
            "Japan said on Monday it would lend more. Japan and its banks hold much of the debt,"
                + " Japan said. Brazil's Finance Ministry said the talks would go on, and the"
                + " Dutch Central Bank said it would join them.");
    assertTrue(
        near.entrySet().stream()
            .filter(x -> x.getKey().contains("Finance Ministry"))
            .allMatch(x -> x.getValue().equals("org:Finance Ministry (Brazil)")),
        near.toString());
    assertTrue(near.toString().contains("org:Finance Ministry (Brazil)"), near.toString());
    assertTrue(near.toString().contains("org:Central Bank (Netherlands)"), near.toString());

    // no country in the article: the body keeps its own key
    Map<String, String> none =
        entities(
            "Rates steady",
            "The Central Bank left its discount rate at 6 pct on Tuesday, dealers said.");
    assertEquals("org:central bank", none.get("Central Bank"), none.toString());
  }

  @Test
  void anOnlinePlatformIsAnOrganisationWhereverItIsPosted() {
    Map<String, String> e =
        entities(
            "Senator answers critics online",
            "Sen. Dale Orrin wrote on Twitter on Monday that he would vote against the bill. His"
                + " campaign posted a video of the speech on Facebook, and by evening it had been"
                + " shared in Ohio and Iowa.");
    assertEquals("org:twitter", e.get("Twitter"), e.toString());
    assertEquals("org:facebook", e.get("Facebook"), e.toString());
    assertEquals("place:Ohio", e.get("Ohio"), e.toString());
  }

  @Test
  void handlesHashtagsErasDocumentsAndWordsInCapitalsAreNoOrganisations() {
    Map<String, String> e =
        entities(
            "Campaign trail",
            "Supporters posted #StopTheBill and @SenDaleOrrin replied within the hour. The"
                + " Constitution says so, and the Great Recession cost the state dearly, he said."
                + " Voters must show ID at the polls, LGBT activists said at a rally in"
                + " Springfield.");
    assertFalse(e.containsKey("StopTheBill"), e.toString());
    assertFalse(e.containsKey("SenDaleOrrin"), e.toString());
    assertFalse(e.containsKey("Constitution"), e.toString());
    assertFalse(e.containsKey("Great Recession"), e.toString());
    assertFalse(e.containsKey("ID"), e.toString());
    assertFalse(e.containsKey("LGBT"), e.toString());
  }

  @Test
  void aStateAfterACityAndACommaOrWrittenWithPeriodsIsAPlace() {
    Map<String, String> e =
        entities(
            "Summit opens",
            "Mayors met at a hotel in Washington, D.C., on Monday, and will meet again in"
                + " Springfield, Ill., next month. The mayor wants to see D.C. become a state.");
    assertEquals("place:District of Columbia", e.get("D.C."), e.toString());
    assertEquals("place:Illinois", e.get("Ill"), e.toString());
  }

  @Test
  void aPartysWordReadApartOpensTheCommitteesName() {
    Map<String, String> e =
        entities(
            "Party funds",
            "The Democratic National Committee raised 20 mln dlrs in May, and the Republican"
                + " National Committee raised 18 mln dlrs, filings showed.");
    assertFalse(e.containsKey("National Committee"), e.toString());
    assertEquals(
        "org:democratic national committee", e.get("Democratic National Committee"), e.toString());
  }
}
